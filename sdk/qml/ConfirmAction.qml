import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A destructive action in two steps: the button, then "Are you sure?" with
// Confirm and Keep, in place. Nothing happens until Confirm. Space or Enter
// presses each button; asking moves the focus to Keep, and Keep or Confirm
// moves it back to the button.
RowLayout {
    id: confirm
    property string text: qsTr("Delete")
    property string question: qsTr("Delete this entry? You can undo it straight after.")
    property string confirmText: qsTr("Delete")
    property bool asking: false
    signal confirmed()

    // Gives the first button the keyboard focus (after an Undo brought the entry back).
    function focusButton() { askButton.forceActiveFocus() }

    spacing: Theme.smallSpacing
    // The buttons' words wrap where the row gets less room than one line needs
    // (a narrow window, large text, a longer language): the row stays inside its card.
    // Each button's one-line width is measured (FontMetrics), not taken from its
    // implicit width: the row's own width may follow its implicit width (in a Flow,
    // `width: Math.min(implicitWidth, parent.width)`), and a wrapped label made
    // narrow once then kept the button narrow (Qt 6.4). Each measure reads its
    // metrics' font (`void ...Metrics.font`): advanceWidth() alone is no dependency,
    // and a text size set while the row was shown kept the old widths.
    Button {
        id: askButton
        visible: !confirm.asking
        text: confirm.text
        flat: true
        contentItem: ButtonLabel { control: askButton }
        FontMetrics { id: askButtonMetrics; font: askButton.font }
        readonly property real oneLine: (void askButtonMetrics.font, Math.max(implicitBackgroundWidth + leftInset + rightInset,
                                                 Math.ceil(askButtonMetrics.advanceWidth(text)) + 1 + leftPadding + rightPadding))
        // Never narrower than its longest word, which cannot wrap.
        readonly property real longestWord: (void askButtonMetrics.font, Math.ceil(text.split(/\s+/).reduce((w, word) => Math.max(w, askButtonMetrics.advanceWidth(word)), 0))
                                            + leftPadding + rightPadding)
        Layout.fillWidth: true
        Layout.minimumWidth: longestWord
        Layout.preferredWidth: oneLine
        Layout.maximumWidth: oneLine
        Accessible.name: confirm.text
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()
        // A visible focus ring (issue 29): Theme.focus, just outside the button.
        Rectangle {
            anchors.fill: parent
            anchors.margins: -4
            visible: parent.activeFocus
            color: "transparent"
            radius: Theme.radius
            border.color: Theme.focus
            border.width: 3
        }
        onClicked: { confirm.asking = true; keep.forceActiveFocus() }
    }
    Label {
        visible: confirm.asking
        text: confirm.question
        color: Theme.text
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Button {
        id: confirmButton
        visible: confirm.asking
        text: confirm.confirmText
        contentItem: ButtonLabel { control: confirmButton }
        FontMetrics { id: confirmButtonMetrics; font: confirmButton.font }
        readonly property real oneLine: (void confirmButtonMetrics.font, Math.max(implicitBackgroundWidth + leftInset + rightInset,
                                                 Math.ceil(confirmButtonMetrics.advanceWidth(text)) + 1 + leftPadding + rightPadding))
        // Never narrower than its longest word, which cannot wrap.
        readonly property real longestWord: (void confirmButtonMetrics.font, Math.ceil(text.split(/\s+/).reduce((w, word) => Math.max(w, confirmButtonMetrics.advanceWidth(word)), 0))
                                            + leftPadding + rightPadding)
        Layout.fillWidth: true
        Layout.minimumWidth: longestWord
        Layout.preferredWidth: oneLine
        Layout.maximumWidth: oneLine
        palette.buttonText: Theme.danger
        Accessible.name: confirm.confirmText
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()
        // A visible focus ring (issue 29): Theme.focus, just outside the button.
        Rectangle {
            anchors.fill: parent
            anchors.margins: -4
            visible: parent.activeFocus
            color: "transparent"
            radius: Theme.radius
            border.color: Theme.focus
            border.width: 3
        }
        // The focus goes back to the button first; what Confirm starts (an Undo bar) may take it.
        onClicked: { confirm.asking = false; askButton.forceActiveFocus(); confirm.confirmed() }
    }
    Button {
        id: keep
        visible: confirm.asking
        text: qsTr("Keep")
        flat: true
        contentItem: ButtonLabel { control: keep }
        FontMetrics { id: keepMetrics; font: keep.font }
        readonly property real oneLine: (void keepMetrics.font, Math.max(implicitBackgroundWidth + leftInset + rightInset,
                                                 Math.ceil(keepMetrics.advanceWidth(text)) + 1 + leftPadding + rightPadding))
        // Never narrower than its longest word, which cannot wrap.
        readonly property real longestWord: (void keepMetrics.font, Math.ceil(text.split(/\s+/).reduce((w, word) => Math.max(w, keepMetrics.advanceWidth(word)), 0))
                                            + leftPadding + rightPadding)
        Layout.fillWidth: true
        Layout.minimumWidth: longestWord
        Layout.preferredWidth: oneLine
        Layout.maximumWidth: oneLine
        Accessible.name: qsTr("Keep")
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()
        // A visible focus ring (issue 29): Theme.focus, just outside the button.
        Rectangle {
            anchors.fill: parent
            anchors.margins: -4
            visible: parent.activeFocus
            color: "transparent"
            radius: Theme.radius
            border.color: Theme.focus
            border.width: 3
        }
        onClicked: { confirm.asking = false; askButton.forceActiveFocus() }
    }
}
