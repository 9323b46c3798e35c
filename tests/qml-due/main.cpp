// Qt Quick Test runner for the Due strip (SDK 2.1) over the due-items fixtures.
#include "qmltestsetup.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(tessera_due_qml, tessera::test::QmlTestSetup)
