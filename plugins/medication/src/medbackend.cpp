#include "medbackend.h"

#include "medmodel.h"

#include <tessera/sdk/journal.h>
#include <tessera/sdk/plugincontext.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace tessera::medication {

using namespace tessera::sdk;

namespace {
QString t(const char* text) { return QCoreApplication::translate("Medication", text); }

// Dose and route; the strength is part of the medicine's title.
QString details(const QJsonObject& m)
{
    QStringList parts;
    for (const char* key : {"dose", "route"}) {
        const QString v = m.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            parts << v;
    }
    return parts.join(QStringLiteral(" · "));
}

QString scheduleLabel(const QJsonObject& m);

// Everything a prescriber changes: strength, dose, route and schedule.
QString regimen(const QJsonObject& m)
{
    QStringList parts{m.value(QStringLiteral("strength")).toString(), details(m), scheduleLabel(m)};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString scheduleLabel(const QJsonObject& m)
{
    const QJsonObject s = m.value(QStringLiteral("schedule")).toObject();
    if (s.value(QStringLiteral("asNeeded")).toBool())
        return QCoreApplication::translate("Medication", "as needed");
    QStringList times;
    for (const QJsonValue& v : s.value(QStringLiteral("times")).toArray())
        times << v.toString();
    return times.join(QStringLiteral(", "));
}

// The questionnaires of the assessments module whose totals the summary
// lists (its data contract: payload "total" and "band"), with the band ids
// it stores in plain words; the bands from the total when the id is unknown.
struct Measure {
    const char* kind;
    const char* name;   // as the summary names it
    int maximum;        // the highest total
    QList<QPair<int, const char*>> bands; // lowest total of each band, and its id
};
const QList<Measure>& measures()
{
    static const QList<Measure> all{
        {"assessments/phq9", QT_TRANSLATE_NOOP("Medication", "PHQ-9 (depression)"), 27,
         {{0, "minimal"}, {5, "mild"}, {10, "moderate"}, {15, "moderately-severe"}, {20, "severe"}}},
        {"assessments/gad7", QT_TRANSLATE_NOOP("Medication", "GAD-7 (anxiety)"), 21,
         {{0, "minimal"}, {5, "mild"}, {10, "moderate"}, {15, "severe"}}}};
    return all;
}

QString bandWords(const Measure& m, const QString& band, int total)
{
    QString id = band;
    const bool known = std::any_of(m.bands.cbegin(), m.bands.cend(), [&](const auto& b) { return band == QLatin1String(b.second); });
    if (!known) {
        if (total < 0 || total > m.maximum)
            return {};
        for (const auto& [from, bandId] : m.bands) {
            if (total >= from)
                id = QLatin1String(bandId);
        }
    }
    if (id == QLatin1String("moderately-severe"))
        return QCoreApplication::translate("Medication", "moderately severe");
    if (id == QLatin1String("minimal"))
        return QCoreApplication::translate("Medication", "minimal");
    if (id == QLatin1String("mild"))
        return QCoreApplication::translate("Medication", "mild");
    if (id == QLatin1String("moderate"))
        return QCoreApplication::translate("Medication", "moderate");
    return QCoreApplication::translate("Medication", "severe");
}

QString percent(double p) { return p < 0 ? QStringLiteral("-") : QStringLiteral("%1 %").arg(qRound(p)); }

// Dose events by medicine key, read once for every medicine.
QHash<QString, QList<DoseEvent>> eventsByMedicine(const QList<Entry>& doses)
{
    QHash<QString, QList<DoseEvent>> out;
    for (const Entry& d : doses)
        out[d.payload.value(QStringLiteral("medicineKey")).toString()]
            << DoseEvent{slotFromKey(d.payload.value(QStringLiteral("slot")).toString()),
                         d.payload.value(QStringLiteral("status")).toString(), d.localOccurredAt()};
    return out;
}
} // namespace

QString MedBackend::doseStatusLabel(DoseStatus status)
{
    switch (status) {
    case DoseStatus::Taken: return QCoreApplication::translate("Medication", "Taken");
    case DoseStatus::TakenLate: return QCoreApplication::translate("Medication", "Taken late");
    case DoseStatus::Skipped: return QCoreApplication::translate("Medication", "Skipped");
    case DoseStatus::Missed: return QCoreApplication::translate("Medication", "Missed");
    case DoseStatus::NotRecorded: break;
    }
    return QCoreApplication::translate("Medication", "Not yet recorded");
}

QString MedBackend::doseStatusCode(DoseStatus status)
{
    switch (status) {
    case DoseStatus::Taken: return QStringLiteral("taken");
    case DoseStatus::TakenLate: return QStringLiteral("late");
    case DoseStatus::Skipped: return QStringLiteral("skipped");
    case DoseStatus::Missed: return QStringLiteral("missed");
    case DoseStatus::NotRecorded: break;
    }
    return {};
}

MedBackend::DoseStatus MedBackend::doseStatus(const QString& code)
{
    for (DoseStatus s : {DoseStatus::Taken, DoseStatus::TakenLate, DoseStatus::Skipped, DoseStatus::Missed}) {
        if (doseStatusCode(s) == code)
            return s;
    }
    return DoseStatus::NotRecorded;
}

QString MedBackend::statusLabel(const QString& status) { return doseStatusLabel(doseStatus(status)); }

QVariantList MedBackend::doseChoices() const
{
    QVariantList out;
    for (DoseStatus s : {DoseStatus::Taken, DoseStatus::TakenLate, DoseStatus::Skipped, DoseStatus::Missed})
        out << QVariantMap{{QStringLiteral("status"), doseStatusCode(s)}, {QStringLiteral("label"), doseStatusLabel(s)},
                           {QStringLiteral("taken"), s == DoseStatus::Taken || s == DoseStatus::TakenLate},
                           {QStringLiteral("asksReason"), s == DoseStatus::Skipped || s == DoseStatus::Missed}};
    return out;
}

MedBackend::MedBackend(PluginContext& context, QObject* parent) : ModuleBackend(context, parent)
{
    // The pages (side effects, questions, ratings, the chart) after the app's
    // first frame (issue 30). Today's doses need the medicines, read now;
    // scheduledDoses() reads the day's doses itself until refresh() has read 30
    // days of them. Where nothing waits (tessera-cli, the test harness)
    // refresh() has run already.
    watchJournalAfterStart(DueItems::WithoutRefresh);
    if (firstRefreshWaits())
        readNewest(QStringLiteral("medicine"), m_medicineList);
}

QString MedBackend::medicineTitle(const QJsonObject& m)
{
    const QString strength = m.value(QStringLiteral("strength")).toString();
    return m.value(QStringLiteral("name")).toString() + (strength.isEmpty() ? QString() : QLatin1Char(' ') + strength);
}

EntryDraft MedBackend::medicineDraft(const QJsonObject& m)
{
    EntryDraft d;
    d.kind = QStringLiteral("medicine");
    d.payload = m;
    d.title = medicineTitle(m);
    QStringList parts{details(m), scheduleLabel(m)};
    if (!m.value(QStringLiteral("purpose")).toString().isEmpty())
        parts << QCoreApplication::translate("Medication", "for %1").arg(m.value(QStringLiteral("purpose")).toString());
    parts.removeAll(QString());
    d.summary = parts.join(QStringLiteral(" · "));
    return d;
}

EntryDraft MedBackend::doseDraft(const QJsonObject& m, const QDateTime& slot, const QString& status, const QString& reason)
{
    EntryDraft d;
    d.kind = QStringLiteral("dose");
    QJsonObject p{{QStringLiteral("medicineKey"), m.value(QStringLiteral("key")).toString()}, {QStringLiteral("status"), status}};
    if (slot.isValid())
        p.insert(QStringLiteral("slot"), slotKey(slot));
    if (!reason.trimmed().isEmpty())
        p.insert(QStringLiteral("reason"), reason.trimmed());
    d.payload = p;
    d.title = QCoreApplication::translate("Medication", "%1: %2").arg(m.value(QStringLiteral("name")).toString(), statusLabel(status));
    d.summary = slot.isValid() ? QCoreApplication::translate("Medication", "Dose due at %1").arg(slot.time().toString(QStringLiteral("HH:mm"))) : QCoreApplication::translate("Medication", "As needed");
    if (!reason.trimmed().isEmpty())
        d.summary += QStringLiteral(" · ") + reason.trimmed();
    return d;
}

EntryDraft MedBackend::sideEffectDraft(const QJsonObject& p, const QString& medicineName)
{
    static const char* severities[] = {QT_TRANSLATE_NOOP("Medication", "none"), QT_TRANSLATE_NOOP("Medication", "mild"), QT_TRANSLATE_NOOP("Medication", "moderate"), QT_TRANSLATE_NOOP("Medication", "severe")};
    EntryDraft d;
    d.kind = QStringLiteral("side-effect");
    d.payload = p;
    d.title = QCoreApplication::translate("Medication", "Side effect: %1").arg(p.value(QStringLiteral("symptom")).toString());
    const int sev = std::clamp(p.value(QStringLiteral("severity")).toInt(), 0, 3);
    d.summary = QCoreApplication::translate("Medication", "%1 · %2%3").arg(QCoreApplication::translate("Medication", severities[sev]),
                                   p.value(QStringLiteral("status")).toString() == QLatin1String("resolved") ? QCoreApplication::translate("Medication", "resolved") : QCoreApplication::translate("Medication", "ongoing"),
                                   medicineName.isEmpty() ? QString() : QCoreApplication::translate("Medication", " · %1").arg(medicineName));
    return d;
}

EntryDraft MedBackend::effectivenessDraft(const QJsonObject& m, int rating, const QString& note)
{
    EntryDraft d;
    d.kind = QStringLiteral("effectiveness");
    QJsonObject p{{QStringLiteral("medicineKey"), m.value(QStringLiteral("key")).toString()}, {QStringLiteral("rating"), rating}};
    if (!note.trimmed().isEmpty())
        p.insert(QStringLiteral("note"), note.trimmed());
    d.payload = p;
    d.title = QCoreApplication::translate("Medication", "%1 seems to help: %2 of 10").arg(m.value(QStringLiteral("name")).toString()).arg(rating);
    d.summary = note.trimmed();
    return d;
}

EntryDraft MedBackend::questionDraft(const QJsonObject& p)
{
    EntryDraft d;
    d.kind = QStringLiteral("question");
    d.payload = p;
    d.title = QCoreApplication::translate("Medication", "Question for my prescriber");
    d.summary = p.value(QStringLiteral("text")).toString()
                + (p.value(QStringLiteral("status")).toString() == QLatin1String("asked") ? QCoreApplication::translate("Medication", " · asked") : QString());
    return d;
}

QList<Entry> MedBackend::entries(const QString& kind, const QDate& from, int max) const
{
    EntryQuery q;
    q.kinds = {kind};
    q.oldestFirst = true;
    if (from.isValid())
        q.from = from.startOfDay();
    return journal().all(q, max).valueOr({});
}

void MedBackend::readNewest(const QString& kind, Loaded& loaded) const
{
    loaded.entries.clear();
    loaded.cursor.clear();
    EntryQuery q;
    q.kinds = {kind};
    do {
        q.limit = std::clamp(loaded.limit - int(loaded.entries.size()), 1, 1000);
        auto page = journal().query(q);
        if (!page.ok())
            return;
        loaded.entries += page->entries;
        loaded.cursor = page->nextCursor;
        q.cursor = page->nextCursor;
    } while (!q.cursor.isEmpty() && loaded.entries.size() < loaded.limit);
}

void MedBackend::readOlder(const QString& kind, Loaded& loaded, int page)
{
    if (loaded.cursor.isEmpty())
        return;
    EntryQuery q;
    q.kinds = {kind};
    q.cursor = loaded.cursor;
    q.limit = page;
    auto older = journal().query(q);
    if (!older.ok()) {
        report(older.error().toString());
        return;
    }
    loaded.entries += older->entries;
    loaded.cursor = older->nextCursor;
    loaded.limit += page; // the pages the client opened stay open through a refresh
    build();
}

void MedBackend::showMoreMedicines() { readOlder(QStringLiteral("medicine"), m_medicineList, kMedicinePage); }
void MedBackend::showOlderSideEffects() { readOlder(QStringLiteral("side-effect"), m_sideEffectList, kSideEffectPage); }
void MedBackend::showOlderQuestions() { readOlder(QStringLiteral("question"), m_questionList, kQuestionPage); }

Result<Entry> MedBackend::medicineByKey(const QString& key) const
{
    for (const Entry& e : m_medicineList.entries) {
        if (e.payload.value(QStringLiteral("key")).toString() == key)
            return journal().get(e.id); // as it is now, not as last read
    }
    // Not among those read: look further back, page by page.
    EntryQuery q;
    q.kinds = {QStringLiteral("medicine")};
    q.limit = 200;
    do {
        auto page = journal().query(q);
        if (!page.ok())
            return page.error();
        for (const Entry& e : page->entries) {
            if (e.payload.value(QStringLiteral("key")).toString() == key)
                return e;
        }
        q.cursor = page->nextCursor;
    } while (!q.cursor.isEmpty());
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("Medication", "No medicine with that key."));
}

namespace {
// A refused medicine in the form's words: the field's label and what to do,
// not the payload's path ("payload.schedule.times: needs ...", which a
// keyboard-only try met, clipped, under the form).
QString formProblem(const Error& e)
{
    struct Field {
        const char* path;
        const char* label;
        const char* hint; // nullptr: the label and the check's own words
    };
    static const Field fields[] = {
        {"payload.name", QT_TRANSLATE_NOOP("Medication", "Medicine"), QT_TRANSLATE_NOOP("Medication", "Write the medicine's name, as on the label.")},
        // The schedule and its times (payload.schedule.times[0] too).
        {"payload.schedule", QT_TRANSLATE_NOOP("Medication", "Times"),
         QT_TRANSLATE_NOOP("Medication", "Add the times of day you take it, such as 08:00 (several with commas: 08:00, 20:00), or tick As needed.")},
        {"payload.start", QT_TRANSLATE_NOOP("Medication", "Started"),
         QT_TRANSLATE_NOOP("Medication", "Write the day you started it as year-month-day, such as 2026-12-01.")},
        {"payload.stop", QT_TRANSLATE_NOOP("Medication", "Stopped"),
         QT_TRANSLATE_NOOP("Medication", "Write the day you stopped it as year-month-day, such as 2026-12-01, on or after the day you started; or leave it empty.")},
        {"payload.refill.date", QT_TRANSLATE_NOOP("Medication", "Last refill"),
         QT_TRANSLATE_NOOP("Medication", "Write the day of the last refill as year-month-day, such as 2026-12-01.")},
        {"payload.refill.supplyDays", QT_TRANSLATE_NOOP("Medication", "Days' supply"),
         QT_TRANSLATE_NOOP("Medication", "With a last refill, say how many days it lasts (1 to 400).")},
        {"payload.strength", QT_TRANSLATE_NOOP("Medication", "Strength"), nullptr},
        {"payload.dose", QT_TRANSLATE_NOOP("Medication", "Dose"), nullptr},
        {"payload.route", QT_TRANSLATE_NOOP("Medication", "How"), nullptr},
        {"payload.prescriber", QT_TRANSLATE_NOOP("Medication", "Prescriber"), nullptr},
        {"payload.purpose", QT_TRANSLATE_NOOP("Medication", "For"), nullptr},
    };
    for (const Field& f : fields) {
        const QString path = QLatin1String(f.path);
        if (e.field == path || e.field.startsWith(path + QLatin1Char('[')) || e.field.startsWith(path + QLatin1Char('.'))) {
            return QCoreApplication::translate("Medication", "%1: %2")
                .arg(QCoreApplication::translate("Medication", f.label), f.hint ? QCoreApplication::translate("Medication", f.hint) : e.message);
        }
    }
    return e.toString();
}
} // namespace

QString MedBackend::saveMedicine(const QString& id, const QVariantMap& form)
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
    QJsonObject m{{QStringLiteral("key"), key}};
    for (const char* k : {"name", "code", "strength", "dose", "route", "prescriber", "purpose", "start", "stop"}) {
        const QString v = form.value(QLatin1String(k)).toString().trimmed();
        if (!v.isEmpty())
            m.insert(QLatin1String(k), v);
    }
    QJsonObject schedule;
    if (form.value(QStringLiteral("asNeeded")).toBool()) {
        schedule.insert(QStringLiteral("asNeeded"), true);
    } else {
        QJsonArray times;
        for (const QString& time : form.value(QStringLiteral("times")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            times << time.trimmed();
        schedule.insert(QStringLiteral("times"), times);
    }
    m.insert(QStringLiteral("schedule"), schedule);
    if (!form.value(QStringLiteral("refillDate")).toString().isEmpty())
        m.insert(QStringLiteral("refill"), QJsonObject{{QStringLiteral("date"), form.value(QStringLiteral("refillDate")).toString()},
                                                       {QStringLiteral("supplyDays"), form.value(QStringLiteral("supplyDays")).toInt()}});
    auto saved = save(id, medicineDraft(m)); // an edit keeps the medicine's time
    if (!saved.ok()) {
        report(formProblem(saved.error()));
        return {};
    }
    report(QString());
    logger().info(QStringLiteral("medicine saved"));
    return saved->id;
}

QVariantMap MedBackend::loadMedicine(const QString& id)
{
    auto e = journal().get(id);
    if (!e.ok()) {
        report(e.error().toString());
        return {};
    }
    const QJsonObject p = e->payload;
    QVariantMap m = p.toVariantMap();
    m[QStringLiteral("id")] = e->id;
    m[QStringLiteral("asNeeded")] = p.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("asNeeded")).toBool();
    m[QStringLiteral("times")] = m.value(QStringLiteral("asNeeded")).toBool() ? QString() : scheduleLabel(p);
    m[QStringLiteral("refillDate")] = p.value(QStringLiteral("refill")).toObject().value(QStringLiteral("date")).toString();
    m[QStringLiteral("supplyDays")] = p.value(QStringLiteral("refill")).toObject().value(QStringLiteral("supplyDays")).toInt();
    // The history of dose, strength and schedule, newest first.
    QVariantList changes;
    QString previous = regimen(p);
    for (const Revision& r : journal().history(id).valueOr({})) {
        const QString was = regimen(r.entry.payload);
        if (was != previous)
            changes << QVariantMap{{QStringLiteral("until"), QLocale().toString(r.savedAt.toLocalTime().date(), QStringLiteral("d MMM yyyy"))},
                                   {QStringLiteral("was"), was}};
        previous = was;
    }
    m[QStringLiteral("changes")] = changes;
    return m;
}

QString MedBackend::logDose(const QString& medicineKey, const QString& slot, const QString& status, const QString& reason)
{
    auto m = medicineByKey(medicineKey);
    if (!m.ok()) {
        report(m.error().toString());
        return {};
    }
    EntryDraft d = doseDraft(m->payload, slotFromKey(slot), status, reason);
    auto added = journal().add(d);
    if (!added.ok()) {
        report(added.error().toString());
        return {};
    }
    report(QString());
    return added->id;
}

QString MedBackend::logSideEffect(const QString& medicineKey, const QString& symptom, int severity, const QString& onset)
{
    QJsonObject p{{QStringLiteral("symptom"), symptom.trimmed()}, {QStringLiteral("severity"), severity},
                  {QStringLiteral("onset"), onset.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : onset},
                  {QStringLiteral("status"), QStringLiteral("ongoing")}};
    QString name;
    if (!medicineKey.isEmpty()) {
        p.insert(QStringLiteral("medicineKey"), medicineKey);
        if (auto m = medicineByKey(medicineKey); m.ok())
            name = m->payload.value(QStringLiteral("name")).toString();
    }
    auto added = journal().add(sideEffectDraft(p, name));
    if (!added.ok()) {
        report(added.error().field == QLatin1String("payload.symptom") ? QCoreApplication::translate("Medication", "Describe the side effect first.") : added.error().toString());
        return {};
    }
    report(QString());
    // Only side effects logged here: imported or sample ones are not this module's business.
    const bool severe = severity == 3;
    if (severe)
        context().offerSupport(QStringLiteral("severe-side-effect")); // a code, never the symptom
    if (severe != m_lastSevere) {
        m_lastSevere = severe;
        emit lastSideEffectSevereChanged();
    }
    return added->id;
}

bool MedBackend::resolveSideEffect(const QString& id)
{
    auto e = journal().get(id);
    if (!e.ok())
        return report(e.error().toString());
    QJsonObject p = e->payload;
    p.insert(QStringLiteral("status"), QStringLiteral("resolved"));
    p.insert(QStringLiteral("resolvedOn"), QDate::currentDate().toString(Qt::ISODate));
    QString name;
    if (auto m = medicineByKey(p.value(QStringLiteral("medicineKey")).toString()); m.ok())
        name = m->payload.value(QStringLiteral("name")).toString();
    return report(save(id, sideEffectDraft(p, name)).status()); // keeps the side effect's time
}

QString MedBackend::rate(const QString& medicineKey, int rating, const QString& note)
{
    if (rating < 0 || rating > 10) {
        report(QCoreApplication::translate("Medication", "Move the slider to the rating you mean first."));
        return {};
    }
    auto m = medicineByKey(medicineKey);
    if (!m.ok()) {
        report(m.error().toString());
        return {};
    }
    auto added = journal().add(effectivenessDraft(m->payload, rating, note));
    if (!added.ok()) {
        report(added.error().toString());
        return {};
    }
    report(QString());
    return added->id;
}

QString MedBackend::addQuestion(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        report(QCoreApplication::translate("Medication", "Write the question first."));
        return {};
    }
    auto added = journal().add(questionDraft({{QStringLiteral("text"), text.trimmed()}, {QStringLiteral("status"), QStringLiteral("open")}}));
    if (!added.ok()) {
        report(added.error().toString());
        return {};
    }
    report(QString());
    return added->id;
}

bool MedBackend::markAsked(const QString& id)
{
    auto e = journal().get(id);
    if (!e.ok())
        return report(e.error().toString());
    QJsonObject p = e->payload;
    p.insert(QStringLiteral("status"), QStringLiteral("asked"));
    p.insert(QStringLiteral("askedOn"), QDate::currentDate().toString(Qt::ISODate));
    return report(save(id, questionDraft(p)).status()); // keeps the question's time
}

// The moods of the entries this module may read (journal check-ins), from
// `from` to `to`: how many, the average, the range, and each half's average.
QStringList MedBackend::moodLines(const QDate& from, const QDate& to) const
{
    // By local day, worked out by the journal: no check-ins are read.
    AggregateQuery q;
    q.kinds = {QStringLiteral("journal/checkin")}; // not the questionnaires it may also read
    q.from = from.startOfDay();
    q.to = to.addDays(1).startOfDay();
    q.period = AggregateQuery::Period::Day;
    q.value = QStringLiteral("mood");
    const QList<AggregateRow> days = journal().aggregate(q).valueOr({});
    const QDate middle = from.addDays((from.daysTo(to) + 1) / 2);
    double lowest = 10, highest = 0, sum = 0;
    qint64 count = 0;
    qint64 halfCount[2] = {0, 0};
    double halfSum[2] = {0, 0};
    for (const AggregateRow& d : days) {
        if (d.valued == 0 || d.period < from || d.period > to)
            continue;
        lowest = std::min(lowest, d.minimum);
        highest = std::max(highest, d.maximum);
        sum += d.sum;
        count += d.valued;
        const int half = d.period < middle ? 0 : 1;
        halfCount[half] += d.valued;
        halfSum[half] += d.sum;
    }
    const auto avg = [](double total, qint64 n) { return QLocale().toString(total / double(n), 'f', 1); };
    QStringList out;
    if (count == 0) {
        out << QCoreApplication::translate("Medication", "Mood over this period") << QCoreApplication::translate("Medication", "  No mood recorded in these days.");
        return out;
    }
    out << (count == 1 ? QCoreApplication::translate("Medication", "Mood over this period (0 lowest, 10 best), from 1 check-in")
                       : QCoreApplication::translate("Medication", "Mood over this period (0 lowest, 10 best), from %1 check-ins").arg(count))
        << QCoreApplication::translate("Medication", "  Average %1, lowest %2, highest %3").arg(avg(sum, count)).arg(qRound(lowest)).arg(qRound(highest));
    if (halfCount[0] > 0 && halfCount[1] > 0)
        out << QCoreApplication::translate("Medication", "  First half of the period %1, second half %2").arg(avg(halfSum[0], halfCount[0]), avg(halfSum[1], halfCount[1]));
    return out;
}

QVariantList MedBackend::assessmentTotals(int days) const
{
    days = std::clamp(days, 1, 730);
    const QDate to = QDate::currentDate();
    const QDate from = to.addDays(1 - days);
    QVariantList out;
    for (const Measure& m : measures()) {
        // The newest kAssessmentRead of the period (bounded), listed oldest first;
        // unreadable (not allowed yet, no such module) reads as none.
        EntryQuery q;
        q.kinds = {QLatin1String(m.kind)};
        q.from = from.startOfDay();
        q.to = to.addDays(1).startOfDay();
        q.limit = kAssessmentRead;
        const auto page = journal().query(q);
        QVariantList items;
        qint64 earlier = 0;
        if (page.ok()) {
            for (auto it = page->entries.crbegin(); it != page->entries.crend(); ++it) {
                const int total = it->payload.value(QStringLiteral("total")).toInt(-1);
                if (total < 0 || total > m.maximum)
                    continue; // not a total this summary can stand behind
                items << QVariantMap{{QStringLiteral("total"), total},
                                     {QStringLiteral("band"), bandWords(m, it->payload.value(QStringLiteral("band")).toString(), total)},
                                     {QStringLiteral("date"), QLocale().toString(it->localOccurredAt().date(), QStringLiteral("d MMM yyyy"))}};
            }
            if (!page->nextCursor.isEmpty())
                earlier = journal().count(q).valueOr(0) - page->entries.size();
        }
        out << QVariantMap{{QStringLiteral("kind"), QLatin1String(m.kind)}, {QStringLiteral("name"), t(m.name)},
                           {QStringLiteral("maximum"), m.maximum}, {QStringLiteral("totals"), items},
                           {QStringLiteral("earlier"), earlier}};
    }
    return out;
}

QStringList MedBackend::assessmentLines(int days) const
{
    QStringList out{QCoreApplication::translate("Medication", "Questionnaires in this period")};
    bool any = false;
    for (const QVariant& v : assessmentTotals(days)) {
        const QVariantMap m = v.toMap();
        const QVariantList totals = m.value(QStringLiteral("totals")).toList();
        out << QCoreApplication::translate("Medication", "  %1, total 0-%2").arg(m.value(QStringLiteral("name")).toString()).arg(m.value(QStringLiteral("maximum")).toInt());
        if (totals.isEmpty())
            out << QCoreApplication::translate("Medication", "    None in this period.");
        if (const qint64 earlier = m.value(QStringLiteral("earlier")).toLongLong(); earlier > 0)
            out << QCoreApplication::translate("Medication", "    (%1 earlier in the period, not listed)").arg(earlier);
        for (const QVariant& item : totals) {
            const QVariantMap i = item.toMap();
            const QString band = i.value(QStringLiteral("band")).toString();
            out << (band.isEmpty() ? QCoreApplication::translate("Medication", "    %1: %2").arg(i.value(QStringLiteral("date")).toString()).arg(i.value(QStringLiteral("total")).toInt())
                                   : QCoreApplication::translate("Medication", "    %1: %2, %3").arg(i.value(QStringLiteral("date")).toString()).arg(i.value(QStringLiteral("total")).toInt()).arg(band));
            any = true;
        }
    }
    if (!any)
        out << QCoreApplication::translate("Medication", "  Totals you fill in with the Assessments module appear here, once Medication may read them.");
    return out;
}

QString MedBackend::summaryText(int days)
{
    days = std::clamp(days, 1, 730);
    const QDate to = QDate::currentDate();
    const QDate from = to.addDays(1 - days);
    const QDateTime now = QDateTime::currentDateTime();
    const QLocale l;
    const auto doses = eventsByMedicine(entries(QStringLiteral("dose"), from));
    const QList<Entry> ratings = entries(QStringLiteral("effectiveness"), from);
    QStringList out;
    out << QCoreApplication::translate("Medication", "Medication summary, %1 to %2").arg(l.toString(from, QStringLiteral("d MMM yyyy")), l.toString(to, QStringLiteral("d MMM yyyy")))
        << QCoreApplication::translate("Medication", "What was recorded in Tessera. It is a record, not advice.") << QString();
    // The whole period's doses and ratings: read when the summary is asked
    // for, never at start. Every line from the payload (issue 17).
    QHash<QString, QString> names;
    for (const Entry& e : entries(QStringLiteral("medicine"), {}, 1000)) {
        const QJsonObject m = e.payload;
        const QString key = m.value(QStringLiteral("key")).toString();
        names.insert(key, m.value(QStringLiteral("name")).toString());
        const Schedule s = Schedule::fromPayload(m, e.createdAt);
        const Adherence a = adherence(s, doses.value(key), from, to, now);
        out << QStringLiteral("%1 (%2), %3").arg(medicineTitle(m), details(m), scheduleLabel(m));
        if (!m.value(QStringLiteral("purpose")).toString().isEmpty())
            out << QCoreApplication::translate("Medication", "  For: %1").arg(m.value(QStringLiteral("purpose")).toString());
        if (s.asNeeded)
            out << QCoreApplication::translate("Medication", "  Times taken as needed: %1").arg(a.asNeeded);
        else if (const QDate added = e.createdAt.toLocalTime().date(); added.isValid() && added > from && (!s.start.isValid() || added > s.start))
            // Counted from the day Tessera was told (doses logged for the days before count too).
            out << QCoreApplication::translate("Medication", "  Doses taken: %1 of %2 scheduled since it was added to Tessera on %3 (%4)")
                       .arg(a.taken).arg(a.expected).arg(l.toString(added, QStringLiteral("d MMM yyyy")), percent(a.percent()));
        else
            out << QCoreApplication::translate("Medication", "  Doses taken: %1 of %2 scheduled (%3)").arg(a.taken).arg(a.expected).arg(percent(a.percent()));
        QList<int> scores;
        for (const Entry& r : ratings) {
            if (r.payload.value(QStringLiteral("medicineKey")).toString() == key)
                scores << r.payload.value(QStringLiteral("rating")).toInt();
        }
        if (scores.size() == 1) {
            out << QCoreApplication::translate("Medication", "  How well it seems to work (0-10): %1, one rating").arg(scores.first());
        } else if (scores.size() > 1) {
            out << QCoreApplication::translate("Medication", "  How well it seems to work (0-10): first %1, latest %2, %3 ratings")
                       .arg(scores.first()).arg(scores.last()).arg(scores.size());
        }
        for (const QVariant& c : loadMedicine(e.id).value(QStringLiteral("changes")).toList())
            out << QCoreApplication::translate("Medication", "  Changed on %1; before that: %2").arg(c.toMap().value(QStringLiteral("until")).toString(), c.toMap().value(QStringLiteral("was")).toString());
        out << QString();
    }
    out << QCoreApplication::translate("Medication", "Side effects");
    int listed = 0;
    for (const Entry& e : entries(QStringLiteral("side-effect"), {}, 1000)) {
        const QJsonObject p = e.payload;
        const QDate resolved = QDate::fromString(p.value(QStringLiteral("resolvedOn")).toString(), Qt::ISODate);
        if (resolved.isValid() && resolved < from)
            continue;
        out << QStringLiteral("  %1: %2").arg(p.value(QStringLiteral("symptom")).toString(),
                                              sideEffectDraft(p, names.value(p.value(QStringLiteral("medicineKey")).toString())).summary)
                   + QCoreApplication::translate("Medication", " (since %1)").arg(p.value(QStringLiteral("onset")).toString());
        ++listed;
    }
    if (listed == 0)
        out << QCoreApplication::translate("Medication", "  None recorded.");
    out << QString() << moodLines(from, to) << QString() << assessmentLines(days) << QString() << QCoreApplication::translate("Medication", "Questions for my prescriber");
    int open = 0;
    for (const Entry& q : entries(QStringLiteral("question"), {}, 1000)) {
        if (q.payload.value(QStringLiteral("status")).toString() != QLatin1String("open"))
            continue;
        out << QStringLiteral("  - ") + q.payload.value(QStringLiteral("text")).toString();
        ++open;
    }
    if (open == 0)
        out << QCoreApplication::translate("Medication", "  None written down.");
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString MedBackend::saveSummary(int days, const QString& folder)
{
    QString dir = folder;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("medication-summary-%1.txt").arg(QDate::currentDate().toString(Qt::ISODate)));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(summaryText(days).toUtf8()) < 0 || !f.commit()) {
        report(QCoreApplication::translate("Medication", "Could not write %1: %2").arg(path, f.errorString()));
        return {};
    }
    report(QString());
    return path;
}



void MedBackend::refresh()
{
    // A window, not the history (issue 18): a page of medicines, side effects
    // and questions, 30 days of doses up to kDoseCap, the newest ratings, and
    // the ratings chart as an aggregate. The same after every save.
    const QDate today = QDate::currentDate();
    readNewest(QStringLiteral("medicine"), m_medicineList);
    readNewest(QStringLiteral("side-effect"), m_sideEffectList);
    readNewest(QStringLiteral("question"), m_questionList);

    EntryQuery doses;
    doses.kinds = {QStringLiteral("dose")};
    doses.from = today.addDays(-29).startOfDay();
    doses.limit = kDoseCap;
    auto page = journal().query(doses);
    m_doses = page.ok() ? page->entries : QList<Entry>{};
    m_doseFrom = today.addDays(-29);
    if (page.ok() && !page->nextCursor.isEmpty() && !m_doses.isEmpty()) {
        // More than the cap in 30 days: the figures cover the days read whole.
        m_doseFrom = std::max(m_doseFrom, m_doses.last().localOccurredAt().date().addDays(1));
    }
    m_doseDays = int(std::clamp<qint64>(m_doseFrom.daysTo(today) + 1, 0, 30));

    EntryQuery ratings;
    ratings.kinds = {QStringLiteral("effectiveness")};
    ratings.limit = kRatingRead;
    m_latestRatings = journal().query(ratings).valueOr({}).entries;
    AggregateQuery chart;
    chart.kinds = {QStringLiteral("effectiveness")};
    chart.from = today.addDays(-89).startOfDay();
    chart.period = AggregateQuery::Period::Day;
    chart.groupBy = QStringLiteral("payload.medicineKey");
    chart.value = QStringLiteral("payload.rating");
    chart.limit = 10000;
    m_ratingDays = journal().aggregate(chart).valueOr({});
    build();
    syncReminders();
}

void MedBackend::build()
{
    const QDate today = QDate::currentDate();
    const QDateTime now = QDateTime::currentDateTime();
    const auto doses = eventsByMedicine(m_doses);
    // The ratings chart: each day's rating (the average, on a day with more than one).
    QHash<QString, QVariantList> points;
    QHash<QString, AggregateRow> lastDay;
    for (const AggregateRow& r : m_ratingDays) {
        if (r.valued == 0 || !r.period.isValid())
            continue;
        points[r.group] << QVariantMap{{QStringLiteral("offset"), today.addDays(-89).daysTo(r.period)}, {QStringLiteral("value"), r.average}};
        lastDay.insert(r.group, r);
    }
    QHash<QString, int> latest;
    for (const Entry& r : m_latestRatings) { // newest first
        const QString key = r.payload.value(QStringLiteral("medicineKey")).toString();
        if (!latest.contains(key))
            latest.insert(key, r.payload.value(QStringLiteral("rating")).toInt());
    }

    // Current medicines first, then stopped ones; each newest first.
    QList<Entry> medicines = m_medicineList.entries;
    std::stable_partition(medicines.begin(), medicines.end(), [&today](const Entry& e) {
        const Schedule s = Schedule::fromPayload(e.payload);
        return !(s.stop.isValid() && s.stop < today);
    });
    m_medicines.clear();
    m_today.clear();
    QHash<QString, QString> names;
    for (const Entry& e : medicines) {
        // Everything shown comes from the payload, wherever the entry came from
        // (tessera-cli writes a title of its own and no summary: issue 17).
        const QJsonObject m = e.payload;
        const QString key = m.value(QStringLiteral("key")).toString();
        const QString title = medicineTitle(m);
        names.insert(key, m.value(QStringLiteral("name")).toString());
        const Schedule s = Schedule::fromPayload(m, e.createdAt);
        const QList<DoseEvent> ev = doses.value(key);
        const Adherence a7 = adherence(s, ev, std::max(today.addDays(-6), m_doseFrom), today, now);
        const Adherence a30 = adherence(s, ev, m_doseFrom, today, now);
        int latestRating = latest.value(key, -1);
        if (latestRating < 0 && lastDay.contains(key))
            latestRating = qRound(lastDay.value(key).average);
        const bool stopped = s.stop.isValid() && s.stop < today;
        m_medicines << QVariantMap{
            {QStringLiteral("id"), e.id}, {QStringLiteral("key"), key}, {QStringLiteral("name"), title},
            {QStringLiteral("details"), details(m)}, {QStringLiteral("scheduleLabel"), scheduleLabel(m)},
            {QStringLiteral("asNeeded"), s.asNeeded}, {QStringLiteral("purpose"), m.value(QStringLiteral("purpose")).toString()},
            {QStringLiteral("prescriber"), m.value(QStringLiteral("prescriber")).toString()}, {QStringLiteral("stopped"), stopped},
            {QStringLiteral("adherence7"), a7.percent()}, {QStringLiteral("adherence30"), a30.percent()},
            {QStringLiteral("asNeeded7"), a7.asNeeded}, {QStringLiteral("daysLeft"), daysOfSupplyLeft(m, today)},
            {QStringLiteral("effectiveness"), points.value(key)}, {QStringLiteral("latestRating"), latestRating}};
        if (stopped)
            continue;
        QHash<QString, QString> logged;
        for (const DoseEvent& d : ev) {
            if (d.slot.isValid() && !logged.contains(slotKey(d.slot)))
                logged.insert(slotKey(d.slot), d.status); // newest first: the latest record of a slot
        }
        for (const QDateTime& slot : slotsOn(s, today))
            m_today << QVariantMap{{QStringLiteral("medicineKey"), key}, {QStringLiteral("name"), title},
                                   {QStringLiteral("details"), details(m)}, {QStringLiteral("slot"), slotKey(slot)},
                                   {QStringLiteral("time"), slot.time().toString(QStringLiteral("HH:mm"))},
                                   {QStringLiteral("status"), logged.value(slotKey(slot))},
                                   {QStringLiteral("statusLabel"), statusLabel(logged.value(slotKey(slot)))},
                                   {QStringLiteral("taken"), doseStatus(logged.value(slotKey(slot))) == DoseStatus::Taken
                                                                 || doseStatus(logged.value(slotKey(slot))) == DoseStatus::TakenLate}};
    }
    std::stable_sort(m_today.begin(), m_today.end(), [](const QVariant& a, const QVariant& b) {
        return a.toMap().value(QStringLiteral("time")).toString() < b.toMap().value(QStringLiteral("time")).toString();
    });
    m_sideEffects.clear();
    QVariantList resolved;
    for (const Entry& e : m_sideEffectList.entries) {
        const QJsonObject p = e.payload;
        const QString medicine = names.value(p.value(QStringLiteral("medicineKey")).toString());
        const QVariantMap item{{QStringLiteral("id"), e.id}, {QStringLiteral("symptom"), p.value(QStringLiteral("symptom")).toString()},
                               {QStringLiteral("medicine"), medicine},
                               {QStringLiteral("severity"), p.value(QStringLiteral("severity")).toInt()},
                               {QStringLiteral("summary"), sideEffectDraft(p, medicine).summary},
                               {QStringLiteral("onset"), p.value(QStringLiteral("onset")).toString()},
                               {QStringLiteral("status"), p.value(QStringLiteral("status")).toString()},
                               {QStringLiteral("resolvedOn"), p.value(QStringLiteral("resolvedOn")).toString()}};
        (p.value(QStringLiteral("status")).toString() == QLatin1String("ongoing") ? m_sideEffects : resolved) << item;
    }
    m_sideEffects += resolved;
    m_questions.clear();
    for (const Entry& e : m_questionList.entries) {
        if (e.payload.value(QStringLiteral("status")).toString() == QLatin1String("open"))
            m_questions << QVariantMap{{QStringLiteral("id"), e.id}, {QStringLiteral("text"), e.payload.value(QStringLiteral("text")).toString()},
                                       {QStringLiteral("added"), QLocale().toString(e.localOccurredAt().date(), QStringLiteral("d MMM yyyy"))}};
    }
    emit dataChanged();
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

QString MedBackend::doseItemId(const QString& medicineKey, const QTime& time)
{
    const QByteArray hash = QCryptographicHash::hash(medicineKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(10);
    return QStringLiteral("dose-%1-%2").arg(QString::fromLatin1(hash), time.toString(QStringLiteral("HHmm")));
}

QList<MedBackend::ScheduledDose> MedBackend::scheduledDoses(const QDate& day) const
{
    const QDate today = QDate::currentDate();
    // The doses recorded: from what refresh() read for the last 30 days, else
    // that day's (a dose is recorded on its day or soon after: two days read).
    QList<Entry> doses;
    if (m_doseFrom.isValid() && day >= m_doseFrom && day <= today) {
        doses = m_doses;
    } else {
        EntryQuery q;
        q.kinds = {QStringLiteral("dose")};
        q.from = day.startOfDay();
        q.to = day.addDays(2).startOfDay();
        q.limit = kDoseCap;
        doses = journal().query(q).valueOr({}).entries;
    }
    QHash<QString, QString> logged; // "medicineKey slot" -> status, the newest record
    for (const Entry& d : doses) {
        const QString key = d.payload.value(QStringLiteral("medicineKey")).toString() + QLatin1Char(' ')
                            + d.payload.value(QStringLiteral("slot")).toString();
        if (!logged.contains(key))
            logged.insert(key, d.payload.value(QStringLiteral("status")).toString());
    }
    QList<ScheduledDose> out;
    QSet<QString> ids;
    for (const Entry& e : m_medicineList.entries) {
        const QJsonObject m = e.payload;
        const QString key = m.value(QStringLiteral("key")).toString();
        for (const QDateTime& slot : slotsOn(Schedule::fromPayload(m), day)) {
            ScheduledDose d;
            d.itemId = doseItemId(key, slot.time());
            if (ids.contains(d.itemId))
                continue; // the same time twice
            ids.insert(d.itemId);
            d.medicineKey = key;
            d.title = medicineTitle(m);
            d.details = details(m);
            d.slot = slot;
            d.status = doseStatus(logged.value(key + QLatin1Char(' ') + slotKey(slot)));
            out << d;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ScheduledDose& a, const ScheduledDose& b) { return a.slot < b.slot; });
    return out;
}

QList<DueItem> MedBackend::dueItems(const QDate& day) const
{
    QList<DueItem> out;
    for (const ScheduledDose& d : scheduledDoses(day)) {
        DueItem i;
        i.id = d.itemId;
        i.title = oneLine(d.title, 80);
        i.dueDate = day;
        i.time = d.slot.time();
        i.pageId = QStringLiteral("today");
        switch (d.status) {
        case DoseStatus::NotRecorded:
            i.state = DueItem::State::Due;
            i.detail = oneLine(d.details, 120);
            // Only a dose not recorded yet can be marked in one step: a dose
            // already recorded is changed on the Today page.
            i.setOffersDone(true);
            i.setOffersSkip(true);
            break;
        case DoseStatus::Taken:
        case DoseStatus::TakenLate:
            i.state = DueItem::State::Done;
            i.detail = doseStatusLabel(d.status);
            break;
        case DoseStatus::Skipped:
        case DoseStatus::Missed:
            i.state = DueItem::State::Skipped;
            i.detail = doseStatusLabel(d.status);
            break;
        }
        out << i;
    }
    return out;
}

Status MedBackend::actOnDueItem(const QDate& day, const QString& itemId, DueItemActions::Action action)
{
    const QList<ScheduledDose> doses = scheduledDoses(day);
    const auto it = std::find_if(doses.cbegin(), doses.cend(), [&itemId](const ScheduledDose& d) { return d.itemId == itemId; });
    if (it == doses.cend())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("Medication", "This dose is no longer on the list for that day."));
    if (it->status != DoseStatus::NotRecorded)
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("Medication", "This dose was already recorded. You can change it on the Today page."));
    // What the Today page's "Taken" and "Skipped" buttons call.
    const QString status = doseStatusCode(action == DueItemActions::Action::Done ? DoseStatus::Taken : DoseStatus::Skipped);
    if (logDose(it->medicineKey, slotKey(it->slot), status, QString()).isEmpty())
        return makeError(ErrorCode::Internal, lastError().isEmpty() ? QCoreApplication::translate("Medication", "The dose could not be recorded.") : lastError());
    refresh(); // now, not on the next turn: the host asks dueItems() again at once
    return {};
}

QList<Reminder> MedBackend::doseReminders() const
{
    const QDate today = QDate::currentDate();
    QList<Reminder> out;
    QSet<QString> ids;
    for (const Entry& e : m_medicineList.entries) {
        const QJsonObject m = e.payload;
        const Schedule s = Schedule::fromPayload(m);
        if (s.asNeeded || !s.start.isValid() || (s.stop.isValid() && (s.stop < today || s.stop < s.start)))
            continue;
        for (const QTime& time : s.times) {
            Reminder r;
            r.id = doseItemId(m.value(QStringLiteral("key")).toString(), time);
            if (ids.contains(r.id))
                continue;
            ids.insert(r.id);
            r.title = oneLine(medicineTitle(m), 80);
            r.pageId = QStringLiteral("today");
            r.startDate = s.start; // stable: the same reminder at every start
            r.endDate = s.stop;
            r.time = QTime(time.hour(), time.minute());
            r.repeat = Reminder::Repeat::Daily; // a medicine's schedule is times of day, every day
            r.dueItemId = r.id;
            out << r;
        }
    }
    std::sort(out.begin(), out.end(), [](const Reminder& a, const Reminder& b) { return a.id < b.id; });
    if (out.size() > 200)
        out.resize(200);
    return out;
}

void MedBackend::syncReminders()
{
    const Status s = context().reminders().replaceAll(doseReminders());
    if (!s.ok()) // the field and the rule, never a medicine's name
        logger().warning(QStringLiteral("dose reminders not updated: %1").arg(s.error().field.isEmpty() ? s.error().message : s.error().field));
}

} // namespace tessera::medication
