import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Asked before Tessera quits while the page shown has writing not saved yet
// (a module page's unsavedWriting, SDK 2.6.1), or a page left for another
// keeps it (its module's backend says so): Ctrl+Q, Quit in the tray, or
// closing the window. "Go back to it" (the default, and Escape) keeps
// Tessera open on the page; "Quit without saving" quits. A check-in begun
// was lost to Ctrl+Q without a word.
Dialog {
    id: dialog
    objectName: "unsavedWritingDialog"
    // The page's title, as the navigation shows it ("Check in").
    property string pageTitle
    signal quitAnyway()
    // "Go back to it" or Escape: Tessera stays open (and opens the page again when
    // the writing was left on another page).
    signal backToIt()
    onRejected: backToIt()

    // A Dialog's title is its accessible name (a screen reader says it, then "dialog").
    title: qsTr("Your writing is not saved yet")
    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.pageMargin : 520, 520)
    padding: Theme.spacing * 2
    closePolicy: Popup.CloseOnEscape
    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }
    header: Label {
        text: dialog.title
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.bold: true
        wrapMode: Text.WordWrap
        padding: Theme.spacing * 2
        bottomPadding: 0
    }
    // Keep writing is the safe answer: it has the focus when the dialog opens.
    // With its ring showing (a keyboard reason): it is most often opened by Ctrl+Q.
    onOpened: Qt.callLater(() => keepWriting.forceActiveFocus(Qt.TabFocusReason))

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            id: body
            objectName: "unsavedWritingText"
            Layout.fillWidth: true
            text: qsTr("What you began on “%1” is still there. If you quit now, it is not kept.").arg(dialog.pageTitle)
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        // Side by side, or one above the other where the window is narrow or the text large.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                id: keepWriting
                objectName: "keepWriting"
                text: qsTr("Go back to it")
                highlighted: true
                Accessible.name: text
                // The body is not a stop for the keyboard: read with the button that has
                // the focus when the dialog opens. (Set on the Dialog, which is not an
                // Item, it was refused with a warning and never read.)
                Accessible.description: body.text
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                // Tab and Shift+Tab between the two answers (a modal dialog keeps the focus in it).
                Keys.onTabPressed: quitButton.forceActiveFocus(Qt.TabFocusReason)
                Keys.onBacktabPressed: quitButton.forceActiveFocus(Qt.BacktabFocusReason)
                onClicked: {
                    dialog.close()
                    dialog.backToIt()
                }
            }
            Button {
                id: quitButton
                objectName: "quitWithoutSaving"
                text: qsTr("Quit without saving")
                Accessible.name: text
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                Keys.onTabPressed: keepWriting.forceActiveFocus(Qt.TabFocusReason)
                Keys.onBacktabPressed: keepWriting.forceActiveFocus(Qt.BacktabFocusReason)
                onClicked: {
                    dialog.close()
                    dialog.quitAnyway()
                }
            }
        }
    }
}
