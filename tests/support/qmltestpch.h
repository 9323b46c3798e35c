// The headers every Qt Quick test's main.cpp reads, compiled once for them
// all (tests/CMakeLists.txt, tessera_add_qml_test()). Not <QtQuickTest> nor
// <QtTest>: they read QUICK_TEST_SOURCE_DIR and QT_TESTCASE_BUILDDIR, which
// differ from test to test (GCC then refuses the header).
#pragma once
#include "qmltestsetup.h"

#include <QQmlContext>
#include <QQmlEngine>
