#include "mbctbackend.h"

#include "mbctcontent.h"
#include "mbctstats.h"

#include <tessera/sdk/journal.h>
#include <tessera/sdk/plugincontext.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace tessera::mbct {

using namespace tessera::sdk;

namespace {

QString day(const QDate& d) { return QLocale().toString(d, QStringLiteral("d MMM yyyy")); }
QString when(const Entry& e) { return QLocale().toString(e.localOccurredAt(), QStringLiteral("ddd d MMM, HH:mm")); }

int roundedMinutes(int seconds) { return std::max(1, static_cast<int>(std::lround(seconds / 60.0))); }

// "one per line" text <-> a JSON array of trimmed, non-empty lines.
QJsonArray lines(const QString& text)
{
    QJsonArray out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString s = line.trimmed();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}
QString text(const QJsonValue& array)
{
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out << v.toString();
    return out.join(QLatin1Char('\n'));
}
int count(const QJsonValue& array) { return static_cast<int>(array.toArray().size()); }

// A length offered for a practice: the course's own length says so.
QString lengthLabel(const Practice& p, int minutes)
{
    if (p.code == QLatin1String("body-scan") && minutes >= 40)
        return QCoreApplication::translate("Mbct", "%1 minutes, as in the course").arg(minutes);
    if (p.code == QLatin1String("body-scan"))
        return QCoreApplication::translate("Mbct", "%1 minutes, a shorter scan").arg(minutes);
    return QCoreApplication::translate("Mbct", "%1 minutes").arg(minutes);
}
} // namespace

MbctBackend::MbctBackend(PluginContext& context, QObject* parent) : ModuleBackend(context, parent)
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
            logger().warning(QStringLiteral("clinic profile settings: reminderTime must be a time of day such as \"09:00\" (HH:mm); using 09:00"));
    }
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &MbctBackend::tick);
    // The log's figures and list after the app's first frame (issue 30); until
    // then practisedOn() asks the journal, and what else its due items need
    // (the course's week, the plan's review date) is read now. Where nothing
    // waits (tessera-cli, the test harness) refresh() has run already.
    watchJournalAfterStart(DueItems::WithoutRefresh);
    if (firstRefreshWaits()) {
        refreshCourse();
        readPlan(QDate::currentDate());
    }
}

QVariantList MbctBackend::practices() const
{
    QVariantList out;
    for (const Practice& p : mbct::practices()) {
        QVariantList phases;
        for (const Phase& ph : p.phases)
            phases << QVariantMap{{QStringLiteral("title"), ph.title}, {QStringLiteral("cue"), ph.cue}};
        QVariantList lengths;
        for (int m : p.lengths)
            lengths << QVariantMap{{QStringLiteral("minutes"), m}, {QStringLiteral("label"), lengthLabel(p, m)}};
        out << QVariantMap{{QStringLiteral("code"), p.code}, {QStringLiteral("title"), p.title},
                           {QStringLiteral("description"), p.description}, {QStringLiteral("minutes"), p.minutes},
                           {QStringLiteral("fixedLength"), p.fixedLength}, {QStringLiteral("phases"), phases},
                           {QStringLiteral("lengths"), lengths}};
    }
    return out;
}

QString MbctBackend::timerState() const
{
    switch (m_timer.state()) {
    case PracticeTimer::State::Idle: return QStringLiteral("idle");
    case PracticeTimer::State::Running: return QStringLiteral("running");
    case PracticeTimer::State::Paused: return QStringLiteral("paused");
    case PracticeTimer::State::Finished: return QStringLiteral("finished");
    }
    return {};
}


bool MbctBackend::startPractice(const QString& code, int minutes)
{
    const Practice* p = practice(code);
    if (!p)
        return report(QCoreApplication::translate("Mbct", "Choose a practice first."));
    if (!p->fixedLength && (minutes < 1 || minutes > 240))
        return report(QCoreApplication::translate("Mbct", "Choose between 1 and 240 minutes."));
    m_timer.start(code, phaseLengths(*p, minutes));
    m_lastState = timerState();
    m_ticker.start();
    report(QString());
    emit timerChanged();
    return true;
}

void MbctBackend::pause()
{
    m_timer.pause();
    emit timerChanged();
}

void MbctBackend::resume()
{
    m_timer.resume();
    emit timerChanged();
}

void MbctBackend::finish()
{
    m_timer.finish();
    tick();
}

void MbctBackend::discard()
{
    m_timer.reset();
    m_ticker.stop();
    m_lastState = timerState();
    emit timerChanged();
}

void MbctBackend::tick()
{
    const QString state = timerState();
    emit timerChanged();
    if (state == QLatin1String("finished") && m_lastState != state) {
        m_ticker.stop();
        emit practiceFinished();
    }
    m_lastState = state;
}

QVariantMap MbctBackend::phase(int index) const
{
    const Practice* p = practice(m_timer.practice());
    if (!p || index < 0 || index >= p->phases.size())
        return {};
    return {{QStringLiteral("title"), p->phases.at(index).title}, {QStringLiteral("cue"), p->phases.at(index).cue}};
}

EntryDraft MbctBackend::practiceDraft(const QJsonObject& payload)
{
    EntryDraft d;
    d.kind = QStringLiteral("practice");
    d.payload = payload;
    const int secs = payload.value(QStringLiteral("seconds")).toInt();
    const int planned = payload.value(QStringLiteral("plannedSeconds")).toInt();
    d.title = QCoreApplication::translate("Mbct", "%1 · %2 min").arg(label(payload.value(QStringLiteral("practice")).toString())).arg(roundedMinutes(secs));
    QStringList parts;
    if (planned > 0 && secs < planned)
        parts << QCoreApplication::translate("Mbct", "stopped after %1 of %2 min").arg(roundedMinutes(secs)).arg(roundedMinutes(planned));
    else
        parts << QCoreApplication::translate("Mbct", "full length");
    if (payload.contains(QStringLiteral("difficulty")))
        parts << QCoreApplication::translate("Mbct", "difficulty %1/10").arg(payload.value(QStringLiteral("difficulty")).toInt());
    QStringList noticed;
    for (const char* k : {"thoughts", "feelings", "body"}) {
        if (!payload.value(QLatin1String(k)).toString().isEmpty())
            noticed << label(QLatin1String(k)).toLower();
    }
    if (!noticed.isEmpty())
        parts << QCoreApplication::translate("Mbct", "noticed: %1").arg(noticed.join(QStringLiteral(", ")));
    d.summary = parts.join(QStringLiteral(" · "));
    return d;
}

EntryDraft MbctBackend::weekDraft(int week, const QString& reflection)
{
    EntryDraft d;
    d.kind = QStringLiteral("week");
    d.payload = QJsonObject{{QStringLiteral("week"), week}};
    if (!reflection.trimmed().isEmpty())
        d.payload.insert(QStringLiteral("reflection"), reflection.trimmed());
    const auto& weeks = mbct::course();
    d.title = QCoreApplication::translate("Mbct", "Course week %1: %2").arg(week).arg(week >= 1 && week <= weeks.size() ? weeks.at(week - 1).title : QString());
    d.summary = reflection.trimmed().isEmpty() ? QCoreApplication::translate("Mbct", "week done") : reflection.trimmed().left(140);
    return d;
}

EntryDraft MbctBackend::planDraft(const QJsonObject& payload)
{
    EntryDraft d;
    d.kind = QStringLiteral("plan");
    d.payload = payload;
    d.title = QCoreApplication::translate("Mbct", "Staying-well plan");
    int signs = 0, actions = 0;
    for (const QString& c : signCategories())
        signs += count(payload.value(QStringLiteral("signs")).toObject().value(c));
    for (const QString& l : levelCodes())
        actions += count(payload.value(QStringLiteral("levels")).toObject().value(l).toObject().value(QStringLiteral("actions")));
    QStringList parts{signs == 1 ? QCoreApplication::translate("Mbct", "1 warning sign") : QCoreApplication::translate("Mbct", "%1 warning signs").arg(signs),
                      actions == 1 ? QCoreApplication::translate("Mbct", "1 action") : QCoreApplication::translate("Mbct", "%1 actions").arg(actions)};
    const QDate review = QDate::fromString(payload.value(QStringLiteral("reviewDate")).toString(), Qt::ISODate);
    if (review.isValid())
        parts << QCoreApplication::translate("Mbct", "review by %1").arg(day(review));
    d.summary = parts.join(QStringLiteral(" · "));
    return d;
}

EntryDraft MbctBackend::activitiesDraft(const QStringList& nourishing, const QStringList& depleting)
{
    EntryDraft d;
    d.kind = QStringLiteral("activities");
    d.payload = QJsonObject{{QStringLiteral("nourishing"), QJsonArray::fromStringList(nourishing)},
                            {QStringLiteral("depleting"), QJsonArray::fromStringList(depleting)}};
    d.title = QCoreApplication::translate("Mbct", "Nourishing and depleting activities");
    d.summary = QCoreApplication::translate("Mbct", "%1 nourishing, %2 depleting").arg(nourishing.size()).arg(depleting.size());
    return d;
}

QString MbctBackend::saveAndReport(const QString& id, const EntryDraft& draft)
{
    auto r = save(id, draft);
    if (!report(r.status()))
        return {};
    return r->id;
}

QString MbctBackend::logPractice(const QString& id, const QVariantMap& form)
{
    QJsonObject p;
    Entry existing;
    if (!id.isEmpty()) {
        auto e = journal().get(id);
        if (!e.ok() || e->shortKind() != QLatin1String("practice")) {
            report(QCoreApplication::translate("Mbct", "This practice is no longer in your journal."));
            return {};
        }
        existing = e.value();
        p = existing.payload;
    } else {
        if (m_timer.state() == PracticeTimer::State::Idle && !form.contains(QStringLiteral("seconds"))) {
            report(QCoreApplication::translate("Mbct", "Start a practice first."));
            return {};
        }
        p.insert(QStringLiteral("practice"), m_timer.practice());
        p.insert(QStringLiteral("seconds"), std::max(1, elapsedSeconds()));
        if (m_timer.plannedMs() > 0)
            p.insert(QStringLiteral("plannedSeconds"), plannedSeconds());
        p.insert(QStringLiteral("completed"), m_timer.remainingMs() <= 0);
    }
    if (form.contains(QStringLiteral("practice")))
        p.insert(QStringLiteral("practice"), form.value(QStringLiteral("practice")).toString());
    if (form.contains(QStringLiteral("seconds")))
        p.insert(QStringLiteral("seconds"), form.value(QStringLiteral("seconds")).toInt());
    for (const char* k : {"thoughts", "feelings", "body", "note"}) {
        const QString v = form.value(QLatin1String(k)).toString().trimmed();
        if (v.isEmpty())
            p.remove(QLatin1String(k));
        else
            p.insert(QLatin1String(k), v);
    }
    const int difficulty = form.value(QStringLiteral("difficulty"), -1).toInt();
    if (difficulty < 0)
        p.remove(QStringLiteral("difficulty"));
    else
        p.insert(QStringLiteral("difficulty"), difficulty);
    if (id.isEmpty() && m_currentWeek <= 8 && m_weeksDone < 8)
        p.insert(QStringLiteral("courseWeek"), m_currentWeek);

    EntryDraft d = practiceDraft(p);
    if (id.isEmpty()) {
        d.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-p.value(QStringLiteral("seconds")).toInt());
    } else {
        // An edit keeps the practice's time (save() does that). A title the
        // client wrote (with tessera-cli, say) stays; only the one this module
        // made from the old payload follows the new one (issue 17).
        if (existing.title.trimmed() != practiceDraft(existing.payload).title)
            d.title = existing.title;
        d.tags = existing.tags;
        d.mood = existing.mood;
    }
    const QString saved = saveAndReport(id, d);
    if (!saved.isEmpty() && id.isEmpty())
        discard(); // the timer is ready for the next practice
    return saved;
}

QVariantMap MbctBackend::loadPractice(const QString& id)
{
    auto e = journal().get(id);
    if (!e.ok() || e->shortKind() != QLatin1String("practice") || e->isDeleted())
        return {};
    QVariantMap m = e->payload.toVariantMap();
    m.insert(QStringLiteral("id"), e->id);
    m.insert(QStringLiteral("title"), e->title);
    m.insert(QStringLiteral("when"), when(e.value()));
    if (!m.contains(QStringLiteral("difficulty")))
        m.insert(QStringLiteral("difficulty"), -1);
    return m;
}

Result<Entry> MbctBackend::latest(const QString& kind) const
{
    EntryQuery q;
    q.kinds = {kind};
    q.limit = 1;
    auto page = journal().query(q);
    if (!page.ok())
        return page.error();
    if (page->entries.isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("none"));
    return page->entries.first();
}

QString MbctBackend::completeWeek(int week, const QString& reflection)
{
    if (week < 1 || week > 8) {
        report(QCoreApplication::translate("Mbct", "The course has weeks 1 to 8."));
        return {};
    }
    QString id;
    for (const QVariant& w : m_course) {
        const QVariantMap m = w.toMap();
        if (m.value(QStringLiteral("week")).toInt() == week)
            id = m.value(QStringLiteral("entryId")).toString();
    }
    return saveAndReport(id, weekDraft(week, reflection));
}

QString MbctBackend::savePlan(const QVariantMap& form)
{
    QJsonObject signs;
    const QVariantMap signForm = form.value(QStringLiteral("signs")).toMap();
    for (const QString& c : signCategories()) {
        const QJsonArray a = lines(signForm.value(c).toString());
        if (!a.isEmpty())
            signs.insert(c, a);
    }
    QJsonObject levels;
    const QVariantMap levelForm = form.value(QStringLiteral("levels")).toMap();
    for (const QString& l : levelCodes()) {
        const QVariantMap one = levelForm.value(l).toMap();
        QJsonObject o;
        if (const QString notice = one.value(QStringLiteral("notice")).toString().trimmed(); !notice.isEmpty())
            o.insert(QStringLiteral("notice"), notice);
        if (const QJsonArray a = lines(one.value(QStringLiteral("actions")).toString()); !a.isEmpty())
            o.insert(QStringLiteral("actions"), a);
        if (!o.isEmpty())
            levels.insert(l, o);
    }
    QJsonArray people;
    static const QRegularExpression dash(QStringLiteral("\\s+[—–-]\\s+"));
    for (const QJsonValue& line : lines(form.value(QStringLiteral("people")).toString())) {
        const QStringList parts = line.toString().split(dash);
        QJsonObject person{{QStringLiteral("name"), parts.first().trimmed()}};
        if (parts.size() > 1)
            person.insert(QStringLiteral("how"), parts.mid(1).join(QStringLiteral(" - ")).trimmed());
        people << person;
    }
    QJsonObject p;
    if (!signs.isEmpty())
        p.insert(QStringLiteral("signs"), signs);
    if (!levels.isEmpty())
        p.insert(QStringLiteral("levels"), levels);
    if (!people.isEmpty())
        p.insert(QStringLiteral("people"), people);
    if (const QString c = form.value(QStringLiteral("clinician")).toString().trimmed(); !c.isEmpty())
        p.insert(QStringLiteral("clinician"), c);
    if (const QString r = form.value(QStringLiteral("reviewDate")).toString().trimmed(); !r.isEmpty())
        p.insert(QStringLiteral("reviewDate"), r);
    return saveAndReport(m_plan.value(QStringLiteral("id")).toString(), planDraft(p));
}

QString MbctBackend::saveActivities(const QString& nourishing, const QString& depleting)
{
    QStringList n, dl;
    for (const QJsonValue& v : lines(nourishing))
        n << v.toString();
    for (const QJsonValue& v : lines(depleting))
        dl << v.toString();
    return saveAndReport(m_activities.value(QStringLiteral("id")).toString(), activitiesDraft(n, dl));
}



QVariantMap MbctBackend::practiceRow(const Entry& e)
{
    // Made from the payload, wherever the entry came from; a title of the
    // client's own (not the one this module writes) is kept in front.
    const EntryDraft made = practiceDraft(e.payload);
    const QString own = e.title.trimmed();
    const QString summary = own.isEmpty() || own == made.title ? made.summary : own + QStringLiteral(" · ") + made.summary;
    return {{QStringLiteral("id"), e.id}, {QStringLiteral("title"), made.title},
            {QStringLiteral("summary"), summary}, {QStringLiteral("when"), when(e)}};
}

void MbctBackend::showOlder()
{
    if (m_recentCursor.isEmpty())
        return;
    EntryQuery q;
    q.kinds = {QStringLiteral("practice")};
    q.limit = kRecentPage;
    q.cursor = m_recentCursor;
    auto page = journal().query(q);
    if (!page.ok()) {
        report(page.error().toString());
        return;
    }
    for (const Entry& e : page->entries)
        m_recent << practiceRow(e);
    m_recentCursor = page->nextCursor;
    emit recentChanged();
}

void MbctBackend::refreshStats(const QDate& today, bool anyPractice)
{
    // Minutes and practices summed by the journal, by day and practice, over
    // the weeks the log shows: the practices themselves are not read (issue 18).
    const QDate first = firstStatsDay(today, kStatsWeeks);
    AggregateQuery a;
    a.kinds = {QStringLiteral("practice")};
    a.from = first.addDays(-1).startOfDay(); // a day early: rows are by each entry's own local day
    a.period = AggregateQuery::Period::Day;
    a.groupBy = QStringLiteral("payload.practice");
    a.value = QStringLiteral("payload.seconds");
    a.limit = 10000;
    QList<DayPractice> days;
    m_practiceDays.clear();
    m_statsFrom = first;
    m_statsTo = today;
    for (const AggregateRow& r : journal().aggregate(a).valueOr({})) {
        days << DayPractice{r.period, r.group, static_cast<int>(r.count), r.sum};
        if (r.count > 0)
            m_practiceDays.insert(r.period);
    }

    const PracticeStats s = practiceStatsByDay(days, today, kStatsWeeks);
    QVariantList weeks, by;
    for (const WeekFigure& w : s.weeks)
        weeks << QVariantMap{{QStringLiteral("label"), QLocale().toString(w.monday, QStringLiteral("d MMM"))},
                             {QStringLiteral("minutes"), w.minutes}, {QStringLiteral("practices"), w.practices}};
    for (const PracticeFigure& f : s.byPractice)
        by << QVariantMap{{QStringLiteral("title"), label(f.code)}, {QStringLiteral("count"), f.count}, {QStringLiteral("minutes"), f.minutes}};
    int most = 0;
    for (const WeekFigure& w : s.weeks)
        most = std::max(most, w.minutes);
    QString encouragement;
    if (!anyPractice)
        encouragement = QCoreApplication::translate("Mbct", "Your practices will show here. A three-minute breathing space is a good first one.");
    else if (s.practicesThisWeek == 0)
        encouragement = QCoreApplication::translate("Mbct", "A new week. One breathing space counts, whenever it fits.");
    else
        encouragement = s.daysLast7 == 1 ? QCoreApplication::translate("Mbct", "You made time for practice on one of the last seven days.")
                                         : QCoreApplication::translate("Mbct", "You made time for practice on %1 of the last seven days.").arg(s.daysLast7);
    m_stats = {{QStringLiteral("minutesThisWeek"), s.minutesThisWeek}, {QStringLiteral("practicesThisWeek"), s.practicesThisWeek},
               {QStringLiteral("daysLast7"), s.daysLast7}, {QStringLiteral("daysInARow"), s.daysInARow},
               {QStringLiteral("weeks"), weeks}, {QStringLiteral("mostMinutes"), most}, {QStringLiteral("byPractice"), by},
               {QStringLiteral("encouragement"), encouragement}};
}

void MbctBackend::refreshCourse()
{
    // Which weeks are marked done: the newest marks, read newest first until
    // all eight weeks are found or kWeekMarks have been read. A client marks a
    // week once, now and then twice: the course's eight weeks fit many times
    // over. (An aggregate over every mark would visit each one: on a journal
    // of 1,000,000 entries that cost about 70 ms at start.)
    QHash<int, Entry> done;
    EntryQuery wq;
    wq.kinds = {QStringLiteral("week")};
    wq.limit = 25;
    for (int read = 0; done.size() < 8 && read < kWeekMarks;) {
        auto page = journal().query(wq);
        if (!page.ok())
            break;
        for (const Entry& e : page->entries) {
            const int w = e.payload.value(QStringLiteral("week")).toInt();
            if (w >= 1 && w <= 8 && !done.contains(w))
                done.insert(w, e); // newest first: the latest mark wins
        }
        read += static_cast<int>(page->entries.size());
        if (page->nextCursor.isEmpty())
            break;
        wq.cursor = page->nextCursor;
    }
    QSet<int> marked;
    for (auto it = done.cbegin(); it != done.cend(); ++it)
        marked.insert(it.key());
    m_course.clear();
    m_weeksDone = static_cast<int>(marked.size());
    m_currentWeek = 9;
    for (const CourseWeek& w : mbct::course()) {
        if (!marked.contains(w.week) && m_currentWeek == 9)
            m_currentWeek = w.week;
    }
    for (const CourseWeek& w : mbct::course()) {
        const Entry e = done.value(w.week);
        const bool isDone = marked.contains(w.week);
        m_course << QVariantMap{{QStringLiteral("week"), w.week}, {QStringLiteral("title"), w.title},
                                {QStringLiteral("theme"), w.theme}, {QStringLiteral("homePractice"), w.homePractice},
                                {QStringLiteral("done"), isDone},
                                {QStringLiteral("doneOn"), isDone && !e.id.isEmpty() ? day(e.localOccurredAt().date()) : QString()},
                                {QStringLiteral("reflection"), e.payload.value(QStringLiteral("reflection")).toString()},
                                {QStringLiteral("entryId"), e.id}, {QStringLiteral("current"), w.week == m_currentWeek}};
    }
}

void MbctBackend::refresh()
{
    const QDate today = QDate::currentDate();
    // The newest practices, as many as the log shows (a page, or the pages the
    // client asked for with Show older), never the whole log (issue 18).
    EntryQuery q;
    q.kinds = {QStringLiteral("practice")};
    q.limit = std::clamp(static_cast<int>(m_recent.size()), kRecentPage, 1000);
    const auto page = journal().query(q);
    m_recent.clear();
    m_recentCursor.clear();
    if (page.ok()) {
        for (const Entry& e : page->entries)
            m_recent << practiceRow(e);
        m_recentCursor = page->nextCursor;
    }
    refreshStats(today, !m_recent.isEmpty());
    refreshCourse();

    readPlan(today);
    m_activities = {{QStringLiteral("id"), QString()}, {QStringLiteral("nourishing"), QString()},
                    {QStringLiteral("depleting"), QString()}, {QStringLiteral("nourishingCount"), 0},
                    {QStringLiteral("depletingCount"), 0}};
    if (auto a = latest(QStringLiteral("activities")); a.ok()) {
        m_activities = {{QStringLiteral("id"), a->id},
                        {QStringLiteral("nourishing"), text(a->payload.value(QStringLiteral("nourishing")))},
                        {QStringLiteral("depleting"), text(a->payload.value(QStringLiteral("depleting")))},
                        {QStringLiteral("nourishingCount"), count(a->payload.value(QStringLiteral("nourishing")))},
                        {QStringLiteral("depletingCount"), count(a->payload.value(QStringLiteral("depleting")))}};
    }
    syncReminders();
    emit recentChanged();
    emit dataChanged();
}

void MbctBackend::readPlan(const QDate& today)
{
    m_plan = {{QStringLiteral("exists"), false}, {QStringLiteral("id"), QString()}};
    m_planId.clear();
    m_reviewDate = {};
    m_planSaved = {};
    if (auto plan = latest(QStringLiteral("plan")); plan.ok()) {
        const QJsonObject p = plan->payload;
        m_planId = plan->id;
        m_reviewDate = QDate::fromString(p.value(QStringLiteral("reviewDate")).toString(), Qt::ISODate);
        m_planSaved = plan->updatedAt.toLocalTime().date();
        QVariantMap signs, levels;
        for (const QString& c : signCategories())
            signs.insert(c, text(p.value(QStringLiteral("signs")).toObject().value(c)));
        for (const QString& l : levelCodes()) {
            const QJsonObject one = p.value(QStringLiteral("levels")).toObject().value(l).toObject();
            levels.insert(l, QVariantMap{{QStringLiteral("notice"), one.value(QStringLiteral("notice")).toString()},
                                         {QStringLiteral("actions"), text(one.value(QStringLiteral("actions")))},
                                         {QStringLiteral("actionList"), one.value(QStringLiteral("actions")).toArray().toVariantList()}});
        }
        QStringList people;
        for (const QJsonValue& v : p.value(QStringLiteral("people")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString how = o.value(QStringLiteral("how")).toString();
            people << (how.isEmpty() ? o.value(QStringLiteral("name")).toString()
                                     : o.value(QStringLiteral("name")).toString() + QStringLiteral(" — ") + how);
        }
        const QDate review = QDate::fromString(p.value(QStringLiteral("reviewDate")).toString(), Qt::ISODate);
        m_plan = {{QStringLiteral("exists"), true}, {QStringLiteral("id"), plan->id}, {QStringLiteral("signs"), signs},
                  {QStringLiteral("levels"), levels}, {QStringLiteral("people"), people.join(QLatin1Char('\n'))},
                  {QStringLiteral("clinician"), p.value(QStringLiteral("clinician")).toString()},
                  {QStringLiteral("reviewDate"), p.value(QStringLiteral("reviewDate")).toString()},
                  {QStringLiteral("reviewDue"), review.isValid() && review <= today},
                  {QStringLiteral("reviewLabel"), review.isValid() ? day(review) : QString()},
                  {QStringLiteral("updated"), day(plan->updatedAt.toLocalTime().date())}};
    }
    // The red zone starts with two actions until the client writes their own
    // there: suggestions in the form, saved (and editable) like any other.
    QVariantMap levels = m_plan.value(QStringLiteral("levels")).toMap();
    for (const QString& l : levelCodes()) {
        QVariantMap one = levels.value(l).toMap();
        const bool suggest = l == QLatin1String("red") && one.value(QStringLiteral("actions")).toString().trimmed().isEmpty();
        if (suggest) {
            const QStringList defaults = redZoneDefaults();
            one.insert(QStringLiteral("actions"), defaults.join(QLatin1Char('\n')));
            one.insert(QStringLiteral("actionList"), defaults);
        }
        one.insert(QStringLiteral("suggested"), suggest);
        for (const char* key : {"notice", "actions"})
            if (!one.contains(QLatin1String(key)))
                one.insert(QLatin1String(key), QString());
        levels.insert(l, one);
    }
    m_plan.insert(QStringLiteral("levels"), levels);
}

bool MbctBackend::practisedOn(const QDate& day) const
{
    if (m_statsFrom.isValid() && day >= m_statsFrom && day <= m_statsTo)
        return m_practiceDays.contains(day);
    EntryQuery q;
    q.kinds = {QStringLiteral("practice")};
    q.from = day.startOfDay();
    q.to = day.addDays(1).startOfDay();
    return journal().count(q).valueOr(0) > 0;
}

QList<DueItem> MbctBackend::dueItems(const QDate& day) const
{
    QList<DueItem> out;
    DueItem practice;
    practice.id = QStringLiteral("practice");
    practice.dueDate = day;
    practice.pageId = QStringLiteral("practice");
    const bool inCourse = m_weeksDone < 8 && m_currentWeek >= 1 && m_currentWeek <= 8;
    practice.title = inCourse ? QCoreApplication::translate("Mbct", "Home practice, week %1").arg(m_currentWeek) : QCoreApplication::translate("Mbct", "Mindfulness practice");
    if (practisedOn(day)) {
        practice.state = DueItem::State::Done;
        practice.detail = QCoreApplication::translate("Mbct", "Practised today. Thank you for making the time.");
    } else {
        practice.state = DueItem::State::Due;
        const QStringList home = inCourse ? mbct::course().at(m_currentWeek - 1).homePractice : QStringList{};
        practice.detail = !home.isEmpty() ? home.first().left(120) : QCoreApplication::translate("Mbct", "A three-minute breathing space counts too.");
    }
    out << practice;
    // The plan's review: due on its date, still there after it until the
    // plan is saved on or after that date (done on the day it is saved).
    if (m_reviewDate.isValid() && m_reviewDate <= day) {
        const bool reviewed = m_planSaved.isValid() && m_planSaved >= m_reviewDate;
        if (!reviewed || m_planSaved == day) {
            DueItem review;
            review.id = QStringLiteral("plan-review");
            review.title = QCoreApplication::translate("Mbct", "Look over your staying-well plan");
            review.dueDate = m_reviewDate;
            review.pageId = QStringLiteral("plan");
            review.setEntryId(m_planId);
            if (reviewed) {
                review.state = DueItem::State::Done;
                review.detail = QCoreApplication::translate("Mbct", "Looked over today.");
            } else if (m_reviewDate == day) {
                review.state = DueItem::State::Due;
                review.detail = QCoreApplication::translate("Mbct", "Your review date is today.");
            } else {
                review.state = DueItem::State::Overdue;
                review.detail = QCoreApplication::translate("Mbct", "Your review date was %1.").arg(mbct::day(m_reviewDate));
            }
            out << review;
        }
    }
    return out;
}

QList<Reminder> MbctBackend::wantedReminders(const QDate& today, const QList<Reminder>& scheduled) const
{
    QList<Reminder> out;
    if (!m_remind)
        return out;
    Reminder practice;
    practice.id = QStringLiteral("practice");
    practice.title = QCoreApplication::translate("Mbct", "Mindfulness practice");
    practice.pageId = QStringLiteral("practice");
    practice.time = m_reminderTime;
    practice.repeat = Reminder::Repeat::Daily;
    practice.dueItemId = QStringLiteral("practice"); // not on a day already practised
    // Daily from the day it was first scheduled: kept across starts.
    practice.startDate = today;
    for (const Reminder& old : scheduled) {
        if (old.id == practice.id && old.startDate.isValid() && old.startDate <= today)
            practice.startDate = old.startDate;
    }
    out << practice;
    const bool reviewed = m_planSaved.isValid() && m_reviewDate.isValid() && m_planSaved >= m_reviewDate;
    if (m_reviewDate.isValid() && m_reviewDate >= today && !reviewed) { // a date gone by has had its day
        Reminder review;
        review.id = QStringLiteral("plan-review");
        review.title = QCoreApplication::translate("Mbct", "Look over your staying-well plan");
        review.pageId = QStringLiteral("plan");
        review.entryId = m_planId;
        review.startDate = m_reviewDate;
        review.time = m_reminderTime;
        review.repeat = Reminder::Repeat::Once;
        review.dueItemId = QStringLiteral("plan-review");
        out << review;
    }
    return out;
}

void MbctBackend::syncReminders()
{
    QList<Reminder> scheduled;
    if (auto now = context().reminders().list(); now.ok())
        scheduled = now.value();
    const Status s = context().reminders().replaceAll(wantedReminders(QDate::currentDate(), scheduled));
    if (!s.ok()) // the host's message names the field, never a title
        logger().warning(QStringLiteral("could not keep the practice reminders: %1").arg(s.error().toString()));
}

} // namespace tessera::mbct
