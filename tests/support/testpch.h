// The headers nearly every test reads, compiled once for all gtest targets
// (tests/CMakeLists.txt, tessera_test_code()). Only what every test may see:
// the test support header and Qt Core.
#pragma once
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QVariantMap>
#include <gtest/gtest.h>
