// The medication module's things due and reminders (SDK 2.3, issue 24),
// through the SDK's PluginHarness (the real module library, the host's real
// plugin manager and journal): today's doses as due items, Done and Skip
// recording exactly what the Today page records, and one daily reminder per
// medicine and time kept in step with the medicines.
#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/reminders.h>
#include <tessera/sdk/testing/pluginharness.h>

#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariantMap>

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <ostream>

using tessera::sdk::DueItem;
using tessera::sdk::DueItemActions;
using tessera::sdk::DueItemSource;
using tessera::sdk::Entry;
using tessera::sdk::EntryQuery;
using tessera::sdk::Reminder;
using tessera::sdk::testing::PluginHarness;

inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }
inline void PrintTo(const QStringList& l, std::ostream* os) { *os << '[' << l.join(QStringLiteral(", ")).toStdString() << ']'; }

namespace {

// A reminder as one line, to compare lists.
QString describe(const Reminder& r)
{
    QStringList days;
    for (int d : r.weekdays)
        days << QString::number(d);
    return QStringList{r.id, r.title, r.pageId, r.entryId, r.startDate.toString(Qt::ISODate), r.time.toString(QStringLiteral("HH:mm")),
                       QString::number(int(r.repeat)), QString::number(r.interval), days.join(QLatin1Char(',')),
                       r.endDate.toString(Qt::ISODate), r.timeZone, r.dueItemId}
        .join(QLatin1Char('|'));
}
QStringList describe(const QList<Reminder>& list)
{
    QStringList out;
    for (const Reminder& r : list)
        out << describe(r);
    return out;
}

class MedicationDueTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(h.ok()) << h.error().toStdString(); }

    void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }
    DueItemSource& source() { return dynamic_cast<DueItemSource&>(h.plugin()); }
    DueItemActions& actions() { return dynamic_cast<DueItemActions&>(h.plugin()); }
    QString lastError() const { return h.backend()->property("lastError").toString(); }

    // A medicine as the My medicines page saves it.
    QString saveMedicine(const QString& id, const QVariantMap& form)
    {
        QString saved;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "saveMedicine", Q_RETURN_ARG(QString, saved), Q_ARG(QString, id),
                                              Q_ARG(QVariantMap, form)));
        EXPECT_FALSE(saved.isEmpty()) << lastError().toStdString();
        settle();
        return saved;
    }
    QString keyOf(const QString& medicineId) { return h.journal().get(medicineId).value().payload.value(QStringLiteral("key")).toString(); }
    // What the Today page's buttons call.
    QString logDose(const QString& key, const QString& slot, const QString& status)
    {
        QString id;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "logDose", Q_RETURN_ARG(QString, id), Q_ARG(QString, key), Q_ARG(QString, slot),
                                              Q_ARG(QString, status), Q_ARG(QString, QString())));
        EXPECT_FALSE(id.isEmpty()) << lastError().toStdString();
        settle();
        return id;
    }
    QList<Entry> doses()
    {
        EntryQuery q;
        q.kinds = {QStringLiteral("dose")};
        q.limit = 100;
        return h.journal().query(q).value().entries;
    }
    static std::optional<DueItem> item(const QList<DueItem>& items, const QString& id)
    {
        for (const DueItem& i : items) {
            if (i.id == id)
                return i;
        }
        return std::nullopt;
    }

    QDate today = QDate::currentDate();
    QVariantMap sertraline{{QStringLiteral("name"), QStringLiteral("Sertraline")}, {QStringLiteral("strength"), QStringLiteral("50 mg")},
                           {QStringLiteral("dose"), QStringLiteral("1 tablet")}, {QStringLiteral("times"), QStringLiteral("08:00, 20:00")},
                           {QStringLiteral("start"), QDate::currentDate().addDays(-10).toString(Qt::ISODate)}};
    QVariantMap asNeeded{{QStringLiteral("name"), QStringLiteral("Zopiclone")}, {QStringLiteral("asNeeded"), true},
                         {QStringLiteral("start"), QDate::currentDate().addDays(-3).toString(Qt::ISODate)}};
    PluginHarness h{QStringLiteral(TESSERA_MEDICATION_PLUGIN_DIR)};
};

TEST_F(MedicationDueTest, TodaysScheduledDosesAreDueWithTheirRecords)
{
    const QString med = saveMedicine({}, sertraline);
    saveMedicine({}, asNeeded); // nothing scheduled: nothing due, no reminder
    const QString key = keyOf(med);
    const QString morning = QStringLiteral("%1T08:00").arg(today.toString(Qt::ISODate));
    logDose(key, morning, QStringLiteral("late"));

    const QList<DueItem> items = source().dueItems(today);
    ASSERT_EQ(items.size(), 2);
    EXPECT_TRUE(items.at(0).id.startsWith(QStringLiteral("dose-")));
    EXPECT_TRUE(items.at(0).id.endsWith(QStringLiteral("-0800")));
    EXPECT_TRUE(items.at(1).id.endsWith(QStringLiteral("-2000")));
    for (const DueItem& i : items) {
        EXPECT_EQ(i.title, QStringLiteral("Sertraline 50 mg"));
        EXPECT_EQ(i.pageId, QStringLiteral("today"));
        EXPECT_EQ(i.dueDate, today);
        EXPECT_LE(i.id.size(), 40);
    }
    EXPECT_EQ(items.at(0).time, QTime(8, 0));
    EXPECT_EQ(items.at(0).state, DueItem::State::Done); // taken late is taken
    EXPECT_EQ(items.at(0).detail, QStringLiteral("Taken late"));
    EXPECT_FALSE(items.at(0).offersDone());
    EXPECT_EQ(items.at(1).time, QTime(20, 0));
    EXPECT_EQ(items.at(1).state, DueItem::State::Due);
    EXPECT_EQ(items.at(1).detail, QStringLiteral("1 tablet"));
    EXPECT_TRUE(items.at(1).offersDone());
    EXPECT_TRUE(items.at(1).offersSkip());

    // A dose recorded as skipped or missed is no longer waiting.
    logDose(key, QStringLiteral("%1T20:00").arg(today.toString(Qt::ISODate)), QStringLiteral("missed"));
    EXPECT_EQ(source().dueItems(today).at(1).state, DueItem::State::Skipped);

    // Before the medicine started, nothing is due; a day outside the window read at start is read on its own.
    EXPECT_TRUE(source().dueItems(today.addDays(-11)).isEmpty());
    tessera::sdk::EntryDraft old;
    old.kind = QStringLiteral("medication/dose");
    old.title = QStringLiteral("Sertraline: Taken");
    old.payload = QJsonObject{{QStringLiteral("medicineKey"), key}, {QStringLiteral("status"), QStringLiteral("taken")},
                              {QStringLiteral("slot"), QStringLiteral("%1T08:00").arg(today.addDays(-5).toString(Qt::ISODate))}};
    old.occurredAt = QDateTime(today.addDays(-5), QTime(8, 10)).toUTC();
    ASSERT_TRUE(h.addAsHost(old).ok());
    settle();
    const QList<DueItem> earlier = source().dueItems(today.addDays(-5));
    ASSERT_EQ(earlier.size(), 2);
    EXPECT_EQ(earlier.at(0).state, DueItem::State::Done);
    EXPECT_EQ(earlier.at(1).state, DueItem::State::Due);
}

TEST_F(MedicationDueTest, DoneAndSkipWriteWhatTheTodayPageWrites)
{
    const QString key = keyOf(saveMedicine({}, sertraline));
    const QList<DueItem> items = source().dueItems(today);
    ASSERT_EQ(items.size(), 2);
    const QString evening = items.at(1).id;
    const QString eveningSlot = QStringLiteral("%1T20:00").arg(today.toString(Qt::ISODate));

    struct Case {
        DueItemActions::Action action;
        const char* status;
        const char* state;
    };
    for (const Case& c : {Case{DueItemActions::Action::Done, "taken", "done"}, Case{DueItemActions::Action::Skip, "skipped", "skipped"}}) {
        SCOPED_TRACE(c.status);
        const auto acted = actions().actOnDueItem(today, evening, c.action);
        ASSERT_TRUE(acted.ok()) << acted.error().toString().toStdString();
        // The host asks again at once, before the event loop turns: already current.
        EXPECT_NE(item(source().dueItems(today), evening)->state, DueItem::State::Due);
        settle();
        QList<Entry> written = doses();
        ASSERT_EQ(written.size(), 1);
        const Entry fromToday = written.first();
        const std::optional<DueItem> after = item(source().dueItems(today), evening);
        ASSERT_TRUE(after.has_value());
        EXPECT_EQ(after->state, QLatin1String(c.state) == QLatin1String("done") ? DueItem::State::Done : DueItem::State::Skipped);
        EXPECT_FALSE(after->offersDone());

        // A second Done (a stale notification) is refused and writes nothing.
        const auto again = actions().actOnDueItem(today, evening, DueItemActions::Action::Done);
        EXPECT_FALSE(again.ok());
        EXPECT_FALSE(again.error().message.isEmpty());
        EXPECT_EQ(doses().size(), 1);

        // The same dose recorded on the Today page, after taking the first one back.
        bool removed = false;
        ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), "remove", Q_RETURN_ARG(bool, removed), Q_ARG(QString, fromToday.id)));
        ASSERT_TRUE(removed);
        settle();
        const std::optional<DueItem> back = item(source().dueItems(today), evening);
        ASSERT_TRUE(back.has_value());
        ASSERT_EQ(back->state, DueItem::State::Due);
        const QString pageId = logDose(key, eveningSlot, QLatin1String(c.status));
        const Entry fromPage = h.journal().get(pageId).value();
        EXPECT_EQ(fromToday.kind, fromPage.kind);
        EXPECT_EQ(fromToday.title, fromPage.title);
        EXPECT_EQ(fromToday.summary, fromPage.summary);
        EXPECT_EQ(fromToday.payload, fromPage.payload) << QJsonDocument(fromToday.payload).toJson().toStdString();
        EXPECT_EQ(fromToday.payload.value(QStringLiteral("status")).toString(), QLatin1String(c.status));
        EXPECT_EQ(fromToday.payload.value(QStringLiteral("slot")).toString(), eveningSlot);
        ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), "remove", Q_RETURN_ARG(bool, removed), Q_ARG(QString, pageId)));
        settle();
    }

    const auto unknown = actions().actOnDueItem(today, QStringLiteral("dose-0000000000-0900"), DueItemActions::Action::Done);
    EXPECT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, tessera::sdk::ErrorCode::NotFound);
    EXPECT_TRUE(doses().isEmpty());
}

TEST_F(MedicationDueTest, OneDailyReminderPerMedicineAndTimeInStepWithTheMedicines)
{
    EXPECT_TRUE(h.reminders().isEmpty());
    const QString med = saveMedicine({}, sertraline);
    saveMedicine({}, asNeeded);
    QList<Reminder> reminders = h.reminders();
    ASSERT_EQ(reminders.size(), 2);
    const QList<DueItem> items = source().dueItems(today);
    QStringList dueIds{items.at(0).id, items.at(1).id};
    dueIds.sort();
    for (int i = 0; i < 2; ++i) {
        const Reminder& r = reminders.at(i);
        EXPECT_EQ(r.id, dueIds.at(i));
        EXPECT_EQ(r.dueItemId, r.id);
        EXPECT_EQ(r.title, QStringLiteral("Sertraline 50 mg"));
        EXPECT_EQ(r.pageId, QStringLiteral("today"));
        EXPECT_EQ(r.repeat, Reminder::Repeat::Daily);
        EXPECT_EQ(r.startDate, today.addDays(-10));
        EXPECT_FALSE(r.endDate.isValid());
        EXPECT_TRUE(r.timeZone.isEmpty());
    }
    QList<QTime> times{reminders.at(0).time, reminders.at(1).time};
    std::sort(times.begin(), times.end());
    EXPECT_EQ(times, (QList<QTime>{QTime(8, 0), QTime(20, 0)}));

    // A plain restart schedules the very same list.
    const QStringList before = describe(h.reminders());
    h.restart();
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    settle();
    EXPECT_EQ(describe(h.reminders()), before);

    // The prescriber moves the dose to 09:00 and sets an end: the reminders follow.
    QVariantMap changed = sertraline;
    changed[QStringLiteral("times")] = QStringLiteral("09:00");
    changed[QStringLiteral("stop")] = today.addDays(30).toString(Qt::ISODate);
    saveMedicine(med, changed);
    reminders = h.reminders();
    ASSERT_EQ(reminders.size(), 1);
    EXPECT_EQ(reminders.at(0).time, QTime(9, 0));
    EXPECT_TRUE(reminders.at(0).id.endsWith(QStringLiteral("-0900")));
    EXPECT_EQ(reminders.at(0).endDate, today.addDays(30));

    // Stopped (yesterday): no reminder, nothing due today.
    changed[QStringLiteral("stop")] = today.addDays(-1).toString(Qt::ISODate);
    saveMedicine(med, changed);
    EXPECT_TRUE(h.reminders().isEmpty());
    EXPECT_TRUE(source().dueItems(today).isEmpty());
}

TEST_F(MedicationDueTest, NoDoseAdviceInWhatItShows)
{
    saveMedicine({}, sertraline);
    QStringList words;
    for (const DueItem& i : source().dueItems(today))
        words << i.title << i.detail;
    for (const Reminder& r : h.reminders())
        words << r.title;
    for (const QString& w : words) {
        for (const char* advice : {"increase", "decrease", "double", "extra", "should", "stop taking"})
            EXPECT_FALSE(w.contains(QLatin1String(advice), Qt::CaseInsensitive)) << w.toStdString();
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
