// The headers most of TesseraCore's sources read, compiled once for the
// whole library (core/CMakeLists.txt, target_precompile_headers). Qt Core,
// spdlog and the SDK's entry and result types: together about half of the
// compiler's time on a typical source here.
#pragma once

#include <tessera/sdk/entry.h>
#include <tessera/sdk/result.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
