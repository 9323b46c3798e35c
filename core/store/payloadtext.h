// The searchable text of an entry payload.
#pragma once

#include <QJsonObject>
#include <QString>

namespace tessera::core {

/// Every string value in `payload` (recursively, not the keys), joined by
/// newlines: what full-text search indexes besides title and summary.
QString payloadText(const QJsonObject& payload);

} // namespace tessera::core
