// Qt Quick Test runner for the CBT module's pages.
#include "qmltestsetup.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(cbt_pages, tessera::test::QmlTestSetup)
