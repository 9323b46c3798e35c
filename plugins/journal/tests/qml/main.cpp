// Qt Quick Test runner for the journal module's pages.
#include "qmltestsetup.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(journal_pages, tessera::test::QmlTestSetup)
