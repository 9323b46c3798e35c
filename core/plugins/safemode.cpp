#include "safemode.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace tessera::core {

namespace {
const QString kMarker = QStringLiteral("loading.marker");
const QString kQuarantine = QStringLiteral("quarantine.json");
} // namespace

SafeMode::SafeMode(QString stateDir) : m_dir(std::move(stateDir)) {}

QString SafeMode::recover()
{
    m_quarantined.clear();
    QFile q(QDir(m_dir).filePath(kQuarantine));
    if (q.open(QIODevice::ReadOnly)) {
        for (const QJsonValue& v : QJsonDocument::fromJson(q.readAll()).array())
            m_quarantined.insert(v.toString());
    }
    QFile marker(QDir(m_dir).filePath(kMarker));
    if (!marker.open(QIODevice::ReadOnly))
        return {};
    const QString id = QString::fromUtf8(marker.readAll()).trimmed();
    marker.close();
    marker.remove();
    if (id.isEmpty())
        return {};
    m_quarantined.insert(id);
    (void)saveQuarantine();
    return id;
}

void SafeMode::begin(const QString& id)
{
    QDir().mkpath(m_dir);
    QSaveFile marker(QDir(m_dir).filePath(kMarker));
    if (marker.open(QIODevice::WriteOnly)) {
        marker.write(id.toUtf8());
        marker.commit(); // QSaveFile syncs before renaming into place
    }
}

void SafeMode::end()
{
    QFile::remove(QDir(m_dir).filePath(kMarker));
}

sdk::Status SafeMode::reenable(const QString& id)
{
    if (!m_quarantined.remove(id))
        return sdk::makeError(sdk::ErrorCode::NotFound, QStringLiteral("module \"%1\" is not in safe mode").arg(id));
    return saveQuarantine();
}

sdk::Status SafeMode::saveQuarantine() const
{
    QDir().mkpath(m_dir);
    QStringList ids(m_quarantined.begin(), m_quarantined.end());
    std::sort(ids.begin(), ids.end());
    QSaveFile f(QDir(m_dir).filePath(kQuarantine));
    if (!f.open(QIODevice::WriteOnly))
        return sdk::makeError(sdk::ErrorCode::Storage, QStringLiteral("%1: %2").arg(f.fileName(), f.errorString()));
    f.write(QJsonDocument(QJsonArray::fromStringList(ids)).toJson());
    if (!f.commit())
        return sdk::makeError(sdk::ErrorCode::Storage, QStringLiteral("%1: %2").arg(f.fileName(), f.errorString()));
    return {};
}

} // namespace tessera::core
