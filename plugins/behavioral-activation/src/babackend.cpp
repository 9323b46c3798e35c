#include "babackend.h"

#include "bainsights.h"

#include <tessera/sdk/journal.h>
#include <tessera/sdk/plugincontext.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace tessera::ba {

using namespace tessera::sdk;

namespace {

QString statusLabel(const QString& s) { return BaBackend::planStatusLabel(BaBackend::planStatus(s)); }

// Only the ratings the client gave: a negative value means "not rated" and is left out.
QJsonObject ratings(int mastery, int pleasure, int before, int after)
{
    QJsonObject r;
    const std::pair<const char*, int> all[]{{"mastery", mastery}, {"pleasure", pleasure}, {"moodBefore", before}, {"moodAfter", after}};
    for (const auto& [key, value] : all) {
        if (value >= 0)
            r.insert(QLatin1String(key), value);
    }
    return r;
}
} // namespace

QString BaBackend::planStatusLabel(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Done: return QCoreApplication::translate("Activities", "Done");
    case PlanStatus::NotDone: return QCoreApplication::translate("Activities", "Not this time");
    case PlanStatus::Planned: break;
    }
    return QCoreApplication::translate("Activities", "Planned");
}

QString BaBackend::planStatusCode(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Done: return QStringLiteral("done");
    case PlanStatus::NotDone: return QStringLiteral("not-done");
    case PlanStatus::Planned: break;
    }
    return QStringLiteral("planned");
}

BaBackend::PlanStatus BaBackend::planStatus(const QString& code)
{
    for (PlanStatus s : {PlanStatus::Done, PlanStatus::NotDone}) {
        if (planStatusCode(s) == code)
            return s;
    }
    return PlanStatus::Planned;
}

QVariantMap BaBackend::planStatusLabels() const
{
    QVariantMap out;
    for (PlanStatus s : {PlanStatus::Planned, PlanStatus::Done, PlanStatus::NotDone})
        out.insert(planStatusCode(s), planStatusLabel(s));
    return out;
}

BaBackend::BaBackend(PluginContext& context, QObject* parent) : ModuleBackend(context, parent)
{
    // The week's pages after the app's first frame: plansOn() reads the day's
    // plans itself until refresh() has read the week (issue 30).
    watchJournalAfterStart(DueItems::WithoutRefresh);
}

QVariantList BaBackend::areas() const
{
    QVariantList out;
    for (const QString& a : lifeAreas())
        out << QVariantMap{{QStringLiteral("code"), a}, {QStringLiteral("name"), areaName(a)}};
    return out;
}

EntryDraft BaBackend::activityDraft(const QJsonObject& p)
{
    EntryDraft d;
    d.kind = QStringLiteral("activity");
    d.payload = p;
    d.title = p.value(QStringLiteral("activity")).toString();
    if (p.value(QStringLiteral("moodAfter")).isDouble())
        d.mood = p.value(QStringLiteral("moodAfter")).toInt();
    QStringList parts{areaName(p.value(QStringLiteral("area")).toString())};
    const QJsonValue mastery = p.value(QStringLiteral("mastery"));
    const QJsonValue pleasure = p.value(QStringLiteral("pleasure"));
    if (mastery.isDouble() && pleasure.isDouble())
        parts << QCoreApplication::translate("Activities", "accomplishment %1, enjoyment %2").arg(mastery.toInt()).arg(pleasure.toInt());
    else if (mastery.isDouble())
        parts << QCoreApplication::translate("Activities", "accomplishment %1").arg(mastery.toInt());
    else if (pleasure.isDouble())
        parts << QCoreApplication::translate("Activities", "enjoyment %1").arg(pleasure.toInt());
    if (p.value(QStringLiteral("moodBefore")).isDouble() && p.value(QStringLiteral("moodAfter")).isDouble())
        parts << QCoreApplication::translate("Activities", "mood %1 to %2").arg(p.value(QStringLiteral("moodBefore")).toInt()).arg(p.value(QStringLiteral("moodAfter")).toInt());
    d.summary = parts.join(QStringLiteral(" · "));
    return d;
}

EntryDraft BaBackend::valueDraft(const QJsonObject& p)
{
    EntryDraft d;
    d.kind = QStringLiteral("value");
    d.payload = p;
    d.title = p.value(QStringLiteral("value")).toString().left(120);
    const int n = int(p.value(QStringLiteral("activities")).toArray().size());
    d.summary = (n == 1 ? QCoreApplication::translate("Activities", "%1 · 1 activity") : QCoreApplication::translate("Activities", "%1 · %2 activities").arg(QStringLiteral("%1"), QString::number(n)))
                    .arg(areaName(p.value(QStringLiteral("area")).toString()));
    return d;
}

EntryDraft BaBackend::planDraft(const QJsonObject& p)
{
    EntryDraft d;
    d.kind = QStringLiteral("plan");
    d.payload = p;
    d.title = QCoreApplication::translate("Activities", "Planned: %1").arg(p.value(QStringLiteral("activity")).toString());
    QStringList parts{areaName(p.value(QStringLiteral("area")).toString()), statusLabel(p.value(QStringLiteral("status")).toString())};
    if (!p.value(QStringLiteral("obstacle")).toString().isEmpty())
        parts << p.value(QStringLiteral("obstacle")).toString();
    d.summary = parts.join(QStringLiteral(" · "));
    return d;
}


QString BaBackend::logActivity(const QString& activity, const QString& area, int minutesAgo, int mastery, int pleasure,
                               int moodBefore, int moodAfter, const QString& note)
{
    return addActivity(QDateTime::currentDateTimeUtc().addSecs(-60LL * std::max(0, minutesAgo)), activity, area, mastery, pleasure,
                       moodBefore, moodAfter, note);
}

QString BaBackend::logActivityOn(const QString& activity, const QString& area, const QString& day, const QString& time, int mastery,
                                 int pleasure, int moodBefore, int moodAfter, const QString& note)
{
    const QDate date = QDate::fromString(day, Qt::ISODate);
    const QTime at = QTime::fromString(time, QStringLiteral("HH:mm"));
    if (!date.isValid() || !at.isValid()) {
        report(QCoreApplication::translate("Activities", "Choose a day and a time like 18:00."));
        return {};
    }
    const QDateTime when = QDateTime(date, at).toUTC();
    if (when > QDateTime::currentDateTimeUtc().addSecs(60)) {
        report(QCoreApplication::translate("Activities", "That time has not come yet: choose a time that has passed."));
        return {};
    }
    return addActivity(when, activity, area, mastery, pleasure, moodBefore, moodAfter, note);
}

QString BaBackend::addActivity(const QDateTime& occurredAt, const QString& activity, const QString& area, int mastery, int pleasure,
                               int moodBefore, int moodAfter, const QString& note)
{
    QJsonObject p = ratings(mastery, pleasure, moodBefore, moodAfter);
    p.insert(QStringLiteral("activity"), activity.trimmed());
    p.insert(QStringLiteral("area"), area);
    if (!note.trimmed().isEmpty())
        p.insert(QStringLiteral("note"), note.trimmed());
    EntryDraft d = activityDraft(p);
    d.occurredAt = occurredAt;
    auto added = journal().add(d);
    if (!added.ok()) {
        report(added.error().field == QLatin1String("payload.activity") ? QCoreApplication::translate("Activities", "Say what you did first.") : added.error().toString());
        return {};
    }
    report(QString());
    logger().info(QStringLiteral("activity logged"));
    return added->id;
}

QVariantList BaBackend::logDays() const
{
    const QDate today = QDate::currentDate();
    const QLocale l;
    QVariantList out;
    for (int back = 0; back < 7; ++back) {
        const QDate d = today.addDays(-back);
        const QString label = back == 0 ? QCoreApplication::translate("Activities", "Today") : back == 1 ? QCoreApplication::translate("Activities", "Yesterday") : l.toString(d, QStringLiteral("ddd d MMM"));
        out << QVariantMap{{QStringLiteral("date"), d.toString(Qt::ISODate)}, {QStringLiteral("label"), label}};
    }
    return out;
}

QVariantList BaBackend::planDays() const
{
    const QDate today = m_planDaysFrom;
    const QLocale l;
    QVariantList out;
    for (int ahead = 0; ahead < kPlanDays; ++ahead) {
        const QDate d = today.addDays(ahead);
        const QString label = ahead == 0 ? QCoreApplication::translate("Activities", "Today")
                              : ahead == 1 ? QCoreApplication::translate("Activities", "Tomorrow")
                                           : l.toString(d, QStringLiteral("ddd d MMM"));
        out << QVariantMap{{QStringLiteral("date"), d.toString(Qt::ISODate)}, {QStringLiteral("label"), label}};
    }
    return out;
}

QVariantList BaBackend::logTimes() const
{
    const QTime now = QTime::currentTime();
    QVariantList out{QVariantMap{{QStringLiteral("label"), QCoreApplication::translate("Activities", "Just now")}, {QStringLiteral("minutesAgo"), 0}}};
    if (now.hour() >= 1)
        out << QVariantMap{{QStringLiteral("label"), QCoreApplication::translate("Activities", "An hour ago")}, {QStringLiteral("minutesAgo"), 60}};
    if (now.hour() >= 2)
        out << QVariantMap{{QStringLiteral("label"), QCoreApplication::translate("Activities", "Two hours ago")}, {QStringLiteral("minutesAgo"), 120}};
    // "This morning" is 9 o'clock today, offered once the morning is well past (it used to be six hours ago, whatever the hour).
    if (now >= QTime(11, 0))
        out << QVariantMap{{QStringLiteral("label"), QCoreApplication::translate("Activities", "This morning")}, {QStringLiteral("minutesAgo"), QTime(9, 0).secsTo(now) / 60}};
    return out;
}

QVariantMap BaBackend::loadEntry(const QString& id)
{
    auto e = journal().get(id);
    if (!e.ok()) {
        report(e.error().toString());
        return {};
    }
    QVariantMap m = e->payload.toVariantMap();
    m[QStringLiteral("id")] = e->id;
    m[QStringLiteral("kind")] = e->shortKind();
    m[QStringLiteral("date")] = e->localOccurredAt().date().toString(Qt::ISODate);
    m[QStringLiteral("time")] = e->localOccurredAt().time().toString(QStringLiteral("HH:mm"));
    return m;
}

bool BaBackend::updateActivity(const QString& id, const QVariantMap& activity)
{
    auto e = journal().get(id);
    if (!e.ok())
        return report(e.error().toString());
    QJsonObject p = ratings(activity.value(QStringLiteral("mastery"), -1).toInt(), activity.value(QStringLiteral("pleasure"), -1).toInt(),
                            activity.value(QStringLiteral("moodBefore"), -1).toInt(), activity.value(QStringLiteral("moodAfter"), -1).toInt());
    p.insert(QStringLiteral("activity"), activity.value(QStringLiteral("activity")).toString().trimmed());
    p.insert(QStringLiteral("area"), activity.value(QStringLiteral("area")).toString());
    if (!activity.value(QStringLiteral("note")).toString().trimmed().isEmpty())
        p.insert(QStringLiteral("note"), activity.value(QStringLiteral("note")).toString().trimmed());
    if (e->payload.contains(QStringLiteral("planKey")))
        p.insert(QStringLiteral("planKey"), e->payload.value(QStringLiteral("planKey")));
    return report(save(id, activityDraft(p)).status()); // keeps the activity's time
}

QString BaBackend::saveValue(const QString& id, const QString& area, const QString& value, const QVariantList& activities)
{
    QJsonArray list;
    QList<QVariantMap> sortedActs;
    for (const QVariant& a : activities) {
        if (!a.toMap().value(QStringLiteral("text")).toString().trimmed().isEmpty())
            sortedActs << a.toMap();
    }
    std::stable_sort(sortedActs.begin(), sortedActs.end(), [](const QVariantMap& a, const QVariantMap& b) {
        return a.value(QStringLiteral("difficulty")).toInt() < b.value(QStringLiteral("difficulty")).toInt();
    });
    for (const QVariantMap& a : sortedActs)
        list << QJsonObject{{QStringLiteral("text"), a.value(QStringLiteral("text")).toString().trimmed()},
                            {QStringLiteral("difficulty"), std::clamp(a.value(QStringLiteral("difficulty")).toInt(), 1, 10)}};
    EntryDraft d = valueDraft({{QStringLiteral("area"), area}, {QStringLiteral("value"), value.trimmed()}, {QStringLiteral("activities"), list}});
    auto saved = save(id, d); // an edit keeps the value's time
    if (!report(saved.status()))
        return {};
    return saved->id;
}

QString BaBackend::plan(const QString& activity, const QString& area, const QString& day, const QString& time)
{
    const QDate date = QDate::fromString(day, Qt::ISODate);
    const QTime at = QTime::fromString(time, QStringLiteral("HH:mm"));
    if (!date.isValid() || !at.isValid()) {
        report(QCoreApplication::translate("Activities", "Choose a day and a time like 18:00."));
        return {};
    }
    EntryDraft d = planDraft({{QStringLiteral("key"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                              {QStringLiteral("activity"), activity.trimmed()}, {QStringLiteral("area"), area},
                              {QStringLiteral("status"), planStatusCode(PlanStatus::Planned)}});
    d.occurredAt = QDateTime(date, at).toUTC();
    auto added = journal().add(d);
    if (!added.ok()) {
        report(added.error().toString());
        return {};
    }
    report(QString());
    return added->id;
}

bool BaBackend::markPlan(const QString& planId, bool done, int mastery, int pleasure, int moodBefore, int moodAfter)
{
    return setPlanStatus(planId, done, {}, ratings(mastery, pleasure, moodBefore, moodAfter));
}

bool BaBackend::markPlanNotDone(const QString& planId, const QString& obstacle)
{
    return setPlanStatus(planId, false, obstacle.trimmed(), {});
}

bool BaBackend::setPlanStatus(const QString& planId, bool done, const QString& obstacle, const QJsonObject& rated)
{
    auto plan = journal().get(planId);
    if (!plan.ok())
        return report(plan.error().toString());
    QJsonObject p = plan->payload;
    p.insert(QStringLiteral("status"), planStatusCode(done ? PlanStatus::Done : PlanStatus::NotDone));
    p.remove(QStringLiteral("obstacle"));
    if (!done && !obstacle.isEmpty())
        p.insert(QStringLiteral("obstacle"), obstacle);
    EntryDraft d = planDraft(p);
    d.occurredAt = plan->occurredAt;
    d.utcOffsetSeconds = plan->utcOffsetSeconds;
    auto saved = journal().update(planId, d);
    if (!saved.ok())
        return report(saved.error().field == QLatin1String("payload.obstacle") ? QCoreApplication::translate("Activities", "Please keep what got in the way under 500 characters.")
                                                                               : saved.error().toString());
    if (done) {
        QJsonObject a = rated;
        a.insert(QStringLiteral("activity"), p.value(QStringLiteral("activity")));
        a.insert(QStringLiteral("area"), p.value(QStringLiteral("area")));
        a.insert(QStringLiteral("planKey"), p.value(QStringLiteral("key")));
        EntryDraft ad = activityDraft(a);
        ad.occurredAt = std::min(plan->occurredAt, QDateTime::currentDateTimeUtc());
        auto activity = journal().add(ad);
        if (!activity.ok())
            return report(activity.error().toString());
        (void)journal().link(activity->id, planId, QStringLiteral("done-as-planned"));
    }
    return report(QString());
}

void BaBackend::setWeekOffset(int offset)
{
    if (offset == m_weekOffset)
        return;
    m_weekOffset = offset;
    readWeek();
    emit dataChanged();
}

void BaBackend::refresh()
{
    readValues();
    readWeek();
    readRecent();
    readAhead();
    if (m_insightsOpen)
        readInsights();
    emit dataChanged();
    if (const QDate today = QDate::currentDate(); today != m_planDaysFrom) {
        m_planDaysFrom = today;
        emit planDaysChanged();
    }
    syncReminders();
}

void BaBackend::openInsights()
{
    if (m_insightsOpen)
        return;
    m_insightsOpen = true;
    readInsights();
    emit dataChanged();
}

void BaBackend::showMoreValues()
{
    if (m_valuesCursor.isEmpty())
        return;
    EntryQuery vq;
    vq.kinds = {QStringLiteral("value")};
    vq.cursor = m_valuesCursor;
    vq.limit = kValuesPage;
    auto page = journal().query(vq);
    if (!page.ok()) {
        report(page.error().toString());
        return;
    }
    m_valuesCursor = page->nextCursor;
    m_valuesRead += int(page->entries.size());
    addValues(page->entries);
    emit dataChanged();
}

// The values shown so far, read again from the newest: the first page at
// start, as many as the client has paged to since.
void BaBackend::readValues()
{
    m_values.clear();
    m_valueActivities.clear();
    m_valuesCursor.clear();
    EntryQuery vq;
    vq.kinds = {QStringLiteral("value")};
    const int wanted = std::max(kValuesPage, m_valuesRead);
    QList<Entry> values;
    do {
        vq.limit = std::clamp(wanted - int(values.size()), 1, 1000);
        auto page = journal().query(vq);
        if (!page.ok())
            break;
        values += page->entries;
        m_valuesCursor = page->nextCursor;
        vq.cursor = page->nextCursor;
    } while (!m_valuesCursor.isEmpty() && values.size() < wanted);
    m_valuesRead = int(values.size());
    addValues(values);
}

void BaBackend::addValues(const QList<Entry>& values)
{
    for (const Entry& v : values) {
        QVariantList acts;
        for (const QJsonValue& x : v.payload.value(QStringLiteral("activities")).toArray()) {
            acts << x.toObject().toVariantMap();
            m_valueActivities << qMakePair(x.toObject().value(QStringLiteral("difficulty")).toInt(), x.toObject().value(QStringLiteral("text")).toString());
        }
        m_values << QVariantMap{{QStringLiteral("id"), v.id}, {QStringLiteral("area"), v.payload.value(QStringLiteral("area")).toString()},
                                {QStringLiteral("areaName"), areaName(v.payload.value(QStringLiteral("area")).toString())},
                                {QStringLiteral("value"), v.payload.value(QStringLiteral("value")).toString()},
                                {QStringLiteral("activities"), acts}};
    }
    QList<QPair<int, QString>> suggestions = m_valueActivities;
    std::stable_sort(suggestions.begin(), suggestions.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    m_suggestions.clear();
    for (const auto& s : suggestions) {
        if (!m_suggestions.contains(s.second))
            m_suggestions << s.second;
    }
}

// The week shown: its plans (at most kWeekPlans) and, from aggregate(), how
// many activities were logged each day and in which part of life.
void BaBackend::readWeek()
{
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(1 - today.dayOfWeek()).addDays(7 * m_weekOffset);
    // Entries fall on their own local day, whatever this machine's offset: read 14 hours either side.
    const QDateTime from = monday.startOfDay().addSecs(-14 * 3600);
    const QDateTime to = monday.addDays(7).startOfDay().addSecs(14 * 3600);
    EntryQuery pq;
    pq.kinds = {QStringLiteral("plan")};
    pq.from = from;
    pq.to = to;
    pq.oldestFirst = true;
    pq.limit = kWeekPlans + 1;
    const auto planPage = journal().query(pq);
    const QList<Entry> plans = planPage.ok() ? planPage->entries : QList<Entry>{};
    m_weekPlans = plans;
    m_weekComplete = planPage.ok() && planPage->nextCursor.isEmpty();
    const QList<AggregateRow> dayAreas = journal().aggregate(dayAreaQuery(from, to)).valueOr({});

    const QLocale l;
    m_week.clear();
    int shownPlans = 0;
    for (int d = 0; d < 7; ++d) {
        const QDate day = monday.addDays(d);
        QVariantList dayPlans;
        for (const Entry& p : plans) {
            if (p.localOccurredAt().date() != day || shownPlans >= kWeekPlans)
                continue;
            ++shownPlans;
            const QString status = p.payload.value(QStringLiteral("status")).toString();
            dayPlans << QVariantMap{{QStringLiteral("id"), p.id}, {QStringLiteral("activity"), p.payload.value(QStringLiteral("activity")).toString()},
                                    {QStringLiteral("area"), p.payload.value(QStringLiteral("area")).toString()},
                                    {QStringLiteral("time"), p.localOccurredAt().time().toString(QStringLiteral("HH:mm"))},
                                    {QStringLiteral("status"), status}, {QStringLiteral("statusLabel"), statusLabel(status)},
                                    {QStringLiteral("planned"), planStatus(status) == PlanStatus::Planned},
                                    {QStringLiteral("done"), planStatus(status) == PlanStatus::Done},
                                    {QStringLiteral("obstacle"), p.payload.value(QStringLiteral("obstacle")).toString()}};
        }
        qint64 done = 0;
        for (const AggregateRow& r : dayAreas)
            done += r.period == day ? r.count : 0;
        m_week << QVariantMap{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                              {QStringLiteral("label"), l.toString(day, QStringLiteral("ddd d"))},
                              {QStringLiteral("today"), day == today}, {QStringLiteral("plans"), dayPlans},
                              {QStringLiteral("activities"), done}};
    }
    //: Qt date pattern for a day and month, as in "Week of 30 November" (Spanish: d 'de' MMMM)
    const QString dayMonth = QCoreApplication::translate("Activities", "d MMMM");
    m_weekLabel = QCoreApplication::translate("Activities", "Week of %1").arg(l.toString(monday, dayMonth));
    int inWeek = 0;
    for (const Entry& p : plans)
        inWeek += p.localOccurredAt().date() >= monday && p.localOccurredAt().date() < monday.addDays(7) ? 1 : 0;
    // More were left unread when the last one read is still in the week.
    const bool unread = planPage.ok() && !planPage->nextCursor.isEmpty() && !plans.isEmpty()
                        && plans.constLast().localOccurredAt().date() < monday.addDays(7);
    m_weekNote = inWeek > kWeekPlans || unread ? QCoreApplication::translate("Activities", "This week has more plans than fit here: showing the first %1.").arg(kWeekPlans) : QString();

    m_grid.clear();
    const QList<QList<int>> grid = weekGrid(dayAreas, monday);
    for (int d = 0; d < 7; ++d) {
        QVariantList counts;
        for (int c : grid[d])
            counts << c;
        m_grid << QVariantMap{{QStringLiteral("day"), l.toString(monday.addDays(d), QStringLiteral("ddd"))}, {QStringLiteral("counts"), counts}};
    }
}

// Rows are made from the payload, so an activity added with tessera-cli
// (a plain title, no summary) reads like one logged here.
void BaBackend::readRecent()
{
    EntryQuery a;
    a.kinds = {QStringLiteral("activity")};
    a.limit = kRecent;
    const auto page = journal().query(a);
    const QLocale l;
    m_recent.clear();
    for (const Entry& e : page.ok() ? page->entries : QList<Entry>{}) {
        const EntryDraft d = activityDraft(e.payload);
        m_recent << QVariantMap{{QStringLiteral("id"), e.id}, {QStringLiteral("title"), d.title.trimmed().isEmpty() ? e.title : d.title},
                                {QStringLiteral("summary"), d.summary},
                                {QStringLiteral("when"), l.toString(e.localOccurredAt(), QStringLiteral("ddd HH:mm"))}};
    }
}

// "What helps", over the last kInsightDays days: added up by the store, so it
// costs the same however many activities there are.
void BaBackend::readInsights()
{
    const QDate today = QDate::currentDate();
    const QDateTime since = today.addDays(-kInsightDays).startOfDay();
    const QList<AggregateRow> byActivity = journal().aggregate(liftQuery(QStringLiteral("payload.activity"), since)).valueOr({});
    const QList<AggregateRow> byArea = journal().aggregate(liftQuery(QStringLiteral("payload.area"), since)).valueOr({});
    // Whole weeks: from the Monday twelve weeks back.
    const QDate firstMonday = today.addDays(1 - today.dayOfWeek()).addDays(-7 * 11);
    const QList<AggregateRow> plans = journal().aggregate(planRateQuery(firstMonday.startOfDay(), QDateTime::currentDateTimeUtc())).valueOr({});

    auto lifts = [](const QList<MoodLift>& in) {
        QVariantList out;
        for (const MoodLift& x : in) {
            // One decimal with a real minus sign; "once" rather than "1 times".
            const double shown = std::round(x.meanChange * 10) / 10;
            const QString change = (shown > 0 ? QStringLiteral("+") : shown < 0 ? QStringLiteral("\u2212") : QString())
                                   + QLocale().toString(std::abs(shown), 'f', 1);
            const QString detail = x.count == 1 ? QCoreApplication::translate("Activities", "%1 mood, once").arg(change) : QCoreApplication::translate("Activities", "%1 mood, %2 times").arg(change).arg(x.count);
            out << QVariantMap{{QStringLiteral("label"), x.label}, {QStringLiteral("change"), x.meanChange}, {QStringLiteral("count"), x.count},
                               {QStringLiteral("detail"), detail}};
        }
        return out;
    };
    m_liftActivity = lifts(ba::liftByActivity(byActivity, 2));
    m_liftArea = lifts(ba::liftByArea(byArea));
    const bool anyRated = !m_liftArea.isEmpty(); // some activity has a mood before and after
    m_liftActivityHint = !m_liftActivity.isEmpty() ? QString()
                         : anyRated ? QCoreApplication::translate("Activities", "An activity shows here once you have logged it at least twice with your mood before and after.")
                                    : QCoreApplication::translate("Activities", "Log activities with your mood before and after to see which ones lift it.");
    m_liftAreaHint = anyRated ? QString() : QCoreApplication::translate("Activities", "Log activities with your mood before and after to see which parts of life lift it.");
    m_planRate.clear();
    for (const WeekPlans& w : planDoneRate(plans))
        m_planRate << QVariantMap{{QStringLiteral("week"), w.weekStart}, {QStringLiteral("planned"), w.planned}, {QStringLiteral("done"), w.done},
                                  {QStringLiteral("percent"), donePercent(w.done, w.planned)}};
}

// --- Things due and reminders (SDK 2.3, issue 24) ---------------------------

namespace {
// A title or detail as a due item or reminder takes it: one line, at most `max` characters.
QString oneLine(const QString& text, int max)
{
    QString s = text.simplified();
    if (s.size() > max)
        s = s.left(max - 1).trimmed() + QChar(0x2026);
    return s;
}
} // namespace

QString BaBackend::planItemId(const Entry& plan)
{
    QString key = plan.payload.value(QStringLiteral("key")).toString();
    if (key.isEmpty())
        key = plan.id;
    return QStringLiteral("plan-") + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

void BaBackend::readAhead()
{
    // A window (issue 18): today and the next days, at most kAheadPlans plans.
    // When this week is shown and was read whole, its plans from today on are
    // taken from there, and only the days after it are read.
    const QDate today = QDate::currentDate();
    QList<Entry> ahead;
    QSet<QString> ids;
    QDateTime from = today.startOfDay();
    if (m_weekOffset == 0 && m_weekComplete) {
        for (const Entry& p : m_weekPlans) {
            if (p.localOccurredAt().date() >= today && ahead.size() < kAheadPlans) {
                ahead << p;
                ids.insert(p.id);
            }
        }
        from = today.addDays(8 - today.dayOfWeek()).startOfDay(); // next Monday
    }
    const QDateTime to = today.addDays(kReminderDays).startOfDay();
    if (from < to && ahead.size() < kAheadPlans) {
        EntryQuery q;
        q.kinds = {QStringLiteral("plan")};
        q.from = from;
        q.to = to;
        q.oldestFirst = true;
        q.limit = kAheadPlans - int(ahead.size());
        for (const Entry& p : journal().query(q).valueOr({}).entries) {
            if (!ids.contains(p.id))
                ahead << p;
        }
    }
    std::stable_sort(ahead.begin(), ahead.end(), [](const Entry& a, const Entry& b) { return a.occurredAt < b.occurredAt; });
    m_ahead = ahead;
    m_aheadFrom = today;
}

QList<Entry> BaBackend::plansOn(const QDate& day) const
{
    QList<Entry> plans;
    if (day == m_aheadFrom) {
        plans = m_ahead;
    } else {
        EntryQuery q;
        q.kinds = {QStringLiteral("plan")};
        q.from = day.startOfDay();
        q.to = day.addDays(1).startOfDay();
        q.oldestFirst = true;
        q.limit = kWeekPlans;
        plans = journal().query(q).valueOr({}).entries;
    }
    QList<Entry> out;
    for (const Entry& p : plans) {
        if (p.localOccurredAt().date() == day)
            out << p;
    }
    return out;
}

QList<DueItem> BaBackend::dueItems(const QDate& day) const
{
    QList<DueItem> out;
    QSet<QString> ids;
    for (const Entry& p : plansOn(day)) {
        DueItem i;
        i.id = planItemId(p);
        if (ids.contains(i.id))
            continue;
        ids.insert(i.id);
        i.title = oneLine(p.payload.value(QStringLiteral("activity")).toString(), 80);
        if (i.title.isEmpty())
            continue;
        i.dueDate = day;
        i.time = QTime(p.localOccurredAt().time().hour(), p.localOccurredAt().time().minute());
        i.pageId = QStringLiteral("week");
        i.setEntryId(p.id);
        const PlanStatus status = planStatus(p.payload.value(QStringLiteral("status")).toString());
        i.detail = status == PlanStatus::Planned ? areaName(p.payload.value(QStringLiteral("area")).toString()) : planStatusLabel(status);
        i.state = status == PlanStatus::Done      ? DueItem::State::Done
                  : status == PlanStatus::NotDone ? DueItem::State::Skipped
                                                  : DueItem::State::Due;
        // The ratings are optional on the week page too, so Done needs no page.
        i.setOffersDone(status == PlanStatus::Planned);
        i.setOffersSkip(status == PlanStatus::Planned);
        out << i;
    }
    return out;
}

Status BaBackend::actOnDueItem(const QDate& day, const QString& itemId, DueItemActions::Action action)
{
    const QList<Entry> plans = plansOn(day);
    const auto it = std::find_if(plans.cbegin(), plans.cend(), [&itemId](const Entry& p) { return planItemId(p) == itemId; });
    if (it == plans.cend())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("Activities", "This plan is no longer on the list for that day."));
    if (planStatus(it->payload.value(QStringLiteral("status")).toString()) != PlanStatus::Planned)
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("Activities", "This plan was already marked. You can change it on My week."));
    // What the week page's buttons call.
    const bool ok = action == DueItemActions::Action::Done ? markPlan(it->id, true, -1, -1, -1, -1) : markPlanNotDone(it->id, QString());
    if (!ok)
        return makeError(ErrorCode::Internal, lastError().isEmpty() ? QCoreApplication::translate("Activities", "The plan could not be marked.") : lastError());
    refresh(); // now, not on the next turn: the host asks dueItems() again at once
    return {};
}

QList<Reminder> BaBackend::planReminders() const
{
    QList<Reminder> out;
    QSet<QString> ids;
    for (const Entry& p : m_ahead) {
        if (planStatus(p.payload.value(QStringLiteral("status")).toString()) != PlanStatus::Planned)
            continue;
        const QDateTime at = p.localOccurredAt();
        if (at.date() < m_aheadFrom || at.date() >= m_aheadFrom.addDays(kReminderDays))
            continue;
        Reminder r;
        r.id = planItemId(p);
        r.title = oneLine(p.payload.value(QStringLiteral("activity")).toString(), 80);
        if (r.title.isEmpty() || ids.contains(r.id))
            continue;
        ids.insert(r.id);
        r.pageId = QStringLiteral("week");
        r.entryId = p.id;
        r.startDate = at.date();
        r.time = QTime(at.time().hour(), at.time().minute());
        r.repeat = Reminder::Repeat::Once; // at the planned time
        r.dueItemId = r.id;
        out << r;
    }
    std::sort(out.begin(), out.end(), [](const Reminder& a, const Reminder& b) { return a.id < b.id; });
    return out;
}

void BaBackend::syncReminders()
{
    const Status s = context().reminders().replaceAll(planReminders());
    if (!s.ok()) // the field and the rule, never an activity
        logger().warning(QStringLiteral("plan reminders not updated: %1").arg(s.error().field.isEmpty() ? s.error().message : s.error().field));
}

} // namespace tessera::ba
