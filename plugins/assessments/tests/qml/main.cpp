// Qt Quick Test runner for the assessments module's pages.
#include "qmltestsetup.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(assessments_pages, tessera::test::QmlTestSetup)
