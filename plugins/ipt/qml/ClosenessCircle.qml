import QtQuick
import QtQuick.Controls
import Tessera.Ui

// The inventory as a picture: you in the middle, the people closest to you
// on the inner ring, then the middle and outer rings. A name opens its card.
Item {
    id: picture
    property var people: []
    signal activated(string id)
    implicitHeight: 420
    readonly property real radius: Math.min(width, height) / 2 - 8
    readonly property var rings: ["inner", "middle", "outer"]
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Closeness circles")
    Accessible.description: rings.map(r => people.filter(p => p.circle === r).map(p => p.name).join(", ")).join("; ")

    Repeater {
        model: 3
        delegate: Rectangle {
            required property int index
            readonly property real r: picture.radius * (3 - index) / 3
            x: picture.width / 2 - r
            y: picture.height / 2 - r
            width: r * 2
            height: r * 2
            radius: r
            color: index === 2 ? Qt.rgba(0.63, 0.44, 0.54, 0.16) : index === 1 ? Qt.rgba(0.63, 0.44, 0.54, 0.09) : Qt.rgba(0.63, 0.44, 0.54, 0.04)
            border.color: Theme.border
        }
    }
    Label {
        anchors.centerIn: parent
        text: qsTr("Me")
        font.bold: true
        color: Theme.text
    }
    Repeater {
        model: picture.people
        delegate: Button {
            id: chip
            required property var modelData
            required property int index
            readonly property int ring: Math.max(0, picture.rings.indexOf(modelData.circle))
            readonly property var same: picture.people.filter(p => p.circle === modelData.circle)
            readonly property int slot: same.findIndex(p => p.id === modelData.id)
            readonly property real angle: -Math.PI / 2 + (2 * Math.PI * slot) / Math.max(1, same.length) + ring * 0.5
            readonly property real distance: picture.radius * (ring + 0.55) / 3
            x: picture.width / 2 + Math.cos(angle) * distance - width / 2
            y: picture.height / 2 + Math.sin(angle) * distance - height / 2
            text: modelData.name
            flat: true
            font.pixelSize: Theme.fontBody - 1
            Accessible.name: qsTr("%1, %2").arg(modelData.name).arg(modelData.circleLabel)
            background: Rectangle { radius: height / 2; color: Theme.surface; border.color: chip.activeFocus ? Theme.focus : Theme.border }
            onClicked: picture.activated(modelData.id)
        }
    }
}
