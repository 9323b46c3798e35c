// Qt Quick Test runner for Learn (issue 25): the Learn page and every
// article Tessera and the bundled modules ship, over the real host.
#include "qmltestsetup.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(tessera_learn_qml, tessera::test::QmlTestSetup)
