import QtQuick

// A calm line chart drawn on a Canvas. `points` is a list of
// {offset, value}: offset 0 .. xCount-1 along the bottom, value yFrom..yTo.
// Optional `bands` shade ranges of the value axis: [{from, to, color}].
Canvas {
    id: chart
    property var points: []
    property int xCount: 30
    property real yFrom: 0
    property real yTo: 10
    property color lineColor: Theme.accent
    property var bands: []
    property var yTicks: [0, 5, 10]

    // 140 px, or the room its value labels need to stay apart: the two closest
    // ticks at least a line of their text apart, which large text needs (the
    // questionnaire totals' 0, 5, 10, 15, 20, 27 ran into each other at 200 %).
    readonly property real closestTicks: {
        const ticks = yTicks.slice().sort((a, b) => a - b)
        let closest = yTo - yFrom
        for (let i = 1; i < ticks.length; ++i)
            if (ticks[i] > ticks[i - 1])
                closest = Math.min(closest, ticks[i] - ticks[i - 1])
        return closest
    }
    implicitHeight: Math.max(140, Math.ceil(labelTop + 16 + Theme.fontSmall * 1.2 * (yTo - yFrom) / Math.max(closestTicks, 1e-9)))
    onPointsChanged: requestPaint()
    onBandsChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()
    onLabelLeftChanged: requestPaint()
    Connections { target: Theme; function onDarkChanged() { chart.requestPaint() } }

    // Room for the value labels, which grow with the text size (at 200 % the top
    // label was cut off): their column on the left, half a line above the top line.
    readonly property real labelLeft: Math.max(28, Theme.fontSmall * 2.4)
    readonly property real labelTop: Math.max(8, Theme.fontSmall * 0.8)
    function xAt(offset) { return labelLeft + (width - labelLeft - 8) * (xCount <= 1 ? 0 : offset / (xCount - 1)) }
    function yAt(value) { return labelTop + (height - labelTop - 16) * (1 - (value - yFrom) / (yTo - yFrom)) }

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        for (const band of bands) {
            ctx.fillStyle = band.color
            ctx.fillRect(xAt(0), yAt(band.to), xAt(xCount - 1) - xAt(0), yAt(band.from) - yAt(band.to))
        }
        ctx.strokeStyle = Theme.border
        ctx.fillStyle = Theme.subtleText
        ctx.lineWidth = 1
        ctx.font = Theme.fontSmall + "px sans-serif"
        for (const t of yTicks) {
            ctx.beginPath()
            ctx.moveTo(xAt(0), yAt(t))
            ctx.lineTo(xAt(xCount - 1), yAt(t))
            ctx.stroke()
            ctx.fillText(String(t), 4, yAt(t) + 4)
        }
        if (points.length === 0)
            return
        ctx.strokeStyle = lineColor
        ctx.lineWidth = 2
        ctx.beginPath()
        for (let i = 0; i < points.length; ++i) {
            const p = points[i]
            if (i === 0)
                ctx.moveTo(xAt(p.offset), yAt(p.value))
            else
                ctx.lineTo(xAt(p.offset), yAt(p.value))
        }
        ctx.stroke()
        ctx.fillStyle = lineColor
        for (const p of points) {
            ctx.beginPath()
            ctx.arc(xAt(p.offset), yAt(p.value), points.length > 60 ? 1.5 : 3, 0, 2 * Math.PI)
            ctx.fill()
        }
    }
}
