#include "supportservice.h"

#include "host/logging.h"
#include "store/journalstore.h"

#include "host/qstringformatter.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

namespace tessera::core {

SupportService::SupportService(JournalStore* store, QObject* parent) : QObject(parent), m_store(store) {}

bool SupportService::offeredToday(const QString& pluginId, const QString& reason, const QDateTime& now) const
{
    if (!m_store)
        return m_shownWithoutJournal.contains(QStringLiteral("%1|%2|%3").arg(now.date().toString(Qt::ISODate), pluginId, reason));
    sdk::EntryQuery q;
    q.kinds = {QString::fromLatin1(kRecordKind)};
    q.from = now.date().startOfDay(now.timeSpec()).toUTC();
    q.limit = 1000;
    auto page = m_store->query(q);
    if (!page.ok())
        return false; // when in doubt, offer
    for (const sdk::Entry& e : page->entries) {
        if (e.payload.value(QStringLiteral("module")).toString() == pluginId
            && e.payload.value(QStringLiteral("reason")).toString() == reason)
            return true;
    }
    return false;
}

bool SupportService::offer(const QString& pluginId, const QString& reason, bool urgent, const QDateTime& now)
{
    static const QRegularExpression code(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    if (!code.match(reason).hasMatch()) {
        logger("host")->warn("module {} offered support with a reason that is not a code; shown with the reason \"other\"", pluginId);
        return offer(pluginId, QStringLiteral("other"), urgent, now);
    }
    if (!urgent && offeredToday(pluginId, reason, now))
        return false;
    if (m_store && !m_store->isReadOnly()) {
        sdk::EntryDraft d;
        d.kind = QString::fromLatin1(kRecordKind);
        d.title = QStringLiteral("Support offered");
        d.occurredAt = now;
        d.payload = QJsonObject{{QStringLiteral("module"), pluginId}, {QStringLiteral("reason"), reason},
                                {QStringLiteral("urgent"), urgent}};
        if (auto added = m_store->add(d); !added.ok())
            logger("host")->warn("the support offered could not be recorded: {}", added.error().message);
    } else {
        m_shownWithoutJournal.insert(QStringLiteral("%1|%2|%3").arg(now.date().toString(Qt::ISODate), pluginId, reason));
    }
    logger("host")->info("support offered (module {}, reason {}{})", pluginId, reason, urgent ? ", urgent" : "");
    emit offered(pluginId, reason, urgent);
    return true;
}

} // namespace tessera::core
