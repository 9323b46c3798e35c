#include "resiliencebackend.h"

#include "resiliencecontent.h"
#include "stressstats.h"
#include "worksheet.h"

#include <tessera/sdk/journal.h>
#include <tessera/sdk/plugincontext.h>
#include <tessera/sdk/safety.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace tessera::resilience {

using namespace tessera::sdk;

namespace {

QString newId(const char* prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// "29/11/2026 21:00": the date as the locale writes it short, the time without seconds.
QString dateTimeLabel(const QDateTime& at)
{
    return QLocale().toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') + QLocale().toString(at.time(), QStringLiteral("HH:mm"));
}

QString whenLabel(const Entry& e) { return dateTimeLabel(e.localOccurredAt()); }

QStringList strings(const QVariant& v)
{
    QStringList out;
    for (const QString& s : v.toStringList()) {
        if (!s.simplified().isEmpty() && !out.contains(s.simplified(), Qt::CaseInsensitive))
            out << s.simplified();
    }
    return out;
}

QString oneDecimal(double v) { return QLocale().toString(std::round(v * 10.0) / 10.0, 'f', 1); }

QString clip(const QString& s, int n) { return s.size() <= n ? s : s.left(n - 1).trimmed() + QChar(0x2026); }

// A sentence when `text` is longer than `max`, naming the field as the page does.
QString tooLong(const QString& label, const QString& text, int max)
{
    return text.size() > max ? QCoreApplication::translate("Resilience", "\"%1\" is longer than %2 characters: shorten it a little.")
                                   .arg(label, QLocale().toString(max))
                             : QString();
}

QVariantList areaLabels(const QJsonArray& codes)
{
    QVariantList out;
    for (const QJsonValue& v : codes)
        out << bodyAreaLabel(v.toString());
    return out;
}

} // namespace

ResilienceBackend::ResilienceBackend(PluginContext& context, QObject* parent) : ModuleBackend(context, parent)
{
    // Ticks only redraw: the time itself is read from the clock.
    connect(&m_ticker, &QTimer::timeout, this, &ResilienceBackend::tick);
    watchJournalAfterStart(); // no due items, no page on the first screen (issue 30)
}


// ---- Loading ----

void ResilienceBackend::refresh()
{
    EntryQuery q;
    q.kinds = {QStringLiteral("problem")};
    q.limit = m_limit;
    const auto problems = journal().query(q);
    m_problems.clear();
    if (problems.ok()) {
        for (const Entry& e : problems.value().entries)
            m_problems << problemMap(e);
        m_hasMore = !problems.value().nextCursor.isEmpty();
    } else {
        report(problems.status());
    }

    q.kinds = {QStringLiteral("stress")};
    q.limit = kRecent;
    m_stress.clear();
    m_triggerOptions = triggerSuggestions();
    m_helpedOptions = helpedSuggestions();
    if (const auto stress = journal().query(q); stress.ok()) {
        for (const Entry& e : stress.value().entries) {
            m_stress << stressMap(e);
            // The client's own words come back as choices.
            for (const QJsonValue& v : e.payload.value(QStringLiteral("triggers")).toArray())
                if (!m_triggerOptions.contains(v.toString(), Qt::CaseInsensitive))
                    m_triggerOptions << v.toString();
            for (const QJsonValue& v : e.payload.value(QStringLiteral("helped")).toArray())
                if (!m_helpedOptions.contains(v.toString(), Qt::CaseInsensitive))
                    m_helpedOptions << v.toString();
        }
    }

    q.kinds = {QStringLiteral("relaxation")};
    m_practices.clear();
    if (const auto practices = journal().query(q); practices.ok()) {
        for (const Entry& e : practices.value().entries)
            m_practices << practiceMap(e);
    }

    m_tools = {};
    QVariantMap box;
    if (const auto entry = toolboxEntry()) {
        box.insert(QStringLiteral("id"), entry->id);
        m_tools = entry->payload.value(QStringLiteral("items")).toArray();
    }
    QVariantList items;
    for (const QJsonValue& v : std::as_const(m_tools)) {
        const QJsonObject o = v.toObject();
        QStringList labels;
        for (const QJsonValue& s : o.value(QStringLiteral("situations")).toArray())
            labels << situationLabel(s.toString());
        items << QVariantMap{{QStringLiteral("id"), o.value(QStringLiteral("id")).toString()},
                             {QStringLiteral("text"), o.value(QStringLiteral("text")).toString()},
                             {QStringLiteral("situations"), o.value(QStringLiteral("situations")).toVariant()},
                             {QStringLiteral("reachOut"), o.value(QStringLiteral("reachOut")).toBool()},
                             {QStringLiteral("situationsLabel"), labels.isEmpty() ? tr("Any time") : labels.join(QStringLiteral(", "))}};
    }
    box.insert(QStringLiteral("items"), items);
    m_toolbox = box;
    emit dataChanged();
}

std::optional<Entry> ResilienceBackend::toolboxEntry() const
{
    EntryQuery q;
    q.kinds = {QStringLiteral("toolbox")};
    q.limit = 1;
    const auto page = journal().query(q);
    if (!page.ok() || page.value().entries.isEmpty())
        return std::nullopt;
    return page.value().entries.first();
}

void ResilienceBackend::showMoreProblems()
{
    m_limit += kProblemPage;
    refresh();
}

QVariantList ResilienceBackend::bodyAreaOptions() const
{
    QVariantList out;
    for (const QString& a : bodyAreas())
        out << QVariantMap{{QStringLiteral("code"), a}, {QStringLiteral("label"), bodyAreaLabel(a)}};
    return out;
}

QVariantList ResilienceBackend::situationOptions() const
{
    QVariantList out;
    for (const QString& s : situations())
        out << QVariantMap{{QStringLiteral("code"), s}, {QStringLiteral("label"), situationLabel(s)}};
    return out;
}

QVariantList ResilienceBackend::toolIdeas() const
{
    QVariantList out;
    for (const ToolIdea& idea : resilience::toolIdeas()) {
        const bool have = std::any_of(m_tools.begin(), m_tools.end(), [&](const QJsonValue& v) {
            return v.toObject().value(QStringLiteral("text")).toString().compare(idea.text, Qt::CaseInsensitive) == 0;
        });
        if (!have)
            out << QVariantMap{{QStringLiteral("text"), idea.text}, {QStringLiteral("situations"), idea.situations},
                               {QStringLiteral("reachOut"), idea.reachOut}};
    }
    return out;
}

QVariantList ResilienceBackend::practiceOptions() const
{
    QVariantList out;
    for (const QString& p : practices())
        out << QVariantMap{{QStringLiteral("code"), p}, {QStringLiteral("label"), practiceLabel(p)}};
    return out;
}

// ---- Problem solving ----

QVariantMap ResilienceBackend::problemMap(const Entry& e) const
{
    const Step step = Worksheet::stepOf(e.payload);
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("problem"), e.payload.value(QStringLiteral("problem")).toString()},
            {QStringLiteral("step"), Worksheet::number(step)},
            {QStringLiteral("stepLabel"), step == Step::Reviewed ? Worksheet::stepLabel(step)
                                                                 : tr("Step %1 of 7: %2").arg(Worksheet::number(step)).arg(Worksheet::stepLabel(step))},
            {QStringLiteral("chosen"), Worksheet::chosenText(e.payload)},
            {QStringLiteral("draft"), e.payload.value(QStringLiteral("draft")).toBool()},
            {QStringLiteral("updatedLabel"), QLocale().toString(e.updatedAt.toLocalTime().date(), QLocale::ShortFormat)}};
}

QVariantMap ResilienceBackend::loadProblem(const QString& id) const
{
    const auto got = journal().get(id);
    if (!got.ok() || got.value().isDeleted() || got.value().kind != journal().pluginId() + QStringLiteral("/problem"))
        return {};
    const Entry& e = got.value();
    const QJsonObject& p = e.payload;
    QVariantList options;
    for (const QJsonValue& v : p.value(QStringLiteral("options")).toArray()) {
        const QJsonObject o = v.toObject();
        options << QVariantMap{{QStringLiteral("id"), o.value(QStringLiteral("id")).toString()},
                               {QStringLiteral("text"), o.value(QStringLiteral("text")).toString()},
                               {QStringLiteral("upMe"), o.value(QStringLiteral("upMe")).toString()},
                               {QStringLiteral("upOthers"), o.value(QStringLiteral("upOthers")).toString()},
                               {QStringLiteral("downMe"), o.value(QStringLiteral("downMe")).toString()},
                               {QStringLiteral("downOthers"), o.value(QStringLiteral("downOthers")).toString()},
                               {QStringLiteral("rating"), o.value(QStringLiteral("rating")).toInt(-1)}};
    }
    QVariantList steps;
    for (const QJsonValue& v : p.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        steps << QVariantMap{{QStringLiteral("id"), s.value(QStringLiteral("id")).toString()},
                             {QStringLiteral("text"), s.value(QStringLiteral("text")).toString()},
                             {QStringLiteral("when"), s.value(QStringLiteral("when")).toString()},
                             {QStringLiteral("done"), s.value(QStringLiteral("done")).toBool()}};
    }
    const QJsonObject tried = p.value(QStringLiteral("tried")).toObject();
    QVariantMap goal;
    if (const auto links = journal().links(id); links.ok()) {
        for (const Link& l : links.value()) {
            if (l.toId != id || l.relation != QLatin1String("from-plan"))
                continue;
            const auto g = journal().get(l.fromId);
            if (g.ok() && !g.value().isDeleted())
                goal = {{QStringLiteral("id"), g.value().id}, {QStringLiteral("title"), g.value().title}};
        }
    }
    const auto history = journal().history(id);
    const Step step = Worksheet::stepOf(p);
    const auto goals = journal().kindInfo(QStringLiteral("goals/goal"));
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("goalsRunning"), goals.ok() && goals.value().loaded},
            {QStringLiteral("problem"), p.value(QStringLiteral("problem")).toString()},
            {QStringLiteral("goal"), p.value(QStringLiteral("goal")).toString()},
            {QStringLiteral("options"), options},
            {QStringLiteral("chosen"), p.value(QStringLiteral("chosen")).toString()},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("tried"), p.contains(QStringLiteral("tried"))},
            {QStringLiteral("happened"), tried.value(QStringLiteral("happened")).toString()},
            {QStringLiteral("rating"), tried.value(QStringLiteral("rating")).toInt(-1)},
            {QStringLiteral("next"), tried.value(QStringLiteral("next")).toString()},
            {QStringLiteral("draft"), p.value(QStringLiteral("draft")).toBool()},
            {QStringLiteral("step"), Worksheet::number(step)},
            {QStringLiteral("stepLabel"), Worksheet::stepLabel(step)},
            {QStringLiteral("versions"), history.ok() ? history.value().size() : 0},
            {QStringLiteral("madeGoal"), goal}};
}

QString ResilienceBackend::saveProblem(const QString& id, const QVariantMap& form, bool draft)
{
    // Words of risk lead to help whether or not the worksheet can be saved yet.
    {
        QStringList all;
        for (const char* key : {"problem", "goal", "happened", "next"})
            all << form.value(QLatin1String(key)).toString();
        for (const QVariant& v : form.value(QStringLiteral("options")).toList())
            for (const char* key : {"text", "upMe", "upOthers", "downMe", "downOthers"})
                all << v.toMap().value(QLatin1String(key)).toString();
        for (const QVariant& v : form.value(QStringLiteral("steps")).toList())
            all << v.toMap().value(QStringLiteral("text")).toString();
        offerSupportIfRisk(all);
    }
    const QString problem = form.value(QStringLiteral("problem")).toString().trimmed();
    if (problem.isEmpty()) {
        report(tr("Write down the problem first, in a sentence or two."));
        return {};
    }
    for (const auto& [key, label, max] : {std::tuple{"problem", tr("The problem"), 2000}, std::tuple{"goal", tr("What I want instead"), 1000},
                                          std::tuple{"happened", tr("What happened"), 2000}, std::tuple{"next", tr("What next"), 1000}}) {
        if (const QString e = tooLong(label, form.value(QLatin1String(key)).toString().trimmed(), max); !e.isEmpty()) {
            report(e);
            return {};
        }
    }
    QJsonObject p{{QStringLiteral("problem"), problem}};
    const auto put = [](QJsonObject& o, const char* key, const QVariantMap& from) {
        const QString v = from.value(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    put(p, "goal", form);
    QJsonArray options;
    QStringList optionIds;
    for (const QVariant& v : form.value(QStringLiteral("options")).toList()) {
        const QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("text")).toString().trimmed().isEmpty())
            continue;
        QString oid = m.value(QStringLiteral("id")).toString();
        if (oid.isEmpty() || optionIds.contains(oid))
            oid = newId("o");
        QJsonObject o{{QStringLiteral("id"), oid}};
        for (const char* key : {"text", "upMe", "upOthers", "downMe", "downOthers"})
            put(o, key, m);
        const int rating = m.value(QStringLiteral("rating"), -1).toInt();
        if (rating >= 0)
            o.insert(QStringLiteral("rating"), rating);
        optionIds << oid;
        options << o;
    }
    if (!options.isEmpty())
        p.insert(QStringLiteral("options"), options);
    const QString chosen = form.value(QStringLiteral("chosen")).toString();
    if (optionIds.contains(chosen))
        p.insert(QStringLiteral("chosen"), chosen);
    QJsonArray steps;
    for (const QVariant& v : form.value(QStringLiteral("steps")).toList()) {
        const QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("text")).toString().trimmed().isEmpty())
            continue;
        const QString sid = m.value(QStringLiteral("id")).toString();
        QJsonObject s{{QStringLiteral("id"), sid.isEmpty() ? newId("s") : sid}};
        put(s, "text", m);
        const QString when = m.value(QStringLiteral("when")).toString().trimmed();
        if (!when.isEmpty()) {
            if (QDate::fromString(when, Qt::ISODate).isValid()) {
                s.insert(QStringLiteral("when"), when);
            } else if (draft) {
                // A draft is never refused over a date: the words stay with the step.
                s.insert(QStringLiteral("text"), s.value(QStringLiteral("text")).toString() + QStringLiteral(" (") + when + QLatin1Char(')'));
            } else {
                report(tr("The step \"%1\": write when as a date like %2.").arg(clip(s.value(QStringLiteral("text")).toString(), 40),
                                                                             QDate::currentDate().toString(Qt::ISODate)));
                return {};
            }
        }
        if (m.value(QStringLiteral("done")).toBool())
            s.insert(QStringLiteral("done"), true);
        steps << s;
    }
    // A draft keeps a plan whose option was unchosen (the payload allows it for drafts).
    if (!steps.isEmpty()) {
        if (!p.contains(QStringLiteral("chosen")) && !draft) {
            report(tr("Choose the option you will try first: the plan's steps are for it."));
            return {};
        }
        p.insert(QStringLiteral("steps"), steps);
    }
    if (form.value(QStringLiteral("tried")).toBool()) {
        if (!p.contains(QStringLiteral("chosen")) && !draft) {
            report(tr("Choose the option you tried before saying how it went."));
            return {};
        }
        int rating = form.value(QStringLiteral("rating"), -1).toInt();
        if ((rating < 0 || rating > 10) && draft)
            rating = -1;
        else if (rating < 0 || rating > 10) {
            report(tr("Say how it went, from 0 to 10, or untick \"I have tried it\"."));
            return {};
        }
        QJsonObject t;
        if (rating >= 0)
            t.insert(QStringLiteral("rating"), rating);
        put(t, "happened", form);
        put(t, "next", form);
        p.insert(QStringLiteral("tried"), t);
    }
    if (draft)
        p.insert(QStringLiteral("draft"), true);

    auto saved = save(id, problemDraft(p, id.isEmpty() ? QDateTime::currentDateTime() : QDateTime()));
    if (!report(saved.status()))
        return {};
    return saved.value().id;
}

QStringList ResilienceBackend::rankedOptions(const QVariantList& options) const
{
    QJsonArray array;
    for (const QVariant& v : options) {
        const QVariantMap m = v.toMap();
        QJsonObject o{{QStringLiteral("id"), m.value(QStringLiteral("id")).toString()}};
        const int rating = m.value(QStringLiteral("rating"), -1).toInt();
        if (rating >= 0)
            o.insert(QStringLiteral("rating"), rating);
        array << o;
    }
    QStringList out;
    for (int i : Worksheet::rankOptions(array))
        out << array.at(i).toObject().value(QStringLiteral("id")).toString();
    return out;
}

QVariantList ResilienceBackend::problemVersions(const QString& id) const
{
    QVariantList out;
    const auto history = journal().history(id);
    if (!history.ok())
        return out;
    for (const Revision& r : history.value()) {
        out << QVariantMap{{QStringLiteral("savedLabel"), dateTimeLabel(r.entry.updatedAt.toLocalTime())},
                           {QStringLiteral("stepLabel"), Worksheet::stepLabel(Worksheet::stepOf(r.entry.payload))},
                           {QStringLiteral("text"), Worksheet::describe(r.entry.payload)}};
    }
    return out;
}

// ---- Stress log ----

QVariantMap ResilienceBackend::stressMap(const Entry& e) const
{
    const QJsonObject& p = e.payload;
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("whenLabel"), whenLabel(e)},
            {QStringLiteral("level"), p.value(QStringLiteral("level")).toInt()},
            {QStringLiteral("after"), p.value(QStringLiteral("after")).toInt(-1)},
            {QStringLiteral("what"), p.value(QStringLiteral("what")).toString()},
            {QStringLiteral("body"), areaLabels(p.value(QStringLiteral("body")).toArray())},
            {QStringLiteral("triggers"), p.value(QStringLiteral("triggers")).toVariant()},
            {QStringLiteral("helped"), p.value(QStringLiteral("helped")).toVariant()}};
}

bool ResilienceBackend::saveStress(const QString& id, const QVariantMap& form)
{
    // Words of risk lead to help whether or not the entry can be saved yet.
    offerSupportIfRisk({form.value(QStringLiteral("what")).toString(), form.value(QStringLiteral("thoughts")).toString(),
                        form.value(QStringLiteral("did")).toString(), form.value(QStringLiteral("triggers")).toStringList().join(QLatin1Char('\n')),
                        form.value(QStringLiteral("helped")).toStringList().join(QLatin1Char('\n'))});
    const QString what = form.value(QStringLiteral("what")).toString().trimmed();
    if (what.isEmpty())
        return report(tr("Write a few words about what happened."));
    const int level = form.value(QStringLiteral("level"), -1).toInt();
    if (level < 0 || level > 10)
        return report(tr("Say how stressed you felt, from 0 to 10."));
    for (const auto& [key, label, max] : {std::tuple{"what", tr("What happened"), 1000}, std::tuple{"thoughts", tr("What went through my mind"), 2000},
                                          std::tuple{"did", tr("What I did"), 2000}}) {
        if (const QString e = tooLong(label, form.value(QLatin1String(key)).toString().trimmed(), max); !e.isEmpty())
            return report(e);
    }
    QJsonObject p{{QStringLiteral("what"), what}, {QStringLiteral("level"), level}};
    for (const char* key : {"thoughts", "did"}) {
        const QString v = form.value(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty())
            p.insert(QLatin1String(key), v);
    }
    for (const char* key : {"body", "triggers", "helped"}) {
        const QStringList list = strings(form.value(QLatin1String(key)));
        if (!list.isEmpty())
            p.insert(QLatin1String(key), QJsonArray::fromStringList(list));
    }
    const int after = form.value(QStringLiteral("after"), -1).toInt();
    if (after >= 0)
        p.insert(QStringLiteral("after"), after);
    const QDateTime when = form.value(QStringLiteral("when")).toDateTime();
    if (when.isValid() && when > QDateTime::currentDateTime().addSecs(60))
        return report(tr("The time is still to come: a stress log is for what has happened."));
    auto saved = save(id, stressDraft(p, when.isValid() ? when : (id.isEmpty() ? QDateTime::currentDateTime() : QDateTime())));
    return report(saved.status());
}

QVariantMap ResilienceBackend::loadStress(const QString& id) const
{
    const auto got = journal().get(id);
    if (!got.ok() || got.value().isDeleted() || got.value().kind != journal().pluginId() + QStringLiteral("/stress"))
        return {};
    const Entry& e = got.value();
    const QJsonObject& p = e.payload;
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("when"), e.localOccurredAt()},
            {QStringLiteral("what"), p.value(QStringLiteral("what")).toString()},
            {QStringLiteral("level"), p.value(QStringLiteral("level")).toInt()},
            {QStringLiteral("body"), p.value(QStringLiteral("body")).toVariant()},
            {QStringLiteral("thoughts"), p.value(QStringLiteral("thoughts")).toString()},
            {QStringLiteral("did"), p.value(QStringLiteral("did")).toString()},
            {QStringLiteral("triggers"), p.value(QStringLiteral("triggers")).toVariant()},
            {QStringLiteral("helped"), p.value(QStringLiteral("helped")).toVariant()},
            {QStringLiteral("after"), p.value(QStringLiteral("after")).toInt(-1)}};
}

QVariantMap ResilienceBackend::patternsNow(int weeks) const
{
    weeks = std::clamp(weeks, 1, 26);
    const QDate today = QDate::currentDate();
    const QDate firstMonday = today.addDays(1 - today.dayOfWeek() - 7 * (weeks - 1));
    EntryQuery q;
    q.kinds = {QStringLiteral("stress")};
    q.from = QDateTime(firstMonday.addDays(-1), QTime(0, 0)); // a day early: entries keep their own offset
    const auto entries = journal().all(q, 5000);
    QList<StressPoint> points;
    for (const Entry& e : entries.valueOr({})) {
        StressPoint s;
        s.at = e.localOccurredAt();
        s.level = e.payload.value(QStringLiteral("level")).toInt();
        if (e.payload.contains(QStringLiteral("after")))
            s.after = e.payload.value(QStringLiteral("after")).toInt();
        for (const QJsonValue& v : e.payload.value(QStringLiteral("triggers")).toArray())
            s.triggers << v.toString();
        for (const QJsonValue& v : e.payload.value(QStringLiteral("helped")).toArray())
            s.helped << v.toString();
        points << s;
    }
    const StressPatterns p = stressPatterns(points, firstMonday, weeks);
    const auto slot = [](const QString& label, const Slot& s) {
        return QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("count"), s.count},
                           {QStringLiteral("meanLevel"), s.meanLevel}, {QStringLiteral("meanLabel"), s.count ? oneDecimal(s.meanLevel) : QString()}};
    };
    QVariantList triggers;
    for (const TagFigure& t : p.triggers.mid(0, 8))
        triggers << QVariantMap{{QStringLiteral("tag"), t.tag}, {QStringLiteral("count"), t.count},
                                {QStringLiteral("meanLevel"), t.meanLevel}, {QStringLiteral("meanLabel"), oneDecimal(t.meanLevel)}};
    QVariantList helped;
    for (const TagFigure& t : p.helped.mid(0, 8))
        helped << QVariantMap{{QStringLiteral("tag"), t.tag}, {QStringLiteral("count"), t.count},
                              {QStringLiteral("withAfter"), t.withAfter}, {QStringLiteral("meanDrop"), t.meanDrop},
                              {QStringLiteral("dropLabel"), t.withAfter ? oneDecimal(t.meanDrop) : QString()},
                              {QStringLiteral("riseLabel"), t.withAfter ? oneDecimal(-t.meanDrop) : QString()}};
    QVariantList days;
    for (int i = 0; i < 7; ++i)
        days << slot(QLocale().dayName(i + 1, QLocale::ShortFormat), p.weekdays[i]);
    const QStringList timeLabels{tr("Night (0-6)"), tr("Morning (6-12)"), tr("Afternoon (12-18)"), tr("Evening (18-24)")};
    QVariantList times;
    for (int i = 0; i < 4; ++i)
        times << slot(timeLabels.at(i), p.timesOfDay[i]);
    QVariantList byWeek;
    for (int i = 0; i < p.weeks.size(); ++i)
        byWeek << slot(QLocale().toString(firstMonday.addDays(7 * i), QStringLiteral("d MMM")), p.weeks.at(i));

    QStringList summary;
    if (p.entries == 0) {
        summary << tr("No stress log entries in these weeks yet.");
    } else {
        summary << tr("%n entries in these weeks; stress averaged %1 out of 10.", nullptr, p.entries).arg(oneDecimal(p.meanLevel));
        if (!p.triggers.isEmpty())
            summary << tr("Most often set off by: %1 (%n times).", nullptr, p.triggers.first().count).arg(p.triggers.first().tag);
        // Named only on two or more entries with a level afterwards, and only when stress was lower.
        if (!p.helped.isEmpty() && p.helped.first().withAfter >= 2 && p.helped.first().meanDrop > 0)
            summary << tr("What helped most: %1 (stress %2 lower afterwards, on average).").arg(p.helped.first().tag, oneDecimal(p.helped.first().meanDrop));
    }
    return {{QStringLiteral("weeks"), weeks},
            {QStringLiteral("entries"), p.entries},
            {QStringLiteral("meanLevel"), p.meanLevel},
            {QStringLiteral("triggers"), triggers},
            {QStringLiteral("helped"), helped},
            {QStringLiteral("weekdays"), days},
            {QStringLiteral("times"), times},
            {QStringLiteral("byWeek"), byWeek},
            {QStringLiteral("summary"), summary.join(QLatin1Char(' '))}};
}

// ---- Relaxation ----

QString ResilienceBackend::timerState() const
{
    switch (m_timer.state()) {
    case RelaxTimer::State::Idle: return QStringLiteral("idle");
    case RelaxTimer::State::Running: return QStringLiteral("running");
    case RelaxTimer::State::Paused: return QStringLiteral("paused");
    case RelaxTimer::State::Finished: return QStringLiteral("finished");
    }
    return {};
}

Rhythm ResilienceBackend::rhythmOf(const QJsonObject& o)
{
    Rhythm r;
    r.in = o.value(QStringLiteral("in")).toInt(4);
    r.holdIn = o.value(QStringLiteral("holdIn")).toInt(0);
    r.out = o.value(QStringLiteral("out")).toInt(6);
    r.holdOut = o.value(QStringLiteral("holdOut")).toInt(0);
    return r;
}

QVariantMap ResilienceBackend::cue() const
{
    const qint64 elapsed = m_timer.elapsedMs();
    const auto seconds = [](qint64 ms) { return static_cast<int>((ms + 999) / 1000); };
    if (m_practice == QLatin1String("breathing")) {
        const BreathCue c = breathCue(elapsed, m_rhythm);
        static const char* const phases[] = {"in", "hold", "out", "rest"};
        const QStringList words{tr("Breathe in"), tr("Hold"), tr("Breathe out"), tr("Rest")};
        const int i = static_cast<int>(c.phase);
        return {{QStringLiteral("phase"), QLatin1String(phases[i])}, {QStringLiteral("text"), words.at(i)},
                {QStringLiteral("size"), c.size}, {QStringLiteral("phaseLeft"), seconds(c.phaseLeftMs)},
                {QStringLiteral("breaths"), c.breaths}};
    }
    if (m_practice == QLatin1String("muscle")) {
        const MuscleCue c = muscleCue(elapsed, static_cast<int>(muscleGroups().size()));
        const PracticeStep& g = muscleGroups().at(c.group);
        return {{QStringLiteral("step"), c.group + 1}, {QStringLiteral("steps"), muscleGroups().size()},
                {QStringLiteral("name"), g.name}, {QStringLiteral("text"), g.text}, {QStringLiteral("tense"), c.tense},
                {QStringLiteral("phaseText"), c.tense ? tr("Tense") : tr("Let go")},
                {QStringLiteral("phaseLeft"), seconds(c.phaseLeftMs)}};
    }
    if (m_practice == QLatin1String("grounding")) {
        const PracticeStep& s = groundingSteps().at(std::clamp(m_step, 0, int(groundingSteps().size()) - 1));
        return {{QStringLiteral("step"), m_step + 1}, {QStringLiteral("steps"), groundingSteps().size()},
                {QStringLiteral("name"), s.name}, {QStringLiteral("text"), s.text}};
    }
    return {};
}

bool ResilienceBackend::startPractice(const QString& practice, int minutes, const QVariantMap& rhythm, int before)
{
    if (!practices().contains(practice))
        return report(tr("Choose a practice."));
    qint64 planned = 0;
    if (practice == QLatin1String("breathing")) {
        const Rhythm r = rhythmOf(QJsonObject::fromVariantMap(rhythm));
        if (!r.valid())
            return report(tr("Breathe in and out for 2 to 12 seconds each, and hold for at most 12."));
        if (minutes < 1 || minutes > 30)
            return report(tr("Choose from 1 to 30 minutes."));
        m_rhythm = r;
        planned = minutes * 60000LL;
    } else if (practice == QLatin1String("muscle")) {
        planned = static_cast<qint64>(muscleGroups().size()) * (MuscleCue::kTenseMs + MuscleCue::kReleaseMs);
    }
    m_practice = practice;
    m_step = 0;
    m_before = before >= 0 && before <= 10 ? before : -1;
    m_timer.start(planned);
    // The breathing guide moves smoothly; the other practices change once a second at most.
    m_ticker.start(practice == QLatin1String("breathing") ? 100 : 250);
    report(QString());
    emit timerChanged();
    return true;
}

void ResilienceBackend::pausePractice()
{
    m_timer.pause();
    m_ticker.stop();
    emit timerChanged();
}

void ResilienceBackend::resumePractice()
{
    m_timer.resume();
    if (m_timer.state() == RelaxTimer::State::Running)
        m_ticker.start(m_practice == QLatin1String("breathing") ? 100 : 250);
    emit timerChanged();
}

void ResilienceBackend::finishPractice()
{
    m_timer.finish();
    m_ticker.stop();
    emit timerChanged();
}

void ResilienceBackend::resetPractice()
{
    m_timer.reset();
    m_ticker.stop();
    m_practice.clear();
    m_step = 0;
    m_before = -1;
    emit timerChanged();
}

void ResilienceBackend::nextStep()
{
    if (m_timer.state() == RelaxTimer::State::Finished || m_timer.state() == RelaxTimer::State::Idle)
        return;
    if (m_practice == QLatin1String("muscle")) {
        // Leave out the rest of this group (one that hurts): on to the next one.
        constexpr qint64 each = MuscleCue::kTenseMs + MuscleCue::kReleaseMs;
        const qint64 elapsed = m_timer.elapsedMs();
        m_timer.advance((elapsed / each + 1) * each - elapsed);
        emit timerChanged();
        return;
    }
    if (m_practice != QLatin1String("grounding"))
        return;
    if (m_step + 1 < groundingSteps().size())
        ++m_step;
    else
        m_timer.finish();
    emit timerChanged();
}

void ResilienceBackend::tick()
{
    if (m_timer.state() == RelaxTimer::State::Finished || m_timer.state() == RelaxTimer::State::Idle)
        m_ticker.stop();
    emit timerChanged();
}

QVariantMap ResilienceBackend::practiceMap(const Entry& e) const
{
    const QJsonObject& p = e.payload;
    const int before = p.value(QStringLiteral("before")).toInt(-1);
    const int after = p.value(QStringLiteral("after")).toInt(-1);
    QString change;
    if (before >= 0 && after >= 0)
        change = tr("Stress %1 before, %2 after").arg(before).arg(after);
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("practice"), p.value(QStringLiteral("practice")).toString()},
            {QStringLiteral("label"), practiceLabel(p.value(QStringLiteral("practice")).toString())},
            {QStringLiteral("whenLabel"), whenLabel(e)},
            {QStringLiteral("minutes"), (p.value(QStringLiteral("seconds")).toInt() + 30) / 60},
            {QStringLiteral("lengthLabel"), p.value(QStringLiteral("seconds")).toInt() < 60
                                                ? tr("under a minute")
                                                : tr("%1 min").arg((p.value(QStringLiteral("seconds")).toInt() + 30) / 60)},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), after},
            {QStringLiteral("changeLabel"), change}};
}

QVariantMap ResilienceBackend::loadPractice(const QString& id) const
{
    const auto got = journal().get(id);
    if (!got.ok() || got->isDeleted() || got->shortKind() != QLatin1String("relaxation"))
        return {};
    QVariantMap m = practiceMap(got.value());
    const QJsonObject& p = got->payload;
    if (p.contains(QStringLiteral("rhythm"))) {
        const Rhythm r = rhythmOf(p.value(QStringLiteral("rhythm")).toObject());
        m.insert(QStringLiteral("rhythmLabel"), tr("In %1, hold %2, out %3, pause %4 (seconds)").arg(r.in).arg(r.holdIn).arg(r.out).arg(r.holdOut));
    }
    m.insert(QStringLiteral("note"), p.value(QStringLiteral("note")).toString());
    return m;
}

bool ResilienceBackend::savePractice(int after, const QString& note)
{
    const int before = m_before;
    if (m_practice.isEmpty() || m_timer.state() == RelaxTimer::State::Idle)
        return report(tr("Start a practice first."));
    m_timer.finish();
    QJsonObject p{{QStringLiteral("practice"), m_practice},
                  {QStringLiteral("seconds"), static_cast<int>(std::min<qint64>(m_timer.elapsedMs() / 1000, 7200))}};
    if (before >= 0 && before <= 10)
        p.insert(QStringLiteral("before"), before);
    if (after >= 0 && after <= 10)
        p.insert(QStringLiteral("after"), after);
    if (m_practice == QLatin1String("breathing"))
        p.insert(QStringLiteral("rhythm"), QJsonObject{{QStringLiteral("in"), m_rhythm.in}, {QStringLiteral("holdIn"), m_rhythm.holdIn},
                                                       {QStringLiteral("out"), m_rhythm.out}, {QStringLiteral("holdOut"), m_rhythm.holdOut}});
    if (m_practice == QLatin1String("grounding"))
        p.insert(QStringLiteral("steps"), m_step + 1);
    if (!note.trimmed().isEmpty())
        p.insert(QStringLiteral("note"), note.trimmed());
    auto saved = save(QString(), practiceDraft(p, QDateTime::currentDateTime()));
    if (!report(saved.status()))
        return false;
    offerSupportIfRisk({note});
    resetPractice();
    return true;
}

// ---- Coping toolbox ----

ResilienceBackend::Toolbox ResilienceBackend::loadToolbox() const
{
    const auto entry = toolboxEntry();
    return entry ? Toolbox{entry->id, entry->payload.value(QStringLiteral("items")).toArray()} : Toolbox{};
}

bool ResilienceBackend::saveToolbox(const Toolbox& box)
{
    auto saved = save(box.id, toolboxDraft(QJsonObject{{QStringLiteral("items"), box.items}},
                                           box.id.isEmpty() ? QDateTime::currentDateTime() : QDateTime()));
    return report(saved.status());
}

namespace {
// The situations chosen, in the order the page offers them; unknown codes left out.
QJsonArray knownSituations(const QStringList& chosen)
{
    QJsonArray out;
    for (const QString& code : situations())
        if (chosen.contains(code))
            out << code;
    return out;
}
} // namespace

bool ResilienceBackend::addTool(const QString& text, const QStringList& chosen, bool reachOut)
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return report(tr("Write what helps you, in a few words."));
    Toolbox box = loadToolbox();
    const bool have = std::any_of(box.items.begin(), box.items.end(), [&](const QJsonValue& v) {
        return v.toObject().value(QStringLiteral("text")).toString().compare(t, Qt::CaseInsensitive) == 0;
    });
    if (have)
        return report(tr("\"%1\" is already in your toolbox.").arg(clip(t, 60)));
    if (box.items.size() >= kMaxTools)
        return report(tr("Your toolbox holds %1 things; take one out to add another.").arg(kMaxTools));
    QJsonObject tool{{QStringLiteral("id"), newId("t")}, {QStringLiteral("text"), t}, {QStringLiteral("situations"), knownSituations(chosen)}};
    if (reachOut)
        tool.insert(QStringLiteral("reachOut"), true);
    box.items << tool;
    if (!saveToolbox(box))
        return false;
    offerSupportIfRisk({t});
    return true;
}

bool ResilienceBackend::removeTool(const QString& toolId)
{
    Toolbox box = loadToolbox();
    for (qsizetype i = 0; i < box.items.size(); ++i) {
        if (box.items.at(i).toObject().value(QStringLiteral("id")).toString() != toolId)
            continue;
        const QJsonObject removed = box.items.at(i).toObject();
        box.items.removeAt(i);
        if (!saveToolbox(box))
            return false;
        m_lastRemoved = removed;
        m_lastRemovedAt = static_cast<int>(i);
        emit removedChanged();
        return true;
    }
    return report(tr("That is no longer in your toolbox."));
}

bool ResilienceBackend::undoRemoveTool()
{
    if (m_lastRemoved.isEmpty())
        return report(tr("There is nothing to put back."));
    Toolbox box = loadToolbox();
    box.items.insert(std::clamp<qsizetype>(m_lastRemovedAt, 0, box.items.size()), m_lastRemoved);
    if (!saveToolbox(box))
        return false;
    m_lastRemoved = {};
    emit removedChanged();
    return true;
}

bool ResilienceBackend::editTool(const QString& toolId, const std::function<void(QJsonObject&)>& change)
{
    Toolbox box = loadToolbox();
    for (qsizetype i = 0; i < box.items.size(); ++i) {
        QJsonObject o = box.items.at(i).toObject();
        if (o.value(QStringLiteral("id")).toString() != toolId)
            continue;
        change(o);
        box.items[i] = o;
        return saveToolbox(box);
    }
    return report(tr("That is no longer in your toolbox."));
}

bool ResilienceBackend::setToolReachOut(const QString& toolId, bool reachOut)
{
    return editTool(toolId, [&](QJsonObject& o) {
        if (reachOut)
            o.insert(QStringLiteral("reachOut"), true);
        else
            o.remove(QStringLiteral("reachOut"));
    });
}

bool ResilienceBackend::setToolSituations(const QString& toolId, const QStringList& chosen)
{
    return editTool(toolId, [&](QJsonObject& o) { o.insert(QStringLiteral("situations"), knownSituations(chosen)); });
}

QStringList ResilienceBackend::toolsForSafetyPlan(const QString& step) const
{
    QStringList out;
    for (const QJsonValue& v : m_tools) {
        const QJsonObject o = v.toObject();
        // The plan's "things I can do on my own" are done without contacting anyone;
        // reaching out to someone belongs with the people who take my mind off things.
        const bool reachOut = o.value(QStringLiteral("reachOut")).toBool();
        if ((step == QLatin1String("copingAlone") && !reachOut) || (step == QLatin1String("distractions") && reachOut))
            out << o.value(QStringLiteral("text")).toString();
    }
    return out;
}

// ---- Drafts ----

EntryDraft ResilienceBackend::problemDraft(const QJsonObject& payload, const QDateTime& when)
{
    EntryDraft d;
    d.kind = QStringLiteral("problem");
    d.title = clip(payload.value(QStringLiteral("problem")).toString().simplified(), 80);
    const Step step = Worksheet::stepOf(payload);
    d.summary = step == Step::Reviewed ? tr("Tried: %1").arg(Worksheet::chosenText(payload))
                                       : tr("Step %1 of 7: %2").arg(Worksheet::number(step)).arg(Worksheet::stepLabel(step));
    d.occurredAt = when;
    d.payload = payload;
    return d;
}

EntryDraft ResilienceBackend::stressDraft(const QJsonObject& payload, const QDateTime& when)
{
    EntryDraft d;
    d.kind = QStringLiteral("stress");
    d.title = tr("Stress %1 out of 10").arg(payload.value(QStringLiteral("level")).toInt());
    d.summary = clip(payload.value(QStringLiteral("what")).toString().simplified(), 200);
    d.occurredAt = when;
    d.payload = payload;
    return d;
}

EntryDraft ResilienceBackend::practiceDraft(const QJsonObject& payload, const QDateTime& when)
{
    EntryDraft d;
    d.kind = QStringLiteral("relaxation");
    d.title = practiceLabel(payload.value(QStringLiteral("practice")).toString());
    const int minutes = (payload.value(QStringLiteral("seconds")).toInt() + 30) / 60;
    d.summary = tr("%n minutes", nullptr, minutes);
    if (payload.contains(QStringLiteral("before")) && payload.contains(QStringLiteral("after")))
        d.summary += QStringLiteral("; ") + tr("stress %1 before, %2 after").arg(payload.value(QStringLiteral("before")).toInt())
                                                 .arg(payload.value(QStringLiteral("after")).toInt());
    d.occurredAt = when;
    d.payload = payload;
    return d;
}

EntryDraft ResilienceBackend::toolboxDraft(const QJsonObject& payload, const QDateTime& when)
{
    EntryDraft d;
    d.kind = QStringLiteral("toolbox");
    d.title = tr("My coping toolbox");
    d.summary = tr("%n things that help", nullptr, static_cast<int>(payload.value(QStringLiteral("items")).toArray().size()));
    d.occurredAt = when;
    d.payload = payload;
    return d;
}

void ResilienceBackend::offerSupportIfRisk(const QStringList& texts)
{
    if (std::any_of(texts.cbegin(), texts.cend(), [](const QString& s) { return sdk::mentionsRisk(s); }))
        context().offerSupport(QStringLiteral("risk-words"));
}

} // namespace tessera::resilience
