import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// A plain-text summary for the next appointment: doses taken, side effects,
// how well things seem to work, changes, the mood over the period (from
// journal check-ins), the PHQ-9 and GAD-7 totals of the period (from the
// Assessments module) and the client's questions, over a chosen period.
ModulePage {
    id: page
    title: qsTr("Appointment summary")
    subtitle: qsTr("Take this to your next appointment, or send it ahead.")
    property int days: 30

    // On one line where they fit, else the button under the box (200 % text ran off the window).
    Flow {
        id: periodRow
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label { text: qsTr("Period"); color: Theme.subtleText; height: periodBox.height; verticalAlignment: Text.AlignVCenter }
        ChoiceBox {
            id: periodBox
            width: Math.min(implicitWidth, periodRow.width)
            objectName: "period"
            textRole: "text"
            valueRole: "days"
            model: [{ text: qsTr("Last 2 weeks"), days: 14 }, { text: qsTr("Last 30 days"), days: 30 }, { text: qsTr("Last 3 months"), days: 90 }]
            currentIndex: 1
            Accessible.name: qsTr("Period")
            onActivated: page.days = currentValue
        }
        Button {
            id: saveSummary
            objectName: "saveSummary"
            // Its words wrap where the row is narrower (Spanish at 800x600 and 200 %: 68 px past the window).
            width: Math.min(implicitWidth, periodRow.width)
            contentItem: ButtonLabel { control: saveSummary }
            text: qsTr("Save as a text file")
            Accessible.name: text
            onClicked: { const path = page.backend.saveSummary(page.days, ""); if (path.length > 0) savedAt.text = qsTr("Saved to %1").arg(path) }
        }
    }
    FormSection {
        title: qsTr("Questions for my prescriber")
        description: qsTr("Write down what you want to ask as it comes to you; each question is in the summary until you mark it asked.")
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: question
                objectName: "question"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. Could I take it in the evening instead?")
                Accessible.name: qsTr("Questions for my prescriber: a new question")
                onAccepted: addQuestion.clicked()
            }
            Button {
                id: addQuestion
                objectName: "addQuestion"
                text: qsTr("Add question")
                highlighted: true
                Accessible.name: text
                onClicked: if (page.backend.addQuestion(question.text).length > 0) question.text = ""
            }
        }
        Repeater {
            model: page.backend ? page.backend.questions : []
            delegate: RowLayout {
                required property var modelData
                Layout.fillWidth: true
                Label { text: modelData.text; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                Button {
                    objectName: "markAsked"
                    text: qsTr("Mark as asked")
                    Accessible.name: qsTr("Mark as asked: %1").arg(modelData.text)
                    onClicked: page.backend.markAsked(modelData.id)
                }
            }
        }
        Button {
            objectName: "showOlderQuestions"
            visible: page.backend && page.backend.moreQuestions
            text: qsTr("Show older questions")
            Accessible.name: text
            onClicked: page.backend.showOlderQuestions()
        }
    }
    FormSection {
        objectName: "assessmentTotals"
        title: qsTr("Questionnaires in this period")
        description: qsTr("Your PHQ-9 and GAD-7 totals from Assessments, as they go into the summary. They are for talking over with your prescriber.")
        Repeater {
            // Read again when the period or the journal changes.
            model: page.backend ? (page.backend.medicines, page.backend.assessmentTotals(page.days)) : []
            delegate: AssessmentTotals {
                required property var modelData
                Layout.fillWidth: true
                measure: modelData
            }
        }
    }
    InlineMessage { id: savedAt; error: false; Layout.fillWidth: true }
    belowError: [
        // A real label: the box holds only the summary itself.
        Label { id: summaryLabel; text: qsTr("Summary text"); color: Theme.subtleText },
        TextBox {
            objectName: "summaryText"
            Layout.fillWidth: true
            Layout.minimumHeight: 520 // grows with its text (at 200 % in Spanish its last line was cut)
            readOnly: true
            font.family: "monospace"
            text: page.backend ? (page.backend.medicines, page.backend.questions, page.backend.summaryText(page.days)) : ""
            accessibleName: summaryLabel.text
        }
    ]
}
