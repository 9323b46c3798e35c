#include "reflectivebackend.h"

#include "reflectivestats.h"

#include <tessera/sdk/journal.h>
#include <tessera/sdk/plugincontext.h>
#include <tessera/sdk/safety.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <tuple>

namespace tessera::reflective {

using namespace tessera::sdk;

namespace {

QString clip(const QString& s, int n) { return s.size() <= n ? s : s.left(n - 1).trimmed() + QChar(0x2026); }

QString dayLabel(const QDate& d) { return QLocale().toString(d, QLocale::ShortFormat); }

QString whenLabel(const Entry& e)
{
    return dayLabel(e.localOccurredAt().date()) + QLatin1Char(' ') + QLocale().toString(e.localOccurredAt().time(), QStringLiteral("HH:mm"));
}

QStringList wordsOf(const QJsonObject& o, const char* key)
{
    QStringList out;
    for (const QJsonValue& v : o.value(QLatin1String(key)).toArray())
        out << v.toString();
    return out;
}

// The client's words for a list: trimmed, each once (case aside), at most `max`.
QStringList tags(const QVariant& v, int max)
{
    QStringList out;
    QStringList keys;
    for (const QString& s : v.toStringList()) {
        const QString key = wordKey(s);
        if (key.isEmpty() || keys.contains(key) || out.size() == max)
            continue;
        keys << key;
        out << s.simplified();
    }
    return out;
}

QString withLabel(const QList<QPair<QString, int>>& people)
{
    QStringList parts;
    for (const auto& [name, n] : people.mid(0, 4))
        parts << name + QStringLiteral(" \u00d7") + QString::number(n); // "Sam ×2"
    return parts.join(QStringLiteral(", "));
}

// A sentence when `text` is longer than `max`, naming the field as the page labels it.
QString tooLong(const QString& label, const QString& text, int max)
{
    return text.size() > max ? QCoreApplication::translate("tessera::reflective::ReflectiveBackend",
                                                           "\"%1\" is longer than %2 characters: shorten it a little.")
                                   .arg(label, QLocale().toString(max))
                             : QString();
}

} // namespace

ReflectiveBackend::ReflectiveBackend(PluginContext& context, QObject* parent) : ModuleBackend(context, parent)
{
    watchJournalAfterStart(); // no due items, no page on the first screen (issue 30)
}

QStringList ReflectiveBackend::reflectionFields()
{
    return {QStringLiteral("memory"), QStringLiteral("memoryNow"), QStringLiteral("dream"), QStringLiteral("therapy"),
            QStringLiteral("avoiding"), QStringLiteral("theme")};
}

void ReflectiveBackend::refresh()
{
    EntryQuery q;
    q.kinds = {QStringLiteral("episode")};
    q.limit = kRecent;
    m_episodes.clear();
    if (const auto page = journal().query(q); page.ok()) {
        for (const Entry& e : page.value().entries) {
            const QJsonObject& p = e.payload;
            m_episodes << QVariantMap{{QStringLiteral("id"), e.id},
                                      {QStringLiteral("whenLabel"), whenLabel(e)},
                                      {QStringLiteral("person"), p.value(QStringLiteral("person")).toString()},
                                      {QStringLiteral("happened"), p.value(QStringLiteral("happened")).toString()},
                                      {QStringLiteral("wishes"), wordsOf(p, "wishTags")},
                                      {QStringLiteral("others"), wordsOf(p, "otherTags")},
                                      {QStringLiteral("selves"), wordsOf(p, "selfTags")},
                                      {QStringLiteral("expected"), p.value(QStringLiteral("expected")).toBool()}};
        }
    } else {
        report(page.status());
    }
    q.kinds = {QStringLiteral("reflection")};
    m_reflections.clear();
    if (const auto page = journal().query(q); page.ok()) {
        for (const Entry& e : page.value().entries)
            m_reflections << QVariantMap{{QStringLiteral("id"), e.id},
                                         {QStringLiteral("whenLabel"), whenLabel(e)},
                                         {QStringLiteral("summary"), e.summary},
                                         {QStringLiteral("themes"), wordsOf(e.payload, "themes")}};
    } else {
        report(page.status());
    }
    emit dataChanged();
}

QVariantMap ReflectiveBackend::suggestionsNow() const
{
    QList<QStringList> people;
    QList<QStringList> wishes;
    QList<QStringList> others;
    QList<QStringList> selves;
    QList<QStringList> themes;
    // The newest kSuggestFrom of each kind (one query each: many reflections do not crowd
    // out the people and words of moments); themes from both, the newest first.
    EntryQuery q;
    q.kinds = {QStringLiteral("episode")};
    q.limit = kSuggestFrom;
    QList<Entry> entries = journal().query(q).valueOr({}).entries;
    for (const Entry& e : std::as_const(entries)) {
        const QJsonObject& p = e.payload;
        people << QStringList{p.value(QStringLiteral("person")).toString()};
        wishes << wordsOf(p, "wishTags");
        others << wordsOf(p, "otherTags");
        selves << wordsOf(p, "selfTags");
    }
    q.kinds = {QStringLiteral("reflection")};
    entries += journal().query(q).valueOr({}).entries;
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.occurredAt > b.occurredAt; });
    for (const Entry& e : std::as_const(entries))
        themes << wordsOf(e.payload, "themes");
    constexpr int kMax = 12;
    return {{QStringLiteral("people"), suggestWords(people, {}, {}, kMax)},
            {QStringLiteral("wishes"), suggestWords(wishes, {}, {}, kMax)},
            {QStringLiteral("others"), suggestWords(others, {}, {}, kMax)},
            {QStringLiteral("selves"), suggestWords(selves, {}, {}, kMax)},
            {QStringLiteral("themes"), suggestWords(themes, {}, {}, kMax)}};
}

bool ReflectiveBackend::saveEpisode(const QString& id, const QVariantMap& form)
{
    QStringList texts;
    for (const char* key : {"person", "happened", "wish", "other", "self"})
        texts << form.value(QLatin1String(key)).toString();
    for (const char* key : {"wishTags", "otherTags", "selfTags", "themes"})
        texts << form.value(QLatin1String(key)).toStringList().join(QLatin1Char('\n'));
    offerSupportIfRisk(texts); // whether or not it can be saved yet

    const QString person = form.value(QStringLiteral("person")).toString().simplified();
    const QString happened = form.value(QStringLiteral("happened")).toString().trimmed();
    for (const auto& [key, label, max] : {std::tuple{"person", tr("With whom"), 80}, std::tuple{"happened", tr("What happened"), 2000},
                                          std::tuple{"wish", tr("What I wanted from them"), 1000},
                                          std::tuple{"other", tr("How they responded"), 1000},
                                          std::tuple{"self", tr("How I responded, and how I felt afterwards"), 1000}}) {
        if (const QString e = tooLong(label, form.value(QLatin1String(key)).toString().trimmed(), max); !e.isEmpty())
            return report(e);
    }
    if (person.isEmpty())
        return report(tr("Say who the moment was with, in any words: \"my sister\", \"someone at work\"."));
    if (happened.isEmpty())
        return report(tr("Write a few words about what happened."));
    QJsonObject p{{QStringLiteral("person"), person}, {QStringLiteral("happened"), happened}};
    for (const char* key : {"wish", "other", "self"}) {
        const QString v = form.value(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty())
            p.insert(QLatin1String(key), v);
    }
    for (const char* key : {"wishTags", "otherTags", "selfTags", "themes"}) {
        const QStringList list = tags(form.value(QLatin1String(key)), kMaxTags);
        if (!list.isEmpty())
            p.insert(QLatin1String(key), QJsonArray::fromStringList(list));
    }
    if (form.value(QStringLiteral("expected")).toBool())
        p.insert(QStringLiteral("expected"), true);
    const QDateTime when = form.value(QStringLiteral("when")).toDateTime();
    if (when.isValid() && when > QDateTime::currentDateTime().addSecs(60))
        return report(tr("The time is still to come: write about a moment that has happened."));
    auto saved = save(id, episodeDraft(p, when.isValid() ? when : (id.isEmpty() ? QDateTime::currentDateTime() : QDateTime())));
    return report(saved.status());
}

QVariantMap ReflectiveBackend::loadEpisode(const QString& id) const
{
    const auto got = journal().get(id);
    if (!got.ok() || got->isDeleted() || got->shortKind() != QLatin1String("episode"))
        return {};
    const QJsonObject& p = got->payload;
    QVariantMap m = p.toVariantMap();
    m.insert(QStringLiteral("id"), got->id);
    m.insert(QStringLiteral("when"), got->localOccurredAt());
    for (const char* key : {"wishTags", "otherTags", "selfTags", "themes"})
        m.insert(QLatin1String(key), wordsOf(p, key));
    return m;
}

bool ReflectiveBackend::saveReflection(const QString& id, const QVariantMap& form)
{
    QStringList texts;
    for (const QString& key : reflectionFields())
        texts << form.value(key).toString();
    texts << form.value(QStringLiteral("themes")).toStringList().join(QLatin1Char('\n'));
    offerSupportIfRisk(texts);

    QJsonObject p;
    const QStringList labels{tr("A memory that came to mind"), tr("How it connects to now"), tr("A dream"),
                             tr("Feelings about therapy or my therapist"), tr("Ways I noticed myself avoiding feelings"),
                             tr("A theme I keep returning to")};
    for (int i = 0; i < reflectionFields().size(); ++i) {
        const QString key = reflectionFields().at(i);
        const QString v = form.value(key).toString().trimmed();
        if (const QString e = tooLong(labels.at(i), v, 2000); !e.isEmpty())
            return report(e);
        if (!v.isEmpty())
            p.insert(key, v);
    }
    if (p.isEmpty())
        return report(tr("Write something for any one of the prompts; the others can stay empty."));
    const QStringList themes = tags(form.value(QStringLiteral("themes")), kMaxTags);
    if (!themes.isEmpty())
        p.insert(QStringLiteral("themes"), QJsonArray::fromStringList(themes));
    auto saved = save(id, reflectionDraft(p, id.isEmpty() ? QDateTime::currentDateTime() : QDateTime()));
    return report(saved.status());
}

QVariantMap ReflectiveBackend::loadReflection(const QString& id) const
{
    const auto got = journal().get(id);
    if (!got.ok() || got->isDeleted() || got->shortKind() != QLatin1String("reflection"))
        return {};
    QVariantMap m = got->payload.toVariantMap();
    m.insert(QStringLiteral("id"), got->id);
    m.insert(QStringLiteral("themes"), wordsOf(got->payload, "themes"));
    return m;
}

QVariantMap ReflectiveBackend::patternsNow(int months) const
{
    EntryQuery q;
    q.kinds = {QStringLiteral("episode")};
    q.oldestFirst = true; // on one day, the later entry's spelling is the one shown
    if (months > 0)
        q.from = QDateTime(QDate::currentDate().addMonths(-months), QTime(0, 0));
    QList<EpisodePoint> points;
    for (const Entry& e : journal().all(q, kMaxRead).valueOr({})) {
        const QJsonObject& p = e.payload;
        points << EpisodePoint{e.id, e.localOccurredAt().date(), p.value(QStringLiteral("person")).toString(),
                               wordsOf(p, "wishTags"), wordsOf(p, "otherTags"), wordsOf(p, "selfTags")};
    }
    const RelationshipPatterns r = relationshipPatterns(points);
    const auto list = [](const QList<TagCount>& counts) {
        QVariantList out;
        for (const TagCount& t : counts.mid(0, 10))
            out << QVariantMap{{QStringLiteral("tag"), t.tag}, {QStringLiteral("count"), t.count},
                               {QStringLiteral("lastLabel"), dayLabel(t.last)}, {QStringLiteral("withLabel"), withLabel(t.people)}};
        return out;
    };
    QVariantList recurring;
    for (const Recurring& c : r.recurring.mid(0, 10))
        recurring << QVariantMap{{QStringLiteral("wish"), c.wish}, {QStringLiteral("other"), c.other}, {QStringLiteral("self"), c.self},
                                 {QStringLiteral("count"), c.count}, {QStringLiteral("lastLabel"), dayLabel(c.last)},
                                 {QStringLiteral("withLabel"), c.people.mid(0, 4).join(QStringLiteral(", "))}};
    QString summary;
    if (r.episodes == 0)
        summary = tr("No moments written down in this time yet.");
    else if (r.recurring.isEmpty())
        summary = tr("%n moments written down. No wish, response and feeling have come together twice yet.", nullptr, r.episodes);
    else
        summary = tr("%n moments written down. In your words, this came back most often: wanting \"%1\", they \"%2\", and you \"%3\".",
                     nullptr, r.episodes).arg(r.recurring.first().wish, r.recurring.first().other, r.recurring.first().self);
    return {{QStringLiteral("episodes"), r.episodes},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("wishes"), list(r.wishes)},
            {QStringLiteral("others"), list(r.others)},
            {QStringLiteral("selves"), list(r.selves)},
            {QStringLiteral("people"), list(r.people)},
            {QStringLiteral("recurring"), recurring}};
}

QVariantList ReflectiveBackend::themesNow() const
{
    EntryQuery q;
    q.kinds = {QStringLiteral("episode"), QStringLiteral("reflection")};
    q.oldestFirst = true; // on one day, the later entry's spelling is the one shown
    QList<ThemePoint> points;
    QHash<QString, QPair<QString, QString>> titles; // id -> title, when
    for (const Entry& e : journal().all(q, kMaxRead).valueOr({})) {
        const QStringList themes = wordsOf(e.payload, "themes");
        if (themes.isEmpty())
            continue;
        points << ThemePoint{e.id, e.localOccurredAt().date(), themes};
        titles.insert(e.id, qMakePair(e.title, whenLabel(e)));
    }
    QVariantList out;
    for (const ThemeFigure& f : themesOverTime(points)) {
        QVariantList months;
        for (const auto& [month, n] : f.months)
            months << QVariantMap{{QStringLiteral("label"), QLocale().toString(month, QStringLiteral("MMM yyyy"))}, {QStringLiteral("count"), n}};
        QVariantList entries;
        for (const QString& id : f.entryIds.mid(0, 20))
            entries << QVariantMap{{QStringLiteral("id"), id}, {QStringLiteral("title"), titles.value(id).first},
                                   {QStringLiteral("whenLabel"), titles.value(id).second}};
        out << QVariantMap{{QStringLiteral("theme"), f.theme}, {QStringLiteral("count"), f.count},
                           {QStringLiteral("firstLabel"), dayLabel(f.first)}, {QStringLiteral("lastLabel"), dayLabel(f.last)},
                           {QStringLiteral("months"), months}, {QStringLiteral("entries"), entries}};
    }
    return out;
}

EntryDraft ReflectiveBackend::episodeDraft(const QJsonObject& payload, const QDateTime& when)
{
    EntryDraft d;
    d.kind = QStringLiteral("episode");
    d.title = tr("A moment with %1").arg(clip(payload.value(QStringLiteral("person")).toString(), 80));
    d.summary = clip(payload.value(QStringLiteral("happened")).toString().simplified(), 200);
    d.occurredAt = when;
    d.payload = payload;
    return d;
}

EntryDraft ReflectiveBackend::reflectionDraft(const QJsonObject& payload, const QDateTime& when)
{
    EntryDraft d;
    d.kind = QStringLiteral("reflection");
    d.title = tr("Reflection");
    for (const QString& key : reflectionFields()) {
        if (payload.contains(key)) {
            d.summary = clip(payload.value(key).toString().simplified(), 200);
            break;
        }
    }
    d.occurredAt = when;
    d.payload = payload;
    return d;
}

void ReflectiveBackend::offerSupportIfRisk(const QStringList& texts)
{
    if (std::any_of(texts.cbegin(), texts.cend(), [](const QString& s) { return sdk::mentionsRisk(s); }))
        context().offerSupport(QStringLiteral("risk-words"));
}

} // namespace tessera::reflective
