import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Side effects (what, how bad, since when, still going?) and how well each
// medicine seems to work, over time.
ModulePage {
    id: page
    title: qsTr("Effects")
    subtitle: qsTr("Notes for your prescriber on side effects and on how well things seem to work.")
    readonly property var medicines: backend ? backend.medicines : []
    property bool severeAdded: false // the side effect just added here was rated severe

    FormSection {
        title: qsTr("A side effect")
        // Each label above its field: beside them, at 800x600 with 200 % text, the
        // fields ran past the card (the date's hint alone was wider than it).
        Label { text: qsTr("What you noticed"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextField { id: symptom; objectName: "symptom"; Layout.fillWidth: true; placeholderText: qsTr("e.g. dry mouth"); Accessible.name: qsTr("What you noticed") }
        Label { text: qsTr("Which medicine"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        ChoiceBox {
            id: effectMedicine
            objectName: "effectMedicine"
            textRole: "name"
            valueRole: "key"
            model: [{ key: "", name: qsTr("Not sure which") }].concat(page.medicines)
            Accessible.name: qsTr("Which medicine")
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
        }
        Label { text: qsTr("How bad"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        ChoiceBox {
            id: severity; objectName: "severity"; model: [qsTr("0 · barely"), qsTr("1 · mild"), qsTr("2 · moderate"), qsTr("3 · severe")]; currentIndex: 1; Accessible.name: qsTr("How bad, 0 to 3")
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
        }
        Label { id: onsetLabel; text: qsTr("Since: leave it empty for today, or type a date like 2026-03-01"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextField {
            id: onset
            objectName: "onset"
            placeholderText: qsTr("today")
            Layout.fillWidth: true
            Accessible.name: onsetLabel.text
        }
        Button {
            id: addSideEffect
            objectName: "addSideEffect"
            contentItem: ButtonLabel { control: addSideEffect } // wraps in a narrow card (SDK 2.6)
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            text: qsTr("Add side effect")
            highlighted: true
            Accessible.name: text
            onClicked: {
                if (page.backend.logSideEffect(effectMedicine.currentValue, symptom.text, severity.currentIndex, onset.text).length > 0) {
                    page.severeAdded = page.backend.lastSideEffectSevere
                    symptom.text = ""; onset.text = ""
                }
            }
        }
        Label {
            objectName: "severeAdvice"
            visible: page.severeAdded
            text: qsTr("A severe side effect is worth telling your prescriber about soon: please contact them, today if you can. If you feel very unwell or unsafe, use Need help now? on the left.")
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Repeater {
            model: page.backend ? page.backend.sideEffects : []
            // "Mark as stopped" under the words: beside them, at 800x600 with 200 % text,
            // it left the words 90 px.
            delegate: ColumnLayout {
                required property var modelData
                objectName: "sideEffectRow"
                Layout.fillWidth: true
                spacing: 2
                Label { text: modelData.symptom; color: Theme.text; font.bold: modelData.status === "ongoing"; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                Label { text: modelData.summary + qsTr(" · since %1").arg(modelData.onset); color: Theme.subtleText; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                Button {
                    objectName: "resolveSideEffect"
                    visible: modelData.status === "ongoing"
                    text: qsTr("Mark as stopped")
                    Accessible.name: qsTr("Mark %1 as stopped").arg(modelData.symptom)
                    onClicked: page.backend.resolveSideEffect(modelData.id)
                }
            }
        }
        Button {
            objectName: "showOlderSideEffects"
            visible: page.backend && page.backend.moreSideEffects
            text: qsTr("Show older side effects")
            Accessible.name: text
            onClicked: page.backend.showOlderSideEffects()
        }
    }

    Repeater {
        model: page.medicines.filter(m => !m.stopped)
        delegate: FormSection {
            id: box
            objectName: "rateBox"
            required property var modelData
            title: qsTr("How well does %1 seem to work?").arg(modelData.name)
            description: box.modelData.latestRating >= 0 ? qsTr("Your last rating: %1 of 10.").arg(box.modelData.latestRating) : ""
            // Starts in the middle but unrated: only a moved slider is saved.
            RatingSlider {
                id: rating
                objectName: "rating"
                Layout.fillWidth: true
                label: qsTr("Right now")
                lowHint: qsTr("0 · not at all")
                highHint: qsTr("10 · very well")
                value: 5
            }
            // A real label: the placeholder goes as soon as the field holds words.
            Label { text: qsTr("Note with the rating"); color: Theme.subtleText }
            TextField {
                id: note
                objectName: "ratingNote"
                Layout.fillWidth: true
                placeholderText: qsTr("A note for your prescriber (optional), e.g. sleeping better")
                Accessible.name: qsTr("Note with the rating for %1 (optional)").arg(box.modelData.name)
            }
            Button {
                objectName: "rate"
                text: qsTr("Save rating")
                highlighted: true
                Accessible.name: qsTr("Save rating for %1").arg(box.modelData.name)
                onClicked: {
                    if (page.backend.rate(box.modelData.key, rating.hasValue ? Math.round(rating.value) : -1, note.text).length > 0) {
                        note.text = ""; rating.reset()
                    }
                }
            }
            ChartFrame {
                visible: box.modelData.effectiveness.length > 0
                Layout.fillWidth: true
                // 160 px, or more where the title wraps (large text): the plot keeps its
                // 100 px (it was 60 px at 800x600 with 200 % text).
                Layout.preferredHeight: Math.max(160, topPadding + bottomPadding + headerHeight + Theme.smallSpacing + ratings.implicitHeight)
                title: qsTr("Ratings over the last 90 days")
                summary: title
                LineChart { id: ratings; implicitHeight: 100; anchors.fill: parent; points: box.modelData.effectiveness; xCount: 90; yFrom: 0; yTo: 10 }
            }
        }
    }
}
