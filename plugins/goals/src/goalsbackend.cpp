#include "goalsbackend.h"

#include "goalmodel.h"

#include <tessera/sdk/journal.h>
#include <tessera/sdk/plugincontext.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUuid>

#include <algorithm>

namespace tessera::goals {

using namespace tessera::sdk;

namespace {

QVariantList options(const QStringList& codes)
{
    QVariantList out;
    for (const QString& c : codes)
        out << QVariantMap{{QStringLiteral("code"), c}, {QStringLiteral("label"), GoalsBackend::label(c)}};
    return out;
}

QString number(double v) { return QLocale().toString(v, 'g', 6); }

QString when(const Entry& e) { return QLocale().toString(e.localOccurredAt().date(), QStringLiteral("d MMM yyyy")); }

// The form's flat map to a goal payload (empty fields left out).
QJsonObject payloadFrom(const QVariantMap& form, const QString& key)
{
    const QJsonObject in = QJsonObject::fromVariantMap(form);
    QJsonObject p{{QStringLiteral("key"), key}};
    for (const char* k : {"description", "dueDate", "why", "barriers", "resources", "checkinFrequency", "lifecycle", "achievement"}) {
        const QString v = in.value(QLatin1String(k)).toString().trimmed();
        if (!v.isEmpty())
            p.insert(QLatin1String(k), v);
    }
    QJsonObject measure;
    const QString source = in.value(QStringLiteral("measureSource")).toString().trimmed();
    if (!source.isEmpty()) {
        // Another module's total (the PHQ-9): it names the measure, and has no unit.
        measure.insert(QStringLiteral("source"), source);
        measure.insert(QStringLiteral("metric"), source == phq9Kind() ? QStringLiteral("PHQ-9 total") : source);
    } else {
        for (const char* k : {"metric", "unit"}) {
            const QString v = in.value(QLatin1String(k)).toString().trimmed();
            if (!v.isEmpty())
                measure.insert(QLatin1String(k), v);
        }
    }
    if (!measure.isEmpty())
        p.insert(QStringLiteral("measure"), measure);
    for (const char* k : {"baseline", "target"}) {
        bool ok = false;
        const double v = in.value(QLatin1String(k)).toVariant().toString().toDouble(&ok);
        if (ok)
            p.insert(QLatin1String(k), v);
    }
    QJsonArray milestones;
    for (const QJsonValue& v : in.value(QStringLiteral("milestones")).toArray()) {
        QJsonObject m = v.toObject();
        if (m.value(QStringLiteral("text")).toString().trimmed().isEmpty())
            continue;
        if (m.value(QStringLiteral("id")).toString().isEmpty())
            m.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
        if (m.value(QStringLiteral("due")).toString().isEmpty())
            m.remove(QStringLiteral("due"));
        milestones << m;
    }
    if (!milestones.isEmpty())
        p.insert(QStringLiteral("milestones"), milestones);
    const QJsonArray kinds = in.value(QStringLiteral("evidenceKinds")).toArray();
    if (!kinds.isEmpty()) {
        QJsonObject evidence{{QStringLiteral("kinds"), kinds}};
        const int perWeek = in.value(QStringLiteral("evidencePerWeek")).toInt();
        if (perWeek > 0)
            evidence.insert(QStringLiteral("perWeek"), perWeek);
        p.insert(QStringLiteral("evidence"), evidence);
    }
    return p;
}
QString measureSourceOf(const QJsonObject& goal)
{
    return goal.value(QStringLiteral("measure")).toObject().value(QStringLiteral("source")).toString();
}
} // namespace

QString GoalsBackend::label(const QString& code)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("proposed"), QT_TRANSLATE_NOOP("Goals", "Proposed")}, {QStringLiteral("active"), QT_TRANSLATE_NOOP("Goals", "Active")},
        {QStringLiteral("on-hold"), QT_TRANSLATE_NOOP("Goals", "On hold")}, {QStringLiteral("completed"), QT_TRANSLATE_NOOP("Goals", "Completed")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Goals", "Cancelled")}, {QStringLiteral("in-progress"), QT_TRANSLATE_NOOP("Goals", "In progress")},
        {QStringLiteral("improving"), QT_TRANSLATE_NOOP("Goals", "Improving")}, {QStringLiteral("worsening"), QT_TRANSLATE_NOOP("Goals", "Harder lately")},
        {QStringLiteral("no-change"), QT_TRANSLATE_NOOP("Goals", "No change")}, {QStringLiteral("achieved"), QT_TRANSLATE_NOOP("Goals", "Achieved")},
        {QStringLiteral("not-achieved"), QT_TRANSLATE_NOOP("Goals", "Not reached this time")}, {QStringLiteral("daily"), QT_TRANSLATE_NOOP("Goals", "Every day")},
        {QStringLiteral("weekly"), QT_TRANSLATE_NOOP("Goals", "Every week")}, {QStringLiteral("fortnightly"), QT_TRANSLATE_NOOP("Goals", "Every two weeks")},
        {QStringLiteral("monthly"), QT_TRANSLATE_NOOP("Goals", "Every month")}};
    auto it = labels.constFind(code);
    return it == labels.constEnd() ? code : QCoreApplication::translate("Goals", *it);
}

GoalsBackend::GoalsBackend(PluginContext& context, QObject* parent) : ModuleBackend(context, parent)
{
    // Reminders (SDK 2.3) from the clinic profile: "reminders" true/false,
    // "reminderTime" "HH:mm". A bad value is a warning and the default.
    const QJsonObject settings = context.settings();
    const QJsonValue on = settings.value(QStringLiteral("reminders"));
    if (on.isBool())
        m_remind = on.toBool();
    else if (!on.isUndefined() && !on.isNull())
        logger().warning(QStringLiteral("clinic profile settings: reminders must be true or false; using true"));
    const QJsonValue time = settings.value(QStringLiteral("reminderTime"));
    if (!time.isUndefined() && !time.isNull()) {
        const QTime at = QTime::fromString(time.toString(), QStringLiteral("HH:mm"));
        if (time.isString() && at.isValid())
            m_reminderTime = at;
        else
            logger().warning(QStringLiteral("clinic profile settings: reminderTime must be a time of day such as \"18:00\" (HH:mm); using 18:00"));
    }
    // Issue 30: the first refresh (progress, evidence, the PHQ-9 totals,
    // the reminders) waits for the app's first frame; what Today asks for
    // now, the open goals' check-ins and look-back dates, is read here: the
    // newest goals and the latest check-in of those checked in on a
    // schedule. Where nothing waits it has run already.
    watchJournalAfterStart(DueItems::WithoutRefresh);
    if (firstRefreshWaits())
        readDueGoals();
}

Result<EntryPage> GoalsBackend::newestGoals() const
{
    // The newest goals (a page, or as many pages as the client asked for),
    // never the whole history (issue 18).
    EntryQuery q;
    q.kinds = {QStringLiteral("goal")};
    q.limit = m_goalLimit;
    return journal().query(q);
}

void GoalsBackend::readDueGoals()
{
    auto page = newestGoals();
    if (!page.ok())
        return;
    QSet<QString> scheduled;
    for (const Entry& e : page->entries) {
        if (e.payload.value(QStringLiteral("lifecycle")).toString() == QLatin1String("active")
            && !e.payload.value(QStringLiteral("checkinFrequency")).toString().isEmpty())
            scheduled.insert(e.payload.value(QStringLiteral("key")).toString());
    }
    m_dueGoals = dueGoalsOf(page->entries, latestCheckins(scheduled));
}

QList<GoalsBackend::DueGoal> GoalsBackend::dueGoalsOf(const QList<Entry>& goals, const QHash<QString, Entry>& latest)
{
    QList<DueGoal> out;
    for (const Entry& e : goals) {
        const QJsonObject p = e.payload;
        const QString lifecycle = p.value(QStringLiteral("lifecycle")).toString();
        if (lifecycle == QLatin1String("completed") || lifecycle == QLatin1String("cancelled"))
            continue;
        DueGoal g;
        g.id = e.id;
        g.itemSuffix = QString::fromLatin1(QCryptographicHash::hash(p.value(QStringLiteral("key")).toString().toUtf8(),
                                                                    QCryptographicHash::Sha1).toHex().left(10));
        g.description = p.value(QStringLiteral("description")).toString().simplified();
        g.frequency = p.value(QStringLiteral("checkinFrequency")).toString();
        g.active = lifecycle == QLatin1String("active");
        g.open = true;
        g.created = e.localOccurredAt().date();
        if (const auto checkin = latest.constFind(p.value(QStringLiteral("key")).toString()); checkin != latest.constEnd())
            g.lastCheckin = checkin->localOccurredAt().date();
        g.lookBack = QDate::fromString(p.value(QStringLiteral("dueDate")).toString(), Qt::ISODate);
        if ((g.active && checkinDays(g.frequency) > 0) || g.lookBack.isValid())
            out << g;
    }
    return out;
}

QVariantList GoalsBackend::lifecycleOptions() const { return options(lifecycleCodes()); }
QVariantList GoalsBackend::achievementOptions() const { return options(achievementCodes()); }
QVariantList GoalsBackend::frequencyOptions() const { return options(frequencyCodes()); }

QString GoalsBackend::kindTitle(const QString& kind) const
{
    auto info = journal().kindInfo(kind);
    return info.ok() && !info->title.trimmed().isEmpty() ? info->title : kind;
}

QVariantList GoalsBackend::evidenceKinds() const
{
    QList<QVariantMap> kinds;
    QHash<QString, int> titles; // how many kinds have each title
    for (const QString& kind : journal().readableKinds()) {
        // Its own kinds, and totals a goal follows as its measure (not things done).
        if (kind.startsWith(context().pluginId() + QLatin1Char('/')) || measureSources().contains(kind))
            continue;
        // One entry without its payload says whether there are any (cheaper than counting them all).
        EntryQuery q;
        q.kinds = {kind};
        q.limit = 1;
        q.withPayload = false;
        if (journal().query(q).valueOr({}).entries.isEmpty())
            continue;
        const QString title = kindTitle(kind);
        ++titles[title];
        kinds << QVariantMap{{QStringLiteral("kind"), kind}, {QStringLiteral("title"), title}};
    }
    // The page tells kinds apart by their titles: kinds of two modules with
    // the same title also say which module they come from.
    QVariantList out;
    for (QVariantMap k : kinds) {
        const QString title = k.value(QStringLiteral("title")).toString();
        if (titles.value(title) > 1) {
            if (auto info = journal().kindInfo(k.value(QStringLiteral("kind")).toString()); info.ok())
                k[QStringLiteral("title")] = QCoreApplication::translate("Goals", "%1 (%2)").arg(title, info->moduleTitle);
        }
        out << k;
    }
    return out;
}

EntryDraft GoalsBackend::goalDraft(const QJsonObject& g)
{
    EntryDraft d;
    d.kind = QStringLiteral("goal");
    d.payload = g;
    d.title = g.value(QStringLiteral("description")).toString().left(120);
    QStringList parts{label(g.value(QStringLiteral("lifecycle")).toString())};
    const QDate due = QDate::fromString(g.value(QStringLiteral("dueDate")).toString(), Qt::ISODate);
    if (due.isValid())
        parts << QCoreApplication::translate("Goals", "look back on %1").arg(QLocale().toString(due, QStringLiteral("d MMM yyyy")));
    const auto [done, total] = milestoneCount(g);
    if (total > 0)
        parts << QCoreApplication::translate("Goals", "%1 of %2 steps done").arg(done).arg(total);
    d.summary = parts.join(QStringLiteral(" · "));
    return d;
}

EntryDraft GoalsBackend::checkinDraft(const QJsonObject& goal, double value, const QString& status, const QString& note)
{
    EntryDraft d;
    d.kind = QStringLiteral("checkin");
    // A goal that follows another module's total (the PHQ-9) takes its
    // numbers from there: its check-ins carry how it is going and a note.
    const bool ownValue = measureSourceOf(goal).isEmpty();
    QJsonObject p{{QStringLiteral("goalKey"), goal.value(QStringLiteral("key")).toString()}, {QStringLiteral("status"), status}};
    if (ownValue)
        p.insert(QStringLiteral("value"), value);
    if (!note.trimmed().isEmpty())
        p.insert(QStringLiteral("note"), note.trimmed());
    d.payload = p;
    d.title = QCoreApplication::translate("Goals", "Progress: %1").arg(goal.value(QStringLiteral("description")).toString().left(100));
    const QString unit = goal.value(QStringLiteral("measure")).toObject().value(QStringLiteral("unit")).toString();
    QStringList parts{label(status)};
    if (ownValue)
        parts.prepend(unit.isEmpty() ? number(value) : QCoreApplication::translate("Goals", "%1 %2").arg(number(value), unit));
    d.summary = parts.join(QStringLiteral(" · "));
    return d;
}


Result<Entry> GoalsBackend::goalEntry(const QString& id) const
{
    auto e = journal().get(id);
    if (!e.ok())
        return e;
    if (e->shortKind() == QLatin1String("goal"))
        return e;
    if (e->shortKind() == QLatin1String("checkin")) {
        const QString key = e->payload.value(QStringLiteral("goalKey")).toString();
        // A check-in made here links to its goal; one from elsewhere (the CLI, an
        // import) names it by key only: look through the goals, newest first.
        for (const Link& l : journal().links(id).valueOr({})) {
            if (l.fromId != id || l.relation != QLatin1String("progress-of"))
                continue;
            auto g = journal().get(l.toId);
            if (g.ok() && g->shortKind() == QLatin1String("goal") && g->payload.value(QStringLiteral("key")).toString() == key)
                return g;
        }
        EntryQuery q;
        q.kinds = {QStringLiteral("goal")};
        q.includeDeleted = true;
        q.limit = kGoalPage;
        for (int read = 0; read < 1000;) {
            auto page = journal().query(q);
            if (!page.ok())
                break;
            for (const Entry& g : page->entries) {
                if (g.payload.value(QStringLiteral("key")).toString() == key)
                    return g;
            }
            read += static_cast<int>(page->entries.size());
            if (page->nextCursor.isEmpty())
                break;
            q.cursor = page->nextCursor;
        }
    }
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("Goals", "No goal for this entry."));
}

QList<Entry> GoalsBackend::checkinsOf(const QString& key, bool* more) const
{
    // Newest first, page by page, until the chart has enough or enough were looked at.
    EntryQuery q;
    q.kinds = {QStringLiteral("checkin")};
    q.limit = 200;
    QList<Entry> out;
    bool truncated = false;
    for (int read = 0;;) {
        auto page = journal().query(q);
        if (!page.ok())
            break;
        for (const Entry& e : page->entries) {
            if (e.payload.value(QStringLiteral("goalKey")).toString() != key)
                continue;
            if (out.size() == kChartCheckins) {
                truncated = true;
                break;
            }
            out << e;
        }
        read += static_cast<int>(page->entries.size());
        if (truncated || page->nextCursor.isEmpty())
            break;
        if (read >= kChartScan) {
            truncated = true;
            break;
        }
        q.cursor = page->nextCursor;
    }
    std::reverse(out.begin(), out.end());
    if (more)
        *more = truncated;
    return out;
}

QHash<QString, Entry> GoalsBackend::latestCheckins(QSet<QString> keys) const
{
    QHash<QString, Entry> out;
    EntryQuery q;
    q.kinds = {QStringLiteral("checkin")};
    q.from = QDateTime::currentDateTimeUtc().addDays(-7 * kProgressWeeks);
    q.limit = 50;
    for (int read = 0; !keys.isEmpty() && read < kProgressCheckins;) {
        q.limit = std::min(50, kProgressCheckins - read);
        auto page = journal().query(q);
        if (!page.ok())
            break;
        for (const Entry& c : page->entries) {
            const QString key = c.payload.value(QStringLiteral("goalKey")).toString();
            if (keys.remove(key))
                out.insert(key, c); // newest first: the first one seen is the latest
        }
        read += static_cast<int>(page->entries.size());
        if (page->nextCursor.isEmpty())
            break;
        q.cursor = page->nextCursor;
    }
    return out;
}

int GoalsBackend::evidenceThisWeek(const QJsonObject& goal) const
{
    const QJsonArray kinds = goal.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("kinds")).toArray();
    if (kinds.isEmpty())
        return 0;
    EntryQuery q;
    for (const QJsonValue& k : kinds)
        q.kinds << k.toString();
    const QDate today = QDate::currentDate();
    q.from = today.addDays(1 - today.dayOfWeek()).startOfDay();
    auto n = journal().count(q);
    return n.ok() ? static_cast<int>(n.value()) : 0;
}

QVariantList GoalsBackend::smart(const QVariantMap& goal) const
{
    QVariantList out;
    for (const SmartPart& s : smartCheck(payloadFrom(goal, QStringLiteral("x"))))
        out << QVariantMap{{QStringLiteral("letter"), s.letter}, {QStringLiteral("name"), s.name},
                           {QStringLiteral("ok"), s.ok}, {QStringLiteral("hint"), s.hint}};
    return out;
}

QString GoalsBackend::saveGoal(const QString& id, const QVariantMap& goal)
{
    QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<Entry> existing = Error{};
    if (!id.isEmpty()) {
        existing = journal().get(id);
        if (!existing.ok()) {
            report(existing.error().toString());
            return {};
        }
        key = existing->payload.value(QStringLiteral("key")).toString();
    }
    QVariantMap form = goal;
    if (form.value(QStringLiteral("lifecycle")).toString().isEmpty())
        form[QStringLiteral("lifecycle")] = QStringLiteral("active");
    if (form.value(QStringLiteral("achievement")).toString().isEmpty())
        form[QStringLiteral("achievement")] = QStringLiteral("in-progress");
    QJsonObject payload = payloadFrom(form, key);
    // A PHQ-9 goal starts from the latest total when no starting point was given.
    if (measureSourceOf(payload) == phq9Kind() && !payload.contains(QStringLiteral("baseline"))) {
        if (const auto latest = latestTotals(1); !latest.isEmpty())
            payload.insert(QStringLiteral("baseline"), latest.first().payload.value(QStringLiteral("total")).toInt());
    }
    auto saved = save(id, goalDraft(payload)); // an edit keeps the goal's time
    if (!saved.ok()) {
        const QString field = saved.error().field;
        report(field == QLatin1String("payload.description") ? QCoreApplication::translate("Goals", "Describe the goal first.")
               : field == QLatin1String("payload.target") && measureSourceOf(payload) == phq9Kind()
                   ? QCoreApplication::translate("Goals", "Aiming for: choose the PHQ-9 total to get below, a whole number from 1 to 27.")
               : field == QLatin1String("payload.baseline") && measureSourceOf(payload) == phq9Kind()
                   ? QCoreApplication::translate("Goals", "Starting from: a PHQ-9 total is a whole number from 0 to 27.")
                   : saved.error().toString());
        return {};
    }
    const QString fromPlan = goal.value(QStringLiteral("fromPlan")).toString();
    if (id.isEmpty() && !fromPlan.isEmpty()) {
        // The worksheet shows the goal its plan became; a link refused (the
        // worksheet was deleted meanwhile) leaves the goal saved.
        if (const Status linked = journal().link(saved->id, fromPlan, QStringLiteral("from-plan")); !linked.ok())
            logger().warning(QStringLiteral("a goal from a plan could not be linked to it: %1").arg(linked.error().message));
    }
    report(QString());
    logger().info(QStringLiteral("goal saved"));
    return saved->id;
}

QVariantMap GoalsBackend::planFrom(const QString& entryId) const
{
    const auto e = journal().get(entryId);
    if (!e.ok()) {
        // A worksheet Goals may not read answers as one that does not exist.
        return {{QStringLiteral("error"), QCoreApplication::translate("Goals", "Goals cannot see this. If it is a plan from problem solving, allow Goals to read "
                                            "your problem worksheets on its card in Modules, then try again.")}};
    }
    if (e->isDeleted() || e->kind != QLatin1String(kPlanKind))
        return {};
    // The plan is a goal already (made from here before): open that one.
    if (const auto links = journal().links(entryId); links.ok()) {
        for (const Link& l : links.value()) {
            if (l.toId != entryId || l.relation != QLatin1String("from-plan"))
                continue;
            if (const auto goal = journal().get(l.fromId); goal.ok() && !goal->isDeleted())
                return {{QStringLiteral("goalId"), goal->id}};
        }
    }
    const QJsonObject& p = e->payload;
    const QString chosen = p.value(QStringLiteral("chosen")).toString();
    QString option;
    for (const QJsonValue& v : p.value(QStringLiteral("options")).toArray())
        if (!chosen.isEmpty() && v.toObject().value(QStringLiteral("id")).toString() == chosen)
            option = v.toObject().value(QStringLiteral("text")).toString();
    if (option.isEmpty())
        return {};
    QVariantList milestones;
    for (const QJsonValue& v : p.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        // A milestone holds 200 characters; a plan's step up to 300.
        const QString text = s.value(QStringLiteral("text")).toString();
        milestones << QVariantMap{{QStringLiteral("id"), QString()},
                                  {QStringLiteral("text"), text.size() <= 200 ? text : text.left(199) + QChar(0x2026)},
                                  {QStringLiteral("due"), s.value(QStringLiteral("when")).toString()},
                                  {QStringLiteral("done"), s.value(QStringLiteral("done")).toBool()}};
    }
    return {{QStringLiteral("fromPlan"), e->id}, {QStringLiteral("description"), option},
            {QStringLiteral("why"), p.value(QStringLiteral("goal")).toString()}, {QStringLiteral("milestones"), milestones}};
}

QVariantMap GoalsBackend::loadGoal(const QString& id)
{
    auto e = goalEntry(id);
    if (!e.ok()) {
        report(e.error().toString());
        return {};
    }
    const QJsonObject p = e->payload;
    QVariantMap m = p.toVariantMap();
    m.remove(QStringLiteral("measure"));
    m.remove(QStringLiteral("evidence"));
    m[QStringLiteral("id")] = e->id;
    m[QStringLiteral("metric")] = p.value(QStringLiteral("measure")).toObject().value(QStringLiteral("metric")).toString();
    m[QStringLiteral("unit")] = p.value(QStringLiteral("measure")).toObject().value(QStringLiteral("unit")).toString();
    m[QStringLiteral("baseline")] = p.contains(QStringLiteral("baseline")) ? number(p.value(QStringLiteral("baseline")).toDouble()) : QString();
    m[QStringLiteral("target")] = p.contains(QStringLiteral("target")) ? number(p.value(QStringLiteral("target")).toDouble()) : QString();
    m[QStringLiteral("evidenceKinds")] = p.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("kinds")).toVariant();
    m[QStringLiteral("evidencePerWeek")] = p.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("perWeek")).toInt();
    m[QStringLiteral("evidenceThisWeek")] = evidenceThisWeek(p);
    m[QStringLiteral("deleted")] = e->isDeleted();
    m[QStringLiteral("measureSource")] = measureSourceOf(p);
    if (measureSourceOf(p) == phq9Kind()) {
        // The latest totals for the chart, oldest first (a bounded read: the page is open).
        const QList<Entry> totals = latestTotals(kChartTotals);
        QVariantList points;
        const QDate first = totals.isEmpty() ? QDate() : totals.last().localOccurredAt().date();
        for (auto it = totals.crbegin(); it != totals.crend(); ++it)
            points << QVariantMap{{QStringLiteral("offset"), first.daysTo(it->localOccurredAt().date())},
                                  {QStringLiteral("value"), it->payload.value(QStringLiteral("total")).toInt()}};
        m[QStringLiteral("totalPoints")] = points;
        m[QStringLiteral("totalDays")] = totals.isEmpty() ? 1 : std::max<qint64>(2, first.daysTo(totals.first().localOccurredAt().date()) + 1);
        const QVariantMap progress = totalProgress(p, totals.isEmpty() ? std::nullopt : std::optional<Entry>(totals.first()));
        m[QStringLiteral("totalProgress")] = progress.value(QStringLiteral("progress"));
        m[QStringLiteral("totalProgressLabel")] = progress.value(QStringLiteral("label"));
    }

    QVariantList checkins, points;
    bool more = false;
    const QList<Entry> list = checkinsOf(p.value(QStringLiteral("key")).toString(), &more);
    const QDate start = list.isEmpty() ? QDate() : list.first().localOccurredAt().date();
    for (const Entry& c : list) {
        const bool valued = c.payload.value(QStringLiteral("value")).isDouble(); // a PHQ-9 goal's check-ins have none
        checkins << QVariantMap{{QStringLiteral("id"), c.id}, {QStringLiteral("when"), when(c)},
                                {QStringLiteral("value"), valued ? QVariant(c.payload.value(QStringLiteral("value")).toDouble()) : QVariant(QString())},
                                {QStringLiteral("status"), label(c.payload.value(QStringLiteral("status")).toString())},
                                {QStringLiteral("note"), c.payload.value(QStringLiteral("note")).toString()}};
        if (valued)
            points << QVariantMap{{QStringLiteral("offset"), start.daysTo(c.localOccurredAt().date())},
                                  {QStringLiteral("value"), c.payload.value(QStringLiteral("value")).toDouble()}};
    }
    m[QStringLiteral("checkins")] = checkins;
    m[QStringLiteral("points")] = points;
    // Said under the chart when older check-ins were left out.
    m[QStringLiteral("checkinsNote")] = more ? QCoreApplication::translate("Goals", "Your latest %1 check-ins").arg(list.size()) : QString();
    m[QStringLiteral("days")] = list.isEmpty() ? 1 : std::max<qint64>(2, start.daysTo(list.last().localOccurredAt().date()) + 1);

    QVariantList evidence;
    for (const Link& l : journal().links(e->id).valueOr({})) {
        if (l.relation != QLatin1String("evidence")) // not the check-ins' progress-of links
            continue;
        const QString other = l.fromId == e->id ? l.toId : l.fromId;
        auto o = journal().get(other);
        if (o.ok())
            evidence << QVariantMap{{QStringLiteral("id"), o->id}, {QStringLiteral("title"), o->title},
                                    {QStringLiteral("kindTitle"), kindTitle(o->kind)}, {QStringLiteral("when"), when(o.value())}};
    }
    m[QStringLiteral("evidence")] = evidence;
    m[QStringLiteral("smart")] = smart(m);
    return m;
}

bool GoalsBackend::setMilestoneDone(const QString& goalId, const QString& milestoneId, bool done)
{
    auto e = journal().get(goalId);
    if (!e.ok())
        return report(e.error().toString());
    QJsonObject p = e->payload;
    QJsonArray ms = p.value(QStringLiteral("milestones")).toArray();
    bool found = false;
    for (qsizetype i = 0; i < ms.size(); ++i) {
        QJsonObject m = ms.at(i).toObject();
        if (m.value(QStringLiteral("id")).toString() == milestoneId) {
            m.insert(QStringLiteral("done"), done);
            ms.replace(i, m);
            found = true;
        }
    }
    if (!found)
        return report(QCoreApplication::translate("Goals", "That step is not part of this goal."));
    p.insert(QStringLiteral("milestones"), ms);
    return report(save(goalId, goalDraft(p)).status()); // keeps the goal's time
}

QString GoalsBackend::addCheckin(const QString& goalId, double value, const QString& status, const QString& note)
{
    auto goal = journal().get(goalId);
    if (!goal.ok()) {
        report(goal.error().toString());
        return {};
    }
    auto added = journal().add(checkinDraft(goal->payload, value, status, note));
    if (!added.ok()) {
        report(added.error().toString());
        return {};
    }
    (void)journal().link(added->id, goalId, QStringLiteral("progress-of"));
    // The goal's achievement follows the latest check-in; the old state stays in its history.
    if (goal->payload.value(QStringLiteral("achievement")).toString() != status) {
        QJsonObject p = goal->payload;
        p.insert(QStringLiteral("achievement"), status);
        if (status == QLatin1String("achieved") && p.value(QStringLiteral("lifecycle")).toString() == QLatin1String("active"))
            p.insert(QStringLiteral("lifecycle"), QStringLiteral("completed"));
        (void)save(goalId, goalDraft(p)); // keeps the goal's time
    }
    report(QString());
    return added->id;
}

bool GoalsBackend::linkEvidence(const QString& goalId, const QString& entryId)
{
    return report(journal().link(goalId, entryId, QStringLiteral("evidence")));
}

QVariantList GoalsBackend::evidenceCandidates(const QString& goalId)
{
    auto goal = journal().get(goalId);
    if (!goal.ok())
        return {};
    EntryQuery q;
    for (const QJsonValue& k : goal->payload.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("kinds")).toArray())
        q.kinds << k.toString();
    if (q.kinds.isEmpty())
        return {};
    q.limit = 20;
    QSet<QString> linked;
    for (const Link& l : journal().links(goalId).valueOr({}))
        linked.insert(l.toId);
    QVariantList out;
    for (const Entry& e : journal().query(q).valueOr({}).entries)
        out << QVariantMap{{QStringLiteral("id"), e.id}, {QStringLiteral("title"), e.title},
                           {QStringLiteral("kindTitle"), kindTitle(e.kind)}, {QStringLiteral("when"), when(e)},
                           {QStringLiteral("linked"), linked.contains(e.id)}};
    return out;
}



QList<Entry> GoalsBackend::latestTotals(int max) const
{
    EntryQuery q;
    q.kinds = {phq9Kind()};
    q.limit = std::clamp(max, 1, 1000);
    // Unreadable (not allowed yet, or no such module) reads as none.
    return journal().query(q).valueOr({}).entries;
}

QVariantMap GoalsBackend::totalProgress(const QJsonObject& goal, const std::optional<Entry>& latest) const
{
    if (!latest)
        return {{QStringLiteral("progress"), -1.0}, {QStringLiteral("label"), QCoreApplication::translate("Goals", "No PHQ-9 total to show yet")}};
    const int total = latest->payload.value(QStringLiteral("total")).toInt();
    const QString day = QLocale().toString(latest->localOccurredAt().date(), QStringLiteral("d MMM"));
    const bool hasTarget = goal.value(QStringLiteral("target")).isDouble();
    const double below = goal.value(QStringLiteral("target")).toDouble();
    double fraction = -1;
    if (hasTarget && goal.value(QStringLiteral("baseline")).isDouble()) {
        if (auto f = belowProgress(goal.value(QStringLiteral("baseline")).toDouble(), below, total))
            fraction = *f;
    }
    QString label = QCoreApplication::translate("Goals", "PHQ-9 total %1 on %2").arg(total).arg(day);
    if (hasTarget)
        label = (total < below ? QCoreApplication::translate("Goals", "%1 · below %2") : QCoreApplication::translate("Goals", "%1 · aiming for below %2")).arg(label, number(below));
    return {{QStringLiteral("progress"), fraction}, {QStringLiteral("label"), label}};
}

QVariantMap GoalsBackend::measureStatus(const QString& source) const
{
    QVariantMap out{{QStringLiteral("source"), source}, {QStringLiteral("available"), false}};
    if (source != phq9Kind())
        return out;
    const QList<Entry> newest = latestTotals(1);
    if (newest.isEmpty()) {
        // An installed assessments module whose totals are not allowed yet looks
        // the same as one with none: say both, calmly.
        const bool installed = journal().kindInfo(source).ok();
        out[QStringLiteral("installed")] = installed;
        out[QStringLiteral("message")] = installed
            ? QCoreApplication::translate("Goals", "There is no PHQ-9 total to show yet. Once you fill one in under Assessments, and allow Goals to read "
                "your totals (it asks once, or see Modules), your latest total will show here.")
            : QCoreApplication::translate("Goals", "The Assessments module is not installed here, so there is no PHQ-9 total to follow yet. You can "
                "still keep this goal and check in on it in your own words.");
        return out;
    }
    const Entry& e = newest.first();
    const int total = e.payload.value(QStringLiteral("total")).toInt();
    const QString band = phq9BandLabel(e.payload.value(QStringLiteral("band")).toString(), total);
    const QString day = QLocale().toString(e.localOccurredAt().date(), QStringLiteral("d MMM yyyy"));
    out[QStringLiteral("available")] = true;
    out[QStringLiteral("installed")] = true;
    out[QStringLiteral("total")] = total;
    out[QStringLiteral("band")] = band;
    out[QStringLiteral("date")] = day;
    out[QStringLiteral("message")] = band.isEmpty() ? QCoreApplication::translate("Goals", "Your latest PHQ-9 total is %1, from %2.").arg(total).arg(day)
                                                    : QCoreApplication::translate("Goals", "Your latest PHQ-9 total is %1 (%2), from %3.").arg(total).arg(band, day);
    return out;
}

void GoalsBackend::showMoreGoals()
{
    m_goalLimit = std::min(1000, m_goalLimit + kGoalPage);
    refresh();
}

void GoalsBackend::refresh()
{
    auto page = newestGoals();
    if (!page.ok())
        return;
    m_hasMoreGoals = !page->nextCursor.isEmpty();
    const QList<Entry>& goals = page->entries;
    const QDate today = QDate::currentDate();
    // The latest check-in of each goal with a target, among the recent ones.
    // (and of each active goal with a check-in frequency, for what is due)
    QSet<QString> measured;
    for (const Entry& e : goals) {
        if (e.payload.value(QStringLiteral("target")).isDouble()
            || (e.payload.value(QStringLiteral("lifecycle")).toString() == QLatin1String("active")
                && !e.payload.value(QStringLiteral("checkinFrequency")).toString().isEmpty()))
            measured.insert(e.payload.value(QStringLiteral("key")).toString());
    }
    const QHash<QString, Entry> latest = latestCheckins(measured);
    QHash<QString, int> evidenceByKinds; // goals counting the same kinds share one count
    std::optional<Entry> latestTotal;     // the newest PHQ-9 total, once a goal needs it (an empty Entry: none)
    QVariantList open, closed;
    m_dueGoals = dueGoalsOf(goals, latest);
    for (const Entry& e : goals) {
        const QJsonObject p = e.payload;
        const QString lifecycle = p.value(QStringLiteral("lifecycle")).toString();
        const bool isOpen = lifecycle != QLatin1String("completed") && lifecycle != QLatin1String("cancelled");
        const auto checkin = latest.constFind(p.value(QStringLiteral("key")).toString());
        double fraction = -1;
        QString progressLabel;
        if (measureSourceOf(p) == phq9Kind()) {
            // The newest PHQ-9 total, read once for every goal that follows it.
            if (!latestTotal) {
                const QList<Entry> newest = latestTotals(1);
                latestTotal = newest.isEmpty() ? std::optional<Entry>(Entry{}) : std::optional<Entry>(newest.first());
            }
            const QVariantMap progress = totalProgress(p, latestTotal->id.isEmpty() ? std::nullopt : latestTotal);
            fraction = progress.value(QStringLiteral("progress")).toDouble();
            progressLabel = progress.value(QStringLiteral("label")).toString();
        } else if (checkin != latest.constEnd() && p.value(QStringLiteral("target")).isDouble()) {
            const double value = checkin->payload.value(QStringLiteral("value")).toDouble();
            if (auto f = progress(p.value(QStringLiteral("baseline")).toDouble(), p.value(QStringLiteral("target")).toDouble(), value)) {
                fraction = *f;
                progressLabel = QCoreApplication::translate("Goals", "Latest %1 of %2 %3").arg(number(value), number(p.value(QStringLiteral("target")).toDouble()),
                                                          p.value(QStringLiteral("measure")).toObject().value(QStringLiteral("unit")).toString());
            }
        }
        const int perWeek = p.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("perWeek")).toInt();
        const QJsonArray evidenceKinds = p.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("kinds")).toArray();
        const QString kindsKey = QJsonDocument(evidenceKinds).toJson(QJsonDocument::Compact);
        if (!evidenceByKinds.contains(kindsKey))
            evidenceByKinds.insert(kindsKey, evidenceThisWeek(p));
        const int thisWeek = evidenceByKinds.value(kindsKey);
        if (fraction < 0 && perWeek > 0) {
            fraction = std::min(1.0, double(thisWeek) / perWeek);
            progressLabel = QCoreApplication::translate("Goals", "%1 of %2 this week").arg(thisWeek).arg(perWeek);
        }
        const QDate due = QDate::fromString(p.value(QStringLiteral("dueDate")).toString(), Qt::ISODate);
        const auto [done, total] = milestoneCount(p);
        const QVariantMap item{
            {QStringLiteral("id"), e.id}, {QStringLiteral("key"), p.value(QStringLiteral("key")).toString()},
            {QStringLiteral("description"), p.value(QStringLiteral("description")).toString()},
            {QStringLiteral("lifecycle"), lifecycle}, {QStringLiteral("lifecycleLabel"), label(lifecycle)},
            {QStringLiteral("achievement"), p.value(QStringLiteral("achievement")).toString()},
            {QStringLiteral("achievementLabel"), label(p.value(QStringLiteral("achievement")).toString())},
            {QStringLiteral("dueDate"), p.value(QStringLiteral("dueDate")).toString()},
            {QStringLiteral("dueLabel"), !due.isValid() ? QString()
                                         : today.daysTo(due) < 0 ? QCoreApplication::translate("Goals", "look-back date passed (%1)").arg(QLocale().toString(due, QStringLiteral("d MMM")))
                                                                 : QCoreApplication::translate("Goals", "look back on %1").arg(QLocale().toString(due, QStringLiteral("d MMM")))},
            {QStringLiteral("dueSoon"), dueSoon(p, today)}, {QStringLiteral("open"), isOpen},
            {QStringLiteral("progress"), fraction}, {QStringLiteral("progressLabel"), progressLabel},
            {QStringLiteral("milestonesDone"), done}, {QStringLiteral("milestonesTotal"), total},
            {QStringLiteral("evidenceThisWeek"), thisWeek}, {QStringLiteral("evidencePerWeek"), perWeek}};
        (isOpen ? open : closed) << item;
    }
    m_goals = open + closed;
    syncReminders();
    emit dataChanged();
}

int GoalsBackend::checkinDays(const QString& frequency)
{
    if (frequency == QLatin1String("daily"))
        return 1;
    if (frequency == QLatin1String("weekly"))
        return 7;
    if (frequency == QLatin1String("fortnightly"))
        return 14;
    if (frequency == QLatin1String("monthly"))
        return 30;
    return 0;
}

QDate GoalsBackend::nextCheckin(const DueGoal& g)
{
    const int days = checkinDays(g.frequency);
    if (!g.active || days == 0)
        return {};
    return (g.lastCheckin.isValid() ? g.lastCheckin : g.created).addDays(days);
}

QList<DueItem> GoalsBackend::dueItems(const QDate& day) const
{
    QList<DueItem> out;
    for (const DueGoal& g : m_dueGoals) {
        if (const QDate next = nextCheckin(g); next.isValid()) {
            DueItem item;
            item.id = QStringLiteral("checkin-") + g.itemSuffix;
            item.title = QCoreApplication::translate("Goals", "Goal check-in");
            item.pageId = QStringLiteral("goal");
            item.setEntryId(g.id);
            if (g.lastCheckin == day) {
                item.state = DueItem::State::Done;
                item.dueDate = day;
                item.detail = QCoreApplication::translate("Goals", "Checked in today. Thank you.");
            } else if (next == day) {
                item.state = DueItem::State::Due;
                item.dueDate = day;
                item.detail = QCoreApplication::translate("Goals", "%1: a short check-in on one of your goals").arg(label(g.frequency));
            } else if (next < day) {
                item.state = DueItem::State::Overdue;
                item.dueDate = next;
                item.detail = QCoreApplication::translate("Goals", "Ready since %1").arg(QLocale().toString(next, QStringLiteral("d MMM")));
            }
            if (item.dueDate.isValid())
                out << item;
        }
        if (g.lookBack.isValid() && g.lookBack <= day) {
            DueItem item;
            item.id = QStringLiteral("lookback-") + g.itemSuffix;
            item.title = QCoreApplication::translate("Goals", "Look back on a goal");
            item.pageId = QStringLiteral("goal");
            item.setEntryId(g.id);
            item.dueDate = g.lookBack;
            item.state = g.lookBack == day ? DueItem::State::Due : DueItem::State::Overdue;
            item.detail = g.lookBack == day ? QCoreApplication::translate("Goals", "The look-back date you chose is today")
                                            : QCoreApplication::translate("Goals", "The look-back date was %1").arg(QLocale().toString(g.lookBack, QStringLiteral("d MMM")));
            out << item;
        }
    }
    return out;
}

QList<Reminder> GoalsBackend::wantedReminders(const QDate& today) const
{
    QList<Reminder> out;
    if (!m_remind)
        return out;
    // The goal's own words (a reminder's title is private: the notification
    // shows it only when the client allowed details), one line, 80 at most.
    const auto titled = [](const QString& text) {
        return text.size() <= 80 ? text : text.left(79) + QChar(0x2026);
    };
    for (const DueGoal& g : m_dueGoals) {
        if (const QDate next = nextCheckin(g); next.isValid()) {
            Reminder r;
            r.id = QStringLiteral("checkin-") + g.itemSuffix;
            r.title = titled(QCoreApplication::translate("Goals", "Check in: %1").arg(g.description));
            r.pageId = QStringLiteral("goal");
            r.entryId = g.id;
            r.startDate = next;
            r.time = m_reminderTime;
            const int days = checkinDays(g.frequency);
            r.repeat = days == 1 ? Reminder::Repeat::Daily : Reminder::Repeat::EveryNDays;
            r.interval = days;
            r.dueItemId = r.id;
            out << r;
        }
        if (g.lookBack.isValid() && g.lookBack >= today) {
            Reminder r;
            r.id = QStringLiteral("lookback-") + g.itemSuffix;
            r.title = titled(QCoreApplication::translate("Goals", "Look back: %1").arg(g.description));
            r.pageId = QStringLiteral("goal");
            r.entryId = g.id;
            r.startDate = g.lookBack;
            r.time = m_reminderTime;
            r.repeat = Reminder::Repeat::Once;
            r.dueItemId = r.id;
            out << r;
        }
    }
    return out;
}

void GoalsBackend::syncReminders()
{
    const Status s = context().reminders().replaceAll(wantedReminders(QDate::currentDate()));
    if (!s.ok()) // the host's message names the field, never a goal's words
        logger().warning(QStringLiteral("could not keep the goal reminders: %1").arg(s.error().toString()));
}

} // namespace tessera::goals
