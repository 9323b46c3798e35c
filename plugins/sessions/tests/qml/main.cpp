// Qt Quick Test runner for the sessions module's pages.
#include "qmltestsetup.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(sessions_pages, tessera::test::QmlTestSetup)
