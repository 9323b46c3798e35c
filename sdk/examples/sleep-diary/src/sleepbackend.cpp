#include "sleepbackend.h"

#include <tessera/sdk/journal.h>
#include <tessera/sdk/logger.h>

#include <QCoreApplication>
#include <QJsonObject>

namespace sleepdiary {

using namespace tessera::sdk;

SleepBackend::SleepBackend(PluginContext& context, QObject* parent) : ModuleBackend(context, parent)
{
    watchJournal(); // refresh() now and after every change to the journal
}

Night SleepBackend::nightFrom(const QJsonObject& p)
{
    Night n;
    n.bedtime = QDateTime::fromString(p.value(QStringLiteral("bedtime")).toString(), Qt::ISODate);
    n.wakeTime = QDateTime::fromString(p.value(QStringLiteral("wakeTime")).toString(), Qt::ISODate);
    n.minutesToFallAsleep = p.value(QStringLiteral("minutesToFallAsleep")).toInt();
    n.minutesAwake = p.value(QStringLiteral("minutesAwake")).toInt();
    return n;
}

QString SleepBackend::duration(int minutes)
{
    return QCoreApplication::translate("SleepDiary", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

EntryDraft SleepBackend::draftFor(const Night& n, int quality, const QString& note)
{
    EntryDraft d;
    d.kind = QStringLiteral("night");
    d.occurredAt = n.wakeTime;
    d.utcOffsetSeconds = n.wakeTime.offsetFromUtc();
    QJsonObject payload{{QStringLiteral("bedtime"), n.bedtime.toString(Qt::ISODate)},
                        {QStringLiteral("wakeTime"), n.wakeTime.toString(Qt::ISODate)},
                        {QStringLiteral("minutesToFallAsleep"), n.minutesToFallAsleep},
                        {QStringLiteral("minutesAwake"), n.minutesAwake},
                        {QStringLiteral("quality"), quality}};
    if (!note.trimmed().isEmpty())
        payload.insert(QStringLiteral("note"), note.trimmed());
    d.payload = payload;
    d.title = QCoreApplication::translate("SleepDiary", "Night: %1 asleep").arg(duration(minutesAsleep(n)));
    d.summary = QCoreApplication::translate("SleepDiary", "Sleep efficiency %1 % · quality %2 of 10")
                    .arg(qRound(sleepEfficiency(n))).arg(quality);
    return d;
}

QString SleepBackend::saveNight(const QDate& nightOf, const QString& bedtime, const QString& wakeTime,
                                int minutesToFallAsleep, int minutesAwake, int quality, const QString& note)
{
    const QTime bed = QTime::fromString(bedtime, QStringLiteral("HH:mm"));
    const QTime wake = QTime::fromString(wakeTime, QStringLiteral("HH:mm"));
    if (!nightOf.isValid() || !bed.isValid() || !wake.isValid()) {
        report(QCoreApplication::translate("SleepDiary", "Enter the times as hours and minutes, like 23:15."));
        return {};
    }
    Night n;
    n.bedtime = QDateTime(nightOf, bed);
    // Bedtime after midnight ("00:30") belongs to the night that started the evening before.
    if (bed < QTime(12, 0))
        n.bedtime = n.bedtime.addDays(1);
    n.wakeTime = QDateTime(nightOf.addDays(1), wake);
    n.minutesToFallAsleep = minutesToFallAsleep;
    n.minutesAwake = minutesAwake;
    auto added = journal().add(draftFor(n, quality, note));
    if (!report(added.status())) // lastError: the field and why, e.g. "payload.wakeTime: must be after bedtime"
        return {};
    logger().info(QStringLiteral("night saved")); // what happened, never what was written
    return added->id;
}

void SleepBackend::refresh()
{
    EntryQuery q;
    q.kinds = {QStringLiteral("night")};
    q.limit = 14;
    auto page = journal().query(q);
    if (!page.ok())
        return;
    QList<Night> nights;
    m_recent.clear();
    for (const Entry& e : page->entries) {
        const Night n = nightFrom(e.payload);
        nights << n;
        if (m_recent.size() < 7)
            m_recent << QVariantMap{{QStringLiteral("id"), e.id},
                                    // Named for the evening it began: the day before waking up.
                                    {QStringLiteral("night"), n.wakeTime.toLocalTime().date().addDays(-1)},
                                    {QStringLiteral("asleep"), duration(minutesAsleep(n))},
                                    {QStringLiteral("efficiency"), qRound(sleepEfficiency(n))},
                                    {QStringLiteral("quality"), e.payload.value(QStringLiteral("quality")).toInt()}};
    }
    m_average = sleepdiary::averageEfficiency(nights);
    emit changed();
}

} // namespace sleepdiary
