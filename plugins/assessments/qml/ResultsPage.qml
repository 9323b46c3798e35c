import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One questionnaire over time: the latest total and what it means, the
// change, a chart with the bands shaded, and every answer of each result.
ModulePage {
    id: page
    title: qsTr("Questionnaire results")
    subtitle: qsTr("What the totals mean, and how they have changed.")

    readonly property var results: backend ? backend.results : []
    readonly property var latest: results.length > 0 ? results[0] : null
    // The result whose answers are shown (opened from the timeline, or chosen).
    property string openId: ""

    Component.onCompleted: {
        if (!backend)
            return
        if (entryId.length > 0) {
            backend.openEntry(entryId)
            openId = entryId
        } else if (backend.resultsMeasure === "") {
            backend.showResults("phq9")
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        Label { text: qsTr("Questionnaire:"); color: Theme.text; height: 40; verticalAlignment: Text.AlignVCenter }
        Repeater {
            model: page.backend ? page.backend.measures : []
            delegate: Button {
                required property var modelData
                objectName: "show-" + modelData.id
                text: modelData.name
                checkable: true
                checked: page.backend.resultsMeasure === modelData.id
                highlighted: checked
                Accessible.name: qsTr("Results of %1").arg(modelData.name)
                onClicked: { page.backend.showResults(modelData.id); page.openId = "" }
            }
        }
    }

    EmptyState {
        visible: page.results.length === 0
        Layout.fillWidth: true
        title: qsTr("No results yet")
        message: qsTr("Once you fill this questionnaire in, your total and what it means show here.")
        actionText: qsTr("Fill it in")
        onActionTriggered: { page.backend.startFill(page.backend.resultsMeasure); page.openPage("fill") }
    }

    FormSection {
        objectName: "latest"
        visible: page.latest !== null
        title: qsTr("Latest: %1 of %2").arg(page.latest ? page.latest.total : 0).arg(page.latest ? page.latest.maxTotal : 0)
        description: page.latest ? page.latest.when : ""
        Label {
            objectName: "latestBand"
            text: page.latest ? page.latest.bandTitle : ""
            color: Theme.text
            font.bold: true
        }
        Label {
            objectName: "latestMeaning"
            text: page.latest ? page.latest.meaning : ""
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "latestChange"
            visible: text.length > 0
            text: page.latest ? page.latest.change : ""
            color: Theme.subtleText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }

    TotalsChart {
        visible: page.results.length > 0
        chart: page.backend ? page.backend.chart : ({})
    }

    FormSection {
        visible: page.results.length > 0
        title: qsTr("Every result")
        description: qsTr("Choose one to see each answer you gave.")
        Repeater {
            model: page.results
            delegate: ColumnLayout {
                id: row
                required property var modelData
                readonly property bool open: page.openId === modelData.id
                Layout.fillWidth: true
                spacing: Theme.smallSpacing
                ItemDelegate {
                    objectName: "result-" + row.modelData.id
                    Layout.fillWidth: true
                    focusPolicy: Qt.StrongFocus
                    text: qsTr("%1 · %2 of %3 · %4").arg(row.modelData.day).arg(row.modelData.total).arg(row.modelData.maxTotal).arg(row.modelData.bandTitle)
                    Accessible.role: Accessible.Button
                    Accessible.name: text
                    Accessible.description: row.open ? qsTr("Hide the answers") : qsTr("Show the answers")
                    onClicked: page.openId = row.open ? "" : row.modelData.id
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    // On two lines in a narrow window or large text, not cut off.
                    contentItem: Label {
                        text: parent.text
                        font: parent.font
                        color: Theme.text
                        wrapMode: Text.WordWrap
                        verticalAlignment: Text.AlignVCenter
                    }
                    background: Rectangle {
                        radius: Theme.radius / 2
                        color: parent.hovered || row.open ? Theme.surfaceAlt : "transparent"
                        border.color: parent.activeFocus ? Theme.focus : "transparent"
                        border.width: 2
                    }
                }
                ColumnLayout {
                    objectName: "answers-" + row.modelData.id
                    visible: row.open
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacing
                    spacing: 4
                    Label {
                        visible: row.modelData.change.length > 0
                        text: row.modelData.change
                        color: Theme.subtleText
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: row.modelData.answers
                        delegate: Label {
                            required property var modelData
                            text: qsTr("%1. %2: %3 (%4)").arg(modelData.number).arg(modelData.text).arg(modelData.answer).arg(modelData.value)
                            color: Theme.text
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        visible: row.modelData.difficulty.length > 0
                        text: qsTr("%1 %2 (not scored)").arg(row.modelData.difficultyQuestion).arg(row.modelData.difficulty)
                        color: Theme.text
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
