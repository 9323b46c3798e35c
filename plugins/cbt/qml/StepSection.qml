import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One numbered step of the thought record.
FormSection {
    property int step: 1
    property string heading
    property bool done: false
    title: done ? qsTr("%1 · %2 ✓").arg(step).arg(heading) : qsTr("%1 · %2").arg(step).arg(heading)
    Accessible.name: qsTr("Step %1 of 7: %2").arg(step).arg(heading)
}
