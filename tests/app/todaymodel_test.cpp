// The Today page's model (issue 24) through the real plugin manager, real
// fixture module libraries (tests/fixtures/plugins/today: due-actions,
// due-actions-throws) and a real journal file.
#include "app/todaymodel.h"
#include "host/host.h"
#include "plugins/pluginmanager.h"
#include "store/journalstore.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

using namespace tessera;
using namespace tessera::core;

namespace {

const QString kTodayDir = tessera::test::fixturePluginDir() + QStringLiteral("/today");
const QDate kDay(2026, 3, 10);

template <typename Pred>
bool waitFor(Pred done, int ms = 3000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return done();
}

class TodayModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        HostOptions o;
        o.dataDir = dir.path();
        o.bundledPlugins = false;
        o.pluginDirs = {kTodayDir};
        host = std::make_unique<Host>(o);
        ASSERT_OK(host->start());
        model = std::make_unique<TodayModel>(*host->store(), host->plugins(), [] { return QDateTime(kDay, QTime(12, 0)); });
    }

    QStringList column(int role) const
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->data(model->index(r), role).toString();
        return out;
    }
    int rowOf(const QString& itemId) const { return static_cast<int>(column(TodayModel::ItemIdRole).indexOf(itemId)); }
    QVariant at(const QString& itemId, int role) const { return model->data(model->index(rowOf(itemId)), role); }

    qsizetype doses() const
    {
        sdk::EntryQuery q;
        q.kinds = {QStringLiteral("due-actions/dose")};
        return host->store()->query(q).value().entries.size();
    }

    QTemporaryDir dir;
    std::unique_ptr<Host> host;
    std::unique_ptr<TodayModel> model;
};

} // namespace

TEST_F(TodayModelTest, ItemsFromEveryModuleInTimeOrder)
{
    EXPECT_TRUE(model->hasSources());
    EXPECT_EQ(model->day(), kDay);
    EXPECT_FALSE(model->dayText().isEmpty());
    // Timed items in time order across both modules, then those without a time.
    const QStringList ids = column(TodayModel::ItemIdRole);
    ASSERT_EQ(ids.size(), 5) << qPrintable(ids.join(','));
    EXPECT_EQ(ids.mid(0, 3), (QStringList{"morning-dose", "stretch", "evening-dose"}));
    EXPECT_EQ(QSet<QString>(ids.begin() + 3, ids.end()), (QSet<QString>{"read-leaflet", "walk"}));
    EXPECT_EQ(column(TodayModel::TimeRole).mid(0, 3), (QStringList{"08:00", "12:00", "21:00"}));
    EXPECT_EQ(column(TodayModel::ModuleIdRole).mid(0, 3),
              (QStringList{"due-actions", "due-actions-throws", "due-actions"}));
    EXPECT_EQ(model->openCount(), 5);
    EXPECT_TRUE(at(QStringLiteral("morning-dose"), TodayModel::OffersDoneRole).toBool());
    EXPECT_TRUE(at(QStringLiteral("morning-dose"), TodayModel::OffersSkipRole).toBool());
    EXPECT_FALSE(at(QStringLiteral("read-leaflet"), TodayModel::OffersDoneRole).toBool());
    EXPECT_EQ(at(QStringLiteral("read-leaflet"), TodayModel::EntryIdRole).toString(), QStringLiteral("leaflet-entry"));
    EXPECT_EQ(at(QStringLiteral("read-leaflet"), TodayModel::PageKeyRole).toString(), QStringLiteral("due-actions/doses"));
    EXPECT_EQ(at(QStringLiteral("stretch"), TodayModel::ModuleNameRole).toString(), QStringLiteral("Stretching fixture"));
}

TEST_F(TodayModelTest, DoneAndSkipRecordAndTheRowsUpdateInPlace)
{
    ASSERT_TRUE(model->markDone(QStringLiteral("due-actions"), QStringLiteral("morning-dose")));
    EXPECT_EQ(doses(), 1);
    // Still shown, as done, without Done or Skip; nothing else moved.
    EXPECT_EQ(column(TodayModel::ItemIdRole).mid(0, 3), (QStringList{"morning-dose", "stretch", "evening-dose"}));
    EXPECT_EQ(at(QStringLiteral("morning-dose"), TodayModel::StateRole).toString(), QStringLiteral("done"));
    EXPECT_FALSE(at(QStringLiteral("morning-dose"), TodayModel::OffersDoneRole).toBool());
    EXPECT_FALSE(at(QStringLiteral("morning-dose"), TodayModel::OffersSkipRole).toBool());
    EXPECT_EQ(at(QStringLiteral("morning-dose"), TodayModel::ErrorRole).toString(), QString());
    EXPECT_EQ(model->openCount(), 4);

    ASSERT_TRUE(model->skip(QStringLiteral("due-actions"), QStringLiteral("evening-dose")));
    EXPECT_EQ(doses(), 2);
    EXPECT_EQ(at(QStringLiteral("evening-dose"), TodayModel::StateRole).toString(), QStringLiteral("skipped"));
    EXPECT_EQ(model->count(), 5);
    EXPECT_EQ(model->openCount(), 3);

    // Done a second time (an old row in a view): the module's own words on the row.
    EXPECT_FALSE(model->markDone(QStringLiteral("due-actions"), QStringLiteral("morning-dose")));
    EXPECT_EQ(at(QStringLiteral("morning-dose"), TodayModel::ErrorRole).toString(), QStringLiteral("This dose was already recorded."));
    EXPECT_EQ(doses(), 2);
}

// A try from outside: Skip today pressed by mistake could not be taken back
// on Today. Undo puts what the module added for it in the Bin, and the item is
// to do again; offered only while it shows as done or skipped.
TEST_F(TodayModelTest, ADoneOrSkipPressedByMistakeIsTakenBack)
{
    EXPECT_FALSE(at(QStringLiteral("evening-dose"), TodayModel::CanUndoRole).toBool());
    EXPECT_FALSE(model->undo(QStringLiteral("due-actions"), QStringLiteral("evening-dose"))) << "undid what was never done";
    ASSERT_TRUE(model->skip(QStringLiteral("due-actions"), QStringLiteral("evening-dose")));
    EXPECT_EQ(doses(), 1);
    EXPECT_TRUE(at(QStringLiteral("evening-dose"), TodayModel::CanUndoRole).toBool());
    EXPECT_EQ(model->roleNames().value(TodayModel::CanUndoRole), QByteArray("canUndo"));

    ASSERT_TRUE(model->undo(QStringLiteral("due-actions"), QStringLiteral("evening-dose")));
    EXPECT_EQ(doses(), 0);
    EXPECT_FALSE(at(QStringLiteral("evening-dose"), TodayModel::CanUndoRole).toBool());
    // Once the module has read the journal again (its next turn), the item is to do again.
    EXPECT_TRUE(waitFor([&] { return at(QStringLiteral("evening-dose"), TodayModel::StateRole).toString() == QLatin1String("due"); }));
    EXPECT_TRUE(at(QStringLiteral("evening-dose"), TodayModel::OffersSkipRole).toBool());
    EXPECT_FALSE(at(QStringLiteral("evening-dose"), TodayModel::CanUndoRole).toBool());
    EXPECT_EQ(at(QStringLiteral("evening-dose"), TodayModel::ErrorRole).toString(), QString());
    EXPECT_EQ(host->store()->binEntries().value().size(), 1) << "the skipped dose is not in the Bin";
    EXPECT_FALSE(model->undo(QStringLiteral("due-actions"), QStringLiteral("evening-dose"))) << "undone twice";

    // Done, then Undo, then Done again: one dose recorded.
    ASSERT_TRUE(model->markDone(QStringLiteral("due-actions"), QStringLiteral("morning-dose")));
    ASSERT_TRUE(model->undo(QStringLiteral("due-actions"), QStringLiteral("morning-dose")));
    ASSERT_TRUE(waitFor([&] { return at(QStringLiteral("morning-dose"), TodayModel::OffersDoneRole).toBool(); }));
    ASSERT_TRUE(model->markDone(QStringLiteral("due-actions"), QStringLiteral("morning-dose")));
    EXPECT_EQ(doses(), 1);
    EXPECT_EQ(at(QStringLiteral("morning-dose"), TodayModel::StateRole).toString(), QStringLiteral("done"));
}

// Today over the bundled modules (their answers come from what they read last).
class TodayUndo : public ::testing::Test {
protected:
    void SetUp() override
    {
        HostOptions o;
        o.dataDir = dir.path();
        o.logLevel = QStringLiteral("warn");
        hostPtr = std::make_unique<Host>(o);
        ASSERT_OK(hostPtr->start());
    }
    // The row of the module's (first) item, or -1.
    static int rowOf(const TodayModel& model, const QString& moduleId)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.data(model.index(r), TodayModel::ModuleIdRole).toString() == moduleId)
                return r;
        }
        return -1;
    }
    // Late in the evening a plan a minute ahead falls on tomorrow: nothing to test today.
    static bool tooCloseToMidnight() { return QDateTime::currentDateTime().addSecs(60).date() != QDate::currentDate(); }
    // Plans "Walk in the park" a minute from now through the activities module and
    // waits for it on Today. Sets the plan's id and its item on Today.
    void planAWalk(TodayModel& model, QString* planId, QString* item)
    {
        QObject* ba = hostPtr->plugins().backendOf(QStringLiteral("behavioral-activation"));
        ASSERT_NE(ba, nullptr);
        const QDateTime later = QDateTime::currentDateTime().addSecs(60);
        ASSERT_TRUE(QMetaObject::invokeMethod(ba, "plan", Q_RETURN_ARG(QString, *planId), Q_ARG(QString, QStringLiteral("Walk in the park")),
                                              Q_ARG(QString, QStringLiteral("mind-body")), Q_ARG(QString, later.date().toString(Qt::ISODate)),
                                              Q_ARG(QString, later.time().toString(QStringLiteral("HH:mm")))));
        ASSERT_FALSE(planId->isEmpty()) << ba->property("lastError").toString().toStdString();
        ASSERT_TRUE(waitFor([&] { model.refresh(); return planRow(model) >= 0; })) << "the plan is not on Today";
        *item = model.data(model.index(planRow(model)), TodayModel::ItemIdRole).toString();
    }
    static int planRow(const TodayModel& model) { return rowOf(model, QStringLiteral("behavioral-activation")); }
    QTemporaryDir dir;
    std::unique_ptr<Host> hostPtr;
};

// A walk planned a minute from now through the activities module, on Today.
class TodayUndoAPlannedWalk : public TodayUndo {
protected:
    void SetUp() override
    {
        TodayUndo::SetUp();
        if (HasFatalFailure())
            return;
        if (tooCloseToMidnight())
            GTEST_SKIP() << "too close to midnight for a plan today";
        todayModel = std::make_unique<TodayModel>(*hostPtr->store(), hostPtr->plugins());
        ASSERT_NO_FATAL_FAILURE(planAWalk(*todayModel, &planId, &item));
    }
    std::unique_ptr<TodayModel> todayModel;
    QString planId, item;
};

// The same through the bundled medication module, whose answers come from
// what it read last: by hand, Undo took the dose away but the row stayed
// "Skipped for today" (Today asked again before the module had re-read).
TEST_F(TodayUndo, ASkippedDoseOfTheMedicationModuleIsToTakeAgainAfterUndo)
{
    Host& host = *hostPtr;
    QObject* med = host.plugins().backendOf(QStringLiteral("medication"));
    ASSERT_NE(med, nullptr);
    const QVariantMap form{{QStringLiteral("name"), QStringLiteral("Sertraline")}, {QStringLiteral("strength"), QStringLiteral("50 mg")},
                           {QStringLiteral("dose"), QStringLiteral("1 tablet")}, {QStringLiteral("times"), QStringLiteral("00:00")},
                           {QStringLiteral("start"), QDate::currentDate().toString(Qt::ISODate)}};
    QString id;
    ASSERT_TRUE(QMetaObject::invokeMethod(med, "saveMedicine", Q_RETURN_ARG(QString, id), Q_ARG(QString, QString()), Q_ARG(QVariantMap, form)));
    ASSERT_FALSE(id.isEmpty());
    TodayModel model(*host.store(), host.plugins());
    const auto doseRow = [&] { return rowOf(model, QStringLiteral("medication")); };
    ASSERT_TRUE(waitFor([&] { model.refresh(); return doseRow() >= 0; })) << "the dose is not on Today";
    const QString item = model.data(model.index(doseRow()), TodayModel::ItemIdRole).toString();
    ASSERT_TRUE(model.skip(QStringLiteral("medication"), item));
    EXPECT_EQ(model.data(model.index(doseRow()), TodayModel::StateRole).toString(), QStringLiteral("skipped"));
    ASSERT_TRUE(model.data(model.index(doseRow()), TodayModel::CanUndoRole).toBool());
    ASSERT_TRUE(model.undo(QStringLiteral("medication"), item));
    EXPECT_TRUE(waitFor([&] { return model.data(model.index(doseRow()), TodayModel::StateRole).toString() == QLatin1String("due")
                                     || model.data(model.index(doseRow()), TodayModel::StateRole).toString() == QLatin1String("overdue"); }))
        << "still " << model.data(model.index(doseRow()), TodayModel::StateRole).toString().toStdString() << " after Undo";
    EXPECT_TRUE(model.data(model.index(doseRow()), TodayModel::OffersSkipRole).toBool());
}

// Done on a planned activity changes the plan (done), adds the activity and
// links them: a keyboard-only try found no Undo there. Undo puts the plan back
// as it was, takes the link away and the activity to the Bin.
TEST_F(TodayUndoAPlannedWalk, ADonePlannedActivityIsPlannedAgainAfterUndo)
{
    Host& host = *hostPtr;
    TodayModel& model = *todayModel;
    const auto row = [&] { return planRow(model); };
    sdk::EntryQuery plans;
    plans.kinds = {QStringLiteral("behavioral-activation/plan")};
    const sdk::Entry planBefore = host.store()->query(plans).value().entries.value(0);
    ASSERT_FALSE(planBefore.id.isEmpty());
    const qint64 entriesBefore = host.store()->count({}).value();

    ASSERT_TRUE(model.markDone(QStringLiteral("behavioral-activation"), item));
    EXPECT_EQ(model.data(model.index(row()), TodayModel::StateRole).toString(), QStringLiteral("done"));
    ASSERT_TRUE(model.data(model.index(row()), TodayModel::CanUndoRole).toBool()) << "no Undo for a done activity";
    ASSERT_TRUE(model.undo(QStringLiteral("behavioral-activation"), item))
        << model.data(model.index(row()), TodayModel::ErrorRole).toString().toStdString();
    EXPECT_TRUE(waitFor([&] { return model.data(model.index(row()), TodayModel::StateRole).toString() == QLatin1String("due"); }))
        << "still " << model.data(model.index(row()), TodayModel::StateRole).toString().toStdString();
    const sdk::Entry planAfter = host.store()->get(planBefore.id).value();
    EXPECT_EQ(planAfter.payload, planBefore.payload) << "the plan is not as it was";
    EXPECT_EQ(host.store()->count({}).value(), entriesBefore) << "the activity is still in the journal";
    EXPECT_TRUE(host.store()->links(planBefore.id).value().isEmpty()) << "the link is still there";
}

// Undo's writes (the plan put back, the link taken away, the activity to the
// Bin) are one transaction: when one fails, none is kept. Before, the plan was
// planned again with its activity still in the journal. The failure is a real
// one from SQLite: a trigger, put in the journal file by another connection,
// refuses to move entries to the Bin.
TEST_F(TodayUndoAPlannedWalk, WhenOneOfUndosWritesFailsNoneIsKept)
{
    Host& host = *hostPtr;
    TodayModel& model = *todayModel;
    const auto row = [&] { return planRow(model); };
    ASSERT_TRUE(model.markDone(QStringLiteral("behavioral-activation"), item));
    const sdk::Entry planDone = host.store()->get(planId).value();
    const qint64 entriesDone = host.store()->count({}).value();
    const qsizetype linksDone = host.store()->links(planId).value().size();
    ASSERT_GT(linksDone, 0);

    const auto sql = [&](const char* statement) {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(host.store()->path().toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_busy_timeout(db, 5000);
        EXPECT_EQ(sqlite3_exec(db, statement, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
        sqlite3_close(db);
    };
    sql("CREATE TRIGGER refuse_bin BEFORE UPDATE OF deleted_at ON entries BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;");
    EXPECT_FALSE(model.undo(QStringLiteral("behavioral-activation"), item));
    EXPECT_TRUE(model.data(model.index(row()), TodayModel::ErrorRole).toString().contains(QStringLiteral("could not be taken back")))
        << model.data(model.index(row()), TodayModel::ErrorRole).toString().toStdString();
    const sdk::Entry planAfter = host.store()->get(planId).value();
    EXPECT_EQ(planAfter.revision, planDone.revision) << "the plan was put back, its activity not";
    EXPECT_EQ(planAfter.payload, planDone.payload);
    EXPECT_EQ(host.store()->links(planId).value().size(), linksDone) << "the link was taken away, the activity not";
    EXPECT_EQ(host.store()->count({}).value(), entriesDone);
    EXPECT_TRUE(model.data(model.index(row()), TodayModel::CanUndoRole).toBool()) << "Undo is not offered again after it failed";

    sql("DROP TRIGGER refuse_bin;");
    ASSERT_TRUE(model.undo(QStringLiteral("behavioral-activation"), item))
        << model.data(model.index(row()), TodayModel::ErrorRole).toString().toStdString();
    EXPECT_EQ(model.data(model.index(row()), TodayModel::ErrorRole).toString(), QString());
    EXPECT_EQ(host.store()->count({}).value(), entriesDone - 1);
    EXPECT_TRUE(host.store()->links(planId).value().isEmpty());
}

// The activity the client already moved to the Bin themselves: Undo still puts
// the plan back (before, "already deleted" stopped it with an error).
TEST_F(TodayUndoAPlannedWalk, AnActivityAlreadyInTheBinDoesNotStopUndo)
{
    Host& host = *hostPtr;
    TodayModel& model = *todayModel;
    const auto row = [&] { return planRow(model); };
    const sdk::Entry planBefore = host.store()->get(planId).value();
    ASSERT_TRUE(model.markDone(QStringLiteral("behavioral-activation"), item));
    sdk::EntryQuery activities;
    activities.kinds = {QStringLiteral("behavioral-activation/activity")};
    const QString activity = host.store()->query(activities).value().entries.value(0).id;
    ASSERT_FALSE(activity.isEmpty());
    ASSERT_OK(host.store()->remove(activity));
    ASSERT_TRUE(model.undo(QStringLiteral("behavioral-activation"), item))
        << model.data(model.index(row()), TodayModel::ErrorRole).toString().toStdString();
    EXPECT_EQ(host.store()->get(planId).value().payload, planBefore.payload);
}

TEST_F(TodayModelTest, ADoseRecordedElsewhereShowsAfterTheJournalChanges)
{
    QObject* backend = host->plugins().backendOf(QStringLiteral("due-actions"));
    QString answer;
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "record", Q_RETURN_ARG(QString, answer),
                                          Q_ARG(QString, QStringLiteral("evening-dose")),
                                          Q_ARG(QString, kDay.toString(Qt::ISODate)), Q_ARG(bool, true)));
    ASSERT_EQ(answer, QString());
    EXPECT_TRUE(waitFor([&] { return at(QStringLiteral("evening-dose"), TodayModel::StateRole).toString() == QLatin1String("done"); }));
}

TEST_F(TodayModelTest, AModuleThatThrowsShowsAnErrorOnItsRowAndNothingElseChanges)
{
    EXPECT_FALSE(model->markDone(QStringLiteral("due-actions-throws"), QStringLiteral("stretch")));
    const QString error = at(QStringLiteral("stretch"), TodayModel::ErrorRole).toString();
    EXPECT_TRUE(error.contains(QStringLiteral("Something went wrong inside Stretching fixture"))) << qPrintable(error);
    EXPECT_EQ(at(QStringLiteral("stretch"), TodayModel::StateRole).toString(), QStringLiteral("due"));
    EXPECT_EQ(at(QStringLiteral("morning-dose"), TodayModel::ErrorRole).toString(), QString());
    EXPECT_EQ(model->count(), 5);
    // The error stays across a refresh while the item is there.
    model->refresh();
    EXPECT_FALSE(at(QStringLiteral("stretch"), TodayModel::ErrorRole).toString().isEmpty());
    // What the module did not offer is refused with a reason, on the row.
    EXPECT_FALSE(model->markDone(QStringLiteral("due-actions-throws"), QStringLiteral("walk")));
    EXPECT_TRUE(at(QStringLiteral("walk"), TodayModel::ErrorRole).toString().contains(QStringLiteral("open its page")));
    // Other modules still work.
    EXPECT_TRUE(model->markDone(QStringLiteral("due-actions"), QStringLiteral("morning-dose")));
}

TEST(TodayOrder, OverdueFirstThenTimedThenAnyTime)
{
    auto item = [](const QString& id, sdk::DueItem::State state, QTime time, int daysBack = 0) {
        ModuleDueItem i;
        i.pluginId = QStringLiteral("m");
        i.item.id = id;
        i.item.state = state;
        i.item.time = time;
        i.item.dueDate = kDay.addDays(-daysBack);
        return i;
    };
    using S = sdk::DueItem::State;
    QList<ModuleDueItem> items{item("any", S::Due, {}), item("late", S::Done, QTime(22, 0)),
                               item("early", S::Skipped, QTime(7, 0)), item("old", S::Overdue, {}, 2),
                               item("older", S::Overdue, {}, 5), item("noon", S::Due, QTime(12, 0))};
    sortTodayItems(items);
    QStringList ids;
    for (const auto& i : items)
        ids << i.item.id;
    EXPECT_EQ(ids, (QStringList{"older", "old", "early", "noon", "late", "any"}));
}
