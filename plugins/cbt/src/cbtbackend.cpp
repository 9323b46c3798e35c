#include "cbtbackend.h"

#include "cbtinsights.h"
#include "cbtplugin.h"
#include "distortions.h"

#include <tessera/sdk/journal.h>
#include <tessera/sdk/plugincontext.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tessera::cbt {

using namespace tessera::sdk;

namespace {

QString firstLine(const QString& text, int max)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    return line.size() > max ? line.left(max - 1).trimmed() + QChar(0x2026) : line;
}

// The form's map becomes a payload with only the keys that are filled in.
QJsonObject payloadFrom(const QVariantMap& record, bool complete)
{
    QJsonObject in = QJsonObject::fromVariantMap(record);
    QJsonObject p{{QStringLiteral("status"), CbtBackend::recordStatusCode(complete ? CbtBackend::RecordStatus::Finished
                                                                                  : CbtBackend::RecordStatus::Draft)}};
    for (const char* key : {"situation", "evidenceFor", "evidenceAgainst", "balancedThought"}) {
        const QString v = in.value(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty())
            p.insert(QLatin1String(key), v);
    }
    for (const char* key : {"hotBelief", "hotBeliefAfter", "balancedBelief"}) {
        const QJsonValue v = in.value(QLatin1String(key));
        if (v.isDouble() && v.toDouble() >= 0)
            p.insert(QLatin1String(key), qRound(v.toDouble()));
    }
    QJsonArray moods;
    for (const QJsonValue& v : in.value(QStringLiteral("moods")).toArray()) {
        const QJsonObject m = v.toObject();
        if (m.value(QStringLiteral("name")).toString().trimmed().isEmpty())
            continue;
        QJsonObject out{{QStringLiteral("name"), m.value(QStringLiteral("name")).toString().trimmed()}};
        for (const char* key : {"before", "after"}) {
            if (m.value(QLatin1String(key)).isDouble() && m.value(QLatin1String(key)).toDouble() >= 0)
                out.insert(QLatin1String(key), qRound(m.value(QLatin1String(key)).toDouble()));
        }
        if (m.value(QStringLiteral("pleasant")).isBool())
            out.insert(QStringLiteral("pleasant"), m.value(QStringLiteral("pleasant")).toBool());
        moods << out;
    }
    if (!moods.isEmpty())
        p.insert(QStringLiteral("moods"), moods);
    QJsonArray thoughts;
    for (const QJsonValue& v : in.value(QStringLiteral("thoughts")).toArray()) {
        const QJsonObject th = v.toObject();
        if (th.value(QStringLiteral("text")).toString().trimmed().isEmpty())
            continue;
        QJsonObject out{{QStringLiteral("text"), th.value(QStringLiteral("text")).toString().trimmed()}};
        if (th.value(QStringLiteral("hot")).toBool())
            out.insert(QStringLiteral("hot"), true);
        thoughts << out;
    }
    if (!thoughts.isEmpty())
        p.insert(QStringLiteral("thoughts"), thoughts);
    const QJsonArray distortions = in.value(QStringLiteral("distortions")).toArray();
    if (!distortions.isEmpty())
        p.insert(QStringLiteral("distortions"), distortions);
    return p;
}

// Which step a field belongs to, for messages.
int stepOf(const QString& field)
{
    if (field.contains(QLatin1String("situation")))
        return 1;
    if (field.contains(QLatin1String("after")) || field.contains(QLatin1String("hotBeliefAfter")))
        return 7;
    if (field.contains(QLatin1String("moods")))
        return 2;
    if (field.contains(QLatin1String("thoughts")) || field.contains(QLatin1String("hotBelief")) || field.contains(QLatin1String("distortions")))
        return 3;
    if (field.contains(QLatin1String("evidenceFor")))
        return 4;
    if (field.contains(QLatin1String("evidenceAgainst")))
        return 5;
    if (field.contains(QLatin1String("balanced")))
        return 6;
    return 0;
}
} // namespace

QString CbtBackend::recordStatusLabel(RecordStatus status)
{
    return status == RecordStatus::Finished ? QCoreApplication::translate("Cbt", "Finished record") : QCoreApplication::translate("Cbt", "Draft");
}

QString CbtBackend::recordStatusCode(RecordStatus status)
{
    return status == RecordStatus::Finished ? QStringLiteral("complete") : QStringLiteral("draft");
}

CbtBackend::RecordStatus CbtBackend::recordStatus(const QString& code)
{
    return code == recordStatusCode(RecordStatus::Finished) ? RecordStatus::Finished : RecordStatus::Draft;
}

CbtBackend::CbtBackend(PluginContext& context, DistortionCatalogue& catalogue, QObject* parent)
    : ModuleBackend(context, parent), m_catalogue(catalogue)
{
    for (const QJsonValue& v : context.settings().value(QStringLiteral("pleasantMoods")).toArray()) {
        if (v.isString() && !v.toString().trimmed().isEmpty())
            m_pleasantWords << v.toString().simplified().toLower();
    }
    watchJournalAfterStart(); // no due items, no page on the first screen (issue 30)
}

QVariantList CbtBackend::distortions() const
{
    QVariantList out;
    for (const Distortion& d : m_catalogue.active())
        out << QVariantMap{{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name},
                           {QStringLiteral("explanation"), d.explanation}, {QStringLiteral("example"), d.example},
                           {QStringLiteral("custom"), d.custom}};
    return out;
}

QStringList CbtBackend::distortionNames(const QStringList& ids) const
{
    QStringList names;
    for (const QString& id : ids) {
        const Distortion* d = m_catalogue.find(id);
        names << (d ? d->name : id);
    }
    return names;
}

QList<int> CbtBackend::steps(const QJsonObject& p)
{
    QList<int> done;
    if (!p.value(QStringLiteral("situation")).toString().trimmed().isEmpty())
        done << 1;
    const QJsonArray moods = p.value(QStringLiteral("moods")).toArray();
    if (!moods.isEmpty())
        done << 2;
    bool hot = false;
    for (const QJsonValue& t : p.value(QStringLiteral("thoughts")).toArray())
        hot = hot || t.toObject().value(QStringLiteral("hot")).toBool();
    if (hot)
        done << 3;
    if (p.contains(QStringLiteral("evidenceFor")))
        done << 4;
    if (p.contains(QStringLiteral("evidenceAgainst")))
        done << 5;
    if (p.contains(QStringLiteral("balancedThought")))
        done << 6;
    bool rerated = p.contains(QStringLiteral("hotBeliefAfter"));
    for (const QJsonValue& m : moods)
        rerated = rerated && m.toObject().contains(QStringLiteral("after"));
    if (rerated && !moods.isEmpty())
        done << 7;
    return done;
}

bool CbtBackend::isPleasantMood(const QString& name) const
{
    return cbt::isPleasantMood(name, m_pleasantWords);
}

QList<int> CbtBackend::stepsDone(const QVariantMap& record) const
{
    return steps(payloadFrom(record, false));
}

// Summaries come from the payload, whatever made the entry (the app, the
// command line, an import): the stored summary may be empty or stale.
QVariantMap CbtBackend::listItem(const Entry& e) const
{
    const EntryDraft d = recordDraft(e.payload, m_pleasantWords);
    return {{QStringLiteral("id"), e.id}, {QStringLiteral("title"), e.title.trimmed().isEmpty() ? d.title : e.title},
            {QStringLiteral("summary"), d.summary},
            {QStringLiteral("when"), QLocale().toString(e.localOccurredAt(), QStringLiteral("ddd d MMM, HH:mm"))},
            {QStringLiteral("statusLabel"), recordStatusLabel(recordStatus(e.payload.value(QStringLiteral("status")).toString()))}};
}

QString CbtBackend::moodChangeWords(const QJsonObject& m, const QStringList& pleasantWords)
{
    if (!m.value(QStringLiteral("before")).isDouble() || !m.value(QStringLiteral("after")).isDouble())
        return {};
    const int rise = m.value(QStringLiteral("after")).toInt() - m.value(QStringLiteral("before")).toInt();
    if (rise == 0)
        return QCoreApplication::translate("Cbt", "unchanged");
    if (isPleasant(m, pleasantWords))
        return rise > 0 ? QCoreApplication::translate("Cbt", "got stronger by %1").arg(rise) : QCoreApplication::translate("Cbt", "faded by %1").arg(-rise);
    return rise > 0 ? QCoreApplication::translate("Cbt", "rose by %1").arg(rise) : QCoreApplication::translate("Cbt", "eased by %1").arg(-rise);
}

EntryDraft CbtBackend::recordDraft(const QJsonObject& p, const QStringList& pleasantWords)
{
    EntryDraft d;
    d.kind = QStringLiteral("thought-record");
    d.payload = p;
    d.title = firstLine(p.value(QStringLiteral("situation")).toString(), 80);
    if (d.title.isEmpty())
        d.title = QCoreApplication::translate("Cbt", "Thought record");
    if (recordStatus(p.value(QStringLiteral("status")).toString()) == RecordStatus::Draft) {
        QStringList done;
        for (int s : steps(p))
            done << QString::number(s);
        d.summary = QCoreApplication::translate("Cbt", "%1, steps done: %2 of 7").arg(recordStatusLabel(RecordStatus::Draft), done.join(QStringLiteral(", ")));
        return d;
    }
    QStringList parts;
    for (const QJsonValue& v : p.value(QStringLiteral("moods")).toArray()) {
        const QJsonObject m = v.toObject();
        const QString change = moodChangeWords(m, pleasantWords);
        const QString name = m.value(QStringLiteral("name")).toString();
        const QString before = QString::number(m.value(QStringLiteral("before")).toInt());
        const QString after = QString::number(m.value(QStringLiteral("after")).toInt());
        parts << (change.isEmpty() ? QCoreApplication::translate("Cbt", "%1 %2 % to %3 %").arg(name, before, after)
                                   : QCoreApplication::translate("Cbt", "%1 %2 % to %3 %, %4").arg(name, before, after, change));
    }
    parts << QCoreApplication::translate("Cbt", "belief in the hot thought %1 % to %2 %").arg(p.value(QStringLiteral("hotBelief")).toInt())
                 .arg(p.value(QStringLiteral("hotBeliefAfter")).toInt());
    d.summary = parts.join(QStringLiteral(" · "));
    return d;
}

EntryDraft CbtBackend::cardDraft(const QString& text, const QString& situation, const QString& recordId)
{
    EntryDraft d;
    d.kind = QStringLiteral("coping-card");
    QJsonObject p{{QStringLiteral("text"), text.trimmed()}};
    if (!situation.trimmed().isEmpty())
        p.insert(QStringLiteral("situation"), situation.trimmed());
    if (!recordId.isEmpty())
        p.insert(QStringLiteral("recordId"), recordId);
    d.payload = p;
    d.title = firstLine(text, 100);
    d.summary = situation.isEmpty() ? QString() : QCoreApplication::translate("Cbt", "From: %1").arg(firstLine(situation, 100));
    return d;
}


QString CbtBackend::saveRecord(const QString& id, const QVariantMap& record, bool complete)
{
    // An edit keeps the record's time.
    auto saved = save(id, recordDraft(payloadFrom(record, complete), m_pleasantWords));
    if (!saved.ok()) {
        const Error& e = saved.error();
        const int step = stepOf(e.field);
        report(step > 0 ? QCoreApplication::translate("Cbt", "Step %1: %2").arg(step).arg(e.toString()) : e.toString());
        return {};
    }
    report(QString());
    logger().info(QStringLiteral("thought record saved (%1)").arg(complete ? QStringLiteral("finished") : QStringLiteral("draft")));
    return saved->id;
}

QVariantMap CbtBackend::loadRecord(const QString& id)
{
    auto e = journal().get(id);
    if (!e.ok() || e->shortKind() != QLatin1String("thought-record")) {
        report(e.ok() ? QCoreApplication::translate("Cbt", "That entry is not a thought record.") : e.error().toString());
        return {};
    }
    QVariantMap m = e->payload.toVariantMap();
    m[QStringLiteral("id")] = e->id;
    m[QStringLiteral("when")] = QLocale().toString(e->localOccurredAt(), QStringLiteral("dddd d MMMM, HH:mm"));
    m[QStringLiteral("statusLabel")] = recordStatusLabel(recordStatus(e->payload.value(QStringLiteral("status")).toString()));
    m[QStringLiteral("deleted")] = e->isDeleted();
    return m;
}

void CbtBackend::keepUnsavedEdit(const QString& id, const QVariantMap& record)
{
    if (id.isEmpty())
        return;
    m_unsavedEdits.insert(id, record);
    m_editOrder.removeAll(id);
    m_editOrder << id;
    emit unsavedEditsChanged();
}

void CbtBackend::dropUnsavedEdit(const QString& id)
{
    if (!m_unsavedEdits.remove(id))
        return;
    m_editOrder.removeAll(id);
    emit unsavedEditsChanged();
}

QString CbtBackend::keptEditId() const
{
    for (auto id = m_editOrder.crbegin(); id != m_editOrder.crend(); ++id) {
        auto e = journal().get(*id);
        if (e.ok() && !e->isDeleted())
            return *id;
    }
    return {};
}

bool CbtBackend::canKeepDraft(const QString& id) const
{
    auto e = journal().get(id);
    return e.ok() && e->shortKind() == QLatin1String("thought-record") && !e->isDeleted()
        && recordStatus(e->payload.value(QStringLiteral("status")).toString()) == RecordStatus::Draft;
}

QString CbtBackend::keepAsCard(const QString& recordId)
{
    auto record = journal().get(recordId);
    if (!record.ok()) {
        report(record.error().toString());
        return {};
    }
    const QString text = record->payload.value(QStringLiteral("balancedThought")).toString();
    if (text.trimmed().isEmpty()) {
        report(QCoreApplication::translate("Cbt", "Write a balanced thought (step 6) first."));
        return {};
    }
    auto card = journal().add(cardDraft(text, record->payload.value(QStringLiteral("situation")).toString(), recordId));
    if (!card.ok()) {
        report(card.error().toString());
        return {};
    }
    (void)journal().link(card->id, recordId, QStringLiteral("from-record"));
    report(QString());
    return card->id;
}

bool CbtBackend::updateCard(const QString& id, const QString& text)
{
    if (text.trimmed().isEmpty())
        return report(QCoreApplication::translate("Cbt", "A coping card needs some words."));
    auto card = journal().get(id);
    if (!card.ok())
        return report(card.error().toString());
    const EntryDraft d = cardDraft(text, card->payload.value(QStringLiteral("situation")).toString(),
                                   card->payload.value(QStringLiteral("recordId")).toString());
    return report(save(id, d).status()); // keeps the card's time
}



QVariantList CbtBackend::named(const QList<QPair<QString, int>>& counts, int max) const
{
    QVariantList out;
    for (qsizetype i = 0; i < counts.size() && i < max; ++i) {
        const Distortion* d = m_catalogue.find(counts[i].first);
        out << QVariantMap{{QStringLiteral("id"), counts[i].first},
                           {QStringLiteral("name"), d ? d->name : counts[i].first},
                           {QStringLiteral("count"), counts[i].second}};
    }
    return out;
}

namespace {
EntryQuery recordsQuery()
{
    EntryQuery q;
    q.kinds = {QStringLiteral("thought-record")};
    return q;
}

// Drafts are found by the word "draft" (their status, in the payload's text)
// and then checked: a finished record that mentions a draft is not one.
EntryQuery draftsQuery()
{
    EntryQuery q = recordsQuery();
    q.text = QStringLiteral("draft");
    return q;
}

EntryQuery cardsQuery()
{
    EntryQuery q;
    q.kinds = {QStringLiteral("coping-card")};
    return q;
}

bool isComplete(const Entry& e)
{
    return CbtBackend::recordStatus(e.payload.value(QStringLiteral("status")).toString()) == CbtBackend::RecordStatus::Finished;
}
} // namespace

QList<Entry> CbtBackend::readAgain(EntryQuery q, int pageSize, Paged& paged)
{
    const int wanted = std::max(pageSize, paged.read);
    QList<Entry> out;
    paged.cursor.clear();
    do {
        q.limit = std::clamp(wanted - int(out.size()), 1, 1000);
        auto page = journal().query(q);
        if (!page.ok()) {
            report(page.error().toString());
            break;
        }
        out += page->entries;
        paged.cursor = page->nextCursor;
        q.cursor = page->nextCursor;
    } while (!paged.cursor.isEmpty() && out.size() < wanted);
    paged.read = int(out.size());
    return out;
}

QList<Entry> CbtBackend::readNext(EntryQuery q, int pageSize, Paged& paged)
{
    if (paged.cursor.isEmpty())
        return {};
    q.cursor = paged.cursor;
    q.limit = pageSize;
    auto page = journal().query(q);
    if (!page.ok()) {
        report(page.error().toString());
        return {};
    }
    paged.cursor = page->nextCursor;
    paged.read += int(page->entries.size());
    return page->entries;
}

void CbtBackend::addDrafts(const QList<Entry>& records)
{
    for (const Entry& e : records) {
        if (e.payload.value(QStringLiteral("status")).toString() == QLatin1String("draft"))
            m_drafts << listItem(e);
    }
}

void CbtBackend::addRecords(const QList<Entry>& records)
{
    for (const Entry& e : records) {
        if (isComplete(e))
            m_recent << listItem(e);
    }
}

void CbtBackend::addCards(const QList<Entry>& cards)
{
    for (const Entry& e : cards)
        m_cards << QVariantMap{{QStringLiteral("id"), e.id},
                               {QStringLiteral("text"), e.payload.value(QStringLiteral("text")).toString()},
                               {QStringLiteral("situation"), e.payload.value(QStringLiteral("situation")).toString()},
                               {QStringLiteral("when"), QLocale().toString(e.localOccurredAt().date(), QStringLiteral("d MMMM yyyy"))}};
}

void CbtBackend::showOlderDrafts()
{
    addDrafts(readNext(draftsQuery(), kDraftsPage, m_draftsPage));
    emit dataChanged();
}

void CbtBackend::showOlderRecords()
{
    addRecords(readNext(recordsQuery(), kRecordsPage, m_recordsPage));
    emit dataChanged();
}

void CbtBackend::showOlderCards()
{
    addCards(readNext(cardsQuery(), kCardsPage, m_cardsPage));
    emit dataChanged();
}

void CbtBackend::openInsights()
{
    if (m_insightsOpen)
        return;
    m_insightsOpen = true;
    readInsights();
    emit dataChanged();
}

void CbtBackend::refresh()
{
    m_catalogue.retranslate(); // (the host refreshes after a switch of language)
    m_drafts.clear();
    addDrafts(readAgain(draftsQuery(), kDraftsPage, m_draftsPage));
    m_recent.clear();
    addRecords(readAgain(recordsQuery(), kRecordsPage, m_recordsPage));
    m_cards.clear();
    addCards(readAgain(cardsQuery(), kCardsPage, m_cardsPage));
    if (m_insightsOpen)
        readInsights();
    emit dataChanged();
}

// The Insights page: records per week and the patterns tagged are added up by
// the store (aggregate()); the mood change needs each record's moods, so it
// reads the records of the kWeeks weeks, at most kInsightRecords of them.
void CbtBackend::readInsights()
{
    const QDate today = QDate::currentDate();
    const QDate firstWeek = today.addDays(1 - today.dayOfWeek()).addDays(-7 * (kWeeks - 1));
    // Entries fall on their own local day, whatever this machine's offset: ask from 14 hours earlier.
    auto since = [](const QDate& d) { return d.startOfDay().addSecs(-14 * 3600); };

    m_perWeek.clear();
    const QList<AggregateRow> weeks = journal().aggregate(perWeekQuery(since(firstWeek))).valueOr({});
    for (const auto& [week, count] : cbt::recordsPerWeek(weeks, today, kWeeks))
        m_perWeek << QVariantMap{{QStringLiteral("week"), week}, {QStringLiteral("count"), count},
                                 {QStringLiteral("label"), QLocale().toString(week, QStringLiteral("d MMM"))}};
    const QList<AggregateRow> tagged = journal().aggregate(distortionQuery(since(today.addDays(-90)))).valueOr({});
    m_top30 = named(distortionCounts(tagged, today.addDays(-30)), 5);
    m_top90 = named(distortionCounts(tagged, today.addDays(-90)), 5);

    EntryQuery q = recordsQuery();
    q.from = since(firstWeek);
    q.limit = kInsightRecords;
    const auto page = journal().query(q);
    QList<Entry> records;
    for (const Entry& e : page.ok() ? page->entries : QList<Entry>{}) {
        if (e.localOccurredAt().date() >= firstWeek)
            records << e;
    }
    // More records than were read: the chart starts at the week of the oldest one read.
    const bool cut = page.ok() && !page->nextCursor.isEmpty() && !records.isEmpty();
    const QDate shownFrom = cut ? std::max(firstWeek, records.constLast().localOccurredAt().date()) : firstWeek;
    const QDate shownWeek = shownFrom.addDays(1 - shownFrom.dayOfWeek());

    m_weekly.clear();
    for (const WeekChange& w : weeklyMoodChange(records, m_pleasantWords)) {
        if (w.weekStart < shownWeek)
            continue;
        m_weekly << QVariantMap{{QStringLiteral("offset"), firstWeek.daysTo(w.weekStart) / 7},
                                {QStringLiteral("week"), w.weekStart}, {QStringLiteral("value"), w.meanChange},
                                {QStringLiteral("count"), w.records}};
    }
    // The axis reaches below 0 when a week's moods got worse, in steps of 20.
    double low = 0, high = 40;
    for (const QVariant& w : std::as_const(m_weekly)) {
        const double v = w.toMap().value(QStringLiteral("value")).toDouble();
        low = std::min(low, std::floor(v / 20) * 20);
        high = std::max(high, std::ceil(v / 20) * 20);
    }
    QVariantList ticks;
    for (int v = int(low); v <= int(high); v += 20)
        ticks << v;
    m_axis = {{QStringLiteral("from"), low}, {QStringLiteral("to"), high}, {QStringLiteral("ticks"), ticks}};

    int better = 0, worse = 0, same = 0;
    for (const Entry& e : std::as_const(records)) {
        if (!isComplete(e))
            continue;
        if (const auto change = moodChange(e.payload, m_pleasantWords))
            (*change >= 0.5 ? better : *change <= -0.5 ? worse : same) += 1;
    }
    if (m_weekly.isEmpty()) {
        m_changeSummary = QCoreApplication::translate("Cbt", "No finished records in these weeks yet.");
    } else {
        const QVariantMap last = m_weekly.last().toMap();
        const int points = qRound(std::abs(last.value(QStringLiteral("value")).toDouble()));
        const QString week = QLocale().toString(last.value(QStringLiteral("week")).toDate(), QStringLiteral("d MMM"));
        const double v = last.value(QStringLiteral("value")).toDouble();
        m_changeSummary = points == 0 ? QCoreApplication::translate("Cbt", "Week of %1: moods stayed about the same on average.").arg(week)
                          : v > 0     ? QCoreApplication::translate("Cbt", "Week of %1: moods changed for the better by %2 points on average.").arg(week).arg(points)
                                      : QCoreApplication::translate("Cbt", "Week of %1: moods changed for the worse by %2 points on average.").arg(week).arg(points);
        auto records = [](int n) { return n == 1 ? QCoreApplication::translate("Cbt", "1 record") : QCoreApplication::translate("Cbt", "%1 records").arg(n); };
        const QString over = cut ? QCoreApplication::translate("Cbt", "Since %1").arg(QLocale().toString(shownFrom, QStringLiteral("d MMM"))) : QCoreApplication::translate("Cbt", "Over %1 weeks").arg(kWeeks);
        m_changeSummary += QLatin1Char(' ')
            + QCoreApplication::translate("Cbt", "%1, moods were better after %2 and worse after %3").arg(over, records(better), records(worse))
            + (same > 0 ? QCoreApplication::translate("Cbt", "; %1 showed no change.").arg(records(same)) : QStringLiteral("."));
        if (cut)
            m_changeSummary += QLatin1Char(' ') + QCoreApplication::translate("Cbt", "The chart shows your newest %1 records, back to %2.")
                                                     .arg(kInsightRecords).arg(QLocale().toString(shownFrom, QStringLiteral("d MMM")));
    }
}

} // namespace tessera::cbt
