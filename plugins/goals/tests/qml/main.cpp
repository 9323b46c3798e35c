// Qt Quick Test runner for the goals module's pages.
#include "qmltestsetup.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(goals_pages, tessera::test::QmlTestSetup)
