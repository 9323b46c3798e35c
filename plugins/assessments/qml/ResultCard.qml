import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// A questionnaire on the timeline: its total and its band.
ItemDelegate {
    id: card
    property var entry: ({})
    signal activated()

    readonly property var payload: entry && entry.payload ? entry.payload : ({})
    readonly property bool hasTotal: typeof payload.total === "number"
    // The highest total, by the LOINC panel the payload names (PHQ-9 44249-1, GAD-7 69737-5, AUDIT-C 72109-2).
    readonly property string panel: payload.loinc && payload.loinc.panel ? String(payload.loinc.panel) : ""
    readonly property int maxTotal: panel === "69737-5" ? 21 : (panel === "72109-2" ? 12 : 27)

    padding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: hasTotal ? qsTr("%1, total %2 of %3, %4").arg(entry.kindTitle || "").arg(payload.total).arg(maxTotal).arg(entry.summary || "")
                              : (entry.title || "")
    onClicked: activated()
    Keys.onReturnPressed: activated()
    Keys.onEnterPressed: activated()

    background: Rectangle {
        radius: Theme.radius
        color: card.hovered ? Theme.surfaceAlt : Theme.surface
        border.color: card.activeFocus ? Theme.focus : (card.entry.moduleColor || Theme.border)
        border.width: card.activeFocus ? 2 : 1
    }
    contentItem: ColumnLayout {
        spacing: 2
        Label {
            text: qsTr("%1 · %2").arg(card.entry.kindTitle || "").arg(card.entry.time || "")
            color: Theme.subtleText
            font.pixelSize: Theme.fontSmall
        }
        RowLayout {
            spacing: Theme.smallSpacing
            Label {
                objectName: "cardTotal"
                visible: card.hasTotal
                text: card.hasTotal ? String(card.payload.total) : ""
                color: Theme.text
                font.pixelSize: Theme.fontHeading
                font.bold: true
            }
            Label {
                visible: card.hasTotal
                text: qsTr("of %1").arg(card.maxTotal)
                color: Theme.subtleText
                Layout.alignment: Qt.AlignBottom
                bottomPadding: 3
            }
            Label {
                objectName: "cardBand"
                text: card.hasTotal ? (card.entry.summary || "") : (card.entry.title || "")
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignBottom
                bottomPadding: 3
                leftPadding: Theme.smallSpacing
            }
        }
    }
}
