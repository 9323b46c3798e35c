// Qt Quick Test runner for the app lock (issue 21), over an encrypted journal.
#include "qmltestsetup.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(tessera_qml_lock, tessera::test::QmlTestSetup)
