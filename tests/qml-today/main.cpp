// Qt Quick Test runner for the Today page (issue 24) over the due-actions fixtures.
#include "qmltestsetup.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(tessera_today_qml, tessera::test::QmlTestSetup)
