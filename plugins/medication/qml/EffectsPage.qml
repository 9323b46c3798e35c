import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Side effects (what, how bad, since when, still going?) and how well each
// medicine seems to work, over time.
ScrollView {
    id: page
    property QtObject backend
    property string entryId
    contentWidth: availableWidth
    readonly property var medicines: backend ? backend.medicines : []
    property bool severeAdded: false // the side effect just added here was rated severe

    ColumnLayout {
        width: Math.min(page.availableWidth - Theme.spacing * 4, 860)
        x: Theme.spacing * 2
        spacing: Theme.spacing
        Item { height: Theme.spacing }
        PageHeader { title: qsTr("Effects"); subtitle: qsTr("Notes for your prescriber on side effects and on how well things seem to work.") }

        FormSection {
            title: qsTr("A side effect")
            RowLayout {
                Layout.fillWidth: true
                TextField { id: symptom; objectName: "symptom"; Layout.fillWidth: true; placeholderText: qsTr("What you noticed, e.g. dry mouth"); Accessible.name: qsTr("Symptom") }
                ComboBox { id: effectMedicine; objectName: "effectMedicine"; textRole: "name"; valueRole: "key"; model: [{ key: "", name: qsTr("Not sure which") }].concat(page.medicines); Accessible.name: qsTr("Which medicine") }
            }
            RowLayout {
                Label { text: qsTr("How bad"); color: Theme.subtleText }
                ComboBox { id: severity; objectName: "severity"; model: [qsTr("0 · barely"), qsTr("1 · mild"), qsTr("2 · moderate"), qsTr("3 · severe")]; currentIndex: 1; Accessible.name: qsTr("Severity, 0 to 3") }
                Label { text: qsTr("Since"); color: Theme.subtleText }
                TextField { id: onset; placeholderText: qsTr("YYYY-MM-DD, or leave for today"); Accessible.name: qsTr("Since when") }
                Button {
                    objectName: "addSideEffect"
                    text: qsTr("Add")
                    Accessible.name: qsTr("Add side effect")
                    onClicked: {
                        if (page.backend.logSideEffect(effectMedicine.currentValue, symptom.text, severity.currentIndex, onset.text).length > 0) {
                            page.severeAdded = page.backend.lastSideEffectSevere
                            symptom.text = ""; onset.text = ""
                        }
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
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    Label { text: modelData.symptom; color: Theme.text; font.bold: modelData.status === "ongoing"; Layout.fillWidth: true }
                    Label { text: modelData.summary + qsTr(" · since %1").arg(modelData.onset); color: Theme.subtleText }
                    Button { visible: modelData.status === "ongoing"; text: qsTr("It has stopped"); flat: true; Accessible.name: qsTr("%1 has stopped").arg(modelData.symptom); onClicked: page.backend.resolveSideEffect(modelData.id) }
                }
            }
        }

        Repeater {
            model: page.medicines.filter(m => !m.stopped)
            delegate: FormSection {
                id: box
                required property var modelData
                title: qsTr("How well does %1 seem to work?").arg(modelData.name)
                RatingSlider { id: rating; objectName: "rating"; Layout.fillWidth: true; label: qsTr("Right now, 0 (not at all) to 10 (very well)"); value: Math.max(0, box.modelData.latestRating) }
                Button {
                    objectName: "rate"
                    text: qsTr("Save rating")
                    Accessible.name: qsTr("Save rating for %1").arg(box.modelData.name)
                    onClicked: page.backend.rate(box.modelData.key, rating.value, "")
                }
                ChartFrame {
                    visible: box.modelData.effectiveness.length > 0
                    Layout.fillWidth: true
                    Layout.preferredHeight: 160
                    title: qsTr("Ratings over the last 90 days")
                    summary: title
                    LineChart { anchors.fill: parent; points: box.modelData.effectiveness; xCount: 90; yFrom: 0; yTo: 10 }
                }
            }
        }
        InlineMessage { text: page.backend ? page.backend.lastError : ""; Layout.fillWidth: true }
    }
}
