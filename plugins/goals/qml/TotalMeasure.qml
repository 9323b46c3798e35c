import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// A goal that follows the PHQ-9 total (from the Assessments module): the
// latest total and its date, how far towards getting below the target, and
// the totals over time; or, calmly, why there is no total to show.
FormSection {
    id: section
    objectName: "totalMeasure"
    /// GoalsBackend.measureStatus(): {available, message, ...}.
    property var status: ({})
    /// The goal's totals as chart points [{offset, value}], oldest first, and the days they span.
    property var points: []
    property int days: 2
    /// The total to get below, as typed ("" when none yet).
    property string target: ""
    /// 0-1, or -1 when there is nothing to measure against yet; and its words.
    property real progress: -1
    property string progressLabel: ""

    title: qsTr("Your PHQ-9 total")
    description: qsTr("Lower totals mean the symptoms bothered you less over the two weeks before. Totals go up and down; they are something to talk over with your clinician, not a mark of how well you are doing.")

    Label {
        objectName: "measureStatus"
        text: section.status.message || ""
        color: section.status.available ? Theme.text : Theme.subtleText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    RowLayout {
        objectName: "measureProgress"
        visible: section.status.available === true && section.progress >= 0
        Layout.fillWidth: true
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 8
            radius: 4
            color: Theme.surfaceAlt
            Rectangle { width: parent.width * Math.max(0, section.progress); height: parent.height; radius: 4; color: Theme.positive }
        }
        Label { text: section.progressLabel; color: Theme.subtleText; font.pixelSize: Theme.fontSmall }
    }
    ChartFrame {
        visible: section.status.available === true && section.points.length > 1
        Layout.fillWidth: true
        Layout.preferredHeight: 200
        title: section.target.length > 0 ? qsTr("PHQ-9 totals, aiming for below %1").arg(section.target) : qsTr("PHQ-9 totals")
        subtitle: qsTr("0 to 27; lower is fewer symptoms")
        summary: title
        LineChart {
            anchors.fill: parent
            points: section.points
            xCount: section.days
            yFrom: 0
            yTo: 27
            yTicks: [0, 5, 10, 15, 20, 27]
            bands: section.target.length > 0 ? [{ from: 0, to: Number(section.target) - 0.5, color: Qt.rgba(0.37, 0.56, 0.48, 0.18) }] : []
        }
    }
}
