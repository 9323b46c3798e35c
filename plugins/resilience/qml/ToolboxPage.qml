import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// My coping toolbox: the things that help me, sorted by situation (at home,
// when I am out, at night, with people). The safety plan's "Things I can do
// on my own" offers those that do not mean contacting someone (and "People and
// places that take my mind off things" those that do), on the plan's own page.
ModulePage {
    id: page
    title: qsTr("My coping toolbox")
    subtitle: qsTr("The things that help you, ready for when you need them. Add what works for you, in your own words.")

    property string filter: ""       // a situation code, or "" for all
    property var newSituations: []   // codes for the tool being added
    readonly property var situations: page.backend ? page.backend.situationOptions : []
    readonly property var items: page.backend ? (page.backend.toolbox.items || []) : []
    readonly property var shown: page.filter === "" ? page.items : page.items.filter(t => (t.situations || []).indexOf(page.filter) >= 0)

    function labels(codes) { return page.situations.filter(s => codes.indexOf(s.code) >= 0).map(s => s.label) }
    function add(text, codes, reachOut) {
        if (page.backend.addTool(text, codes, reachOut)) {
            newTool.text = ""
            page.newSituations = []
            newReachOut.checked = false
        }
    }

    FormSection {
        title: qsTr("Add something that helps")
        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("What helps"); color: Theme.subtleText }
            TextField {
                id: newTool
                objectName: "newTool"
                Layout.fillWidth: true
                maximumLength: 200
                Accessible.name: qsTr("What helps")
                onAccepted: if (addTool.enabled) addTool.clicked()
            }
        }
        Label { text: qsTr("When it helps"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        ChipPicker {
            id: newChips
            objectName: "newSituations"
            accessibleLabel: qsTr("When it helps")
            model: page.situations.map(s => s.label)
            onToggled: (word, on) => {
                const code = page.situations.find(s => s.label === word).code
                page.newSituations = on ? page.newSituations.concat([code]) : page.newSituations.filter(c => c !== code)
            }
        }
        // The chips follow newSituations, also when a save empties it.
        Binding { target: newChips; property: "selected"; value: page.labels(page.newSituations) }
        CheckBox {
            id: newReachOut
            objectName: "newReachOut"
            text: qsTr("It means contacting someone")
            Accessible.name: text
            Accessible.description: reachOutHint.text
            Layout.fillWidth: true
            contentItem: ControlLabel { control: newReachOut }
        }
        Label {
            id: reachOutHint
            text: qsTr("A call, a message, a visit: your safety plan offers it with the people who help, not as something to do on your own.")
            color: Theme.subtleText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Button {
            id: addTool
            objectName: "addTool"
            // Wraps in a narrow card: in Spanish at 800x600 and 200 % text it held the
            // whole form 117 px past the window.
            contentItem: ButtonLabel { control: addTool }
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            text: qsTr("Add to my toolbox")
            highlighted: true
            enabled: newTool.text.trim().length > 0
            Accessible.name: text
            onClicked: page.add(newTool.text, page.newSituations, newReachOut.checked)
        }
    }

    RowLayout {
        objectName: "undoRow"
        visible: page.backend && page.backend.lastRemovedTool.length > 0
        Layout.fillWidth: true
        Label {
            text: qsTr("Taken out: %1").arg(page.backend ? page.backend.lastRemovedTool : "")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "undoRemove"
            text: qsTr("Undo")
            Accessible.name: qsTr("Put back %1").arg(page.backend ? page.backend.lastRemovedTool : "")
            onClicked: page.backend.undoRemoveTool()
        }
    }

    // On one line, or the count under the box where there is no room beside it
    // (800x600 at 200 %: it was squeezed to 27 px).
    Flow {
        id: filterRow
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label { text: qsTr("Show"); color: Theme.subtleText; height: filterBox.height; verticalAlignment: Text.AlignVCenter }
        ChoiceBox {
            id: filterBox
            objectName: "filter"
            width: Math.min(implicitWidth, filterRow.width)
            textRole: "label"
            valueRole: "code"
            model: [{ code: "", label: qsTr("Everything") }].concat(page.situations)
            Accessible.name: qsTr("Show")
            onActivated: page.filter = currentValue
        }
        Label {
            text: qsTr("%n things", "", page.shown.length)
            color: Theme.subtleText
            height: filterBox.height
            verticalAlignment: Text.AlignVCenter
        }
    }
    Label {
        visible: page.items.length === 0
        text: qsTr("Your toolbox is empty. Start with one thing that has helped you before, however small.")
        color: Theme.subtleText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Repeater {
        model: page.shown
        delegate: ToolRow {
            situationOptions: page.situations
            onSituationsPicked: codes => page.backend.setToolSituations(modelData.id, codes)
            onReachOutPicked: on => page.backend.setToolReachOut(modelData.id, on)
            onRemoveRequested: page.backend.removeTool(modelData.id)
        }
    }

    FormSection {
        visible: page.backend && page.backend.toolIdeas.length > 0
        title: qsTr("Ideas others find helpful")
        description: qsTr("Add any that might suit you; you can change when they help afterwards.")
        Repeater {
            model: page.backend ? page.backend.toolIdeas : []
            delegate: RowLayout {
                required property var modelData
                Layout.fillWidth: true
                Label { text: modelData.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                Button {
                    objectName: "addIdea"
                    text: qsTr("Add")
                    flat: true
                    // Beside the idea's first line, as Take out is beside a tool's: centred
                    // against a row Qt 6.4 had left the height of wrapped words, it was drawn
                    // over the next idea (the page audit's "spills", 1280x800).
                    Layout.alignment: Qt.AlignTop
                    Accessible.name: qsTr("Add: %1").arg(modelData.text)
                    onClicked: page.add(modelData.text, modelData.situations, modelData.reachOut)
                }
            }
        }
    }

    belowError: [
        Button {
            objectName: "openSafetyPlan"
            text: qsTr("Open my safety plan")
            Accessible.name: text
            onClicked: page.openPage("tessera/safety-plan")
        }
    ]
}
