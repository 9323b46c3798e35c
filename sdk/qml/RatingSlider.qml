import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled rating: 0-10 by default, or 0-100 % with `percent: true`.
// Arrow keys move it; the value is always shown as text too.
//
// A rating starts unset: it says "Not rated" and its handle is muted until
// the client moves it (`touched`) or a page shows a stored rating with
// setValue() (`rated`). `hasValue` says whether there is a rating to save;
// reset() makes it unset again (a form starting afresh).
ColumnLayout {
    id: root
    property string label
    property string lowHint
    property string highHint
    property bool percent: false
    property real from: 0
    property real to: percent ? 100 : 10
    property real stepSize: percent ? 5 : 1
    property alias value: slider.value
    // The client moved it (mouse, touch, wheel or keys).
    property bool touched: false
    // It shows a stored rating (an entry opened for editing): set by setValue().
    property bool rated: false
    // A rating to show as a number and to save.
    readonly property bool hasValue: touched || rated
    signal moved()

    // Shows a stored rating.
    function setValue(v) { slider.value = v; root.rated = true }
    // Unset again; the handle waits at `v` (the middle when not given).
    function reset(v) {
        root.touched = false
        root.rated = false
        slider.value = v === undefined ? root.from + Math.round((root.to - root.from) / 2 / root.stepSize) * root.stepSize : v
    }

    spacing: 2
    // The question and the rating beside it, placed by hand (see the hints below): the
    // question wraps, whole, where the row is narrow (elided, Spanish at 800x600 and 200 %
    // text cut the check-in's question to "¿Cómo est…"). In a RowLayout a wrapping label
    // kept a stale height after the page widened (Qt 6.4), and the slider below
    // overlapped the next one's label.
    Item {
        id: heading
        // The rating goes under the question where the question's longest word would not
        // fit beside it ("Sense of accomplishment" at 800x600 and 200 % text).
        readonly property bool stacked: width - Theme.smallSpacing - ratingText.implicitWidth < longestWord
        readonly property real longestWord: {
            void questionMetrics.font
            return Math.max(0, ...String(root.label).split(/\s+/).map(w => Math.ceil(questionMetrics.advanceWidth(w))))
        }
        Layout.fillWidth: true
        implicitWidth: question.implicitWidth + Theme.smallSpacing + ratingText.implicitWidth
        implicitHeight: stacked ? question.implicitHeight + ratingText.implicitHeight
                                : Math.max(question.implicitHeight, ratingText.implicitHeight)
        FontMetrics {
            id: questionMetrics
            font: question.font
        }
        Label {
            id: question
            objectName: "ratingQuestion"
            width: heading.stacked ? heading.width : Math.max(0, heading.width - Theme.smallSpacing - ratingText.width)
            text: root.label
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
        Label {
            id: ratingText
            objectName: "ratingText"
            x: heading.stacked ? 0 : heading.width - width
            y: heading.stacked ? question.height : 0
            text: !root.hasValue ? qsTr("Not rated")
                  : root.percent ? qsTr("%1 %").arg(Math.round(slider.value))
                  : qsTr("%1 of %2").arg(Math.round(slider.value)).arg(root.to)
            color: root.hasValue ? Theme.accent : Theme.subtleText
            font.pixelSize: Theme.fontBody
            font.bold: root.hasValue
            font.italic: !root.hasValue
        }
    }
    Slider {
        id: slider
        objectName: "ratingSlider"
        from: root.from
        to: root.to
        stepSize: root.stepSize
        snapMode: Slider.SnapAlways
        Layout.fillWidth: true
        // Unset: no filled track (nothing reads as a rating) and a faded handle.
        // (The groove's colour from the layout's palette, the window's: read from the
        // slider's own, it made a binding loop on "dark" at every start.)
        palette.dark: root.hasValue ? Theme.accent : root.palette.midlight
        palette.window: root.hasValue ? Theme.surface : Theme.surfaceAlt
        opacity: root.hasValue ? 1 : 0.75
        Accessible.name: root.label
        Accessible.description: root.hasValue ? "" : qsTr("Not rated")
        onMoved: { root.touched = true; root.moved() }
        // Home and End go to the ends, Page Up and Page Down a fifth of the way
        // (the style's slider knows only the arrows).
        Keys.onPressed: event => {
            const big = Math.max(root.stepSize, Math.round((root.to - root.from) / 5 / root.stepSize) * root.stepSize)
            let v
            switch (event.key) {
            case Qt.Key_Home: v = root.from; break
            case Qt.Key_End: v = root.to; break
            case Qt.Key_PageUp: v = Math.min(root.to, slider.value + big); break
            case Qt.Key_PageDown: v = Math.max(root.from, slider.value - big); break
            default: return
            }
            event.accepted = true
            slider.value = v
            root.touched = true
            root.moved()
        }
        // A focus ring that shows (the style marks a focused slider only by its handle's edge).
        Rectangle {
            objectName: "ratingFocusRing"
            anchors.fill: parent
            anchors.margins: -2
            visible: slider.visualFocus
            color: "transparent"
            radius: Theme.radius
            border.color: Theme.focus
            border.width: 2
        }
    }
    // The two ends' words, half the width each, wrapping where they need more (a narrow
    // window, large text: they were cut off and drawn over each other). Placed by hand,
    // not by a layout, so their height follows their width both ways (see above).
    Item {
        id: hints
        visible: root.lowHint.length > 0 || root.highHint.length > 0
        Layout.fillWidth: true
        implicitHeight: Math.max(lowLabel.implicitHeight, highLabel.implicitHeight)
        Label {
            id: lowLabel
            width: (hints.width - Theme.smallSpacing) / 2
            text: root.lowHint
            color: Theme.subtleText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        Label {
            id: highLabel
            x: hints.width - width
            width: (hints.width - Theme.smallSpacing) / 2
            text: root.highHint
            color: Theme.subtleText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignRight
        }
    }
}
