// Qt Quick Test runner for the mindfulness module's pages.
#include "qmltestsetup.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(mbct_pages, tessera::test::QmlTestSetup)
