import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The staying-well plan: my early warning signs, what I do at green, amber
// and red, who to call, and the activities that nourish or drain me.
ModulePage {
    id: page
    title: qsTr("Staying-well plan")
    subtitle: page.plan.exists ? qsTr("Last changed %1. Write it when you are well, so it is ready if a low patch starts.").arg(page.plan.updated)
                               : qsTr("Write it when you are well, with your clinician if you can, so it is ready if a low patch starts.")
    readonly property var plan: backend ? backend.plan : ({})
    readonly property var lists: backend ? backend.activities : ({})
    property string loadedPlan: "-"   // the plan and lists the form shows, so a refresh
    property string loadedLists: "-"  // does not overwrite what is being typed

    function load() {
        loadedPlan = page.plan.id || ""
        loadedLists = page.lists.id || ""
        const p = page.plan
        const s = p.signs || {}
        thoughts.text = s.thoughts || ""; feelings.text = s.feelings || ""
        bodySigns.text = s.body || ""; behaviour.text = s.behaviour || ""
        const l = p.levels || {}
        for (const [code, item] of [["green", green], ["amber", amber], ["red", red]]) {
            item.notice = l[code] ? l[code].notice : ""
            item.actions = l[code] ? l[code].actions : ""
        }
        people.text = p.people || ""; clinician.text = p.clinician || ""; review.text = p.reviewDate || ""
        nourishing.text = page.lists.nourishing || ""; depleting.text = page.lists.depleting || ""
    }
    function form() {
        return {
            signs: { thoughts: thoughts.text, feelings: feelings.text, body: bodySigns.text, behaviour: behaviour.text },
            levels: { green: { notice: green.notice, actions: green.actions }, amber: { notice: amber.notice, actions: amber.actions },
                      red: { notice: red.notice, actions: red.actions } },
            people: people.text, clinician: clinician.text, reviewDate: review.text
        }
    }
    Component.onCompleted: load()
    // The journal may still be loading when the page opens, or the plan may change elsewhere.
    Connections {
        target: page.backend
        function onDataChanged() {
            if ((page.plan.id || "") !== page.loadedPlan || (page.lists.id || "") !== page.loadedLists)
                page.load()
        }
    }

    InlineMessage {
        visible: page.plan.reviewDue === true
        text: qsTr("You planned to look at this again by %1. Does it still fit?").arg(page.plan.reviewLabel)
        Layout.fillWidth: true
    }
    FormSection {
        title: qsTr("My early warning signs")
        description: qsTr("What you noticed before past low patches began. One per line.")
        GridLayout {
            columns: page.availableWidth > 700 ? 2 : 1
            Layout.fillWidth: true
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal columns, whatever each holds
                Layout.alignment: Qt.AlignTop
                Label { text: qsTr("Thoughts"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                TextBox { id: thoughts; objectName: "thoughts"; Layout.fillWidth: true; Layout.minimumHeight: 72 * Theme.textScale; placeholderText: qsTr("Thoughts, e.g. \"what is the point\""); accessibleName: qsTr("Warning signs: thoughts") }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal columns, whatever each holds
                Layout.alignment: Qt.AlignTop
                Label { text: qsTr("Feelings"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                TextBox { id: feelings; objectName: "feelings"; Layout.fillWidth: true; Layout.minimumHeight: 72 * Theme.textScale; placeholderText: qsTr("Feelings, e.g. flat, irritable"); accessibleName: qsTr("Warning signs: feelings") }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal columns, whatever each holds
                Layout.alignment: Qt.AlignTop
                Label { text: qsTr("Body"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                TextBox { id: bodySigns; objectName: "body"; Layout.fillWidth: true; Layout.minimumHeight: 72 * Theme.textScale; placeholderText: qsTr("Body, e.g. waking early"); accessibleName: qsTr("Warning signs: body") }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal columns, whatever each holds
                Layout.alignment: Qt.AlignTop
                Label { text: qsTr("What I do"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                TextBox { id: behaviour; objectName: "behaviour"; Layout.fillWidth: true; Layout.minimumHeight: 72 * Theme.textScale; placeholderText: qsTr("What I do, e.g. cancelling plans"); accessibleName: qsTr("Warning signs: what I do") }
            }
        }
    }
    PlanLevel { id: green; code: "green"; heading: qsTr("Green: I am well"); tint: "#5e9e57" }
    PlanLevel { id: amber; code: "amber"; heading: qsTr("Amber: early signs"); tint: "#d4a13a" }
    PlanLevel {
        id: red
        objectName: "redLevel"
        code: "red"
        heading: qsTr("Red: time to get help now")
        tint: "#b5483a"
        guidance: {
            const now = qsTr("Do these straight away; there is no need to wait until it gets worse. Your safety plan and who to contact are always under Need help now? on the left.")
            const levels = page.plan.levels || {}
            return levels.red && levels.red.suggested === true
                    ? now + " " + qsTr("The first two actions are suggestions: change them to fit you.")
                    : now
        }
    }
    FormSection {
        title: qsTr("People and help")
        Label { text: qsTr("People I can contact"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: people; objectName: "people"; Layout.fillWidth: true; Layout.minimumHeight: 64 * Theme.textScale; placeholderText: qsTr("Who I can call, one per line, e.g. Sam — text first"); accessibleName: qsTr("People I can contact") }
        Label { text: qsTr("My clinician or clinic"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextField { id: clinician; objectName: "clinician"; Layout.fillWidth: true; placeholderText: qsTr("My clinician or clinic, and how to reach them"); Accessible.name: qsTr("My clinician or clinic") }
        Label { text: qsTr("In a crisis, or if you might act on thoughts of harming yourself, call your local emergency number now, or use Need help now? on the left to see who to contact."); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        // The label above its date: beside it, the pair ran past the card at 800x600 with 200 % text.
        Label { text: qsTr("Look at this plan again by"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextField {
            id: review; objectName: "reviewDate"; placeholderText: qsTr("YYYY-MM-DD"); Accessible.name: qsTr("Look at this plan again by, as year-month-day")
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
        }
    }
    belowError: [
        InlineMessage { id: saved; error: false; Layout.fillWidth: true },
        // While Undo is offered for the plan (or the lists), its Save waits, so a save cannot
        // make a second plan beside the one Undo brings back.
        DeleteWithUndo {
            id: planDeletion
            backend: page.backend
            entryId: page.plan.exists === true ? page.plan.id : ""
            button.objectName: "deletePlan"
            question: qsTr("Delete the plan? You can undo it straight after.")
            message: qsTr("Plan deleted.")
            actionSpacing: Theme.spacing
            Button {
                objectName: "savePlan"
                enabled: !planDeletion.undoOffered
                text: qsTr("Save my plan")
                highlighted: true
                Accessible.name: text
                onClicked: if (page.backend.savePlan(page.form()).length > 0) saved.text = qsTr("Plan saved. Earlier versions are kept.")
            }
        },
        FormSection {
            title: qsTr("Nourishing and depleting")
            description: qsTr("What in an ordinary day gives you energy, and what takes it away. One per line.")
            GridLayout {
                columns: page.availableWidth > 700 ? 2 : 1
                Layout.fillWidth: true
                columnSpacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Label { text: qsTr("Nourishing"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    TextBox { id: nourishing; objectName: "nourishing"; Layout.fillWidth: true; Layout.minimumHeight: 96 * Theme.textScale; placeholderText: qsTr("Nourishing, e.g. a walk at lunch"); accessibleName: qsTr("Nourishing activities") }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Label { text: qsTr("Depleting"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    TextBox { id: depleting; objectName: "depleting"; Layout.fillWidth: true; Layout.minimumHeight: 96 * Theme.textScale; placeholderText: qsTr("Depleting, e.g. scrolling in bed"); accessibleName: qsTr("Depleting activities") }
                }
            }
            DeleteWithUndo {
                id: listsDeletion
                backend: page.backend
                entryId: page.lists.id || ""
                button.objectName: "deleteLists"
                undoBar.objectName: "undoLists"
                question: qsTr("Delete both lists? You can undo it straight after.")
                message: qsTr("Lists deleted.")
                actionSpacing: Theme.spacing
                Button {
                    objectName: "saveLists"
                    enabled: !listsDeletion.undoOffered
                    text: qsTr("Save the lists")
                    highlighted: true
                    Accessible.name: text
                    onClicked: if (page.backend.saveActivities(nourishing.text, depleting.text).length > 0) saved.text = qsTr("Lists saved.")
                }
            }
        }
    ]
}
