import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// When the journal cannot be opened: what is wrong, that nothing was
// changed, and how to get going again.
Item {
    readonly property bool ready: true
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 64, 720)
        spacing: Theme.spacing
        PageHeader {
            title: qsTr("Your journal could not be opened")
            subtitle: qsTr("Tessera did not change the file. Modules that need the journal are paused until it opens.")
        }
        FormSection {
            title: qsTr("What happened")
            Label {
                text: app.journalError
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        FormSection {
            title: qsTr("What you can do")
            Label {
                text: qsTr("If another Tessera window is open, close it and start again. If the file is damaged, restore the latest backup from %1 with: tessera-cli db restore FILE").arg(app.dataDir + "/backups")
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
}
