import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Each questionnaire: the last total and what it means, whether one is due,
// and a way to fill one in or look at the results.
ModulePage {
    id: page
    title: qsTr("Questionnaires")
    subtitle: qsTr("Short standard questionnaires, so you and your clinician can see how things change over time.")

    readonly property var measures: backend ? backend.measures : []

    Repeater {
        model: page.measures
        delegate: FormSection {
            id: section
            required property var modelData
            objectName: "measure-" + modelData.id
            title: modelData.name
            description: modelData.fullName
            Label {
                objectName: "lastResult"
                text: section.modelData.lastTotal >= 0
                      ? qsTr("Last time (%1): %2 of %3 · %4").arg(section.modelData.lastDate).arg(section.modelData.lastTotal)
                            .arg(section.modelData.maxTotal).arg(section.modelData.bandTitle)
                      : section.modelData.draftAnswered >= 0 ? qsTr("Not finished yet.") : qsTr("Not filled in yet.")
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: text.length > 0
                text: section.modelData.change
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "dueLabel"
                text: section.modelData.dueLabel
                color: section.modelData.dueState === "due" || section.modelData.dueState === "overdue" ? Theme.accent : Theme.subtleText
                font.bold: section.modelData.dueState === "due" || section.modelData.dueState === "overdue"
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: section.modelData.draftAnswered >= 0
                text: qsTr("You have answered %1 of %2 questions so far; your answers are kept.")
                      .arg(section.modelData.draftAnswered).arg(section.modelData.itemCount)
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.smallSpacing
                Button {
                    objectName: "fill-" + section.modelData.id
                    text: section.modelData.draftAnswered >= 0 ? qsTr("Carry on") : qsTr("Fill in")
                    highlighted: section.modelData.dueState === "due" || section.modelData.dueState === "overdue"
                    Accessible.name: qsTr("%1 %2").arg(text).arg(section.modelData.name)
                    onClicked: {
                        if (page.backend.startFill(section.modelData.id))
                            page.openPage("fill")
                    }
                }
                Button {
                    objectName: "results-" + section.modelData.id
                    visible: section.modelData.lastTotal >= 0
                    text: qsTr("Results")
                    Accessible.name: qsTr("Results of %1").arg(section.modelData.name)
                    onClicked: {
                        if (page.backend.showResults(section.modelData.id))
                            page.openPage("results")
                    }
                }
            }
        }
    }
    Label {
        text: qsTr("These questionnaires are not a diagnosis. They put a number on how things have been lately, to talk over with your clinician.")
        color: Theme.subtleText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
