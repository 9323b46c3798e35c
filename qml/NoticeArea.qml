import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The notices above every page (what Tessera tells at start, a module's
// question, reminders), one under another, never taller than
// `maximumHeight`: past it they scroll, so the page keeps the rest of the
// window. In Spanish at 800x600 and 200 % text the privacy statement and a
// module's question together left the page 60 px. The support offer is not
// in here: it always shows whole.
Flickable {
    id: area
    property real maximumHeight: Infinity
    default property alias notices: column.data

    visible: column.implicitHeight > 0
    implicitHeight: Math.min(column.implicitHeight, maximumHeight)
    contentWidth: width
    contentHeight: column.implicitHeight
    interactive: contentHeight > height + 1
    clip: interactive
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { policy: area.interactive ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff }
    KeepFocusVisible { flickable: area; margin: 4 }

    ColumnLayout {
        id: column
        width: area.width - (area.interactive ? 12 : 0) // room for the scroll bar
        spacing: 0
    }
}
