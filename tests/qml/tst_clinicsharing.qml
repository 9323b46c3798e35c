import QtQuick
import QtQuick.Controls
import QtTest
import Tessera.Shell

// Sharing with my clinic (issue 31) on the real host and journal, the
// keyboard alone: the fields are labelled, Tab goes address, code, Pair, and
// Enter in the code field pairs; a clinic that cannot be reached is said so
// in words, and nothing is paired.
Item {
    id: root
    width: 1280
    height: 800

    Component { id: pageComponent; ClinicSharingPage { anchors.fill: parent } }

    TestCase {
        name: "ClinicSharing"
        when: windowShown

        function test_pairingWithTheKeyboardSaysWhyItFailed() {
            const page = createTemporaryObject(pageComponent, root)
            verify(page !== null)
            verify(clinicSharing.available)
            verify(!clinicSharing.paired)
            const server = findChild(page, "clinicServer")
            const code = findChild(page, "clinicCode")
            const pair = findChild(page, "clinicPair")
            compare(server.Accessible.name, "The clinic's address")
            compare(code.Accessible.name, "Pairing code")
            server.forceActiveFocus()
            // Nothing listens on port 9 of this computer: refused at once.
            keySequence("h,t,t,p,:,/,/,1,2,7,.,0,.,0,.,1,:,9")
            keyClick(Qt.Key_Tab)
            verify(code.activeFocus)
            keySequence("A,B,C,D,E,-,F,G,H,J,K")
            keyClick(Qt.Key_Tab)
            verify(pair.activeFocus)
            keyClick(Qt.Key_Tab, Qt.ShiftModifier)
            verify(code.activeFocus)
            keyClick(Qt.Key_Return) // Enter in the code field pairs
            const message = findChild(page, "clinicMessage")
            tryVerify(() => message.text.indexOf("cannot be reached") >= 0, 10000, message.text)
            verify(message.error)
            verify(!clinicSharing.paired)
        }

        function test_anAddressThatIsNotHttpsIsRefusedInWords() {
            const page = createTemporaryObject(pageComponent, root)
            clinicSharing.pair("http://clinic.example", "ABCDE-FGHJK")
            const message = findChild(page, "clinicMessage")
            tryVerify(() => message.text.indexOf("https://") >= 0, 3000, message.text)
            verify(!clinicSharing.paired)
        }
    }
}
