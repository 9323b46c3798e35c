// The assessments module: scoring at every band boundary, missing and
// unscored items, change and response, payload checks and the schedule on
// their own; then the module through the real plugin manager and journal.
#include "../src/instruments.h"
#include "../src/scoring.h"

#include "moduletest.h"
#include "store/scopedjournal.h"

#include <tessera/sdk/plugincontext.h>

#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/payloadcheck.h>

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

using namespace tessera;
using namespace tessera::assessments;

namespace {

const Instrument& phq9() { return *instrument(QStringLiteral("phq9")); }
const Instrument& gad7() { return *instrument(QStringLiteral("gad7")); }
const Instrument& auditC() { return *instrument(QStringLiteral("audit-c")); }

/// The field of the first problem check() finds in `payload`, "" when none.
QString problem(const Instrument& inst, const QJsonObject& payload)
{
    sdk::PayloadCheck c(payload);
    checkResult(inst, c);
    return c.ok() ? QString() : c.status().error().field;
}

QString draftProblem(const QJsonObject& payload)
{
    sdk::PayloadCheck c(payload);
    checkDraft(c);
    return c.ok() ? QString() : c.status().error().field;
}

/// Answers adding up to `total`, filled from item 1 with the highest values.
Answers answersFor(const Instrument& inst, int total)
{
    Answers a;
    for (const Item& item : inst.items) {
        const int top = item.options.last().value;
        const int v = std::min(top, total);
        a << v;
        total -= v;
    }
    return a;
}

TEST(AssessmentContent, ItemsOptionsAndCodesAsPublished)
{
    ASSERT_EQ(phq9().items.size(), 9);
    EXPECT_EQ(phq9().stem, QStringLiteral("Over the last 2 weeks, how often have you been bothered by any of the following problems?"));
    const QStringList phqCodes{QStringLiteral("44250-9"), QStringLiteral("44255-8"), QStringLiteral("44259-0"),
                               QStringLiteral("44254-1"), QStringLiteral("44251-7"), QStringLiteral("44258-2"),
                               QStringLiteral("44252-5"), QStringLiteral("44253-3"), QStringLiteral("44260-8")};
    for (int i = 0; i < 9; ++i) {
        EXPECT_EQ(phq9().items.at(i).code, phqCodes.at(i));
        ASSERT_EQ(phq9().items.at(i).options.size(), 4);
        EXPECT_EQ(phq9().items.at(i).options.at(2).text, QStringLiteral("More than half the days"));
    }
    EXPECT_TRUE(phq9().items.at(8).text.startsWith(QStringLiteral("Thoughts that you would be better off dead")));
    EXPECT_EQ(phq9().difficulty.code, QStringLiteral("69722-7"));
    EXPECT_EQ(phq9().difficulty.options.last().text, QStringLiteral("Extremely difficult"));
    EXPECT_EQ(phq9().panelCode, QStringLiteral("44249-1"));
    EXPECT_EQ(phq9().totalCode, QStringLiteral("44261-6"));
    ASSERT_EQ(gad7().items.size(), 7);
    EXPECT_EQ(gad7().items.first().code, QStringLiteral("69725-0"));
    EXPECT_EQ(gad7().items.last().code, QStringLiteral("69736-7"));
    EXPECT_EQ(gad7().panelCode, QStringLiteral("69737-5"));
    EXPECT_EQ(gad7().totalCode, QStringLiteral("70274-6"));
    EXPECT_EQ(gad7().difficulty.number, 0);
    ASSERT_EQ(auditC().items.size(), 3);
    EXPECT_EQ(auditC().items.at(0).options.at(2).text, QStringLiteral("2-4 times a month"));
    EXPECT_EQ(auditC().items.at(1).options.at(3).text, QStringLiteral("7 to 9"));
    EXPECT_EQ(auditC().items.at(2).options.at(4).text, QStringLiteral("Daily or almost daily"));
    EXPECT_EQ(auditC().items.at(2).code, QStringLiteral("68520-6"));
    EXPECT_EQ(auditC().panelCode, QStringLiteral("72109-2"));
    EXPECT_EQ(auditC().totalCode, QStringLiteral("75626-2"));
    EXPECT_TRUE(phq9().source.contains(QStringLiteral("No permission required to reproduce, translate, display or distribute")));
}

TEST(AssessmentScoring, BandsAtEveryBoundary)
{
    const QList<std::pair<int, const char*>> phq{{0, "minimal"}, {4, "minimal"}, {5, "mild"}, {9, "mild"},
                                                 {10, "moderate"}, {14, "moderate"}, {15, "moderately-severe"},
                                                 {19, "moderately-severe"}, {20, "severe"}, {27, "severe"}};
    for (const auto& [total, id] : phq) {
        EXPECT_EQ(band(QStringLiteral("phq9"), total), QLatin1String(id)) << total;
        // and a payload with answers adding up to it passes the checks
        EXPECT_EQ(problem(phq9(), makePayload(phq9(), answersFor(phq9(), total), std::nullopt)), QString()) << total;
    }
    const QList<std::pair<int, const char*>> gad{{0, "minimal"}, {4, "minimal"}, {5, "mild"}, {9, "mild"},
                                                 {10, "moderate"}, {14, "moderate"}, {15, "severe"}, {21, "severe"}};
    for (const auto& [total, id] : gad)
        EXPECT_EQ(band(QStringLiteral("gad7"), total), QLatin1String(id)) << total;
    const QList<std::pair<int, const char*>> audit{{0, "lower"}, {2, "lower"}, {3, "above-women"}, {4, "above-men"}, {12, "above-men"}};
    for (const auto& [total, id] : audit)
        EXPECT_EQ(band(QStringLiteral("audit-c"), total), QLatin1String(id)) << total;
    EXPECT_EQ(band(QStringLiteral("phq9"), 28), QString());
    EXPECT_EQ(band(QStringLiteral("gad7"), -1), QString());
    EXPECT_EQ(band(QStringLiteral("bdi"), 3), QString());
    // Every band has a title and plain words; AUDIT-C names both cut-offs and suggests a talk, not a label.
    for (const QString& id : instrumentIds()) {
        for (const QString& b : bandIds(id)) {
            EXPECT_FALSE(bandTitle(id, b).isEmpty()) << qPrintable(id + b);
            EXPECT_FALSE(bandMeaning(id, b).isEmpty()) << qPrintable(id + b);
        }
    }
    const QString above = bandMeaning(QStringLiteral("audit-c"), QStringLiteral("above-men"));
    EXPECT_TRUE(above.contains(QStringLiteral("4 for men")) && above.contains(QStringLiteral("3 for women"))) << qPrintable(above);
    EXPECT_TRUE(above.contains(QStringLiteral("clinician")));
    EXPECT_FALSE(above.contains(QStringLiteral("alcoholic"), Qt::CaseInsensitive));
}

TEST(AssessmentScoring, MissingItemsHaveNoTotal)
{
    Answers a{1, 1, -1, 1, 1, 1, 1, 1, -1};
    EXPECT_EQ(missingItems(phq9(), a), (QList<int>{3, 9}));
    EXPECT_EQ(totalScore(phq9(), a), -1);
    a[2] = 4; // out of range counts as not answered
    a[8] = 0;
    EXPECT_EQ(missingItems(phq9(), a), (QList<int>{3}));
    a[2] = 3;
    EXPECT_EQ(totalScore(phq9(), a), 10);
    EXPECT_EQ(missingItems(gad7(), Answers{0, 0, 0}), (QList<int>{4, 5, 6, 7})); // too short
    EXPECT_EQ(totalScore(auditC(), Answers{4, 4, 4}), 12);
}

TEST(AssessmentScoring, TheUnscoredItemIsKeptButNotCounted)
{
    const Answers a{1, 1, 1, 1, 1, 1, 1, 1, 0};
    const QJsonObject p = makePayload(phq9(), a, 3);
    EXPECT_EQ(p.value(QStringLiteral("total")).toInt(), 8);
    EXPECT_EQ(p.value(QStringLiteral("difficulty")).toInt(), 3);
    EXPECT_EQ(p.value(QStringLiteral("answers")).toArray().size(), 9);
    EXPECT_EQ(problem(phq9(), p), QString());
    QJsonObject bad = p;
    bad.insert(QStringLiteral("difficulty"), 4);
    EXPECT_EQ(problem(phq9(), bad), QStringLiteral("difficulty"));
    bad.remove(QStringLiteral("difficulty")); // optional
    EXPECT_EQ(problem(phq9(), bad), QString());
    QJsonObject g = makePayload(gad7(), Answers{1, 1, 1, 1, 1, 1, 1}, 2); // GAD-7 has none: not written
    EXPECT_FALSE(g.contains(QStringLiteral("difficulty")));
    g.insert(QStringLiteral("difficulty"), 1);
    EXPECT_EQ(problem(gad7(), g), QStringLiteral("difficulty"));
}

TEST(AssessmentScoring, ChangeResponseAndRemission)
{
    const QString id = QStringLiteral("phq9");
    Change c = change(id, 9, 14, 18);
    EXPECT_EQ(*c.sinceLast, -5);
    EXPECT_EQ(*c.sinceFirst, -9);
    EXPECT_TRUE(c.meaningful);
    EXPECT_TRUE(c.response); // 9 is half of 18
    EXPECT_FALSE(c.remission);
    c = change(id, 10, 14, 18);
    EXPECT_FALSE(c.meaningful); // 4 points
    EXPECT_FALSE(c.response);   // 10 > 9
    c = change(id, 4, 6, 12);
    EXPECT_TRUE(c.remission);
    EXPECT_TRUE(c.response);
    c = change(id, 3, std::nullopt, std::nullopt);
    EXPECT_FALSE(c.sinceLast.has_value());
    EXPECT_FALSE(c.remission); // nothing to have come down from
    c = change(id, 15, 10, 10);
    EXPECT_TRUE(c.meaningful); // a rise counts too
    EXPECT_FALSE(c.response);
    // Response and remission need a first total of 10 or more (at least moderate).
    c = change(id, 2, 3, 4);
    EXPECT_FALSE(c.response);
    EXPECT_FALSE(c.remission);
    c = change(id, 4, 5, 9);
    EXPECT_FALSE(c.response);
    EXPECT_FALSE(c.remission);
    c = change(id, 5, 6, 10);
    EXPECT_TRUE(c.response); // half of 10
    EXPECT_FALSE(c.remission); // 5 is not under 5
    // 5 points since the first, in small steps: said as a real change too.
    c = change(id, 9, 10, 14);
    EXPECT_FALSE(c.meaningful);
    EXPECT_TRUE(c.meaningfulSinceFirst);
    EXPECT_TRUE(changeText(id, 9, 10, 14).contains(QStringLiteral("Since your first one, that is a change of 5 points or more")))
        << qPrintable(changeText(id, 9, 10, 14));
    EXPECT_FALSE(changeText(id, 2, 3, 4).contains(QStringLiteral("response")));
    EXPECT_FALSE(change(QStringLiteral("gad7"), 2, 12, 15).meaningful); // the PHQ-9 rules are PHQ-9's

    EXPECT_EQ(changeText(id, 12, std::nullopt, std::nullopt), QString());
    const QString down = changeText(id, 9, 14, 18);
    EXPECT_TRUE(down.contains(QStringLiteral("5 points lower than last time (14)"))) << qPrintable(down);
    EXPECT_TRUE(down.contains(QStringLiteral("9 points lower than your first one (18)"))) << qPrintable(down);
    EXPECT_TRUE(down.contains(QStringLiteral("response"))) << qPrintable(down);
    const QString up = changeText(id, 15, 10, 10);
    EXPECT_TRUE(up.contains(QStringLiteral("5 points higher than last time (10)"))) << qPrintable(up);
    EXPECT_TRUE(up.contains(QStringLiteral("clinician"))) << qPrintable(up);
    EXPECT_FALSE(up.contains(QStringLiteral("your first one"))) << "the first is the last one: said once";
    EXPECT_TRUE(changeText(id, 4, 6, 12).contains(QStringLiteral("remission")));
    EXPECT_TRUE(changeText(id, 7, 8, 8).contains(QStringLiteral("1 point lower")));
}

TEST(AssessmentScoring, PayloadChecksNameTheField)
{
    const QJsonObject good = makePayload(phq9(), Answers{2, 2, 2, 2, 1, 1, 1, 1, 0}, std::nullopt);
    ASSERT_EQ(problem(phq9(), good), QString());
    auto with = [&good](const QString& key, const QJsonValue& v) { QJsonObject p = good; p.insert(key, v); return p; };
    EXPECT_EQ(problem(phq9(), with(QStringLiteral("total"), 13)), QStringLiteral("total")); // the answers add up to 12
    EXPECT_EQ(problem(phq9(), with(QStringLiteral("total"), 30)), QStringLiteral("total"));
    EXPECT_EQ(problem(phq9(), with(QStringLiteral("band"), QStringLiteral("mild"))), QStringLiteral("band"));
    EXPECT_EQ(problem(phq9(), with(QStringLiteral("band"), QStringLiteral("awful"))), QStringLiteral("band"));
    QJsonArray answers = good.value(QStringLiteral("answers")).toArray();
    QJsonArray eight = answers;
    eight.removeLast();
    EXPECT_EQ(problem(phq9(), with(QStringLiteral("answers"), eight)), QStringLiteral("answers"));
    QJsonArray wrongCode = answers;
    QJsonObject third = wrongCode.at(2).toObject();
    third.insert(QStringLiteral("code"), QStringLiteral("44250-9"));
    wrongCode[2] = third;
    EXPECT_EQ(problem(phq9(), with(QStringLiteral("answers"), wrongCode)), QStringLiteral("answers[2].code"));
    QJsonArray swapped = answers;
    swapped[0] = answers.at(1);
    swapped[1] = answers.at(0);
    EXPECT_EQ(problem(phq9(), with(QStringLiteral("answers"), swapped)), QStringLiteral("answers[0].item"));
    QJsonArray tooHigh = answers;
    QJsonObject first = tooHigh.at(0).toObject();
    first.insert(QStringLiteral("value"), 4);
    tooHigh[0] = first;
    EXPECT_TRUE(problem(phq9(), with(QStringLiteral("answers"), tooHigh)).startsWith(QStringLiteral("answers[0]")));
    QJsonObject noCodes = good;
    noCodes.remove(QStringLiteral("loinc"));
    EXPECT_EQ(problem(phq9(), noCodes), QStringLiteral("loinc"));
    EXPECT_EQ(problem(phq9(), with(QStringLiteral("loinc"), QJsonObject{{QStringLiteral("panel"), QStringLiteral("69737-5")},
                                                                       {QStringLiteral("total"), QStringLiteral("44261-6")}})),
              QStringLiteral("loinc.panel"));
    EXPECT_EQ(problem(phq9(), {}), QStringLiteral("total"));
    // AUDIT-C answers go to 4; a GAD-7 payload is not a PHQ-9 one.
    EXPECT_EQ(problem(auditC(), makePayload(auditC(), Answers{4, 4, 4}, std::nullopt)), QString());
    EXPECT_EQ(problem(gad7(), good), QStringLiteral("answers"));

    // Drafts: any answers so far, in range, each item once.
    const QJsonObject draft{{QStringLiteral("measure"), QStringLiteral("phq9")},
                            {QStringLiteral("answers"), QJsonArray{QJsonObject{{QStringLiteral("item"), 9}, {QStringLiteral("value"), 1}}}}};
    EXPECT_EQ(draftProblem(draft), QString());
    EXPECT_EQ(draftProblem({{QStringLiteral("measure"), QStringLiteral("bdi")}}), QStringLiteral("measure"));
    QJsonObject twice = draft;
    twice.insert(QStringLiteral("answers"), QJsonArray{QJsonObject{{QStringLiteral("item"), 2}, {QStringLiteral("value"), 1}},
                                                       QJsonObject{{QStringLiteral("item"), 2}, {QStringLiteral("value"), 0}}});
    EXPECT_EQ(draftProblem(twice), QStringLiteral("answers[1].item"));
    QJsonObject gadItem9{{QStringLiteral("measure"), QStringLiteral("gad7")},
                         {QStringLiteral("answers"), QJsonArray{QJsonObject{{QStringLiteral("item"), 8}, {QStringLiteral("value"), 1}}}}};
    EXPECT_EQ(draftProblem(gadItem9), QStringLiteral("answers[0].item"));
    QJsonObject phqFour = draft;
    phqFour.insert(QStringLiteral("answers"), QJsonArray{QJsonObject{{QStringLiteral("item"), 1}, {QStringLiteral("value"), 4}}});
    EXPECT_EQ(draftProblem(phqFour), QStringLiteral("answers[0].value"));
}

TEST(AssessmentSchedule, SettingsChooseMeasuresAndIntervals)
{
    Schedule s = parseSchedule({});
    EXPECT_TRUE(s.warnings.isEmpty());
    EXPECT_EQ(s.everyDays(QStringLiteral("phq9")), 14);
    EXPECT_EQ(s.everyDays(QStringLiteral("gad7")), 14);
    EXPECT_EQ(s.everyDays(QStringLiteral("audit-c")), 0);

    s = parseSchedule(QJsonDocument::fromJson(R"({"measures": ["phq9", {"id": "audit-c", "everyDays": 90}], "everyDays": 7})").object());
    EXPECT_TRUE(s.warnings.isEmpty()) << qPrintable(s.warnings.join(QLatin1Char('\n')));
    EXPECT_EQ(s.everyDays(QStringLiteral("phq9")), 7);
    EXPECT_EQ(s.everyDays(QStringLiteral("gad7")), 0);
    EXPECT_EQ(s.everyDays(QStringLiteral("audit-c")), 90);

    // Bad values: a warning each, and the default in their place.
    s = parseSchedule(QJsonDocument::fromJson(R"({"measures": ["phq9", "bdi", "phq9", {"id": "gad7", "everyDays": 0}], "everyDays": "often"})").object());
    EXPECT_EQ(s.warnings.size(), 4) << qPrintable(s.warnings.join(QLatin1Char('\n')));
    EXPECT_EQ(s.measures.size(), 2);
    EXPECT_EQ(s.everyDays(QStringLiteral("phq9")), 14);
    EXPECT_EQ(s.everyDays(QStringLiteral("gad7")), 14);
    s = parseSchedule(QJsonDocument::fromJson(R"({"measures": "phq9", "everyDays": 10.5})").object());
    EXPECT_EQ(s.warnings.size(), 2);
    EXPECT_EQ(s.everyDays(QStringLiteral("phq9")), 14);
    EXPECT_EQ(s.everyDays(QStringLiteral("gad7")), 14);
    s = parseSchedule(QJsonDocument::fromJson(R"({"measures": []})").object());
    EXPECT_TRUE(s.measures.isEmpty()); // the clinic schedules none
    EXPECT_TRUE(s.warnings.isEmpty());
}

TEST(AssessmentSchedule, DueDatesAcrossMonthsAndYears)
{
    // The turn of a month: done 20 January, every 14 days: due 3 February.
    const QDate jan20(2026, 1, 20);
    EXPECT_EQ(dueOn(14, jan20, QDate(2026, 2, 2)).state, DueState::NotYet);
    EXPECT_EQ(dueOn(14, jan20, QDate(2026, 2, 2)).dueDate, QDate(2026, 2, 3));
    EXPECT_EQ(dueOn(14, jan20, QDate(2026, 2, 3)).state, DueState::Due);
    const DueCalc late = dueOn(14, jan20, QDate(2026, 2, 4));
    EXPECT_EQ(late.state, DueState::Overdue);
    EXPECT_EQ(late.dueDate, QDate(2026, 2, 3));
    // The turn of a year: done 25 December, due 8 January.
    EXPECT_EQ(dueOn(14, QDate(2025, 12, 25), QDate(2026, 1, 8)).state, DueState::Due);
    EXPECT_EQ(dueOn(14, QDate(2025, 12, 25), QDate(2025, 12, 31)).dueDate, QDate(2026, 1, 8));
    // February of a leap year: done 20 February 2028, due 5 March.
    EXPECT_EQ(dueOn(14, QDate(2028, 2, 20), QDate(2028, 3, 5)).state, DueState::Due);
    // Never done: due today. Done today: done.
    EXPECT_EQ(dueOn(14, QDate(), QDate(2026, 3, 1)).state, DueState::Due);
    EXPECT_EQ(dueOn(14, QDate(), QDate(2026, 3, 1)).dueDate, QDate(2026, 3, 1));
    EXPECT_EQ(dueOn(14, QDate(2026, 3, 1), QDate(2026, 3, 1)).state, DueState::Done);
    EXPECT_EQ(dueOn(14, QDate(2026, 3, 2), QDate(2026, 3, 1)).state, DueState::NotYet);
}

class AssessmentsModuleTest : public test::ModuleTest {
protected:
    void SetUp() override { start({QStringLiteral("assessments")}, QStringLiteral("assessments")); }

    sdk::DueItemSource* due() const { return dynamic_cast<sdk::DueItemSource*>(record->plugin.get()); }
    qint64 live(const QString& kind) const
    {
        sdk::EntryQuery q;
        q.kinds = {kind};
        return record->journal->count(q).valueOr(-1);
    }
    sdk::Entry newest(const QString& kind) const
    {
        sdk::EntryQuery q;
        q.kinds = {kind};
        q.limit = 1;
        auto page = record->journal->query(q);
        return page.ok() && !page->entries.isEmpty() ? page->entries.first() : sdk::Entry{};
    }
    void addResult(const Instrument& inst, const Answers& a, const QDateTime& at)
    {
        sdk::EntryDraft d;
        d.kind = inst.id;
        d.occurredAt = at;
        d.utcOffsetSeconds = 0;
        d.title = QStringLiteral("result");
        d.payload = makePayload(inst, a, std::nullopt);
        ASSERT_OK(record->journal->add(d));
        QCoreApplication::processEvents();
    }
};

TEST_F(AssessmentsModuleTest, SamplesValidateAndShowABelievableCourse)
{
    sdk::SampleRequest req;
    req.now = QDateTime::currentDateTimeUtc();
    req.days = 90;
    QList<int> phq;
    int audits = 0;
    for (const sdk::EntryDraft& d : plugins->sampleEntries(req)) {
        EXPECT_OK(plugins->validate(d));
        if (d.kind.endsWith(QLatin1String("/phq9")) || d.kind == QLatin1String("phq9"))
            phq << d.payload.value(QStringLiteral("total")).toInt();
        if (d.kind.endsWith(QLatin1String("audit-c")))
            ++audits;
    }
    ASSERT_GE(phq.size(), 6);
    EXPECT_GE(phq.first(), 12); // moderate
    EXPECT_LE(phq.last(), 8);   // mild
    EXPECT_EQ(audits, 1);
}

TEST_F(AssessmentsModuleTest, ACompleteOneCannotBeSavedWithAnItemMissing)
{
    ASSERT_TRUE(call<bool>("startFill", QStringLiteral("phq9")));
    for (int n = 1; n <= 8; ++n)
        ASSERT_TRUE(call<bool>("answer", n, n == 4 ? 2 : 1));
    EXPECT_EQ(call<QString>("saveFill"), QString());
    EXPECT_TRUE(lastError().contains(QStringLiteral("Question 9"))) << qPrintable(lastError());
    EXPECT_EQ(live(QStringLiteral("phq9")), 0);
    EXPECT_EQ(backend->property("missingItems").toList(), (QVariantList{9}));
    // Kept as a draft meanwhile, named by how far it got.
    EXPECT_EQ(live(QStringLiteral("draft")), 1);
    EXPECT_EQ(newest(QStringLiteral("draft")).title, QStringLiteral("PHQ-9, not finished (8 of 9 answered)"));

    ASSERT_TRUE(call<bool>("answer", 9, 0));
    ASSERT_TRUE(call<bool>("setDifficulty", 1));
    const QString id = call<QString>("saveFill");
    ASSERT_FALSE(id.isEmpty()) << qPrintable(lastError());
    const sdk::Entry e = newest(QStringLiteral("phq9"));
    EXPECT_EQ(e.id, id);
    EXPECT_EQ(e.payload.value(QStringLiteral("total")).toInt(), 9);
    EXPECT_EQ(e.payload.value(QStringLiteral("band")).toString(), QStringLiteral("mild"));
    EXPECT_EQ(e.payload.value(QStringLiteral("difficulty")).toInt(), 1);
    EXPECT_EQ(e.payload.value(QStringLiteral("loinc")).toObject().value(QStringLiteral("panel")).toString(), QStringLiteral("44249-1"));
    EXPECT_EQ(e.title, QStringLiteral("PHQ-9: 9 of 27"));
    EXPECT_EQ(e.summary, QStringLiteral("Mild"));
    EXPECT_EQ(live(QStringLiteral("draft")), 0); // the draft is gone with the complete one

    // Other modules read the total with an aggregate on payload.total.
    sdk::AggregateQuery a;
    a.kinds = {QStringLiteral("assessments/phq9")};
    a.value = QStringLiteral("payload.total");
    auto rows = record->journal->aggregate(a);
    ASSERT_OK(rows);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().sum, 9);
}

TEST_F(AssessmentsModuleTest, TheJournalRefusesATotalThatDisagreesWithTheAnswers)
{
    sdk::EntryDraft d;
    d.kind = QStringLiteral("gad7");
    d.title = QStringLiteral("GAD-7");
    d.payload = makePayload(gad7(), Answers{3, 3, 3, 3, 3, 3, 3}, std::nullopt);
    d.payload.insert(QStringLiteral("total"), 3);
    d.payload.insert(QStringLiteral("band"), QStringLiteral("minimal"));
    auto added = record->journal->add(d);
    ASSERT_FALSE(added.ok());
    EXPECT_TRUE(added.error().field.endsWith(QStringLiteral("total"))) << qPrintable(added.error().field);
    EXPECT_TRUE(added.error().message.contains(QStringLiteral("21"))) << qPrintable(added.error().message);
    EXPECT_EQ(live(QStringLiteral("gad7")), 0);
}

TEST_F(AssessmentsModuleTest, ADraftSurvivesARestart)
{
    ASSERT_TRUE(call<bool>("startFill", QStringLiteral("gad7")));
    ASSERT_TRUE(call<bool>("answer", 1, 2));
    ASSERT_TRUE(call<bool>("answer", 3, 1));
    start({QStringLiteral("assessments")}, QStringLiteral("assessments"));
    QCoreApplication::processEvents();
    ASSERT_TRUE(call<bool>("startFill", QStringLiteral("gad7")));
    EXPECT_EQ(backend->property("fillAnswers").toList(), (QVariantList{2, -1, 1, -1, -1, -1, -1}));
    EXPECT_EQ(backend->property("answeredCount").toInt(), 2);
    // Nothing of it in the module's data folder: the journal keeps it.
    const QString dataDir = record->context->dataDir();
    ASSERT_FALSE(dataDir.isEmpty());
    EXPECT_TRUE(QDir(dataDir).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty()) << qPrintable(dataDir);
}

TEST_F(AssessmentsModuleTest, DueFromTheProfileSettings)
{
    start({QStringLiteral("assessments")}, QStringLiteral("assessments"),
          QJsonDocument::fromJson(R"({"measures": [{"id": "audit-c", "everyDays": 30}, "phq9"], "everyDays": 7})").object());
    ASSERT_NE(due(), nullptr);
    // Never done: both due today; GAD-7 is not on this clinic's schedule.
    QList<sdk::DueItem> items = due()->dueItems(QDate(2026, 1, 28));
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).id, QStringLiteral("audit-c"));
    EXPECT_EQ(items.at(1).id, QStringLiteral("phq9"));
    EXPECT_EQ(items.at(1).state, sdk::DueItem::State::Due);
    EXPECT_EQ(items.at(1).pageId, QStringLiteral("fill"));

    addResult(phq9(), Answers{1, 1, 1, 1, 1, 1, 1, 1, 0}, QDateTime(QDate(2026, 1, 28), QTime(12, 0), Qt::UTC));
    addResult(auditC(), Answers{1, 0, 0}, QDateTime(QDate(2025, 12, 10), QTime(12, 0), Qt::UTC));
    items = due()->dueItems(QDate(2026, 1, 28));
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).state, sdk::DueItem::State::Overdue); // 10 December + 30 days
    EXPECT_EQ(items.at(0).dueDate, QDate(2026, 1, 9));
    // Said as waiting for the client, never as late ("Due since" read as a reproach).
    EXPECT_TRUE(items.at(0).detail.startsWith(QStringLiteral("Ready since "))) << items.at(0).detail.toStdString();
    // Written as the other modules write a day on Today (it was "9 January" beside Goals' "8 Dec").
    EXPECT_EQ(items.at(0).detail, QStringLiteral("Ready since %1").arg(QLocale().toString(QDate(2026, 1, 9), QStringLiteral("d MMM"))));
    EXPECT_EQ(items.at(1).state, sdk::DueItem::State::Done);
    items = due()->dueItems(QDate(2026, 2, 3)); // the PHQ-9 is due on 4 February
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.at(0).id, QStringLiteral("audit-c"));
    items = due()->dueItems(QDate(2026, 2, 4));
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(1).state, sdk::DueItem::State::Due);
    EXPECT_EQ(items.at(1).dueDate, QDate(2026, 2, 4));
}

TEST_F(AssessmentsModuleTest, BadSettingsFallBackToTheDefaults)
{
    start({QStringLiteral("assessments")}, QStringLiteral("assessments"),
          QJsonDocument::fromJson(R"({"measures": "everything", "everyDays": -3})").object());
    ASSERT_NE(due(), nullptr);
    const QList<sdk::DueItem> items = due()->dueItems(QDate(2026, 6, 1));
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).id, QStringLiteral("phq9"));
    EXPECT_EQ(items.at(1).id, QStringLiteral("gad7"));
    const QVariantList measures = backend->property("measures").toList();
    ASSERT_EQ(measures.size(), 3);
    EXPECT_EQ(measures.at(0).toMap().value(QStringLiteral("everyDays")).toInt(), 14);
}

TEST_F(AssessmentsModuleTest, ResultsListEveryAnswerAndTheChangeAndChart)
{
    const QDateTime t0(QDate::currentDate().addDays(-28), QTime(12, 0), Qt::UTC);
    addResult(phq9(), Answers{2, 2, 2, 2, 2, 2, 2, 2, 0}, t0);             // 16
    addResult(phq9(), Answers{2, 2, 1, 1, 1, 1, 1, 1, 0}, t0.addDays(14)); // 10
    addResult(phq9(), Answers{1, 1, 1, 1, 1, 1, 1, 0, 0}, t0.addDays(28)); // 7
    ASSERT_TRUE(call<bool>("showResults", QStringLiteral("phq9")));
    const QVariantList results = backend->property("results").toList();
    ASSERT_EQ(results.size(), 3);
    const QVariantMap latest = results.first().toMap();
    EXPECT_EQ(latest.value(QStringLiteral("total")).toInt(), 7);
    EXPECT_EQ(latest.value(QStringLiteral("bandTitle")).toString(), QStringLiteral("Mild"));
    const QString change = latest.value(QStringLiteral("change")).toString();
    EXPECT_TRUE(change.contains(QStringLiteral("3 points lower than last time (10)"))) << qPrintable(change);
    EXPECT_TRUE(change.contains(QStringLiteral("9 points lower than your first one (16)"))) << qPrintable(change);
    EXPECT_TRUE(change.contains(QStringLiteral("response"))) << qPrintable(change);
    const QVariantList answers = latest.value(QStringLiteral("answers")).toList();
    ASSERT_EQ(answers.size(), 9);
    EXPECT_EQ(answers.at(0).toMap().value(QStringLiteral("answer")).toString(), QStringLiteral("Several days"));
    EXPECT_EQ(results.last().toMap().value(QStringLiteral("change")).toString(), QString()); // the first: nothing to compare
    const QVariantMap chart = backend->property("chart").toMap();
    EXPECT_EQ(chart.value(QStringLiteral("points")).toList().size(), 3);
    EXPECT_EQ(chart.value(QStringLiteral("xCount")).toInt(), 29);
    EXPECT_EQ(chart.value(QStringLiteral("bands")).toList().size(), 5);
    // The overview says what the last one was.
    const QVariantMap overview = backend->property("measures").toList().first().toMap();
    EXPECT_EQ(overview.value(QStringLiteral("lastTotal")).toInt(), 7);
    EXPECT_TRUE(overview.value(QStringLiteral("change")).toString().contains(QStringLiteral("your first one (16)")));
    // A single result is not compared with itself.
    addResult(auditC(), Answers{1, 1, 1}, t0);
    const QVariantMap audit = backend->property("measures").toList().at(2).toMap();
    ASSERT_EQ(audit.value(QStringLiteral("id")).toString(), QStringLiteral("audit-c"));
    EXPECT_EQ(audit.value(QStringLiteral("lastTotal")).toInt(), 3);
    EXPECT_EQ(audit.value(QStringLiteral("change")).toString(), QString());
    // The last one was today: done, and the next in 14 days.
    EXPECT_EQ(overview.value(QStringLiteral("dueState")).toString(), QStringLiteral("done"));
    EXPECT_TRUE(overview.value(QStringLiteral("dueLabel")).toString().startsWith(QStringLiteral("Done today. Next on")))
        << qPrintable(overview.value(QStringLiteral("dueLabel")).toString());
}

} // namespace
