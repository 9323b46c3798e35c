import QtQuick
import QtQuick.Controls
import Tessera.Ui

// The client's answer about a module reading other modules' entries: Allow
// and Not now while nobody has answered, Allow once refused, Stop allowing
// once allowed. The model decides; this only shows the buttons.
Flow {
    id: actions
    property string moduleName
    property string readsState: "unanswered" // "unanswered", "refused" or "allowed"
    signal allow()
    signal refuse()
    /// The Allow button (to give it the focus).
    readonly property alias allowButton: allowReadsButton

    spacing: Theme.smallSpacing
    Button {
        id: allowReadsButton
        objectName: "allowReads"
        visible: actions.readsState !== "allowed"
        text: qsTr("Allow")
        highlighted: actions.readsState === "unanswered"
        Accessible.name: actions.moduleName.length > 0 ? qsTr("Allow %1 to read these entries").arg(actions.moduleName)
                                                       : qsTr("Allow reading these entries")
        onClicked: actions.allow()
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()
    }
    Button {
        objectName: "refuseReads"
        visible: actions.readsState !== "refused"
        text: actions.readsState === "allowed" ? qsTr("Stop allowing") : qsTr("Not now")
        flat: actions.readsState === "unanswered"
        Accessible.name: actions.readsState === "allowed"
                         ? (actions.moduleName.length > 0 ? qsTr("Stop %1 reading these entries").arg(actions.moduleName)
                                                          : qsTr("Stop reading these entries"))
                         : qsTr("Not now; nothing is read until you allow it")
        onClicked: actions.refuse()
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()
    }
}
