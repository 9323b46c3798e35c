import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One choice from a list: a ComboBox as every page needs it (SDK 2.6).
// - It asks for the room of its widest choice (and of its shown text, such as
//   "Choose what to share"), in any language and at any text size.
// - Where a narrow window or large text leaves it less, its text wraps onto a
//   second line, and so do the choices in its open list: never cut off.
// - The highlighted choice in the open list is readable: the Basic style draws
//   it in the palette's highlightedText (white) on a light colour.
// - Enter and Return open the list, as Space does (and choose in it).
// Everything ComboBox has works (model, textRole, valueRole, displayText,
// currentValue, activated, a delegate of your own). Not for editable boxes.
ComboBox {
    id: box

    /// The width of the widest choice or of the shown text, in pixels of the box's font.
    readonly property real widestTextWidth: {
        void box.model // a new list of choices is measured again
        void metrics.font // and so is a new font (a text size set after the box was made)
        let widest = metrics.advanceWidth(box.displayText)
        for (let i = 0; i < box.count; ++i)
            widest = Math.max(widest, metrics.advanceWidth(box.textAt(i)))
        return Math.ceil(widest)
    }

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            widestTextWidth + contentItem.leftPadding + contentItem.rightPadding + leftPadding + rightPadding)
    palette.highlightedText: Theme.text

    // Qt 6.4's layouts drop a change of implicit height made while an outer layout
    // places the box, and keep it at the old height until something else moves them:
    // a box placed at a width that wrapped its text kept the height of two lines once
    // it had the room of one, and ran into the line below (reflective's and
    // resilience's "Show" boxes in Spanish at 200 % text). Telling the layout again
    // does nothing (it still counts itself as changed), so once the layout is done
    // the box takes the height it asks for, where its layout set none of its own.
    function _takeItsHeight() {
        const layout = box.parent
        if (!layout || box.height === box.implicitHeight || !(layout instanceof GridLayout || layout instanceof RowLayout
                                                               || layout instanceof ColumnLayout))
            return
        if (box.Layout.fillHeight || box.Layout.preferredHeight >= 0)
            return
        box.height = Math.max(box.Layout.minimumHeight, Math.min(box.implicitHeight, box.Layout.maximumHeight))
    }
    onImplicitHeightChanged: Qt.callLater(box._takeItsHeight)

    // Opened as the key comes up, as Space does: the box closes its open list when
    // Enter comes up (choosing the highlighted one).
    QtObject {
        id: keys
        property bool enterOpens: false
    }
    Keys.onPressed: event => {
        if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && !box.popup.visible) {
            keys.enterOpens = true
            event.accepted = true
        }
    }
    Keys.onReleased: event => {
        if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && keys.enterOpens) {
            keys.enterOpens = false
            event.accepted = true
            box.popup.open()
        }
    }

    FontMetrics {
        id: metrics
        font: box.font
    }

    contentItem: Text {
        objectName: "choiceBoxText"
        // The Basic style's own padding for the shown text.
        leftPadding: box.mirrored ? 1 : 12
        rightPadding: box.mirrored ? 12 : 1
        topPadding: 6 - box.padding
        bottomPadding: 6 - box.padding
        text: box.displayText
        font: box.font
        color: box.palette.buttonText
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        Accessible.ignored: true // the box says it
    }

    delegate: ItemDelegate {
        id: choice
        required property int index
        objectName: "choiceBoxChoice"
        width: ListView.view ? ListView.view.width : box.width
        text: box.textAt(index)
        font.weight: box.currentIndex === index ? Font.DemiBold : Font.Normal
        highlighted: box.highlightedIndex === index
        hoverEnabled: box.hoverEnabled
        palette.text: box.palette.text
        implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                                widestTextWidth + contentItem.leftPadding + contentItem.rightPadding + leftPadding + rightPadding)
        palette.highlightedText: Theme.text
        contentItem: Text {
            text: choice.text
            font: choice.font
            color: choice.highlighted ? choice.palette.highlightedText : choice.palette.text
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
        }
    }
}
