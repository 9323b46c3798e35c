#include "bincontroller.h"

#include "host/host.h"
#include "host/logging.h"
#include "plugins/pluginmanager.h"
#include "store/backups.h"
#include "store/journalstore.h"

#include <QCoreApplication>
#include <QLocale>

#include "host/qstringformatter.h"

#include <spdlog/spdlog.h>

namespace tessera::core {

namespace {
} // namespace

BinController::BinController(Host& host, QObject* parent) : QObject(parent), m_host(host)
{
    // The bin is read while its page is open, not at start and not after
    // every save elsewhere: finding deleted entries reads the whole journal
    // (about 0.4 s and 30 MB of page cache on 1,000,000 entries).
    if (JournalStore* store = m_host.store()) {
        connect(store, &JournalStore::reset, this, &BinController::reloadIfActive);
        connect(store, &JournalStore::entryChanged, this, &BinController::reloadIfActive);
    }
}

void BinController::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    emit activeChanged();
    if (m_active)
        reload();
}

void BinController::reloadIfActive()
{
    if (m_active)
        reload();
}

bool BinController::available() const { return m_host.store() != nullptr; }

void BinController::reload()
{
    m_entries.clear();
    m_lastEmptied.clear();
    JournalStore* store = m_host.store();
    if (!store) {
        emit changed();
        return;
    }
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto bin = store->binEntries();
    if (!bin.ok())
        logger("app")->warn("the bin could not be read: {}", bin.error().message);
    for (const sdk::Entry& e : bin.ok() ? bin.value() : QList<sdk::Entry>()) {
        const auto kind = m_host.plugins().kindInfo(e.kind);
        const QDateTime deleted = e.deletedAt.value_or(now);
        m_entries << QVariantMap{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("kindTitle"), kind ? kind->title : e.shortKind()},
            {QStringLiteral("moduleName"), kind && !kind->moduleTitle.isEmpty() ? kind->moduleTitle : e.pluginId},
            {QStringLiteral("deletedLabel"), QCoreApplication::translate("Bin", "Deleted %1").arg(locale.toString(deleted.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm")))},
            {QStringLiteral("deletedDays"), static_cast<int>(deleted.secsTo(now) / 86400)},
        };
    }
    if (const QDateTime at = store->binEmptiedAt(); at.isValid())
        m_lastEmptied = locale.toString(at.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
    emit changed();
}

int BinController::countDeletedBefore(int days) const
{
    int n = 0;
    for (const QVariant& v : m_entries)
        n += v.toMap().value(QStringLiteral("deletedDays")).toInt() >= days ? 1 : 0;
    return n;
}

QString BinController::restore(const QString& id)
{
    JournalStore* store = m_host.store();
    if (!store)
        return QCoreApplication::translate("Bin", "The journal is not open.");
    if (const sdk::Status s = store->restore(id); !s.ok())
        return QCoreApplication::translate("Bin", "That entry could not be restored: %1").arg(s.error().message);
    return QCoreApplication::translate("Bin", "Restored. It is back in your timeline.");
}

QString BinController::reportPurge(bool ok, int entries, const QString& error, const QDateTime& at)
{
    if (!ok)
        return QCoreApplication::translate("Bin", "Nothing was deleted: %1").arg(error);
    if (entries == 0)
        return QCoreApplication::translate("Bin", "Nothing to delete: no entry in the bin was deleted that long ago.");
    // Backups made before still hold the entries; the backup list says so, and they roll out.
    BackupRotation rotation(m_host.backupDir());
    if (!rotation.list().isEmpty() && !rotation.recordBinEmptied(at))
        logger("app")->warn("the time the bin was emptied could not be noted in the backup folder");
    const QString backups = QCoreApplication::translate("Bin", "Backups made before still hold them until newer backups replace them.");
    if (entries == 1)
        return QCoreApplication::translate("Bin", "1 entry deleted forever. %1").arg(backups);
    return QCoreApplication::translate("Bin", "%1 entries deleted forever. %2").arg(entries).arg(backups);
}

QString BinController::deleteForever(const QString& id)
{
    JournalStore* store = m_host.store();
    if (!store)
        return QCoreApplication::translate("Bin", "The journal is not open.");
    auto report = store->purgeEntries({id});
    return reportPurge(report.ok(), report.ok() ? static_cast<int>(report->ids.size()) : 0,
                       report.ok() ? QString() : report.error().message, report.ok() ? report->at : QDateTime());
}

QString BinController::emptyBin(int days)
{
    JournalStore* store = m_host.store();
    if (!store)
        return QCoreApplication::translate("Bin", "The journal is not open.");
    auto report = store->purgeDeletedBefore(QDateTime::currentDateTimeUtc().addDays(-std::max(days, 0)));
    return reportPurge(report.ok(), report.ok() ? static_cast<int>(report->ids.size()) : 0,
                       report.ok() ? QString() : report.error().message, report.ok() ? report->at : QDateTime());
}

} // namespace tessera::core
