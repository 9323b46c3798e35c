import QtQuick
import QtQuick.Controls
import Tessera.Ui

// The staying-well plan, one step away from every page of the module.
Button {
    property bool reviewDue: false
    signal activated()
    text: reviewDue ? qsTr("My staying-well plan (time to review it)") : qsTr("My staying-well plan")
    flat: true
    icon.name: "document-open"
    Accessible.name: text
    Accessible.description: qsTr("Opens your early warning signs and what you will do at each level")
    onClicked: activated()
}
