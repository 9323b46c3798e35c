pragma Singleton
import QtQuick

// Colours, sizes and spacing shared by the shell and every module, so all
// pages look alike. `dark` is bound by the shell to the client's setting.
QtObject {
    property bool dark: false

    // Issue 29: every colour used for text (text, subtleText, accent, positive,
    // danger) reaches WCAG 2.1 AA, 4.5:1, on background, surface and surfaceAlt,
    // and so does textOnAccent on accent; focus reaches 3:1 (tst_components.qml checks).
    readonly property color background: dark ? "#1b1f24" : "#f5f3ef"
    readonly property color surface: dark ? "#242a31" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#2c333b" : "#ece8e1"
    readonly property color text: dark ? "#e8e6e3" : "#2b2f33"
    readonly property color subtleText: dark ? "#a8adb3" : "#61676e"
    readonly property color border: dark ? "#3a424c" : "#dcd6cc"
    readonly property color accent: dark ? "#8fb3d9" : "#436a93"
    // Text drawn on the accent colour (selected chips, highlighted buttons). Not
    // "onAccent": QML reads a name "on" + capital as a signal handler, and every
    // use got black (found by the contrast test, issue 29).
    readonly property color textOnAccent: dark ? "#14181d" : "#ffffff"
    readonly property color positive: dark ? "#8cc7a1" : "#34734e"
    readonly property color danger: dark ? "#e39a8f" : "#af4538"
    readonly property color focus: dark ? "#c7dcf2" : "#2f5f92"

    readonly property int spacing: 12
    readonly property int smallSpacing: 6
    readonly property int radius: 10
    // Text size (issue 29): the shell binds textScale to the client's setting
    // (100 % to 200 %) times what the system's font size asks for. Every font
    // size here follows it; modules use these, never a size of their own.
    property real textScale: 1.0
    readonly property int fontSmall: Math.round(12 * textScale)
    readonly property int fontBody: Math.round(15 * textScale)
    readonly property int fontTitle: Math.round(18 * textScale)
    readonly property int fontHeading: Math.round(24 * textScale)

    // The page skeleton, the same for the shell and every module: a page's content is
    // at most contentMaxWidth wide and centred in the page area, with at least
    // pageMargin on each side. A page lays out its column with
    //     width: Theme.contentWidth(page.availableWidth)
    //     x: Theme.contentX(page.availableWidth)
    readonly property int pageMargin: spacing * 2
    readonly property int contentMaxWidth: 960
    function contentWidth(available) {
        return Math.max(0, Math.min(available - 2 * pageMargin, contentMaxWidth))
    }
    function contentX(available) {
        return Math.max(pageMargin, Math.floor((available - contentWidth(available)) / 2))
    }

    // Mood 0-10 from muted blue (low) to warm green (high); never red, so a
    // low mood does not look like a failure.
    function moodColor(mood) {
        if (mood === undefined || mood === null || mood < 0)
            return subtleText
        const low = Qt.color(dark ? "#7d93b8" : "#6d86ad")
        const high = Qt.color(dark ? "#9ccf8f" : "#5e9e57")
        const t = Math.max(0, Math.min(1, mood / 10))
        return Qt.rgba(low.r + (high.r - low.r) * t, low.g + (high.g - low.g) * t, low.b + (high.b - low.b) * t, 1)
    }
}
