import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One level of the plan (green, amber or red): how I can tell, and what I
// will do, one action per line.
FormSection {
    id: level
    property string code
    property string heading
    property color tint
    /// One or two sentences under the heading (what to do at this level).
    property string guidance
    property alias notice: notice.text
    property alias actions: actions.text
    Layout.fillWidth: true
    Accessible.name: heading

    RowLayout {
        spacing: Theme.smallSpacing
        Layout.fillWidth: true
        Rectangle { width: 14; height: 14; radius: 7; color: level.tint }
        Label { text: level.heading; color: Theme.text; font.bold: true; font.pixelSize: Theme.fontBody + 1; wrapMode: Text.WordWrap; Layout.fillWidth: true }
    }
    Label {
        visible: level.guidance.length > 0
        text: level.guidance
        color: Theme.text
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    // Real labels: a placeholder goes as soon as the box holds the client's words.
    Label { text: qsTr("How I can tell I am here"); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
    TextBox {
        id: notice
        objectName: level.code + "Notice"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(56 * Theme.textScale, implicitHeight) // grows with its text and the text size
        placeholderText: qsTr("How I can tell I am here")
        accessibleName: qsTr("%1: how I can tell I am here").arg(level.heading)
    }
    Label { text: qsTr("What I will do"); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
    TextBox {
        id: actions
        objectName: level.code + "Actions"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(80 * Theme.textScale, implicitHeight) // grows with its text and the text size
        placeholderText: qsTr("What I will do, one action per line")
        accessibleName: qsTr("%1: what I will do").arg(level.heading)
    }
}
