// Qt Quick Test runner for the shell and the shared SDK components.
#include "qmltestsetup.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(tessera_qml, tessera::test::QmlTestSetup)
