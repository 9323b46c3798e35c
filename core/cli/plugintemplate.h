// `tessera-cli plugins new`: a new module from the SDK template.
#pragma once

#include <tessera/sdk/result.h>

#include <QString>
#include <QStringList>

namespace tessera::cli {

/// Writes a buildable module named `id` into `folder` (created; must be
/// empty or absent). Returns the files written.
sdk::Result<QStringList> writePluginTemplate(const QString& id, const QString& folder);

/// "org.example.mood-notes" -> "OrgExampleMoodNotes" (the QML URI part that
/// tessera_add_plugin() uses).
QString camelCaseId(const QString& id);

} // namespace tessera::cli
