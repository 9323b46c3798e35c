import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The week: what was planned each day and whether it happened; plan more.
ModulePage {
    id: page
    title: qsTr("My week")
    subtitle: qsTr("Plan a few things that matter to you. Done or not, each one teaches you something.")
    property string area: "mind-body"
    // What a plan marked done, or not done, is called (from the backend, so the buttons and
    // dialogs say what the marked plan then says).
    readonly property string doneLabel: backend ? backend.planStatusLabels["done"] : ""
    readonly property string notDoneLabel: backend ? backend.planStatusLabels["not-done"] : ""

    // The week between its two buttons, or above them where the three do not fit on a line
    // (a narrow window, large text: the buttons were drawn over the week's name), or above
    // one under the other where even the two do not (800x600 at 200 % text: Next week ran
    // past the window).
    GridLayout {
        id: weekRow
        readonly property bool wide: width - previousWeek.implicitWidth - nextWeek.implicitWidth - 2 * columnSpacing >= weekName.implicitWidth
        readonly property bool pair: width - previousWeek.implicitWidth - nextWeek.implicitWidth - 2 * columnSpacing >= 0
        Layout.fillWidth: true
        columnSpacing: Theme.smallSpacing
        Button {
            id: previousWeek
            text: qsTr("Previous week"); flat: true; Accessible.name: text; onClicked: page.backend.weekOffset -= 1
            Layout.row: weekRow.wide ? 0 : 1
            Layout.column: 0
        }
        Label {
            id: weekName
            text: page.backend ? page.backend.weekLabel : ""; color: Theme.text; font.bold: true; wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Layout.row: 0
            Layout.column: weekRow.wide ? 1 : 0
            Layout.columnSpan: weekRow.wide ? 1 : (weekRow.pair ? 3 : 1)
        }
        Button {
            id: nextWeek
            text: qsTr("Next week"); flat: true; Accessible.name: text; onClicked: page.backend.weekOffset += 1
            Layout.row: weekRow.wide ? 0 : (weekRow.pair ? 1 : 2)
            Layout.column: weekRow.wide || weekRow.pair ? 2 : 0
            Layout.alignment: weekRow.pair ? Qt.AlignRight : Qt.AlignLeft
        }
    }
    // Seven columns when each day gets room for its buttons; otherwise one day under another.
    GridLayout {
        id: days
        objectName: "days"
        columns: width >= 7 * 130 * Theme.textScale ? 7 : 1 // the room a day needs grows with the text (issue 29)
        columnSpacing: Theme.smallSpacing
        rowSpacing: Theme.smallSpacing
        Layout.fillWidth: true
        Repeater {
            model: page.backend ? page.backend.week : []
            delegate: Pane {
                id: day
                required property var modelData
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.fillHeight: true
                padding: Theme.smallSpacing
                background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: day.modelData.today ? Theme.accent : Theme.border; border.width: day.modelData.today ? 2 : 1 }
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 4
                    Label { text: day.modelData.label; color: Theme.text; font.bold: true }
                    Label { text: qsTr("%1 logged").arg(day.modelData.activities); color: Theme.subtleText; font.pixelSize: Theme.fontSmall }
                    Repeater {
                        model: day.modelData.plans
                        // A Column, not a ColumnLayout: nested in the day's layout, a plan's
                        // ColumnLayout kept a stale height once its text wrapped at 200 %,
                        // and the next plan was drawn under its buttons.
                        delegate: Column {
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 0
                            Label { text: modelData.time + " " + modelData.activity; color: Theme.text; wrapMode: Text.WordWrap; width: parent.width; font.pixelSize: Theme.fontSmall + 1 }
                            Label {
                                visible: !modelData.planned
                                text: modelData.statusLabel
                                color: modelData.done ? Theme.positive : Theme.subtleText
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.WordWrap
                                width: parent.width
                            }
                            Label {
                                visible: modelData.obstacle.length > 0
                                text: modelData.obstacle
                                color: Theme.subtleText
                                font.pixelSize: Theme.fontSmall
                                font.italic: true
                                wrapMode: Text.WordWrap
                                width: parent.width
                                Accessible.name: qsTr("What got in the way: %1").arg(modelData.obstacle)
                            }
                            // Drawn as buttons (they were flat, and read as plain text under the plan).
                            Flow {
                                visible: modelData.planned
                                width: parent.width
                                topPadding: 2
                                spacing: 4
                                Button { objectName: "planDone"; text: page.doneLabel; font.pixelSize: Theme.fontSmall; Accessible.name: qsTr("%1: %2").arg(modelData.activity).arg(page.doneLabel); onClicked: doneDialog.ask(modelData.id, modelData.activity) }
                                Button { objectName: "planNotDone"; text: page.notDoneLabel; font.pixelSize: Theme.fontSmall; Accessible.name: qsTr("%1: %2").arg(modelData.activity).arg(page.notDoneLabel); onClicked: notDoneDialog.ask(modelData.id, modelData.activity) }
                                Button {
                                    objectName: "removePlan"
                                    text: qsTr("Remove")
                                    font.pixelSize: Theme.fontSmall
                                    Accessible.name: qsTr("Remove the plan %1").arg(modelData.activity)
                                    onClicked: removal.remove(modelData.id)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    Label {
        objectName: "weekNote"
        visible: text.length > 0
        text: page.backend ? page.backend.weekNote : ""
        color: Theme.subtleText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    // Undo for a plan removed from its day above.
    DeleteWithUndo { id: removal; backend: page.backend; message: qsTr("Plan removed.") }
    FormSection {
        title: qsTr("Plan an activity")
        description: qsTr("Pick from your values, easiest first, or write your own.")
        ChipPicker {
            multiple: false
            accessibleLabel: qsTr("From your values")
            model: page.backend ? page.backend.suggestions : []
            onToggled: (word, on) => planned.text = on ? word : ""
        }
        // Real labels: a placeholder goes as soon as the field holds words, and a day or
        // a time filled in for the client says nothing of what it is.
        Label { id: plannedLabel; text: qsTr("Activity to plan"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextField { id: planned; objectName: "planActivity"; Layout.fillWidth: true; placeholderText: qsTr("Activity"); Accessible.name: plannedLabel.text }
        // A Flow of label-and-field pairs: in one row, part of life, day, time and
        // Plan it ran 400 px past an 800x600 window at 200 % text.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ColumnLayout {
                width: Math.min(280, parent.width)
                spacing: 2
                Label { id: areaLabel; text: qsTr("Part of life"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                ChoiceBox { id: planArea; textRole: "name"; valueRole: "code"; model: page.backend ? page.backend.areas : []; Layout.fillWidth: true; Accessible.name: areaLabel.text }
            }
            // Today, Tomorrow, then the next four weeks by name (the client typed a date
            // like 2026-12-07 before); tomorrow first chosen.
            ColumnLayout {
                width: Math.min(planDay.implicitWidth, parent.width)
                spacing: 2
                Label { id: planDayLabel; text: qsTr("Day"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                ChoiceBox {
                    id: planDay
                    objectName: "planDay"
                    textRole: "label"
                    valueRole: "date"
                    model: page.backend ? page.backend.planDays : []
                    currentIndex: 1
                    Layout.fillWidth: true
                    Accessible.name: planDayLabel.text
                }
            }
            ColumnLayout {
                width: Math.min(70 * Theme.textScale, parent.width)
                spacing: 2
                Label { text: qsTr("Time"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                TextField { id: planTime; objectName: "planTime"; Layout.fillWidth: true; text: "18:00"; inputMask: "99:99"; Accessible.name: qsTr("Time, like 18:00") }
            }
        }
        Button {
            objectName: "addPlan"
            text: qsTr("Plan it")
            highlighted: true
            Accessible.name: text
            onClicked: if (page.backend.plan(planned.text, planArea.currentValue, planDay.currentValue, planTime.text).length > 0) planned.text = ""
        }
    }

    // Asked when a plan is marked done: how it went. Every rating is optional;
    // only the sliders the client moved are saved.
    Dialog {
        id: doneDialog
        objectName: "doneDialog"
        property string planId
        property string activity
        function ask(id, name) {
            planId = id
            activity = name
            for (const s of [doneMastery, donePleasure, doneMoodBefore, doneMoodAfter])
                s.reset()
            open()
        }
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - Theme.spacing * 2 : 520, 520)
        height: Math.min(implicitHeight, parent ? parent.height - Theme.spacing * 2 : implicitHeight)
        modal: true
        focus: true
        padding: Theme.spacing * 1.5
        title: qsTr("%1: %2").arg(page.doneLabel).arg(activity)
        background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }
        header: Label {
            text: doneDialog.title
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.WordWrap
            padding: Theme.spacing * 1.5
            bottomPadding: 0
        }
        contentItem: Flickable {
            implicitHeight: doneColumn.implicitHeight
            contentHeight: doneColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ColumnLayout {
                id: doneColumn
                width: parent.width
                spacing: Theme.smallSpacing
                Label {
                    text: qsTr("How was it? Move only the sliders you want to record; the others are left out.")
                    color: Theme.subtleText
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                RatingSlider { id: doneMastery; objectName: "doneMastery"; Layout.fillWidth: true; label: qsTr("Sense of accomplishment"); lowHint: qsTr("0 · none"); highHint: qsTr("10 · a lot") }
                RatingSlider { id: donePleasure; objectName: "donePleasure"; Layout.fillWidth: true; label: qsTr("Enjoyment"); lowHint: qsTr("0 · none"); highHint: qsTr("10 · a lot") }
                RatingSlider { id: doneMoodBefore; objectName: "doneMoodBefore"; Layout.fillWidth: true; label: qsTr("Mood before"); lowHint: qsTr("0 · very low"); highHint: qsTr("10 · very good") }
                RatingSlider { id: doneMoodAfter; objectName: "doneMoodAfter"; Layout.fillWidth: true; label: qsTr("Mood after"); lowHint: qsTr("0 · very low"); highHint: qsTr("10 · very good") }
                InlineMessage { visible: doneDialog.opened && text.length > 0; text: page.error; Layout.fillWidth: true }
                RowLayout {
                    Layout.topMargin: Theme.smallSpacing
                    Button {
                        objectName: "saveDone"
                        text: qsTr("Save")
                        highlighted: true
                        Accessible.name: qsTr("Save: %1, %2").arg(doneDialog.activity).arg(page.doneLabel)
                        onClicked: {
                            const r = s => s.hasValue ? Math.round(s.value) : -1
                            if (page.backend.markPlan(doneDialog.planId, true, r(doneMastery), r(donePleasure), r(doneMoodBefore), r(doneMoodAfter)))
                                doneDialog.close()
                        }
                    }
                    Button { text: qsTr("Cancel"); flat: true; Accessible.name: text; onClicked: doneDialog.close() }
                }
            }
        }
    }

    // Asked when a plan did not happen: what got in the way, if the client wants to say.
    Dialog {
        id: notDoneDialog
        objectName: "notDoneDialog"
        property string planId
        property string activity
        function ask(id, name) {
            planId = id
            activity = name
            obstacle.text = ""
            open()
            obstacle.forceActiveFocus()
        }
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - Theme.spacing * 2 : 520, 520)
        modal: true
        focus: true
        padding: Theme.spacing * 1.5
        title: qsTr("%1: %2").arg(page.notDoneLabel).arg(activity)
        background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }
        header: Label {
            text: notDoneDialog.title
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.WordWrap
            padding: Theme.spacing * 1.5
            bottomPadding: 0
        }
        contentItem: ColumnLayout {
            spacing: Theme.smallSpacing
            Label {
                text: qsTr("That happens, and it tells you something. What got in the way? (optional)")
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            TextField {
                id: obstacle
                objectName: "obstacle"
                Layout.fillWidth: true
                maximumLength: 500
                placeholderText: qsTr("e.g. too tired, it rained, someone cancelled")
                Accessible.name: qsTr("What got in the way (optional)")
                onAccepted: saveNotDone.clicked()
            }
            InlineMessage { visible: notDoneDialog.opened && text.length > 0; text: page.error; Layout.fillWidth: true }
            RowLayout {
                Layout.topMargin: Theme.smallSpacing
                Button {
                    id: saveNotDone
                    objectName: "saveNotDone"
                    text: qsTr("Save")
                    highlighted: true
                    Accessible.name: qsTr("Save: %1, %2").arg(notDoneDialog.activity).arg(page.notDoneLabel)
                    onClicked: if (page.backend.markPlanNotDone(notDoneDialog.planId, obstacle.text)) notDoneDialog.close()
                }
                Button { text: qsTr("Cancel"); flat: true; Accessible.name: text; onClicked: notDoneDialog.close() }
            }
        }
    }
}
