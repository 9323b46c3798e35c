// Qt Quick Test runner for the relationships module's pages.
#include "qmltestsetup.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(ipt_pages, tessera::test::QmlTestSetup)
