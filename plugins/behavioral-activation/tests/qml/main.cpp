// Qt Quick Test runner for the behavioural activation pages.
#include "qmltestsetup.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(ba_pages, tessera::test::QmlTestSetup)
