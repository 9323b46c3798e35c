#include "sessionsbackend.h"

#include "supporterspdf.h"

#include <tessera/sdk/journal.h>
#include <tessera/sdk/marks.h>
#include <tessera/sdk/safety.h>
#include <tessera/sdk/plugincontext.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace tessera::sessions {

using namespace tessera::sdk;

namespace {
QString t(const char* text) { return QCoreApplication::translate("Sessions", text); }

const QString kSession = QStringLiteral("session");
const QString kPrep = QStringLiteral("prep");
const QString kSupporters = QStringLiteral("supporters");
const QString kSafetyPlan = QStringLiteral("tessera/safety-plan");

QString str(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); }

QString dayLabel(const QDate& d) { return QLocale().toString(d, QStringLiteral("ddd d MMM yyyy")); }

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces).left(8); }

// Kinds homework can count, and the bundled module page that makes one (a
// homework item's "Open"); other modules' kinds count without a page.
const QList<std::pair<QString, QString>>& countableKinds()
{
    static const QList<std::pair<QString, QString>> kinds{
        {QStringLiteral("cbt/thought-record"), QStringLiteral("cbt/record")},
        {QStringLiteral("behavioral-activation/activity"), QStringLiteral("behavioral-activation/log")},
        {QStringLiteral("mbct/practice"), QStringLiteral("mbct/practice")},
        {QStringLiteral("journal/checkin"), QStringLiteral("journal/checkin")},
        {QStringLiteral("journal/entry"), QStringLiteral("journal/write")},
        {QStringLiteral("goals/checkin"), QStringLiteral("goals/overview")}};
    return kinds;
}
QString pageFor(const QString& kind)
{
    for (const auto& [k, page] : countableKinds()) {
        if (k == kind)
            return page;
    }
    return {};
}

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray()) {
        if (x.isString() && !x.toString().trimmed().isEmpty())
            out << x.toString();
    }
    return out;
}

// "Tue 1 Dec 2026, 14:00", or without the time when there is none.
QString whenLabel(const QDate& date, const QString& time)
{
    return time.isEmpty() ? dayLabel(date) : dayLabel(date) + QStringLiteral(", ") + time;
}

// Why a next session's date ("YYYY-MM-DD") and time ("HH:mm" or "") cannot
// be used, in plain words; "" when they can (both empty too).
QString nextSessionProblem(const QString& date, const QString& time)
{
    if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid())
        return QCoreApplication::translate("Sessions", "Write the next session's date as YYYY-MM-DD.");
    if (time.isEmpty())
        return {};
    if (!QTime::fromString(time, QStringLiteral("HH:mm")).isValid())
        return QCoreApplication::translate("Sessions", "Write the next session's time as HH:mm, for example 14:30.");
    if (date.isEmpty())
        return QCoreApplication::translate("Sessions", "Write the next session's date too.");
    return {};
}
} // namespace

QStringList SessionsBackend::countableKindNames()
{
    QStringList out;
    for (const auto& [kind, page] : countableKinds())
        out << kind;
    return out;
}

QStringList SessionsBackend::types()
{
    return {QStringLiteral("individual"), QStringLiteral("family"), QStringLiteral("couple"), QStringLiteral("group"),
            QStringLiteral("medication-review")};
}

QStringList SessionsBackend::roles()
{
    return {QStringLiteral("therapist"), QStringLiteral("psychiatrist"), QStringLiteral("doctor"), QStringLiteral("nurse"),
            QStringLiteral("partner"), QStringLiteral("parent"), QStringLiteral("child"), QStringLiteral("sibling"),
            QStringLiteral("friend"), QStringLiteral("group-members"), QStringLiteral("group-leader")};
}

QString SessionsBackend::typeLabel(const QString& type)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("individual"), QT_TRANSLATE_NOOP("Sessions", "Individual session")}, {QStringLiteral("family"), QT_TRANSLATE_NOOP("Sessions", "Family session")},
        {QStringLiteral("couple"), QT_TRANSLATE_NOOP("Sessions", "Couple session")}, {QStringLiteral("group"), QT_TRANSLATE_NOOP("Sessions", "Group session")},
        {QStringLiteral("medication-review"), QT_TRANSLATE_NOOP("Sessions", "Medication review")}};
    auto it = labels.constFind(type);
    return it == labels.constEnd() ? type : t(*it);
}

QString SessionsBackend::roleLabel(const QString& role)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("therapist"), QT_TRANSLATE_NOOP("Sessions", "my therapist")}, {QStringLiteral("psychiatrist"), QT_TRANSLATE_NOOP("Sessions", "my psychiatrist")},
        {QStringLiteral("doctor"), QT_TRANSLATE_NOOP("Sessions", "my doctor")}, {QStringLiteral("nurse"), QT_TRANSLATE_NOOP("Sessions", "a nurse")},
        {QStringLiteral("partner"), QT_TRANSLATE_NOOP("Sessions", "my partner")}, {QStringLiteral("parent"), QT_TRANSLATE_NOOP("Sessions", "a parent")},
        {QStringLiteral("child"), QT_TRANSLATE_NOOP("Sessions", "my child")}, {QStringLiteral("sibling"), QT_TRANSLATE_NOOP("Sessions", "a brother or sister")},
        {QStringLiteral("friend"), QT_TRANSLATE_NOOP("Sessions", "a friend")}, {QStringLiteral("group-members"), QT_TRANSLATE_NOOP("Sessions", "group members")},
        {QStringLiteral("group-leader"), QT_TRANSLATE_NOOP("Sessions", "the group's leader")}};
    auto it = labels.constFind(role);
    return it == labels.constEnd() ? role : t(*it); // a role the client typed stays as typed
}

SessionsBackend::SessionsBackend(PluginContext& context, QObject* parent) : ModuleBackend(context, parent)
{
    // From the clinic profile: "reminders" true/false, "timeZone" (the
    // clinic's IANA zone, for session times fixed in one place).
    const QJsonObject settings = context.settings();
    const QJsonValue on = settings.value(QStringLiteral("reminders"));
    if (on.isBool())
        m_remind = on.toBool();
    else if (!on.isUndefined() && !on.isNull())
        logger().warning(QStringLiteral("clinic profile settings: reminders must be true or false; using true"));
    const QJsonValue zone = settings.value(QStringLiteral("timeZone"));
    if (zone.isString() && QTimeZone(zone.toString().toUtf8()).isValid())
        m_timeZone = zone.toString();
    else if (!zone.isUndefined() && !zone.isNull())
        logger().warning(QStringLiteral("clinic profile settings: timeZone must be an IANA time zone such as \"Europe/London\"; using the client's own"));
    // Issue 30: the first refresh (the sessions' list, their homework, the
    // reminder) waits for the app's first frame; what Today asks for now,
    // the next session's date, is read here: the newest notes and the open
    // list, one entry each. Where nothing waits it has run already.
    watchJournalAfterStart(DueItems::WithoutRefresh);
    if (firstRefreshWaits())
        readNextSession();
}

void SessionsBackend::readNextSession()
{
    EntryQuery q;
    q.kinds = {kSession};
    q.limit = 1;
    auto page = journal().query(q);
    if (!page.ok()) {
        logger().warning(QStringLiteral("could not read the sessions: %1").arg(page.error().toString()));
        return;
    }
    const auto prep = openPrep();
    setNext(prep && prep->payload.contains(QStringLiteral("nextDate")) ? prep->payload
            : page->entries.isEmpty()                                  ? QJsonObject{}
                                                                       : page->entries.first().payload);
}

void SessionsBackend::setNext(const QJsonObject& when)
{
    m_nextAt.reset();
    m_nextHasTime = false;
    const QDate date = QDate::fromString(str(when, "nextDate"), Qt::ISODate);
    const QTime time = QTime::fromString(str(when, "nextTime"), QStringLiteral("HH:mm"));
    if (!date.isValid() || date < QDate::currentDate())
        return;
    const QTime at = time.isValid() ? time : QTime(0, 0);
    m_nextAt = m_timeZone.isEmpty() ? QDateTime(date, at) : QDateTime(date, at, QTimeZone(m_timeZone.toUtf8()));
    m_nextDate = date;
    m_nextHasTime = time.isValid();
}

QVariantList SessionsBackend::typeOptions() const
{
    QVariantList out;
    for (const QString& c : types())
        out << QVariantMap{{QStringLiteral("code"), c}, {QStringLiteral("label"), typeLabel(c)}};
    return out;
}

QVariantList SessionsBackend::roleOptions() const
{
    QVariantList out;
    for (const QString& c : roles())
        out << QVariantMap{{QStringLiteral("code"), c}, {QStringLiteral("label"), roleLabel(c)}};
    return out;
}

const std::optional<KindInfo>& SessionsBackend::kindInfoOf(const QString& kind) const
{
    auto it = m_kinds.constFind(kind);
    if (it == m_kinds.constEnd()) {
        auto info = journal().kindInfo(kind);
        it = m_kinds.insert(kind, info.ok() ? std::optional<KindInfo>(*info) : std::nullopt);
    }
    return *it;
}

QString SessionsBackend::kindTitle(const QString& kind) const
{
    // "" for a kind the module may not ask about (a marked entry of another module's).
    const auto& info = kindInfoOf(kind);
    return info && !info->title.trimmed().isEmpty() ? info->title : QString();
}

QVariantList SessionsBackend::homeworkKinds() const
{
    QVariantList out;
    for (const auto& [kind, page] : countableKinds()) {
        if (!kindInfoOf(kind))
            continue; // its module is not installed
        out << QVariantMap{{QStringLiteral("kind"), kind}, {QStringLiteral("title"), kindTitle(kind)}};
    }
    return out;
}

std::optional<Entry> SessionsBackend::openPrep() const
{
    EntryQuery q;
    q.kinds = {kPrep};
    q.limit = 1;
    auto page = journal().query(q);
    if (!page.ok() || page->entries.isEmpty())
        return std::nullopt;
    const Entry& e = page->entries.first();
    if (e.payload.value(QStringLiteral("closed")).toBool())
        return std::nullopt;
    return e;
}

bool SessionsBackend::savePrep(const std::optional<Entry>& open, const QJsonObject& payload)
{
    EntryDraft d;
    d.kind = kPrep;
    d.title = QCoreApplication::translate("Sessions", "For my next session");
    const int n = int(payload.value(QStringLiteral("items")).toArray().size());
    d.summary = n == 0 ? QString() : QCoreApplication::translate("Sessions", "%n things to bring", "", n);
    d.payload = payload;
    return report(save(open ? open->id : QString(), d).status());
}

bool SessionsBackend::addItem(const QString& text)
{
    const QString item = text.trimmed();
    if (item.isEmpty())
        return report(QCoreApplication::translate("Sessions", "Write what you want to bring first."));
    const auto open = openPrep();
    QJsonObject p = open ? open->payload : QJsonObject{};
    QJsonArray items = p.value(QStringLiteral("items")).toArray();
    items.append(QJsonObject{{QStringLiteral("id"), newId()}, {QStringLiteral("text"), item}});
    p.insert(QStringLiteral("items"), items);
    offerSupportIfRisk({item});
    return savePrep(open, p);
}

bool SessionsBackend::removeItem(const QString& itemId)
{
    const auto open = openPrep();
    if (!open)
        return report(Status{});
    QJsonObject p = open->payload;
    QJsonArray items;
    for (const QJsonValue& v : p.value(QStringLiteral("items")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() != itemId)
            items << v;
    }
    p.insert(QStringLiteral("items"), items);
    return savePrep(open, p);
}

bool SessionsBackend::saveReflection(const QString& wentWell, const QString& hard)
{
    const auto open = openPrep();
    QJsonObject p = open ? open->payload : QJsonObject{};
    const auto set = [&p](const char* key, const QString& v) {
        if (v.trimmed().isEmpty())
            p.remove(QLatin1String(key));
        else
            p.insert(QLatin1String(key), v.trimmed());
    };
    set("wentWell", wentWell);
    set("hard", hard);
    offerSupportIfRisk({hard, wentWell});
    return savePrep(open, p);
}

bool SessionsBackend::unmark(const QString& entryId)
{
    return report(context().marks().unmark(entryId));
}

EntryDraft SessionsBackend::sessionDraft(const QJsonObject& payload, const QDateTime& when)
{
    EntryDraft d;
    d.kind = kSession;
    d.occurredAt = when;
    // The offset at the session's own date (a session across a clock change
    // keeps its local time, and an edit does not move it).
    d.utcOffsetSeconds = when.offsetFromUtc();
    d.title = typeLabel(str(payload, "type"));
    QStringList parts;
    QStringList with;
    for (const QString& r : stringList(payload.value(QStringLiteral("with"))))
        with << roleLabel(r);
    if (!with.isEmpty())
        parts << QCoreApplication::translate("Sessions", "With %1").arg(QLocale().createSeparatedList(with));
    const int homework = int(payload.value(QStringLiteral("homework")).toArray().size());
    if (homework > 0)
        parts << QCoreApplication::translate("Sessions", "%n things to try before next time", "", homework);
    d.summary = parts.join(QStringLiteral(" · "));
    d.payload = payload;
    return d;
}

QString SessionsBackend::saveSession(const QString& id, const QVariantMap& form)
{
    const QJsonObject in = QJsonObject::fromVariantMap(form);
    const QDate date = QDate::fromString(str(in, "date").trimmed(), Qt::ISODate);
    if (!date.isValid()) {
        report(QCoreApplication::translate("Sessions", "Write the session's date as YYYY-MM-DD."));
        return {};
    }
    QTime time(12, 0);
    if (const QString tm = str(in, "time").trimmed(); !tm.isEmpty()) {
        time = QTime::fromString(tm, QStringLiteral("HH:mm"));
        if (!time.isValid()) {
            report(QCoreApplication::translate("Sessions", "Write the session's time as HH:mm, for example 14:30."));
            return {};
        }
    }
    if (const QString problem = nextSessionProblem(str(in, "nextDate").trimmed(), str(in, "nextTime").trimmed()); !problem.isEmpty()) {
        report(problem);
        return {};
    }
    QJsonObject p{{QStringLiteral("type"), str(in, "type")}};
    QStringList with;
    for (const QString& r : stringList(in.value(QStringLiteral("with")))) {
        // "my support worker, my aunt": the client's own roles, one by one.
        for (const QString& part : r.split(QLatin1Char(','))) {
            if (!part.trimmed().isEmpty() && !with.contains(part.trimmed()))
                with << part.trimmed();
        }
    }
    if (with.size() > kMaxRoles) {
        report(QCoreApplication::translate("Sessions", "Choose at most %1 people for one session.").arg(kMaxRoles));
        return {};
    }
    if (!with.isEmpty())
        p.insert(QStringLiteral("with"), QJsonArray::fromStringList(with));
    QStringList texts; // what the client wrote, looked at for signs of risk
    for (const char* k : {"talked", "remember", "themes", "helped", "toTry", "nextDate", "nextTime"}) {
        const QString v = str(in, k).trimmed();
        if (!v.isEmpty())
            p.insert(QLatin1String(k), v);
        texts << v;
    }
    QJsonArray homework;
    const QJsonArray rows = in.value(QStringLiteral("homework")).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject h = rows.at(i).toObject();
        if (str(h, "text").trimmed().isEmpty())
            continue;
        QJsonObject item{{QStringLiteral("id"), str(h, "id").isEmpty() ? newId() : str(h, "id")},
                         {QStringLiteral("text"), str(h, "text").trimmed()}};
        if (const QString kind = str(h, "kind"); !kind.isEmpty()) {
            item.insert(QStringLiteral("kind"), kind);
            const int target = h.value(QStringLiteral("target")).toVariant().toInt();
            item.insert(QStringLiteral("target"), target > 0 ? target : 1);
            if (const QString page = pageFor(kind); !page.isEmpty())
                item.insert(QStringLiteral("page"), page);
        }
        if (h.value(QStringLiteral("done")).toBool())
            item.insert(QStringLiteral("done"), true);
        homework << item;
        texts << str(h, "text");
    }
    if (!homework.isEmpty())
        p.insert(QStringLiteral("homework"), homework);

    // A new session closes the list made for it: its items go into the
    // notes, the entries brought lose their mark.
    std::optional<Entry> prep;
    QList<Entry> brought;
    const bool close = id.isEmpty() && in.value(QStringLiteral("closeList")).toBool();
    if (close) {
        prep = openPrep();
        if (prep) {
            QStringList agenda;
            for (const QJsonValue& v : prep->payload.value(QStringLiteral("items")).toArray())
                agenda << v.toObject().value(QStringLiteral("text")).toString();
            if (!agenda.isEmpty())
                p.insert(QStringLiteral("agenda"), QJsonArray::fromStringList(agenda));
        }
        brought = context().marks().marked().valueOr({});
        if (!brought.isEmpty())
            p.insert(QStringLiteral("brought"), int(brought.size()));
    } else if (!id.isEmpty()) {
        // An edit keeps what the list gave the session.
        if (auto old = journal().get(id); old.ok()) {
            for (const char* k : {"agenda", "brought"}) {
                if (old->payload.contains(QLatin1String(k)))
                    p.insert(QLatin1String(k), old->payload.value(QLatin1String(k)));
            }
        }
    }

    EntryDraft d = sessionDraft(p, QDateTime(date, time));
    auto saved = save(id, d);
    if (!report(saved.status()))
        return {};
    if (close) {
        if (prep) {
            EntryDraft done = EntryDraft::fromEntry(*prep);
            done.payload.insert(QStringLiteral("closed"), true);
            done.summary = QCoreApplication::translate("Sessions", "Brought to the session on %1").arg(dayLabel(date));
            if (auto s = journal().update(prep->id, done); !s.ok())
                logger().warning(QStringLiteral("could not close the list for the next session: %1").arg(s.error().toString()));
        }
        for (const Entry& e : brought) {
            if (auto s = context().marks().unmark(e.id); !s.ok())
                logger().warning(QStringLiteral("could not take a mark off: %1").arg(s.error().toString()));
        }
    }
    offerSupportIfRisk(texts);
    return saved->id;
}

bool SessionsBackend::setHomeworkDone(const QString& sessionId, const QString& itemId, bool done)
{
    auto e = journal().get(sessionId);
    if (!report(e.status()))
        return false;
    EntryDraft d = EntryDraft::fromEntry(*e);
    QJsonArray homework = d.payload.value(QStringLiteral("homework")).toArray();
    bool found = false;
    for (qsizetype i = 0; i < homework.size(); ++i) {
        QJsonObject h = homework.at(i).toObject();
        if (str(h, "id") != itemId)
            continue;
        found = true;
        if (done)
            h.insert(QStringLiteral("done"), true);
        else
            h.remove(QStringLiteral("done"));
        homework.replace(i, h);
    }
    if (!found)
        return report(QCoreApplication::translate("Sessions", "That homework is no longer in the session's notes."));
    d.payload.insert(QStringLiteral("homework"), homework);
    return report(journal().update(sessionId, d).status());
}

QVariantList SessionsBackend::homeworkOf(const Entry& session, const QDateTime& until) const
{
    QVariantList out;
    for (const QJsonValue& v : session.payload.value(QStringLiteral("homework")).toArray()) {
        const QJsonObject h = v.toObject();
        const QString kind = str(h, "kind");
        const int target = std::max(1, h.value(QStringLiteral("target")).toInt(1));
        QVariantMap m{{QStringLiteral("id"), str(h, "id")}, {QStringLiteral("text"), str(h, "text")},
                      {QStringLiteral("kind"), kind}, {QStringLiteral("page"), QString()},
                      {QStringLiteral("target"), kind.isEmpty() ? 0 : target}, {QStringLiteral("count"), 0},
                      {QStringLiteral("canCount"), false}, {QStringLiteral("ticked"), h.value(QStringLiteral("done")).toBool()}};
        bool done = h.value(QStringLiteral("done")).toBool();
        QString progress;
        if (!kind.isEmpty()) {
            QString title = kindTitle(kind);
            if (title.isEmpty())
                title = kind;
            m.insert(QStringLiteral("kindTitle"), title);
            const auto& info = kindInfoOf(kind);
            if (info && info->loaded)
                m.insert(QStringLiteral("page"), str(h, "page"));
            // From the session to the next one, and at most kHomeworkDays.
            QDateTime end = session.occurredAt.addDays(kHomeworkDays);
            if (until.isValid() && until < end)
                end = until;
            EntryQuery q;
            q.kinds = {kind};
            q.from = session.occurredAt;
            q.to = end;
            q.withPayload = false;
            // A kind the client has not allowed (yet) looks empty to a module: it counts 0.
            auto n = journal().count(q);
            if (n.ok()) {
                m.insert(QStringLiteral("canCount"), true);
                m.insert(QStringLiteral("count"), int(*n));
                done = done || *n >= target;
                //: "2 of 3 since the session (Thought record)"
                progress = QCoreApplication::translate("Sessions", "%1 of %2 since the session (%3)").arg(*n).arg(target).arg(title);
                if (*n == 0)
                    m.insert(QStringLiteral("hint"), QCoreApplication::translate("Sessions", "Only entries Sessions may read are counted: see Modules."));
            } else {
                progress = QCoreApplication::translate("Sessions", "Tessera cannot count your entries (%1) just now.").arg(title);
            }
        }
        m.insert(QStringLiteral("done"), done);
        m.insert(QStringLiteral("progressLabel"), progress);
        out << m;
    }
    return out;
}

QVariantMap SessionsBackend::sessionMap(const Entry& e, const QDateTime& until) const
{
    const QJsonObject& p = e.payload;
    const QDateTime at = e.localOccurredAt();
    QStringList with = stringList(p.value(QStringLiteral("with")));
    QStringList withLabels;
    for (const QString& r : with)
        withLabels << roleLabel(r);
    const QVariantList homework = homeworkOf(e, until);
    const int done = int(std::count_if(homework.cbegin(), homework.cend(),
                                       [](const QVariant& h) { return h.toMap().value(QStringLiteral("done")).toBool(); }));
    const QDate nextDate = QDate::fromString(str(p, "nextDate"), Qt::ISODate);
    const QString nextLabel = nextDate.isValid() ? whenLabel(nextDate, str(p, "nextTime")) : QString();
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("date"), at.date().toString(Qt::ISODate)},
            {QStringLiteral("time"), at.time().toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("whenLabel"), dayLabel(at.date())},
            {QStringLiteral("type"), str(p, "type")},
            {QStringLiteral("typeLabel"), typeLabel(str(p, "type"))},
            {QStringLiteral("with"), with},
            {QStringLiteral("withLabel"), QLocale().createSeparatedList(withLabels)},
            {QStringLiteral("talked"), str(p, "talked")},
            {QStringLiteral("remember"), str(p, "remember")},
            {QStringLiteral("themes"), str(p, "themes")},
            {QStringLiteral("helped"), str(p, "helped")},
            {QStringLiteral("toTry"), str(p, "toTry")},
            {QStringLiteral("agenda"), stringList(p.value(QStringLiteral("agenda")))},
            {QStringLiteral("brought"), p.value(QStringLiteral("brought")).toInt()},
            {QStringLiteral("homework"), homework},
            {QStringLiteral("homeworkSet"), int(homework.size())},
            {QStringLiteral("homeworkDone"), done},
            {QStringLiteral("nextDate"), str(p, "nextDate")},
            {QStringLiteral("nextTime"), str(p, "nextTime")},
            {QStringLiteral("nextLabel"), nextLabel}};
}

QVariantMap SessionsBackend::loadSession(const QString& id) const
{
    auto e = journal().get(id);
    if (!e.ok() || e->shortKind() != kSession)
        return {};
    // Homework counts up to the session after it, or now.
    EntryQuery q;
    q.kinds = {kSession};
    q.from = e->occurredAt.addSecs(1);
    q.oldestFirst = true;
    q.limit = 1;
    q.withPayload = false;
    auto after = journal().query(q);
    const QDateTime until = after.ok() && !after->entries.isEmpty() ? after->entries.first().occurredAt : QDateTime();
    return sessionMap(*e, until);
}

void SessionsBackend::showMoreSessions()
{
    m_limit = std::min(m_limit + kSessionPage, 990); // a query reads at most 1,000
    refresh();
}

void SessionsBackend::refresh()
{
    m_kinds.clear(); // modules may have come or gone
    EntryQuery q;
    q.kinds = {kSession};
    q.limit = m_limit + 1;
    auto page = journal().query(q);
    if (!page.ok()) {
        // Keep what the pages show and the reminder: a read that failed is not "no sessions".
        logger().warning(QStringLiteral("could not read the sessions: %1").arg(page.error().toString()));
        return;
    }
    QList<Entry> sessions = page->entries;
    m_hasMore = sessions.size() > m_limit;
    if (m_hasMore)
        sessions.removeLast();
    m_sessions.clear();
    QDateTime until; // the newest session counts everything after it
    for (const Entry& e : sessions) {
        m_sessions << sessionMap(e, until);
        until = e.occurredAt; // the one before it counts up to this one
    }
    loadNext(sessions.isEmpty() ? nullptr : &sessions.first());
    loadSupporters();
    syncReminders();
    emit dataChanged();
}

void SessionsBackend::loadNext(const Entry* newest)
{
    m_next.clear();
    const auto prep = openPrep();
    QVariantList items;
    if (prep) {
        m_next.insert(QStringLiteral("prepId"), prep->id);
        for (const QJsonValue& v : prep->payload.value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = v.toObject();
            items << QVariantMap{{QStringLiteral("id"), str(o, "id")}, {QStringLiteral("text"), str(o, "text")}};
        }
        m_next.insert(QStringLiteral("wentWell"), str(prep->payload, "wentWell"));
        m_next.insert(QStringLiteral("hard"), str(prep->payload, "hard"));
    }
    m_next.insert(QStringLiteral("items"), items);

    QVariantList marked;
    auto entries = context().marks().marked();
    if (entries.ok()) {
        for (const Entry& e : *entries) {
            marked << QVariantMap{{QStringLiteral("id"), e.id}, {QStringLiteral("title"), e.title},
                                  {QStringLiteral("summary"), e.summary},
                                  {QStringLiteral("kindTitle"), kindTitle(e.kind)},
                                  {QStringLiteral("when"), dayLabel(e.localOccurredAt().date())}};
        }
    }
    m_next.insert(QStringLiteral("marked"), marked);
    m_next.insert(QStringLiteral("markedError"), entries.ok() ? QString() : QCoreApplication::translate("Sessions", "The entries you marked cannot be read just now."));

    QJsonObject when; // where the next session's date comes from: the open list, else the newest notes
    if (newest) {
        const QVariantMap last = m_sessions.first().toMap(); // newest's, made by refresh()
        m_next.insert(QStringLiteral("lastSession"), last.value(QStringLiteral("whenLabel")));
        m_next.insert(QStringLiteral("lastSessionDate"), last.value(QStringLiteral("date")));
        m_next.insert(QStringLiteral("lastSessionId"), last.value(QStringLiteral("id")));
        m_next.insert(QStringLiteral("homework"), last.value(QStringLiteral("homework")));
        when = newest->payload;
    } else {
        m_next.insert(QStringLiteral("homework"), QVariantList{});
    }
    if (prep && prep->payload.contains(QStringLiteral("nextDate")))
        when = prep->payload; // set on the Next session page, after the notes
    setNext(when);
    if (m_nextAt) {
        // The time as written (in the clinic's zone, when it has one).
        const QString hhmm = m_nextHasTime ? m_nextAt->time().toString(QStringLiteral("HH:mm")) : QString();
        m_next.insert(QStringLiteral("nextSession"),
                      QVariantMap{{QStringLiteral("date"), m_nextDate.toString(Qt::ISODate)},
                                  {QStringLiteral("time"), hhmm},
                                  {QStringLiteral("label"), whenLabel(m_nextDate, hhmm)},
                                  {QStringLiteral("hasTime"), m_nextHasTime}});
    }
}

bool SessionsBackend::setNextSession(const QString& date, const QString& time)
{
    const QString d = date.trimmed();
    const QString tm = d.isEmpty() ? QString() : time.trimmed(); // no date: cleared, time and all
    if (const QString problem = nextSessionProblem(d, tm); !problem.isEmpty())
        return report(problem);
    const auto open = openPrep();
    QJsonObject p = open ? open->payload : QJsonObject{};
    for (const auto& [key, value] : {std::pair{QStringLiteral("nextDate"), d}, std::pair{QStringLiteral("nextTime"), tm}}) {
        if (value.isEmpty())
            p.remove(key);
        else
            p.insert(key, value);
    }
    return savePrep(open, p);
}

QStringList SessionsBackend::safetyPlanContacts() const
{
    // The safety plan's people and services, read only with the client's yes
    // (a plan not allowed looks like no plan).
    EntryQuery plan;
    plan.kinds = {kSafetyPlan};
    plan.limit = 1;
    auto found = journal().query(plan);
    if (!found.ok() || found->entries.isEmpty())
        return {};
    const QJsonObject payload = found->entries.first().payload;
    return stringList(payload.value(QStringLiteral("askForHelp"))) + stringList(payload.value(QStringLiteral("professionals")));
}

QUrl SessionsBackend::fileUrl(const QString& path) { return QUrl::fromLocalFile(path); }

QString SessionsBackend::noContactsNote()
{
    // Not allowed (yet) looks the same as no plan: say both.
    return QCoreApplication::translate("Sessions", "No contacts were found in your safety plan. If it has some, allow Sessions to read your safety plan (Modules).");
}

void SessionsBackend::loadSupporters()
{
    m_supporters.clear();
    EntryQuery q;
    q.kinds = {kSupporters};
    q.limit = 1;
    auto page = journal().query(q);
    QJsonObject p;
    if (page.ok() && !page->entries.isEmpty()) {
        p = page->entries.first().payload;
        m_supporters.insert(QStringLiteral("id"), page->entries.first().id);
    }
    for (const char* k : {"helps", "notHelp", "signs", "support", "worried"})
        m_supporters.insert(QLatin1String(k), str(p, k));
    const bool include = p.value(QStringLiteral("includeContacts")).toBool();
    m_supporters.insert(QStringLiteral("includeContacts"), include);
    QStringList contacts;
    QString note;
    if (include) {
        contacts = safetyPlanContacts();
        if (contacts.isEmpty())
            note = noContactsNote();
    }
    m_supporters.insert(QStringLiteral("contacts"), contacts);
    m_supporters.insert(QStringLiteral("contactsNote"), note);
}

bool SessionsBackend::saveSupporters(const QVariantMap& form)
{
    const QJsonObject in = QJsonObject::fromVariantMap(form);
    QJsonObject p;
    QStringList texts;
    for (const char* k : {"helps", "notHelp", "signs", "support", "worried"}) {
        const QString v = str(in, k).trimmed();
        if (!v.isEmpty())
            p.insert(QLatin1String(k), v);
        texts << v;
    }
    if (in.value(QStringLiteral("includeContacts")).toBool())
        p.insert(QStringLiteral("includeContacts"), true);
    EntryDraft d;
    d.kind = kSupporters;
    d.title = QCoreApplication::translate("Sessions", "For the people close to me");
    d.payload = p;
    const QString id = m_supporters.value(QStringLiteral("id")).toString();
    if (!id.isEmpty()) {
        // Unchanged (Save as PDF saves first): no new version.
        if (auto old = journal().get(id); old.ok() && old->payload == p)
            return report(Status{});
    }
    if (!report(save(id, d).status()))
        return false;
    offerSupportIfRisk(texts);
    return true;
}

QString SessionsBackend::suggestedPdfPath() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(QCoreApplication::translate("Sessions", "For the people close to me") + QStringLiteral(" ") +
                              QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".pdf"));
}

QString SessionsBackend::exportSupportersPdf(const QString& path)
{
    QString local = path.trimmed();
    if (local.startsWith(QStringLiteral("file:")))
        local = QUrl(local).toLocalFile();
    if (local.isEmpty() || !QFileInfo(local).isAbsolute()) {
        report(QCoreApplication::translate("Sessions", "Choose a full path for the PDF, such as %1.").arg(suggestedPdfPath()));
        return {};
    }
    if (!local.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        local += QStringLiteral(".pdf");
    loadSupporters(); // what is saved now, even before the page's refresh
    SupportersPage pageText;
    pageText.helps = m_supporters.value(QStringLiteral("helps")).toString();
    pageText.notHelp = m_supporters.value(QStringLiteral("notHelp")).toString();
    pageText.signs = m_supporters.value(QStringLiteral("signs")).toString();
    pageText.support = m_supporters.value(QStringLiteral("support")).toString();
    pageText.worried = m_supporters.value(QStringLiteral("worried")).toString();
    pageText.contacts = m_supporters.value(QStringLiteral("contacts")).toStringList();
    if (pageText.isEmpty()) {
        report(QCoreApplication::translate("Sessions", "Write something on the page first, then save it."));
        return {};
    }
    const QString error = writeSupportersPdf(pageText, local);
    if (!error.isEmpty()) {
        report(error);
        return {};
    }
    report(Status{});
    return local;
}

QVariantList SessionsBackend::overTimeNow() const
{
    // The last twelve months, from at most 400 sessions (a bounded read).
    const QDate first = QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1).addMonths(-11);
    EntryQuery q;
    q.kinds = {kSession};
    q.from = QDateTime(first, QTime(0, 0)).toUTC();
    q.to = QDateTime(first.addMonths(12), QTime(0, 0)).toUTC(); // not next month's (notes written ahead)
    q.limit = 400;
    auto page = journal().query(q);
    if (!page.ok())
        return {};
    struct Month {
        int sessions = 0;
        int set = 0;
        int done = 0;
    };
    // From the month of the oldest session among them (no row of empty months before the first).
    QMap<QDate, Month> months;
    if (page->entries.isEmpty())
        return {};
    const QDate oldest = page->entries.last().localOccurredAt().date();
    for (QDate m = std::max(first, QDate(oldest.year(), oldest.month(), 1)); m <= QDate::currentDate(); m = m.addMonths(1))
        months.insert(m, {});
    QDateTime until;
    for (const Entry& e : page->entries) {
        const QDate d = e.localOccurredAt().date();
        const QDate key(d.year(), d.month(), 1);
        Month& m = months[key];
        ++m.sessions;
        for (const QVariant& h : homeworkOf(e, until)) {
            ++m.set;
            if (h.toMap().value(QStringLiteral("done")).toBool())
                ++m.done;
        }
        until = e.occurredAt;
    }
    QVariantList out;
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        out << QVariantMap{{QStringLiteral("month"), QLocale().toString(it.key(), QStringLiteral("MMM yyyy"))},
                           {QStringLiteral("shortMonth"), QLocale().toString(it.key(), QStringLiteral("MMM"))},
                           {QStringLiteral("sessions"), it->sessions},
                           {QStringLiteral("homeworkSet"), it->set},
                           {QStringLiteral("homeworkDone"), it->done}};
    }
    return out;
}

QList<DueItem> SessionsBackend::dueItems(const QDate& day) const
{
    // With a time: the client's own day of that moment (a clinic's zone may
    // differ); without one: the date as written.
    if (!m_nextAt || (m_nextHasTime ? m_nextAt->toLocalTime().date() : m_nextDate) != day)
        return {};
    DueItem item;
    item.id = QStringLiteral("session");
    item.title = QCoreApplication::translate("Sessions", "Therapy session");
    item.detail = QCoreApplication::translate("Sessions", "Your list for it is on the Next session page");
    item.dueDate = day;
    if (m_nextHasTime)
        item.time = m_nextAt->toLocalTime().time();
    item.pageId = QStringLiteral("next");
    return {item};
}

QList<Reminder> SessionsBackend::wantedReminders(const QDateTime& now) const
{
    if (!m_remind || !m_nextAt)
        return {};
    // Two hours before a session with a time; at 09:00 on the day otherwise.
    const QDateTime at = m_nextHasTime ? m_nextAt->addSecs(-2 * 3600) : QDateTime(m_nextDate, QTime(9, 0), m_nextAt->timeZone());
    if (at <= now)
        return {};
    Reminder r;
    r.id = QStringLiteral("next-session");
    r.title = QCoreApplication::translate("Sessions", "Therapy session");
    r.pageId = QStringLiteral("next");
    r.startDate = at.date();
    r.time = QTime(at.time().hour(), at.time().minute());
    r.repeat = Reminder::Repeat::Once;
    r.timeZone = m_timeZone;
    r.dueItemId = QStringLiteral("session");
    return {r};
}

void SessionsBackend::syncReminders()
{
    const Status s = context().reminders().replaceAll(wantedReminders(QDateTime::currentDateTime()));
    if (!s.ok())
        logger().warning(QStringLiteral("could not keep the session reminder: %1").arg(s.error().toString()));
}

void SessionsBackend::offerSupportIfRisk(const QStringList& texts)
{
    if (std::any_of(texts.cbegin(), texts.cend(), [](const QString& s) { return sdk::mentionsRisk(s); }))
        context().offerSupport(QStringLiteral("risk-words")); // a code, never the client's words
}

} // namespace tessera::sessions
