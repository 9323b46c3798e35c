// Qt Quick Test runner for the resilience module's pages.
#include "qmltestsetup.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(resilience_pages, tessera::test::QmlTestSetup)
