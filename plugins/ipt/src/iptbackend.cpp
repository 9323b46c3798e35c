#include "iptbackend.h"

#include "iptcontent.h"
#include "iptinsights.h"

#include <tessera/sdk/journal.h>
#include <tessera/sdk/plugincontext.h>

#include <QCoreApplication>
#include <QLocale>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <utility>

namespace tessera::ipt {

using namespace tessera::sdk;

namespace {

QString when(const Entry& e) { return QLocale().toString(e.localOccurredAt(), QStringLiteral("ddd d MMM, HH:mm")); }
QString day(const QDateTime& utc) { return QLocale().toString(utc.toLocalTime().date(), QStringLiteral("d MMM yyyy")); }
QString newKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces).left(8); }

QVariantList optionList(const QStringList& codes)
{
    QVariantList out;
    for (const auto& [code, text] : options(codes))
        out << QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("label"), text}};
    return out;
}

// Copies the non-empty, trimmed text fields of a form into a payload.
void copyTexts(const QVariantMap& form, QJsonObject& to, std::initializer_list<const char*> keys)
{
    for (const char* k : keys) {
        const QString v = form.value(QLatin1String(k)).toString().trimmed();
        if (v.isEmpty())
            to.remove(QLatin1String(k));
        else
            to.insert(QLatin1String(k), v);
    }
}

QString shortText(const QString& s, int n = 60)
{
    const QString one = s.simplified();
    return one.size() <= n ? one : one.left(n - 1) + QChar(0x2026);
}

int filled(const QJsonObject& p, std::initializer_list<const char*> keys)
{
    int n = 0;
    for (const char* k : keys) {
        const QStringList path = QString::fromLatin1(k).split(QLatin1Char('.'));
        const QJsonValue v = path.size() == 2 ? p.value(path.at(0)).toObject().value(path.at(1)) : p.value(path.at(0));
        n += v.toString().trimmed().isEmpty() ? 0 : 1;
    }
    return n;
}

// "6 weeks before the low mood began": days under two weeks, weeks under
// thirteen, months after; "" when there is no onset to compare with.
QString relationToOnset(const QDate& date, const QDate& onset)
{
    if (!onset.isValid() || !date.isValid())
        return {};
    const qint64 days = std::abs(date.daysTo(onset));
    if (days == 0)
        return QCoreApplication::translate("Ipt", "the day the low mood began");
    QString span;
    if (days < 14)
        span = days == 1 ? QCoreApplication::translate("Ipt", "1 day") : QCoreApplication::translate("Ipt", "%1 days").arg(days);
    else if (days < 91)
        span = QCoreApplication::translate("Ipt", "%1 weeks").arg(std::lround(days / 7.0));
    else if (const long months = std::lround(days / 30.44); months < 24)
        span = months == 1 ? QCoreApplication::translate("Ipt", "1 month") : QCoreApplication::translate("Ipt", "%1 months").arg(months);
    else
        span = QCoreApplication::translate("Ipt", "%1 years").arg(std::lround(days / 365.25));
    return date < onset ? QCoreApplication::translate("Ipt", "%1 before the low mood began").arg(span) : QCoreApplication::translate("Ipt", "%1 after the low mood began").arg(span);
}
} // namespace

IptBackend::IptBackend(PluginContext& context, QObject* parent) : ModuleBackend(context, parent)
{
    // The lists and the size of their pages: a client keeps a handful of
    // people and worksheets, so their first page is all of them in practice.
    const auto list = [this](const char* name, const char* kind, int pageSize) {
        Window w;
        w.kind = QLatin1String(kind);
        w.pageSize = pageSize;
        m_windows.insert(QLatin1String(name), w);
    };
    list("people", "person", 100);
    list("transitions", "transition", 20);
    list("disputes", "dispute", 20);
    list("griefs", "grief", 20);
    list("isolations", "isolation", 20);
    list("lifeEvents", "lifeevent", 50);
    list("conversations", "communication", 8);
    list("events", "event", 10);

    Journal& journal = this->journal();
    connect(&journal, &Journal::entryChanged, this,
            [this](ChangeType, const QString&, const QString& kind) { m_dirty.insert(kind.section(QLatin1Char('/'), 1)); });
    connect(&journal, &Journal::reloaded, this, [this] { m_allDirty = true; });
    // Everything at the first refresh, then what changed (refresh()): after the
    // app's first frame, as IPT has no due items and no page on it (issue 30).
    m_allDirty = true;
    watchJournalAfterStart();
}

QVariantList IptBackend::areas() const
{
    QVariantList out;
    for (const Area& a : ipt::areas())
        out << QVariantMap{{QStringLiteral("code"), a.code}, {QStringLiteral("title"), a.title},
                           {QStringLiteral("explanation"), a.explanation}, {QStringLiteral("work"), a.work}};
    return out;
}
QVariantList IptBackend::circleOptions() const { return optionList(circleCodes()); }
QVariantList IptBackend::contactOptions() const { return optionList(contactCodes()); }
QVariantList IptBackend::stageOptions() const { return optionList(stageCodes()); }
QVariantList IptBackend::toneOptions() const { return optionList(toneCodes()); }


EntryDraft IptBackend::focusDraft(const QString& area, const QString& note)
{
    EntryDraft d;
    d.kind = QStringLiteral("focus");
    d.payload = QJsonObject{{QStringLiteral("area"), area}};
    if (!note.trimmed().isEmpty())
        d.payload.insert(QStringLiteral("note"), note.trimmed());
    d.title = QCoreApplication::translate("Ipt", "Focus: %1").arg(label(area));
    d.summary = note.trimmed().isEmpty() ? QCoreApplication::translate("Ipt", "the area to work on in therapy") : shortText(note, 140);
    return d;
}

EntryDraft IptBackend::personDraft(const QJsonObject& p)
{
    EntryDraft d;
    d.kind = QStringLiteral("person");
    d.payload = p;
    const QString rel = p.value(QStringLiteral("relationship")).toString();
    d.title = rel.isEmpty() ? p.value(QStringLiteral("name")).toString()
                            : QCoreApplication::translate("Ipt", "%1 (%2)").arg(p.value(QStringLiteral("name")).toString(), rel);
    QStringList parts{label(p.value(QStringLiteral("circle")).toString()).toLower()};
    if (p.contains(QStringLiteral("contact")))
        parts << label(p.value(QStringLiteral("contact")).toString()).toLower();
    if (p.value(QStringLiteral("confidant")).toBool())
        parts << QCoreApplication::translate("Ipt", "someone to confide in");
    d.summary = parts.join(QStringLiteral(" · "));
    return d;
}

EntryDraft IptBackend::transitionDraft(const QJsonObject& p)
{
    EntryDraft d;
    d.kind = QStringLiteral("transition");
    d.payload = p;
    d.title = QCoreApplication::translate("Ipt", "Role transition: %1").arg(p.value(QStringLiteral("title")).toString());
    const int n = filled(p, {"oldRole.lost", "oldRole.good", "newRole.demands", "newRole.opportunities", "feelings", "skills", "support"});
    d.summary = QCoreApplication::translate("Ipt", "%1 of 7 parts written").arg(n);
    return d;
}

EntryDraft IptBackend::disputeDraft(const QJsonObject& p)
{
    EntryDraft d;
    d.kind = QStringLiteral("dispute");
    d.payload = p;
    d.title = QCoreApplication::translate("Ipt", "Role dispute with %1: %2").arg(p.value(QStringLiteral("person")).toString(),
                                                shortText(p.value(QStringLiteral("issue")).toString()));
    d.summary = QCoreApplication::translate("Ipt", "where it stands: %1").arg(label(p.value(QStringLiteral("stage")).toString()).toLower());
    return d;
}

EntryDraft IptBackend::griefDraft(const QJsonObject& p)
{
    EntryDraft d;
    d.kind = QStringLiteral("grief");
    d.payload = p;
    d.title = QCoreApplication::translate("Ipt", "Grief: %1").arg(p.value(QStringLiteral("person")).toString());
    const int n = filled(p, {"relationship", "good", "hard", "feelings", "avoided", "support"});
    d.summary = QCoreApplication::translate("Ipt", "%1 of 6 parts written").arg(n);
    return d;
}

EntryDraft IptBackend::isolationDraft(const QJsonObject& p)
{
    EntryDraft d;
    d.kind = QStringLiteral("isolation");
    d.payload = p;
    d.title = QCoreApplication::translate("Ipt", "Feeling cut off: %1").arg(p.value(QStringLiteral("title")).toString());
    const int n = filled(p, {"patterns", "wanted", "barriers", "steps", "tried"});
    d.summary = QCoreApplication::translate("Ipt", "%1 of 5 parts written").arg(n);
    return d;
}

EntryDraft IptBackend::lifeEventDraft(const QJsonObject& p)
{
    EntryDraft d;
    d.kind = QStringLiteral("lifeevent");
    d.payload = p;
    const QDate date = QDate::fromString(p.value(QStringLiteral("date")).toString(), Qt::ISODate);
    const QString note = shortText(p.value(QStringLiteral("note")).toString(), 100);
    d.title = p.value(QStringLiteral("onset")).toBool() ? QCoreApplication::translate("Ipt", "The low mood began: %1").arg(note) : QCoreApplication::translate("Ipt", "Life event: %1").arg(note);
    d.summary = date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
    return d;
}

EntryDraft IptBackend::communicationDraft(const QJsonObject& p)
{
    EntryDraft d;
    d.kind = QStringLiteral("communication");
    d.payload = p;
    d.title = QCoreApplication::translate("Ipt", "A conversation with %1").arg(p.value(QStringLiteral("person")).toString());
    d.summary = shortText(p.value(QStringLiteral("situation")).toString(), 120);
    return d;
}

EntryDraft IptBackend::eventDraft(const QJsonObject& p, int mood)
{
    EntryDraft d;
    d.kind = QStringLiteral("event");
    d.payload = p;
    d.mood = mood;
    d.title = QCoreApplication::translate("Ipt", "%1: %2").arg(p.value(QStringLiteral("person")).toString(), shortText(p.value(QStringLiteral("event")).toString()));
    d.summary = QCoreApplication::translate("Ipt", "%1 · mood %2").arg(label(p.value(QStringLiteral("tone")).toString()).toLower()).arg(mood);
    return d;
}

EntryDraft IptBackend::shown(const Entry& e)
{
    const QString kind = e.shortKind();
    const QJsonObject& p = e.payload;
    if (kind == QLatin1String("focus"))
        return focusDraft(p.value(QStringLiteral("area")).toString(), p.value(QStringLiteral("note")).toString());
    if (kind == QLatin1String("person"))
        return personDraft(p);
    if (kind == QLatin1String("transition"))
        return transitionDraft(p);
    if (kind == QLatin1String("dispute"))
        return disputeDraft(p);
    if (kind == QLatin1String("grief"))
        return griefDraft(p);
    if (kind == QLatin1String("isolation"))
        return isolationDraft(p);
    if (kind == QLatin1String("lifeevent"))
        return lifeEventDraft(p);
    if (kind == QLatin1String("communication"))
        return communicationDraft(p);
    if (kind == QLatin1String("event")) {
        EntryDraft d = eventDraft(p, e.mood.value_or(0));
        if (!e.mood) {
            d.mood.reset();
            d.summary = label(p.value(QStringLiteral("tone")).toString()).toLower();
        }
        return d;
    }
    EntryDraft d;
    d.title = e.title;
    d.summary = e.summary;
    return d;
}

QString IptBackend::saveAndReport(const QString& id, const EntryDraft& draft)
{
    EntryDraft d = draft;
    if (!id.isEmpty()) {
        // An edit keeps the tags and mood the forms do not show (written with
        // tessera-cli, say); save() keeps when it happened.
        if (auto e = journal().get(id); e.ok()) {
            if (d.tags.isEmpty())
                d.tags = e->tags;
            if (!d.mood)
                d.mood = e->mood;
        }
    }
    auto r = save(id, d);
    if (!report(r.status()))
        return {};
    return r->id;
}

Result<Entry> IptBackend::own(const QString& id, const QString& kind) const
{
    auto e = journal().get(id);
    if (!e.ok())
        return e.error();
    if (e->shortKind() != kind)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("Ipt", "That entry is not a %1.").arg(kind));
    return e;
}

QString IptBackend::setFocus(const QString& area, const QString& note)
{
    if (!areaCodes().contains(area)) {
        report(QCoreApplication::translate("Ipt", "Choose one of the four areas first."));
        return {};
    }
    return saveAndReport(m_focus.value(QStringLiteral("id")).toString(), focusDraft(area, note));
}

QString IptBackend::savePerson(const QString& id, const QVariantMap& form)
{
    QJsonObject p;
    if (!id.isEmpty()) {
        auto e = own(id, QStringLiteral("person"));
        if (!e.ok()) {
            report(e.error().message);
            return {};
        }
        p = e->payload;
    } else {
        p.insert(QStringLiteral("key"), newKey());
    }
    if (form.value(QStringLiteral("name")).toString().trimmed().isEmpty()) {
        report(QCoreApplication::translate("Ipt", "Give the person a name, or a nickname only you would know."));
        return {};
    }
    copyTexts(form, p, {"name", "relationship", "satisfying", "unsatisfying", "theirExpectations", "myExpectations", "change"});
    p.insert(QStringLiteral("circle"), form.value(QStringLiteral("circle"), QStringLiteral("middle")).toString());
    if (const QString c = form.value(QStringLiteral("contact")).toString(); !c.isEmpty())
        p.insert(QStringLiteral("contact"), c);
    for (const char* k : {"supportGiven", "supportReceived"}) {
        if (form.contains(QLatin1String(k)) && form.value(QLatin1String(k)).toInt() >= 0)
            p.insert(QLatin1String(k), form.value(QLatin1String(k)).toInt());
    }
    p.insert(QStringLiteral("confidant"), form.value(QStringLiteral("confidant")).toBool());
    return saveAndReport(id, personDraft(p));
}

QString IptBackend::saveTransition(const QString& id, const QVariantMap& form)
{
    QJsonObject p{{QStringLiteral("key"), newKey()}};
    if (!id.isEmpty()) {
        auto e = own(id, QStringLiteral("transition"));
        if (!e.ok()) {
            report(e.error().message);
            return {};
        }
        p = e->payload;
    }
    if (form.value(QStringLiteral("title")).toString().trimmed().isEmpty()) {
        report(QCoreApplication::translate("Ipt", "Name the change first, e.g. \"Going back to work\"."));
        return {};
    }
    copyTexts(form, p, {"title", "feelings", "skills", "support"});
    QJsonObject oldRole, newRole;
    copyTexts(form, oldRole, {"lost", "good"});
    copyTexts(form, newRole, {"demands", "opportunities"});
    p.insert(QStringLiteral("oldRole"), oldRole);
    p.insert(QStringLiteral("newRole"), newRole);
    return saveAndReport(id, transitionDraft(p));
}

QString IptBackend::saveDispute(const QString& id, const QVariantMap& form)
{
    QJsonObject p{{QStringLiteral("key"), newKey()}};
    if (!id.isEmpty()) {
        auto e = own(id, QStringLiteral("dispute"));
        if (!e.ok()) {
            report(e.error().message);
            return {};
        }
        p = e->payload;
    }
    if (form.value(QStringLiteral("person")).toString().trimmed().isEmpty()
        || form.value(QStringLiteral("issue")).toString().trimmed().isEmpty()) {
        report(QCoreApplication::translate("Ipt", "Say who the dispute is with and what it is about."));
        return {};
    }
    copyTexts(form, p, {"person", "personKey", "issue", "myExpectations", "theirExpectations", "options"});
    p.insert(QStringLiteral("stage"), form.value(QStringLiteral("stage"), QStringLiteral("renegotiation")).toString());
    return saveAndReport(id, disputeDraft(p));
}

QString IptBackend::saveWorksheet(const QString& id, const QString& kind, const QVariantMap& form, const char* required,
                                  const QString& missing, std::initializer_list<const char*> keys)
{
    QJsonObject p{{QStringLiteral("key"), newKey()}};
    if (!id.isEmpty()) {
        auto e = own(id, kind);
        if (!e.ok()) {
            report(e.error().message);
            return {};
        }
        p = e->payload;
    }
    if (form.value(QLatin1String(required)).toString().trimmed().isEmpty()) {
        report(missing);
        return {};
    }
    copyTexts(form, p, keys);
    return saveAndReport(id, kind == QLatin1String("grief") ? griefDraft(p) : isolationDraft(p));
}

QString IptBackend::saveGrief(const QString& id, const QVariantMap& form)
{
    return saveWorksheet(id, QStringLiteral("grief"), form, "person", QCoreApplication::translate("Ipt", "Say who it is you are grieving for, by name or as you call them."),
                         {"person", "personKey", "relationship", "good", "hard", "feelings", "avoided", "support"});
}

QString IptBackend::saveIsolation(const QString& id, const QVariantMap& form)
{
    return saveWorksheet(id, QStringLiteral("isolation"), form, "title", QCoreApplication::translate("Ipt", "Give it a short name first, e.g. \"Since the move\"."),
                         {"title", "patterns", "wanted", "barriers", "steps", "tried"});
}

QString IptBackend::saveLifeEvent(const QString& id, const QString& date, const QString& note)
{
    const QDate d = QDate::fromString(date.trimmed(), Qt::ISODate);
    if (!d.isValid()) {
        report(QCoreApplication::translate("Ipt", "Give the date as year-month-day, e.g. 2025-09-01 (the first of the month is fine if you are not sure)."));
        return {};
    }
    if (note.trimmed().isEmpty()) {
        report(QCoreApplication::translate("Ipt", "Say in a few words what happened."));
        return {};
    }
    if (!id.isEmpty()) {
        auto e = own(id, QStringLiteral("lifeevent"));
        if (!e.ok()) {
            report(e.error().message);
            return {};
        }
    }
    QJsonObject p{{QStringLiteral("date"), d.toString(Qt::ISODate)}, {QStringLiteral("note"), note.trimmed()}};
    return saveAndReport(id, lifeEventDraft(p));
}

QString IptBackend::setOnset(const QString& date, const QString& note)
{
    const QDate d = QDate::fromString(date.trimmed(), Qt::ISODate);
    if (!d.isValid()) {
        report(QCoreApplication::translate("Ipt", "Give the date as year-month-day, e.g. 2025-10-01 (a rough date is fine)."));
        return {};
    }
    QJsonObject p{{QStringLiteral("date"), d.toString(Qt::ISODate)}, {QStringLiteral("onset"), true},
                  {QStringLiteral("note"), note.trimmed().isEmpty() ? QCoreApplication::translate("Ipt", "the low mood began") : note.trimmed()}};
    // The one onset entry, read from the journal (not from the last refresh,
    // which may be pending), newest first and at most 1,000 life events back.
    const std::optional<Entry> existing = findOnset(1000);
    return saveAndReport(existing ? existing->id : QString(), lifeEventDraft(p));
}

QString IptBackend::saveCommunication(const QString& id, const QVariantMap& form)
{
    if (form.value(QStringLiteral("person")).toString().trimmed().isEmpty()
        || form.value(QStringLiteral("situation")).toString().trimmed().isEmpty()) {
        report(QCoreApplication::translate("Ipt", "Say who it was with and what happened."));
        return {};
    }
    QJsonObject p;
    copyTexts(form, p, {"person", "personKey", "situation", "said", "meant", "received", "feelings", "differently"});
    return saveAndReport(id, communicationDraft(p));
}

QString IptBackend::logEvent(const QString& id, const QVariantMap& form)
{
    if (form.value(QStringLiteral("person")).toString().trimmed().isEmpty()
        || form.value(QStringLiteral("event")).toString().trimmed().isEmpty()) {
        report(QCoreApplication::translate("Ipt", "Say who it was with and what happened."));
        return {};
    }
    const int mood = form.value(QStringLiteral("mood"), -1).toInt();
    if (mood < 0 || mood > 10) {
        report(QCoreApplication::translate("Ipt", "Rate your mood from 0 to 10."));
        return {};
    }
    QJsonObject p;
    copyTexts(form, p, {"person", "personKey", "event"});
    p.insert(QStringLiteral("tone"), form.value(QStringLiteral("tone"), QStringLiteral("mixed")).toString());
    return saveAndReport(id, eventDraft(p, mood));
}

QVariantMap IptBackend::loadEntry(const QString& id)
{
    auto e = journal().get(id);
    if (!e.ok() || e->isDeleted() || e->pluginId != context().pluginId())
        return {};
    QVariantMap m = e->payload.toVariantMap();
    // Flatten the worksheet's two roles for the form.
    for (const char* group : {"oldRole", "newRole"}) {
        const QVariantMap inner = m.take(QLatin1String(group)).toMap();
        for (auto it = inner.cbegin(); it != inner.cend(); ++it)
            m.insert(it.key(), it.value());
    }
    m.insert(QStringLiteral("id"), e->id);
    m.insert(QStringLiteral("kind"), e->shortKind());
    m.insert(QStringLiteral("entryTitle"), e->title); // "title" is a worksheet's own field
    m.insert(QStringLiteral("when"), when(e.value()));
    m.insert(QStringLiteral("mood"), e->mood ? QVariant(*e->mood) : QVariant(-1));
    return m;
}

QVariantList IptBackend::versions(const QString& id)
{
    QVariantList out;
    auto h = journal().history(id);
    if (!h.ok())
        return out;
    for (auto it = h->crbegin(); it != h->crend(); ++it) {
        const EntryDraft d = shown(it->entry);
        out << QVariantMap{{QStringLiteral("when"), day(it->savedAt)}, {QStringLiteral("summary"), d.summary},
                           {QStringLiteral("title"), d.title}};
    }
    return out;
}



QVariantMap IptBackend::more() const
{
    QVariantMap out;
    for (auto it = m_windows.cbegin(); it != m_windows.cend(); ++it)
        out.insert(it.key(), !it->older.isEmpty());
    return out;
}

bool IptBackend::showOlder(const QString& list)
{
    const auto it = m_windows.find(list);
    if (it == m_windows.end() || it->older.isEmpty())
        return false;
    EntryQuery q;
    q.kinds = {it->kind};
    q.limit = it->pageSize;
    q.cursor = it->older;
    auto page = journal().query(q);
    if (!page.ok()) {
        report(page.error().message);
        return false;
    }
    it->entries += page->entries;
    it->older = page->nextCursor;
    build(list);
    emit dataChanged();
    return !page->entries.isEmpty();
}

void IptBackend::refresh()
{
    // What changed since the last refresh; everything at the first and after
    // a reload. Nothing when nothing changed (a change already read by the
    // first refresh, when it ran between the change and its signal).
    refreshKinds(std::exchange(m_dirty, {}), std::exchange(m_allDirty, false));
}

void IptBackend::refreshKinds(const QSet<QString>& kinds, bool all)
{
    if (!all && kinds.isEmpty())
        return;
    if (all || kinds.contains(QStringLiteral("focus")))
        buildFocus();
    for (auto it = m_windows.begin(); it != m_windows.end(); ++it) {
        if (all || kinds.contains(it->kind)) {
            reload(*it);
            build(it.key());
        }
    }
    if (all || kinds.contains(QStringLiteral("event")))
        buildInsights();
    emit dataChanged();
}

// The newest entries of the list again, as many as were loaded (a page at least).
void IptBackend::reload(Window& w)
{
    const qsizetype want = std::max<qsizetype>(w.pageSize, w.entries.size());
    QList<Entry> out;
    QString cursor;
    EntryQuery q;
    q.kinds = {w.kind};
    do {
        q.limit = static_cast<int>(std::min<qsizetype>(1000, want - out.size()));
        q.cursor = cursor;
        auto page = journal().query(q);
        if (!page.ok()) {
            logger().warning(QStringLiteral("reading the %1 list failed: %2").arg(w.kind, page.error().message));
            cursor.clear();
            break;
        }
        out += page->entries;
        cursor = page->nextCursor;
    } while (!cursor.isEmpty() && out.size() < want);
    w.entries = out;
    w.older = cursor;
}

// The onset of the low mood: the newest life event marked so, looking at most
// `max` life events back.
std::optional<Entry> IptBackend::findOnset(int max) const
{
    EntryQuery q;
    q.kinds = {QStringLiteral("lifeevent")};
    q.limit = 100;
    for (int seen = 0; seen < max;) {
        auto page = journal().query(q);
        if (!page.ok())
            break;
        for (const Entry& e : page->entries) {
            if (e.payload.value(QStringLiteral("onset")).toBool())
                return e;
        }
        seen += static_cast<int>(page->entries.size());
        if (page->nextCursor.isEmpty())
            break;
        q.cursor = page->nextCursor;
    }
    return std::nullopt;
}

void IptBackend::buildFocus()
{
    // The focus is one entry, revised in place: the newest is the one.
    EntryQuery q;
    q.kinds = {QStringLiteral("focus")};
    q.limit = 1;
    const QList<Entry> f = journal().query(q).valueOr({}).entries;
    m_focus = {{QStringLiteral("exists"), false}, {QStringLiteral("id"), QString()}};
    if (f.isEmpty())
        return;
    const QString area = f.first().payload.value(QStringLiteral("area")).toString();
    QString explanation;
    for (const Area& a : ipt::areas()) {
        if (a.code == area)
            explanation = a.explanation;
    }
    m_focus = {{QStringLiteral("exists"), true}, {QStringLiteral("id"), f.first().id}, {QStringLiteral("area"), area},
               {QStringLiteral("areaTitle"), label(area)}, {QStringLiteral("explanation"), explanation},
               {QStringLiteral("note"), f.first().payload.value(QStringLiteral("note")).toString()},
               {QStringLiteral("since"), day(f.first().createdAt)}};
}

void IptBackend::build(const QString& list)
{
    const Window& w = m_windows[list];
    // Titles and summaries come from the payload (shown()), whoever wrote the entry.
    const auto worksheets = [&w](bool ownTitle) {
        QVariantList out;
        for (const Entry& e : w.entries) {
            const EntryDraft d = shown(e);
            out << QVariantMap{{QStringLiteral("id"), e.id},
                               {QStringLiteral("title"), ownTitle ? e.payload.value(QStringLiteral("title")).toString() : d.title},
                               {QStringLiteral("summary"), d.summary}, {QStringLiteral("updated"), day(e.updatedAt)},
                               {QStringLiteral("versions"), std::max(0, e.revision - 1)}};
        }
        return out;
    };
    const auto recent = [&w] {
        QVariantList out;
        for (const Entry& e : w.entries) {
            const EntryDraft d = shown(e);
            out << QVariantMap{{QStringLiteral("id"), e.id}, {QStringLiteral("title"), d.title},
                               {QStringLiteral("summary"), d.summary}, {QStringLiteral("when"), when(e)},
                               {QStringLiteral("mood"), e.mood ? QVariant(*e.mood) : QVariant()}};
        }
        return out;
    };

    if (list == QLatin1String("people")) {
        QList<Entry> people = w.entries;
        std::stable_sort(people.begin(), people.end(), [](const Entry& a, const Entry& b) {
            const int ca = circleCodes().indexOf(a.payload.value(QStringLiteral("circle")).toString());
            const int cb = circleCodes().indexOf(b.payload.value(QStringLiteral("circle")).toString());
            return ca != cb ? ca < cb : a.payload.value(QStringLiteral("name")).toString() < b.payload.value(QStringLiteral("name")).toString();
        });
        m_people.clear();
        for (const Entry& e : people) {
            const EntryDraft d = shown(e);
            QVariantMap m = e.payload.toVariantMap();
            m.insert(QStringLiteral("id"), e.id);
            m.insert(QStringLiteral("title"), d.title);
            m.insert(QStringLiteral("summary"), d.summary);
            m.insert(QStringLiteral("circleLabel"), label(e.payload.value(QStringLiteral("circle")).toString()));
            m.insert(QStringLiteral("contactLabel"), label(e.payload.value(QStringLiteral("contact")).toString()));
            m_people << m;
        }
    } else if (list == QLatin1String("transitions")) {
        m_transitions = worksheets(true);
    } else if (list == QLatin1String("disputes")) {
        m_disputes = worksheets(false);
    } else if (list == QLatin1String("griefs")) {
        m_griefs = worksheets(false);
    } else if (list == QLatin1String("isolations")) {
        m_isolations = worksheets(false);
    } else if (list == QLatin1String("conversations")) {
        m_conversations = recent();
    } else if (list == QLatin1String("events")) {
        m_events = recent();
    } else if (list == QLatin1String("lifeEvents")) {
        // The life events in date order, each placed against the onset of the low mood.
        QList<Entry> life = w.entries;
        const auto isOnset = [](const Entry& e) { return e.payload.value(QStringLiteral("onset")).toBool(); };
        if (std::none_of(life.cbegin(), life.cend(), isOnset) && !w.older.isEmpty()) {
            // The onset is older than the loaded page: look for it only when the
            // journal says there is one (a sum over a small kind, no entries read).
            AggregateQuery a;
            a.kinds = {w.kind};
            a.value = QStringLiteral("payload.onset");
            const QList<AggregateRow> rows = journal().aggregate(a).valueOr({});
            if (!rows.isEmpty() && rows.first().sum > 0) {
                if (std::optional<Entry> onset = findOnset(1000))
                    life << *onset;
            }
        }
        const auto dateOf = [](const Entry& e) { return QDate::fromString(e.payload.value(QStringLiteral("date")).toString(), Qt::ISODate); };
        std::stable_sort(life.begin(), life.end(), [&](const Entry& a, const Entry& b) { return dateOf(a) < dateOf(b); });
        m_onset = {{QStringLiteral("exists"), false}, {QStringLiteral("id"), QString()}};
        // The newest onset when there are several (one written with tessera-cli, say).
        const Entry* onsetEntry = nullptr;
        for (const Entry& e : life) {
            if (isOnset(e) && (!onsetEntry || e.occurredAt > onsetEntry->occurredAt))
                onsetEntry = &e;
        }
        QDate onsetDate;
        if (onsetEntry) {
            onsetDate = dateOf(*onsetEntry);
            m_onset = {{QStringLiteral("exists"), true}, {QStringLiteral("id"), onsetEntry->id},
                       {QStringLiteral("date"), onsetDate.toString(Qt::ISODate)},
                       {QStringLiteral("dateLabel"), QLocale().toString(onsetDate, QStringLiteral("d MMM yyyy"))},
                       {QStringLiteral("note"), onsetEntry->payload.value(QStringLiteral("note")).toString()}};
        }
        m_lifeEvents.clear();
        for (const Entry& e : life) {
            const QDate date = dateOf(e);
            const bool onset = isOnset(e);
            m_lifeEvents << QVariantMap{{QStringLiteral("id"), e.id}, {QStringLiteral("date"), date.toString(Qt::ISODate)},
                                        {QStringLiteral("dateLabel"), QLocale().toString(date, QStringLiteral("d MMM yyyy"))},
                                        {QStringLiteral("note"), e.payload.value(QStringLiteral("note")).toString()},
                                        {QStringLiteral("onset"), onset},
                                        {QStringLiteral("relation"), onset ? QCoreApplication::translate("Ipt", "when the low mood began") : relationToOnset(date, onsetDate)}};
        }
    }
}

// Who and what goes with the mood, over the last weeks only: two aggregates
// worked out by the journal, however many events there are.
void IptBackend::buildInsights()
{
    AggregateQuery byPerson;
    byPerson.kinds = {QStringLiteral("event")};
    byPerson.from = QDateTime::currentDateTimeUtc().addDays(-7 * kInsightWeeks);
    byPerson.value = QStringLiteral("mood");
    byPerson.groupBy = QStringLiteral("payload.person");
    AggregateQuery byTone = byPerson;
    byTone.groupBy = QStringLiteral("payload.tone");
    const MoodInsights in = moodInsights(journal().aggregate(byPerson).valueOr({}),
                                         journal().aggregate(byTone).valueOr({}));
    const auto group = [](const MoodGroup& g) {
        QString text;
        if (std::abs(g.difference) < 0.5)
            text = QCoreApplication::translate("Ipt", "about your usual mood");
        else if (g.difference > 0)
            text = QCoreApplication::translate("Ipt", "%1 higher than your usual").arg(QLocale().toString(g.difference, 'f', 1));
        else
            text = QCoreApplication::translate("Ipt", "%1 lower than your usual").arg(QLocale().toString(-g.difference, 'f', 1));
        return QVariantMap{{QStringLiteral("name"), g.name}, {QStringLiteral("count"), g.count},
                           {QStringLiteral("average"), std::round(g.average * 10) / 10},
                           {QStringLiteral("difference"), std::round(g.difference * 10) / 10}, {QStringLiteral("text"), text}};
    };
    QVariantList people, tones;
    for (const MoodGroup& g : in.people)
        people << group(g);
    for (const MoodGroup& g : in.tones)
        tones << group(g);
    m_insights = {{QStringLiteral("events"), in.events}, {QStringLiteral("overall"), std::round(in.overall * 10) / 10},
                  {QStringLiteral("weeks"), kInsightWeeks}, {QStringLiteral("people"), people}, {QStringLiteral("tones"), tones},
                  {QStringLiteral("note"), in.events < 6
                                               ? QCoreApplication::translate("Ipt", "This looks at the last %1 weeks. After a few more events in that time, it shows which people and moments go with your mood.").arg(kInsightWeeks)
                                               : QCoreApplication::translate("Ipt", "These are patterns to talk over, not verdicts: a low mood after seeing someone can have many causes.")}};
}

} // namespace tessera::ipt
