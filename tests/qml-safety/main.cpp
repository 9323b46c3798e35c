// Qt Quick Test runner for help one step away, under each kind of profile.
#include "qmltestsetup.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(tessera_safety_qml, tessera::test::QmlTestSetup)
