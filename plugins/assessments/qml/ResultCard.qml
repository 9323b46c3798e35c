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
    // The band as scored (the payload's, which the module checks against the
    // answers), not the entry's free summary line.
    readonly property string bandText: {
        switch (String(payload.band || "")) {
        case "minimal": return qsTr("Minimal")
        case "mild": return qsTr("Mild")
        case "moderate": return qsTr("Moderate")
        case "moderately-severe": return qsTr("Moderately severe")
        case "severe": return qsTr("Severe")
        case "lower": return qsTr("Below the usual cut-offs")
        case "above-women": return qsTr("At the usual cut-off for women")
        case "above-men": return qsTr("At or above the usual cut-offs")
        default: return ""
        }
    }
    // PHQ-9 question 9 (thoughts of being better off dead or of self-harm)
    // answered above "Not at all": said on the card too, not only while filling.
    readonly property int item9: {
        if (panel !== "44249-1" || !Array.isArray(payload.answers))
            return 0
        const a = payload.answers.find(x => x && x.item === 9)
        return a && typeof a.value === "number" ? a.value : 0
    }
    readonly property var frequencyText: [qsTr("Not at all"), qsTr("Several days"), qsTr("More than half the days"),
                                          qsTr("Nearly every day")]

    padding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: hasTotal ? qsTr("%1, total %2 of %3, %4").arg(entry.kindTitle || "").arg(payload.total).arg(maxTotal).arg(bandText)
                              + (item9 > 0 ? ". " + item9Label.text : "")
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
                text: card.hasTotal ? card.bandText : (card.entry.title || "")
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignBottom
                bottomPadding: 3
                leftPadding: Theme.smallSpacing
            }
        }
        Label {
            id: item9Label
            objectName: "cardItem9"
            visible: card.item9 > 0
            text: qsTr("Question 9, thoughts of being better off dead or of hurting yourself: %1")
                  .arg(card.frequencyText[Math.min(3, Math.max(0, card.item9))])
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
