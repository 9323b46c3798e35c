import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The client's safety plan: six steps and reasons for living, in their own
// words, one item a line. Every save keeps the earlier version.
ScrollView {
    id: page
    readonly property bool ready: true
    signal openPage(string key)
    /// Back to where the client was (set by the window: that page's title; "" for none).
    property string backTitle: ""
    signal goBack()
    contentWidth: availableWidth
    objectName: "safetyPlanPage"
    Component.onCompleted: safety.refreshSuggestions()

    // What the fields hold, by step key, for saving.
    function texts() {
        const out = {}
        for (let i = 0; i < steps.count; ++i) {
            const field = steps.itemAt(i).field
            out[field.stepKey] = field.text
        }
        return out
    }

    ColumnLayout {
        width: Theme.contentWidth(page.availableWidth)
        x: Theme.contentX(page.availableWidth)
        spacing: Theme.spacing
        KeepFocusVisible { view: page } // Tab never leaves the focus below the edge (a keyboard walk found it did)
        Item { height: Theme.spacing }
        PageHeader {
            title: qsTr("My safety plan")
            subtitle: qsTr("Steps to take, in order, when things start to get bad. Write it on a calmer day, with your clinician if you can, and keep it where you can find it.")
        }
        // The way back to where the client was, Need help now? most often (Alt+Left too;
        // not Escape, which would leave the plan's unsaved lines in a box).
        BackToButton { objectName: "safetyPlanBack"; backTitle: page.backTitle; onClicked: page.goBack() }
        Label {
            objectName: "reviewedLabel"
            text: safety.reviewedLabel + (safety.versions > 1 ? " " + qsTr("%1 versions kept.").arg(safety.versions) : "")
            color: Theme.subtleText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        Repeater {
            id: steps
            model: safety.steps
            delegate: FormSection {
                id: section
                required property var modelData
                required property int index
                property alias field: box
                title: modelData.key === "reasonsForLiving" ? modelData.title : qsTr("Step %1: %2").arg(index + 1).arg(modelData.title)
                description: modelData.explanation
                Label {
                    text: qsTr("One item a line")
                    color: Theme.subtleText
                    font.pixelSize: Theme.fontSmall
                }
                TextBox {
                    id: box
                    property string stepKey: section.modelData.key
                    objectName: "step_" + section.modelData.key
                    text: section.modelData.text
                    enabled: safety.planAvailable
                    accessibleName: section.title
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(90, implicitHeight)
                    KeyNavigation.priority: KeyNavigation.BeforeItem
                    Keys.onTabPressed: event => { nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
                    Keys.onBacktabPressed: event => { nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
                }
                PlanSuggestions {
                    objectName: "suggestions_" + section.modelData.key
                    lines: safety.suggestions[section.modelData.key] || []
                    field: box
                    Layout.fillWidth: true
                }
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                id: savePlan
                objectName: "savePlan"
                contentItem: ButtonLabel { control: savePlan } // wraps in a narrow window with large text
                width: Math.min(implicitWidth, parent.width)
                text: qsTr("Save my safety plan")
                highlighted: true
                enabled: safety.planAvailable
                Accessible.name: text
                onClicked: result.show(safety.savePlan(page.texts()))
            }
            Button {
                id: markReviewed
                objectName: "markReviewed"
                contentItem: ButtonLabel { control: markReviewed } // wraps in a narrow window with large text
                width: Math.min(implicitWidth, parent.width)
                text: qsTr("I have looked it over today")
                enabled: safety.planAvailable && !safety.planEmpty
                Accessible.name: text
                onClicked: result.show(safety.markReviewed())
            }
            Button {
                id: savePdf
                objectName: "savePdf"
                contentItem: ButtonLabel { control: savePdf } // wraps in a narrow window with large text
                width: Math.min(implicitWidth, parent.width)
                text: qsTr("Save as PDF to print")
                enabled: safety.planAvailable && !safety.planEmpty
                Accessible.name: text
                onClicked: result.show(safety.savePdf(app.exportFolder))
            }
        }
        Label {
            objectName: "planNotSavedHint"
            visible: safety.planAvailable && safety.planEmpty
            text: qsTr("Once your plan is saved, you can mark it looked over and save it as a PDF to print.")
            color: Theme.subtleText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        InlineMessage {
            id: result
            objectName: "planResult"
            function show(r) { error = !r.ok; text = r.message }
            Layout.fillWidth: true
        }
        Item { height: Theme.spacing }
    }
}
