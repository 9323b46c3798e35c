// Qt Quick Test runner for the navigation (issue 24) with fifteen fixture
// modules beside the bundled ones.
#include "qmltestsetup.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(tessera_nav_qml, tessera::test::QmlTestSetup)
