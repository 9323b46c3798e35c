import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// `tessera --clinician` (issue 31): the caseload and one client's shared
// entries, online only. The work is clinician's (core/sync/clinicianview.h).
ApplicationWindow {
    id: window
    // --page CLIENT: open that client (by the clinic's name for them) once the caseload is in.
    property string startClient: ""
    // --theme and --text-size (the clinician's window keeps no settings of its own).
    property bool dark: false
    property real textScale: 1.0
    Binding { target: Theme; property: "dark"; value: window.dark }
    Binding { target: Theme; property: "textScale"; value: window.textScale }
    readonly property bool screenshotReady: clinician.loaded && !clinician.busy
                                            && (startClient === "" || clinician.clientId !== "")
    visible: true
    title: clinician.paired ? qsTr("Tessera for clinicians: %1").arg(clinician.clinicName) : qsTr("Tessera for clinicians")
    color: Theme.background
    font.pixelSize: Theme.fontBody
    palette {
        window: Theme.background
        windowText: Theme.text
        base: Theme.surface
        text: Theme.text
        button: Theme.surfaceAlt
        buttonText: Theme.text
        highlight: Theme.accent
        highlightedText: Theme.textOnAccent
        placeholderText: Theme.subtleText
        // Edges of fields, check boxes, radio buttons and switches: the subtle text
        // colour a fifth of the way to the background, 3:1 or more on every surface
        // in both themes (WCAG 1.4.11; Theme.border, 1.4:1, left them faint).
        mid: Qt.tint(Theme.subtleText, Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.2))
        active.dark: Theme.accent
        inactive.dark: Theme.accent
        disabled.dark: Theme.border
        active.brightText: Theme.textOnAccent
        inactive.brightText: Theme.textOnAccent
        disabled.brightText: Theme.subtleText
        disabled.buttonText: Theme.subtleText
    }

    Connections {
        target: clinician
        function onChanged() {
            if (window.startClient === "" || clinician.clientId !== "")
                return
            for (const c of clinician.clients) {
                if (c.label === window.startClient) {
                    clinician.openClient(c.clientId)
                    return
                }
            }
        }
    }

    Loader {
        anchors.fill: parent
        focus: true
        sourceComponent: !clinician.paired ? pairing : (clinician.clientId === "" ? caseload : client)
    }
    Component { id: pairing; ClinicianPairing { focus: true } }
    Component { id: caseload; CaseloadPage { focus: true } }
    Component { id: client; ClientRecordsPage { focus: true } }
}
