// Qt Quick Test runner for the medication module's pages.
#include "qmltestsetup.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(medication_pages, tessera::test::QmlTestSetup)
