// Qt Quick Test runner for the reflective journal's pages.
#include "qmltestsetup.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(reflective_pages, tessera::test::QmlTestSetup)
