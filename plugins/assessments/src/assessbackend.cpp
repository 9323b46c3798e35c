#include "assessbackend.h"

#include <tessera/sdk/journal.h>
#include <tessera/sdk/plugincontext.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace tessera::assessments {

using namespace tessera::sdk;

namespace {
const QString kDraft = QStringLiteral("draft");
const QString kItem9Reason = QStringLiteral("phq9-item9");

QVariantMap itemMap(const Item& item)
{
    QVariantList options;
    for (const Option& o : item.options)
        options << QVariantMap{{QStringLiteral("text"), o.text}, {QStringLiteral("value"), o.value}};
    return {{QStringLiteral("number"), item.number}, {QStringLiteral("code"), item.code},
            {QStringLiteral("text"), item.text}, {QStringLiteral("options"), options}};
}

// A day as the other modules write it on Today ("Ready since 8 Dec"): Today showed
// "Ready since 6 December" beside Goals' "Ready since 8 Dec".
QString dayText(const QDate& d) { return QLocale().toString(d, QStringLiteral("d MMM")); }

QString optionText(const Item& item, int value)
{
    for (const Option& o : item.options) {
        if (o.value == value)
            return o.text;
    }
    return {};
}
} // namespace

AssessBackend::AssessBackend(PluginContext& context, QObject* parent)
    : ModuleBackend(context, parent), m_schedule(parseSchedule(context.settings()))
{
    for (const QString& w : m_schedule.warnings)
        logger().warning(QStringLiteral("clinic profile settings: %1").arg(w));
    // Issue 30: the first refresh (every measure's results, the drafts, the
    // reminders) waits for the app's first frame; what Today asks for now,
    // the day each scheduled measure was last filled in, is read here, one
    // entry per scheduled measure. Where nothing waits it has run already.
    watchJournalAfterStart(DueItems::WithoutRefresh);
    if (firstRefreshWaits())
        readLastDates();
}

void AssessBackend::readLastDates()
{
    for (const ScheduledMeasure& m : m_schedule.measures) {
        EntryQuery newest;
        newest.kinds = {m.id};
        newest.limit = 1;
        auto page = journal().query(newest);
        if (!page.ok()) {
            report(page.error().toString());
            return;
        }
        m_known[m.id].lastDate = page->entries.isEmpty() ? QDate() : page->entries.first().localOccurredAt().date();
    }
}

AssessBackend::~AssessBackend() = default;

void AssessBackend::refresh()
{
    // A bounded read, whatever the length of the journal: per measure its two
    // newest and its first result; and the few drafts (issue 18).
    for (const QString& id : instrumentIds()) {
        Known k;
        EntryQuery newest;
        newest.kinds = {id};
        newest.limit = 2;
        auto page = journal().query(newest);
        if (!page.ok()) {
            report(page.error().toString());
            return;
        }
        const auto& entries = page->entries;
        if (!entries.isEmpty()) {
            const QJsonObject p = entries.first().payload;
            k.lastTotal = p.value(QStringLiteral("total")).toInt();
            k.lastBand = p.value(QStringLiteral("band")).toString();
            k.lastDate = entries.first().localOccurredAt().date();
            // With one result there is nothing to compare it with (it is its own first).
            if (entries.size() > 1) {
                k.previousTotal = entries.at(1).payload.value(QStringLiteral("total")).toInt();
                EntryQuery oldest = newest;
                oldest.limit = 1;
                oldest.oldestFirst = true;
                auto first = journal().query(oldest);
                if (first.ok() && !first->entries.isEmpty())
                    k.firstTotal = first->entries.first().payload.value(QStringLiteral("total")).toInt();
            }
        }
        m_known.insert(id, k);
    }
    EntryQuery drafts;
    drafts.kinds = {kDraft};
    drafts.limit = 6;
    auto page = journal().query(drafts);
    if (!page.ok()) {
        report(page.error().toString());
        return;
    }
    for (auto it = m_known.begin(); it != m_known.end(); ++it) {
        it->draftId.clear();
        it->draftAnswers.clear();
        it->draftDifficulty = -1;
    }
    for (const Entry& e : page->entries) { // newest first: the first per measure wins
        const QString measure = e.payload.value(QStringLiteral("measure")).toString();
        const Instrument* inst = instrument(measure);
        if (!inst || !m_known[measure].draftId.isEmpty())
            continue;
        Known& k = m_known[measure];
        k.draftId = e.id;
        k.draftAnswers = answersOf(*inst, e.payload);
        k.draftDifficulty = e.payload.value(QStringLiteral("difficulty")).toInt(-1);
    }
    rebuildMeasures();
    syncReminders();
    if (!m_resultsMeasure.isEmpty())
        showResults(m_resultsMeasure);
}

QList<Reminder> AssessBackend::wantedReminders(const QDate& today, const QList<Reminder>& scheduled) const
{
    QList<Reminder> out;
    if (!m_schedule.reminders)
        return out;
    for (const ScheduledMeasure& m : m_schedule.measures) {
        const Instrument* inst = instrument(m.id);
        Reminder r;
        r.id = QStringLiteral("questionnaire-") + m.id;
        r.title = QCoreApplication::translate("Assessments", "%1 questionnaire").arg(inst->name);
        r.pageId = QStringLiteral("fill");
        r.time = m_schedule.reminderTime;
        r.repeat = Reminder::Repeat::EveryNDays;
        r.interval = std::clamp(m.everyDays, 1, 366);
        r.dueItemId = m.id;
        const QDate last = m_known.value(m.id).lastDate;
        if (last.isValid()) {
            r.startDate = last.addDays(std::max(1, m.everyDays));
        } else {
            // Never filled in: due from the day it was first scheduled, a date
            // kept across starts (else each start would move it to its day).
            r.startDate = today;
            for (const Reminder& old : scheduled) {
                if (old.id == r.id && old.startDate.isValid() && old.startDate <= today)
                    r.startDate = old.startDate;
            }
        }
        out << r;
    }
    return out;
}

void AssessBackend::syncReminders()
{
    QList<Reminder> scheduled;
    if (auto now = context().reminders().list(); now.ok())
        scheduled = now.value();
    const Status s = context().reminders().replaceAll(wantedReminders(QDate::currentDate(), scheduled));
    if (!s.ok()) // never a title: only the host's message (it names the field)
        logger().warning(QStringLiteral("could not keep the questionnaire reminders: %1").arg(s.error().toString()));
}

void AssessBackend::rebuildMeasures()
{
    const QDate today = QDate::currentDate();
    m_measures.clear();
    for (const QString& id : instrumentIds()) {
        const Instrument* inst = instrument(id);
        const Known k = m_known.value(id);
        const int every = m_schedule.everyDays(id);
        QString state = QStringLiteral("unscheduled");
        QString label = QCoreApplication::translate("Assessments", "Not on your schedule: fill it in whenever you like.");
        if (every > 0) {
            const DueCalc due = dueOn(every, k.lastDate, today);
            switch (due.state) {
            case DueState::Done:
                state = QStringLiteral("done");
                label = QCoreApplication::translate("Assessments", "Done today. Next on %1.").arg(dayText(today.addDays(every)));
                break;
            case DueState::Due:
                state = QStringLiteral("due");
                label = QCoreApplication::translate("Assessments", "Due today");
                break;
            case DueState::Overdue:
                state = QStringLiteral("overdue");
                label = QCoreApplication::translate("Assessments", "Ready since %1").arg(dayText(due.dueDate));
                break;
            case DueState::NotYet:
                state = QStringLiteral("later");
                label = QCoreApplication::translate("Assessments", "Next on %1").arg(dayText(due.dueDate));
                break;
            }
        }
        int answered = -1;
        if (!k.draftId.isEmpty())
            answered = static_cast<int>(inst->items.size() - missingItems(*inst, k.draftAnswers).size());
        m_measures << QVariantMap{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), inst->name},
            {QStringLiteral("fullName"), inst->fullName},
            {QStringLiteral("scheduled"), every > 0},
            {QStringLiteral("everyDays"), every},
            {QStringLiteral("lastTotal"), k.lastTotal.value_or(-1)},
            {QStringLiteral("maxTotal"), inst->maxTotal},
            {QStringLiteral("itemCount"), inst->items.size()},
            {QStringLiteral("band"), k.lastBand},
            {QStringLiteral("bandTitle"), bandTitle(id, k.lastBand)},
            {QStringLiteral("lastDate"), k.lastDate.isValid() ? QLocale().toString(k.lastDate, QLocale::LongFormat) : QString()},
            {QStringLiteral("change"), k.lastTotal ? changeText(id, *k.lastTotal, k.previousTotal, k.firstTotal) : QString()},
            {QStringLiteral("dueState"), state},
            {QStringLiteral("dueLabel"), label},
            {QStringLiteral("draftAnswered"), answered}};
    }
    emit measuresChanged();
}

QList<DueItem> AssessBackend::dueItems(const QDate& day) const
{
    QList<DueItem> out;
    for (const ScheduledMeasure& m : m_schedule.measures) {
        const Instrument* inst = instrument(m.id);
        const DueCalc due = dueOn(m.everyDays, m_known.value(m.id).lastDate, day);
        if (due.state == DueState::NotYet)
            continue;
        DueItem item;
        item.id = m.id;
        item.title = QCoreApplication::translate("Assessments", "%1 questionnaire").arg(inst->name);
        item.dueDate = due.dueDate;
        item.pageId = QStringLiteral("fill");
        if (due.state == DueState::Done) {
            item.state = DueItem::State::Done;
            item.detail = QCoreApplication::translate("Assessments", "Done. Thank you.");
        } else if (due.state == DueState::Overdue) {
            item.state = DueItem::State::Overdue;
            item.detail = QCoreApplication::translate("Assessments", "Ready since %1").arg(dayText(due.dueDate));
        } else {
            item.state = DueItem::State::Due;
            item.detail = QCoreApplication::translate("Assessments", "A few minutes, every %n days", nullptr, m.everyDays);
        }
        out << item;
    }
    return out;
}

QVariantMap AssessBackend::fillInstrument() const
{
    const Instrument* inst = instrument(m_fillMeasure);
    if (!inst)
        return {};
    QVariantList items;
    for (const Item& item : inst->items)
        items << itemMap(item);
    return {{QStringLiteral("id"), inst->id},
            {QStringLiteral("name"), inst->name},
            {QStringLiteral("fullName"), inst->fullName},
            {QStringLiteral("stem"), inst->stem},
            {QStringLiteral("source"), inst->source},
            {QStringLiteral("maxTotal"), inst->maxTotal},
            {QStringLiteral("items"), items},
            {QStringLiteral("difficulty"), inst->difficulty.number > 0 ? QVariant(itemMap(inst->difficulty)) : QVariant()}};
}

QVariantList AssessBackend::fillAnswers() const
{
    QVariantList out;
    for (int v : m_fillAnswers)
        out << v;
    return out;
}

int AssessBackend::answeredCount() const
{
    const Instrument* inst = instrument(m_fillMeasure);
    return inst ? static_cast<int>(inst->items.size() - missingItems(*inst, m_fillAnswers).size()) : 0;
}

QVariantList AssessBackend::missingItemsList() const
{
    QVariantList out;
    if (const Instrument* inst = instrument(m_fillMeasure)) {
        for (int n : missingItems(*inst, m_fillAnswers))
            out << n;
    }
    return out;
}

bool AssessBackend::item9Concern() const
{
    return m_fillMeasure == QLatin1String("phq9") && m_fillAnswers.size() >= 9 && m_fillAnswers.at(8) > 0;
}

bool AssessBackend::startFill(const QString& measure)
{
    QString id = measure;
    if (id.isEmpty()) {
        id = QStringLiteral("phq9");
        for (const QVariant& m : m_measures) {
            const QVariantMap row = m.toMap();
            const QString state = row.value(QStringLiteral("dueState")).toString();
            if (state == QLatin1String("due") || state == QLatin1String("overdue")) {
                id = row.value(QStringLiteral("id")).toString();
                break;
            }
        }
    }
    const Instrument* inst = instrument(id);
    if (!inst)
        return report(QCoreApplication::translate("Assessments", "There is no questionnaire called \"%1\" here.").arg(measure));
    m_fillMeasure = id;
    const Known k = m_known.value(id);
    m_fillAnswers = k.draftId.isEmpty() ? Answers(inst->items.size(), -1) : k.draftAnswers;
    m_fillAnswers.resize(inst->items.size(), -1);
    m_fillDifficulty = k.draftId.isEmpty() ? -1 : k.draftDifficulty;
    report(QString());
    emit fillChanged();
    // A kept PHQ-9 with question 9 above 0: the page's words point to the
    // notice, so it is offered again when the questionnaire is taken up.
    if (item9Concern())
        context().offerSupport(kItem9Reason, PluginContext::SupportLevel::Urgent);
    return true;
}

QString AssessBackend::openEntry(const QString& id)
{
    auto e = journal().get(id);
    if (!e.ok() || e->isDeleted()) {
        report(QCoreApplication::translate("Assessments", "That questionnaire is no longer in your journal."));
        return {};
    }
    if (e->shortKind() == kDraft) {
        startFill(e->payload.value(QStringLiteral("measure")).toString());
        return QStringLiteral("fill");
    }
    showResults(e->shortKind());
    return QStringLiteral("results");
}

bool AssessBackend::answer(int number, int value)
{
    const Instrument* inst = instrument(m_fillMeasure);
    if (!inst)
        return report(QCoreApplication::translate("Assessments", "Choose a questionnaire first."));
    if (number < 1 || number > inst->items.size())
        return report(QCoreApplication::translate("Assessments", "%1 has no question %2.").arg(inst->name).arg(number));
    const Item& item = inst->items.at(number - 1);
    if (optionText(item, value).isEmpty())
        return report(QCoreApplication::translate("Assessments", "Choose one of the answers to question %1.").arg(number));
    const int before = m_fillAnswers.value(number - 1, -1);
    m_fillAnswers[number - 1] = value;
    report(QString());
    emit fillChanged();
    // Thoughts of being better off dead or of self-harm: support at once,
    // whatever the total, before anything else is answered.
    if (m_fillMeasure == QLatin1String("phq9") && number == 9 && value > 0 && value != before)
        context().offerSupport(kItem9Reason, PluginContext::SupportLevel::Urgent);
    keepDraft();
    return true;
}

bool AssessBackend::setDifficulty(int value)
{
    const Instrument* inst = instrument(m_fillMeasure);
    if (!inst || inst->difficulty.number == 0)
        return report(QCoreApplication::translate("Assessments", "Only the PHQ-9 has this question."));
    if (value != -1 && optionText(inst->difficulty, value).isEmpty())
        return report(QCoreApplication::translate("Assessments", "Choose one of the answers."));
    m_fillDifficulty = value;
    report(QString());
    emit fillChanged();
    keepDraft();
    return true;
}

void AssessBackend::keepDraft()
{
    const Instrument* inst = instrument(m_fillMeasure);
    if (!inst)
        return;
    QJsonArray answers;
    int answered = 0;
    for (int i = 0; i < m_fillAnswers.size(); ++i) {
        if (m_fillAnswers.at(i) >= 0) {
            answers << QJsonObject{{QStringLiteral("item"), i + 1}, {QStringLiteral("value"), m_fillAnswers.at(i)}};
            ++answered;
        }
    }
    QJsonObject payload{{QStringLiteral("measure"), inst->id}, {QStringLiteral("answers"), answers}};
    if (m_fillDifficulty >= 0)
        payload.insert(QStringLiteral("difficulty"), m_fillDifficulty);
    EntryDraft d;
    d.kind = kDraft;
    d.payload = payload;
    d.title = QCoreApplication::translate("Assessments", "%1, not finished (%2 of %3 answered)").arg(inst->name).arg(answered).arg(inst->items.size());
    d.summary = QCoreApplication::translate("Assessments", "Open it to carry on where you left off.");
    Known& k = m_known[inst->id];
    auto stored = save(k.draftId, d);
    if (!stored.ok()) {
        // The answers stay on the page; only keeping them for later failed.
        logger().warning(QStringLiteral("could not keep the unfinished questionnaire: %1").arg(stored.error().toString()));
        return;
    }
    k.draftId = stored->id;
    k.draftAnswers = m_fillAnswers;
    k.draftDifficulty = m_fillDifficulty;
}

QString AssessBackend::titleFor(const Instrument& inst, int total) const
{
    return QCoreApplication::translate("Assessments", "%1: %2 of %3").arg(inst.name).arg(total).arg(inst.maxTotal);
}

QString AssessBackend::saveFill()
{
    const Instrument* inst = instrument(m_fillMeasure);
    if (!inst) {
        report(QCoreApplication::translate("Assessments", "Choose a questionnaire first."));
        return {};
    }
    const QList<int> missing = missingItems(*inst, m_fillAnswers);
    if (!missing.isEmpty()) {
        const Item& item = inst->items.at(missing.first() - 1);
        report(missing.size() == 1
                   ? QCoreApplication::translate("Assessments", "Question %1 is not answered yet: \"%2\". Every question needs an answer before saving.")
                         .arg(item.number).arg(item.text)
                   : QCoreApplication::translate("Assessments", "Questions %1 are not answered yet (the first: \"%2\"). Every question needs an answer before saving.")
                         .arg(QLocale().createSeparatedList([&missing] {
                             QStringList s;
                             for (int n : missing)
                                 s << QString::number(n);
                             return s;
                         }()))
                         .arg(item.text));
        return {};
    }
    const int total = totalScore(*inst, m_fillAnswers);
    EntryDraft d;
    d.kind = inst->id;
    d.payload = makePayload(*inst, m_fillAnswers,
                            m_fillDifficulty >= 0 ? std::optional<int>(m_fillDifficulty) : std::nullopt);
    d.title = titleFor(*inst, total);
    d.summary = bandTitle(inst->id, band(inst->id, total));
    auto added = journal().add(d);
    if (!added.ok()) {
        report(added.error().toString());
        return {};
    }
    logger().info(QStringLiteral("questionnaire saved: %1").arg(inst->id)); // never the answers
    const bool concern = item9Concern();
    const QString draftId = m_known.value(inst->id).draftId;
    if (!draftId.isEmpty() && !journal().remove(draftId).ok())
        logger().warning(QStringLiteral("the unfinished questionnaire could not be removed"));
    m_known[inst->id].draftId.clear();
    m_known[inst->id].draftAnswers.clear();
    if (concern)
        context().offerSupport(kItem9Reason, PluginContext::SupportLevel::Urgent);
    m_fillAnswers = Answers(inst->items.size(), -1);
    m_fillDifficulty = -1;
    report(QString());
    m_resultsMeasure = inst->id;
    emit fillChanged();
    emit saved(added->id);
    return added->id;
}

bool AssessBackend::discardDraft()
{
    const Instrument* inst = instrument(m_fillMeasure);
    if (!inst)
        return report(QCoreApplication::translate("Assessments", "Choose a questionnaire first."));
    Known& k = m_known[inst->id];
    if (!k.draftId.isEmpty()) {
        const Status removed = journal().remove(k.draftId);
        if (!removed.ok())
            return report(removed);
    }
    k.draftId.clear();
    k.draftAnswers.clear();
    m_fillAnswers = Answers(inst->items.size(), -1);
    m_fillDifficulty = -1;
    emit fillChanged();
    return report(QString());
}

bool AssessBackend::showResults(const QString& measure)
{
    const Instrument* inst = instrument(measure);
    if (!inst)
        return report(QCoreApplication::translate("Assessments", "There is no questionnaire called \"%1\" here.").arg(measure));
    m_resultsMeasure = measure;
    // The list: the newest 100 (read when the page is opened, never at start).
    EntryQuery q;
    q.kinds = {measure};
    q.limit = 100;
    auto page = journal().query(q);
    if (!page.ok())
        return report(page.error().toString());
    const Known k = m_known.value(measure);
    m_results.clear();
    const auto& entries = page->entries;
    for (int i = 0; i < entries.size(); ++i) {
        const Entry& e = entries.at(i);
        const int total = e.payload.value(QStringLiteral("total")).toInt();
        const QString bandId = e.payload.value(QStringLiteral("band")).toString();
        std::optional<int> previous;
        if (i + 1 < entries.size())
            previous = entries.at(i + 1).payload.value(QStringLiteral("total")).toInt();
        // The oldest result has nothing to compare with.
        const bool oldest = i + 1 == entries.size() && page->nextCursor.isEmpty();
        const std::optional<int> first = oldest ? std::nullopt : k.firstTotal;
        const Answers answers = answersOf(*inst, e.payload);
        QVariantList answerList;
        for (const Item& item : inst->items) {
            const int v = answers.value(item.number - 1, -1);
            answerList << QVariantMap{{QStringLiteral("number"), item.number},
                                      {QStringLiteral("text"), item.text},
                                      {QStringLiteral("answer"), v >= 0 ? optionText(item, v) : QCoreApplication::translate("Assessments", "(not answered)")},
                                      {QStringLiteral("value"), v}};
        }
        const int difficulty = e.payload.value(QStringLiteral("difficulty")).toInt(-1);
        m_results << QVariantMap{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("when"), QCoreApplication::translate("Assessments", "%1 at %2").arg(QLocale().toString(e.localOccurredAt().date(), QLocale::LongFormat),
                                                  e.localOccurredAt().time().toString(QStringLiteral("HH:mm")))},
            {QStringLiteral("day"), QLocale().toString(e.localOccurredAt().date(), QLocale::ShortFormat)},
            {QStringLiteral("total"), total},
            {QStringLiteral("maxTotal"), inst->maxTotal},
            {QStringLiteral("band"), bandId},
            {QStringLiteral("bandTitle"), bandTitle(measure, bandId)},
            {QStringLiteral("meaning"), bandMeaning(measure, bandId)},
            {QStringLiteral("change"), changeText(measure, total, previous, first)},
            {QStringLiteral("difficultyQuestion"), inst->difficulty.number > 0 ? inst->difficulty.text : QString()},
            {QStringLiteral("difficulty"), difficulty >= 0 ? optionText(inst->difficulty, difficulty) : QString()},
            {QStringLiteral("answers"), answerList}};
    }
    // The chart: totals by day, worked out by the store (no entries read).
    AggregateQuery a;
    a.kinds = {measure};
    a.period = AggregateQuery::Period::Day;
    a.value = QStringLiteral("payload.total");
    a.from = QDateTime::currentDateTimeUtc().addYears(-2);
    a.limit = 10000;
    auto rows = journal().aggregate(a);
    if (!rows.ok())
        return report(rows.error().toString());
    QVariantList points;
    QDate firstDay;
    QDate lastDay;
    for (const AggregateRow& r : rows.value()) {
        if (r.valued == 0)
            continue;
        if (!firstDay.isValid())
            firstDay = r.period;
        lastDay = r.period;
        points << QVariantMap{{QStringLiteral("offset"), firstDay.daysTo(r.period)}, {QStringLiteral("value"), r.average}};
    }
    QVariantList bands;
    for (const QString& b : bandIds(measure)) {
        const auto [from, to] = bandRange(measure, b);
        bands << QVariantMap{{QStringLiteral("from"), from}, {QStringLiteral("to"), std::min(to + 1, inst->maxTotal)},
                             {QStringLiteral("title"), bandTitle(measure, b)}};
    }
    m_chart = QVariantMap{{QStringLiteral("points"), points},
                          {QStringLiteral("xCount"), firstDay.isValid() ? std::max<qint64>(2, firstDay.daysTo(lastDay) + 1) : 2},
                          {QStringLiteral("yTo"), inst->maxTotal},
                          {QStringLiteral("bands"), bands},
                          {QStringLiteral("firstDate"), firstDay.isValid() ? QLocale().toString(firstDay, QLocale::ShortFormat) : QString()},
                          {QStringLiteral("lastDate"), lastDay.isValid() ? QLocale().toString(lastDay, QLocale::ShortFormat) : QString()}};
    emit resultsChanged();
    return report(QString());
}

} // namespace tessera::assessments
