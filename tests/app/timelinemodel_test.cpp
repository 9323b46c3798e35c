// TimelineModel and CatalogModel on a real journal with the real journal module.
#include "app/catalogmodel.h"
#include "app/comingupmodel.h"
#include "app/timelinemodel.h"
#include "host/host.h"
#include "host/languages.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QElapsedTimer>
#include <QThread>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;

namespace {

class TimelineModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        HostOptions o;
        o.dataDir = dir.path();
        host = std::make_unique<Host>(o);
        ASSERT_OK(host->start());
        ASSERT_TRUE(host->plugins().find(QStringLiteral("journal"))->isRunning());
        // 1,000 check-ins, one every 3 hours back from `base`, moods cycling 0..10.
        QList<sdk::Entry> bulk;
        for (int i = 0; i < 1000; ++i) {
            sdk::Entry e;
            e.kind = QStringLiteral("journal/checkin");
            e.title = QStringLiteral("Check-in %1").arg(i);
            e.summary = i == 500 ? QStringLiteral("walked along the harbour") : QStringLiteral("ordinary day");
            e.mood = i % 11;
            e.occurredAt = base.addSecs(-3 * 3600 * i);
            e.utcOffsetSeconds = 0;
            e.payload = QJsonObject{{QStringLiteral("feelings"), QJsonArray{QStringLiteral("calm")}}};
            bulk << e;
        }
        ASSERT_EQ(host->store()->importEntries(bulk).value(), 1000);
        model = std::make_unique<TimelineModel>(*host->store(), host->plugins());
        QCoreApplication::processEvents(); // the total is counted after the first page
    }

    QString idAt(int row) const { return model->data(model->index(row), TimelineModel::IdRole).toString(); }
    QString titleAt(int row) const { return model->data(model->index(row), TimelineModel::TitleRole).toString(); }

    QTemporaryDir dir;
    std::unique_ptr<Host> host;
    std::unique_ptr<TimelineModel> model;
    const QDateTime base = QDateTime(QDate(2026, 6, 30), QTime(21, 0), Qt::UTC);
};

TEST_F(TimelineModelTest, CountingStopsAtTheLimitOnALargeJournal)
{
    // On a large journal the total is not counted to the end on the window's
    // thread (1,000,000 entries take about half a second): it says "more than".
    EXPECT_FALSE(model->totalCountIsLimit());
    QList<sdk::Entry> more;
    for (int i = 0; i < TimelineModel::kCountLimit; ++i) {
        sdk::Entry e;
        e.kind = QStringLiteral("journal/checkin");
        e.title = QStringLiteral("Older check-in %1").arg(i);
        e.occurredAt = base.addDays(-200).addSecs(-60LL * i);
        e.payload = QJsonObject{{QStringLiteral("feelings"), QJsonArray{QStringLiteral("calm")}}};
        more << e;
    }
    ASSERT_OK(host->store()->importEntries(more));
    QCoreApplication::processEvents();
    EXPECT_EQ(model->totalCount(), TimelineModel::kCountLimit);
    EXPECT_TRUE(model->totalCountIsLimit());
    // A filter that matches fewer counts them exactly again.
    model->setMoodMin(10);
    model->setMoodMax(10);
    QCoreApplication::processEvents();
    EXPECT_EQ(model->totalCount(), 90);
    EXPECT_FALSE(model->totalCountIsLimit());
}

TEST_F(TimelineModelTest, OpensWithOnePageAndFetchesMoreInOrder)
{
    EXPECT_TRUE(model->ready());
    EXPECT_EQ(model->rowCount(), TimelineModel::kPageSize);
    EXPECT_EQ(model->totalCount(), 1000);
    EXPECT_EQ(titleAt(0), QStringLiteral("Check-in 0"));
    EXPECT_TRUE(model->canFetchMore({}));
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 2 * TimelineModel::kPageSize);
    EXPECT_EQ(titleAt(100), QStringLiteral("Check-in 100"));
    while (model->canFetchMore({}))
        model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 1000);
    EXPECT_EQ(titleAt(999), QStringLiteral("Check-in 999"));
}

// Issue 30: Qt's list view asks for a second page as soon as it is made; the
// app holds the model until its first frame is on screen. A held model is not
// paged by its view; released, it pages again, and loadMore() always works.
TEST_F(TimelineModelTest, AViewDoesNotFetchTheSecondPageOfAHeldModel)
{
    QQmlEngine engine;
    engine.rootContext()->setContextProperty(QStringLiteral("timeline"), model.get());
    QQmlComponent list(&engine);
    list.setData("import QtQuick\nListView { width: 300; height: 300; model: timeline; "
                 "delegate: Item { width: 300; height: 30 } }", QUrl());
    const auto viewPages = [&] {
        std::unique_ptr<QObject> view(list.create());
        EXPECT_TRUE(view) << list.errorString().toStdString();
        QCoreApplication::processEvents(); // the view's request is a posted event
        QCoreApplication::processEvents();
        return model->rowCount() / TimelineModel::kPageSize;
    };
    EXPECT_EQ(viewPages(), 2) << "unheld, the view fetches a second page at once";
    model->reload();
    model->setHeld(true);
    EXPECT_FALSE(model->canFetchMore({}));
    EXPECT_EQ(viewPages(), 1);
    model->loadMore();
    EXPECT_EQ(model->rowCount(), 2 * TimelineModel::kPageSize);
    model->setHeld(false);
    EXPECT_TRUE(model->canFetchMore({}));
}

// Issue 30: the count waits while the model is held (before the first frame)
// and comes when it is released; until then the page says it is counting.
TEST_F(TimelineModelTest, TheCountOfAHeldModelComesWhenItIsReleased)
{
    EXPECT_TRUE(model->totalCountKnown());
    EXPECT_EQ(model->totalCount(), 1000);
    TimelineModel held(*host->store(), host->plugins());
    held.setHeld(true);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_FALSE(held.totalCountKnown());
    EXPECT_EQ(held.totalCount(), 0);
    EXPECT_EQ(held.rowCount(), TimelineModel::kPageSize) << "the first page does not wait";
    held.setHeld(false);
    EXPECT_TRUE(held.totalCountKnown());
    EXPECT_EQ(held.totalCount(), 1000);
}

// Issue 30: when the app starts on Today, the timeline's first page waits for
// the first frame too. Nothing is read until the model is released (or asked to
// fetch); a view made meanwhile shows the rows when they come.
TEST_F(TimelineModelTest, AModelWhoseFirstPageWaitsReadsNothingUntilReleased)
{
    TimelineModel waiting(*host->store(), host->plugins(), nullptr, {}, TimelineModel::FirstPage::WhenReleased);
    QQmlEngine engine;
    engine.rootContext()->setContextProperty(QStringLiteral("timeline"), &waiting);
    QQmlComponent list(&engine);
    list.setData("import QtQuick\nListView { width: 300; height: 300; model: timeline; "
                 "delegate: Item { width: 300; height: 30 } }", QUrl());
    std::unique_ptr<QObject> view(list.create());
    ASSERT_TRUE(view) << list.errorString().toStdString();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_FALSE(waiting.ready());
    EXPECT_EQ(waiting.rowCount(), 0);
    EXPECT_EQ(view->property("count").toInt(), 0);
    EXPECT_FALSE(waiting.totalCountKnown());
    EXPECT_FALSE(waiting.canFetchMore({})) << "held until released";

    // A filter changed meanwhile (a reload) still reads nothing.
    waiting.reload();
    QCoreApplication::processEvents();
    EXPECT_EQ(waiting.rowCount(), 0);

    waiting.setHeld(false);
    EXPECT_TRUE(waiting.ready());
    EXPECT_EQ(waiting.rowCount(), TimelineModel::kPageSize);
    EXPECT_EQ(waiting.data(waiting.index(0), TimelineModel::TitleRole).toString(), QStringLiteral("Check-in 0"));
    EXPECT_TRUE(waiting.totalCountKnown());
    EXPECT_EQ(waiting.totalCount(), 1000);
    EXPECT_GE(view->property("count").toInt(), TimelineModel::kPageSize) << "the view shows the rows when they come";

    // Asked to fetch before its release, it reads its first page then.
    TimelineModel asked(*host->store(), host->plugins(), nullptr, {}, TimelineModel::FirstPage::WhenReleased);
    EXPECT_EQ(asked.rowCount(), 0);
    asked.loadMore();
    EXPECT_EQ(asked.rowCount(), TimelineModel::kPageSize);
    EXPECT_EQ(asked.data(asked.index(0), TimelineModel::TitleRole).toString(), QStringLiteral("Check-in 0"));
    asked.setHeld(false);
    EXPECT_EQ(asked.rowCount(), TimelineModel::kPageSize) << "not read twice";
}

TEST_F(TimelineModelTest, RowsCarryDayModuleAndMood)
{
    const QModelIndex first = model->index(0);
    EXPECT_EQ(model->data(first, TimelineModel::DayRole).toString(), QStringLiteral("2026-06-30"));
    EXPECT_EQ(model->data(first, TimelineModel::TimeRole).toString(), QStringLiteral("21:00"));
    EXPECT_EQ(model->data(first, TimelineModel::ModuleNameRole).toString(), QStringLiteral("Journal"));
    EXPECT_EQ(model->data(first, TimelineModel::KindTitleRole).toString(), QStringLiteral("Check-in"));
    EXPECT_EQ(model->data(first, TimelineModel::MoodRole).toInt(), 0);
    EXPECT_TRUE(model->data(first, TimelineModel::HasMoodRole).toBool());
    // Eight entries a day: row 8 is the next day.
    EXPECT_EQ(model->data(model->index(8), TimelineModel::DayRole).toString(), QStringLiteral("2026-06-29"));
    // Payloads are dropped unless a custom card needs them, and never are a role.
    EXPECT_FALSE(model->cardRow(0, model->data(first, TimelineModel::IdRole).toString()).has_value());
    EXPECT_FALSE(model->roleNames().values().contains("payload"));
}

TEST_F(TimelineModelTest, FiltersReloadAndCount)
{
    model->setMoodMin(10);
    QCoreApplication::processEvents();
    EXPECT_TRUE(model->filtered());
    EXPECT_EQ(model->totalCount(), 90); // i % 11 == 10 for 90 of 1000
    for (int r = 0; r < model->rowCount(); ++r)
        EXPECT_EQ(model->data(model->index(r), TimelineModel::MoodRole).toInt(), 10);
    model->clearFilters();
    model->setSearchText(QStringLiteral("harbour"));
    QCoreApplication::processEvents();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(titleAt(0), QStringLiteral("Check-in 500"));
    model->clearFilters();
    model->setFromDate(QDate(2026, 6, 30));
    QCoreApplication::processEvents();
    EXPECT_EQ(model->totalCount(), 8);
    model->clearFilters();
    model->setModule(QStringLiteral("not-running"));
    QCoreApplication::processEvents();
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(model->totalCount(), 0);
}

TEST_F(TimelineModelTest, LiveUpdatesInsertChangeAndRemoveRows)
{
    sdk::EntryDraft d;
    d.kind = QStringLiteral("journal/checkin");
    d.title = QStringLiteral("Newest");
    d.mood = 7;
    d.occurredAt = base.addSecs(60);
    d.payload = QJsonObject{{QStringLiteral("feelings"), QJsonArray{}}};
    auto added = host->addEntry(d);
    ASSERT_OK(added);
    EXPECT_EQ(model->rowCount(), TimelineModel::kPageSize + 1);
    EXPECT_EQ(idAt(0), added->id);
    EXPECT_EQ(model->totalCount(), 1001);

    // An edit changes the row in place.
    d.title = QStringLiteral("Newest, edited");
    ASSERT_OK(host->store()->update(added->id, d));
    EXPECT_EQ(titleAt(0), QStringLiteral("Newest, edited"));

    // An entry in the middle of the loaded range lands between its neighbours.
    sdk::EntryDraft middle = d;
    middle.title = QStringLiteral("Between 1 and 2");
    middle.occurredAt = base.addSecs(-3 * 3600 - 60);
    ASSERT_OK(host->addEntry(middle));
    EXPECT_EQ(titleAt(2), QStringLiteral("Check-in 1"));
    EXPECT_EQ(titleAt(3), QStringLiteral("Between 1 and 2"));

    ASSERT_OK(host->store()->remove(added->id));
    EXPECT_EQ(titleAt(0), QStringLiteral("Check-in 0"));
    EXPECT_EQ(model->totalCount(), 1001);
    ASSERT_OK(host->store()->restore(added->id));
    EXPECT_EQ(idAt(0), added->id);
}

// Issue 23: the row says whether its entry is private, and setPrivate()
// marks it through the store: the row changes in place, nothing reloads.
TEST_F(TimelineModelTest, MarkingPrivateChangesTheRowInPlace)
{
    ASSERT_GT(model->rowCount(), 3);
    EXPECT_EQ(model->roleNames().value(TimelineModel::IsPrivateRole), QByteArray("isPrivate"));
    const QString id = idAt(2);
    EXPECT_FALSE(model->data(model->index(2), TimelineModel::IsPrivateRole).toBool());
    QList<int> changedRows;
    QObject::connect(model.get(), &QAbstractItemModel::dataChanged,
                     [&](const QModelIndex& from, const QModelIndex&) { changedRows << from.row(); });
    int resets = 0; // a reload removes every row (it was a reset)
    QObject::connect(model.get(), &QAbstractItemModel::modelReset, [&] { ++resets; });
    QObject::connect(model.get(), &QAbstractItemModel::rowsRemoved, [&] { ++resets; });
    const int rows = model->rowCount();
    EXPECT_EQ(model->setPrivate(id, true), QString());
    EXPECT_EQ(changedRows, QList<int>{2});
    EXPECT_TRUE(model->data(model->index(2), TimelineModel::IsPrivateRole).toBool());
    EXPECT_EQ(idAt(2), id);
    EXPECT_EQ(model->rowCount(), rows);
    EXPECT_EQ(resets, 0);
    EXPECT_TRUE(host->store()->get(id)->isPrivate());
    EXPECT_EQ(model->setPrivate(id, false), QString());
    EXPECT_FALSE(model->data(model->index(2), TimelineModel::IsPrivateRole).toBool());
    // An unknown id: a message naming it, nothing changes.
    const QString message = model->setPrivate(QStringLiteral("no-such-entry"), true);
    EXPECT_TRUE(message.contains(QStringLiteral("no-such-entry"))) << message.toStdString();
}

TEST_F(TimelineModelTest, CatalogStatesAndChoices)
{
    CatalogModel catalog(*host);
    ASSERT_EQ(catalog.rowCount(), int(host->plugins().records().size()));
    QModelIndex row;
    for (int r = 0; r < catalog.rowCount(); ++r) {
        if (catalog.data(catalog.index(r), CatalogModel::IdRole).toString() == QLatin1String("journal"))
            row = catalog.index(r);
    }
    ASSERT_TRUE(row.isValid());
    EXPECT_EQ(catalog.data(row, CatalogModel::IdRole).toString(), QStringLiteral("journal"));
    EXPECT_EQ(catalog.data(row, CatalogModel::StateRole).toString(), QStringLiteral("loaded"));
    EXPECT_EQ(catalog.data(row, CatalogModel::SdkVersionRole).toString(), QStringLiteral("2.6") /* journal: due items and reminders (SDK 2.3), its first refresh after the first frame (SDK 2.6) */);
    EXPECT_TRUE(catalog.data(row, CatalogModel::EnabledRole).toBool());
    EXPECT_FALSE(catalog.restartNeeded());
    EXPECT_TRUE(catalog.setEnabled(QStringLiteral("journal"), false).isEmpty());
    EXPECT_TRUE(catalog.restartNeeded());
    EXPECT_FALSE(catalog.data(row, CatalogModel::EnabledRole).toBool());
    EXPECT_EQ(host->userChoices().choice(QStringLiteral("journal")), false);
    EXPECT_TRUE(catalog.setEnabled(QStringLiteral("journal"), true).isEmpty());
    EXPECT_FALSE(catalog.restartNeeded());
}

TEST(CatalogLockedTest, LockedProfileRefusesChangesAndSaysWho)
{
    QTemporaryDir dir;
    HostOptions o;
    o.dataDir = dir.path();
    o.profilePath = tessera::test::fixtureSourceDir() + QStringLiteral("/profiles/cbt-clinic.json");
    Host host(o);
    ASSERT_OK(host.start());
    CatalogModel catalog(host);
    EXPECT_TRUE(catalog.locked());
    EXPECT_EQ(catalog.lockedBy(), QStringLiteral("Riverside Community Mental Health Team"));
    const QString refusal = catalog.setEnabled(QStringLiteral("journal"), false);
    EXPECT_TRUE(refusal.contains(QStringLiteral("Riverside")));
    EXPECT_FALSE(host.userChoices().choice(QStringLiteral("journal")).has_value());
}

} // namespace

// Issue 24: the timeline opens at today; planned entries are "Coming up".
TEST_F(TimelineModelTest, PlannedEntriesAreComingUpNotAboveToday)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto add = [&](const QString& title, const QDateTime& at) {
        sdk::EntryDraft d;
        d.kind = QStringLiteral("journal/checkin");
        d.title = title;
        d.mood = 5;
        d.occurredAt = at;
        d.payload = QJsonObject{{QStringLiteral("feelings"), QJsonArray{QStringLiteral("calm")}}};
        auto added = host->store()->add(d);
        EXPECT_TRUE(added.ok()) << qPrintable(title);
        return added.ok() ? added->id : QString();
    };
    const QString planned = add(QStringLiteral("Planned walk"), now.addDays(3));
    add(QStringLiteral("Far-off plan"), now.addDays(30));
    add(QStringLiteral("Earlier today"), now.addSecs(-3600));
    model->reload();
    QCoreApplication::processEvents();
    // The list opens at now: today's entry first, no planned one among the rows.
    EXPECT_EQ(titleAt(0), QStringLiteral("Earlier today"));
    for (int r = 0; r < model->rowCount(); ++r)
        EXPECT_NE(idAt(r), planned) << "a planned entry sits in the list at row " << r;
    EXPECT_EQ(model->totalCount(), 1001); // the 1,000 check-ins and today's

    ComingUpModel coming(*host->store(), host->plugins());
    ASSERT_EQ(coming.count(), 1); // the 30-day one is beyond the next two weeks
    EXPECT_EQ(coming.data(coming.index(0), ComingUpModel::TitleRole).toString(), QStringLiteral("Planned walk"));
    EXPECT_EQ(coming.data(coming.index(0), ComingUpModel::IdRole).toString(), planned);
    EXPECT_FALSE(coming.hasMore());

    // Added while shown: a planned entry goes to Coming up (soonest first), not into the list.
    const int rows = model->rowCount();
    add(QStringLiteral("Planned call"), now.addDays(1));
    QCoreApplication::processEvents();
    EXPECT_EQ(model->rowCount(), rows);
    EXPECT_EQ(titleAt(0), QStringLiteral("Earlier today"));
    QElapsedTimer t;
    t.start();
    while (coming.count() < 2 && t.elapsed() < 3000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    ASSERT_EQ(coming.count(), 2);
    EXPECT_EQ(coming.data(coming.index(0), ComingUpModel::TitleRole).toString(), QStringLiteral("Planned call"));
    // One added for now goes into the list at the top.
    add(QStringLiteral("Just now"), now);
    QCoreApplication::processEvents();
    EXPECT_EQ(titleAt(0), QStringLiteral("Just now"));

    // A date filter shows its whole range, planned entries included.
    model->setFromDate(now.date().addDays(-1));
    model->setToDate(now.date().addDays(40));
    QCoreApplication::processEvents();
    EXPECT_EQ(titleAt(0), QStringLiteral("Far-off plan"));
}

// The Modules page names what a module reads in words: the host's own kinds
// too. A helper saw "tessera/safety-plan" in the sessions module's sentence.
TEST(CatalogWordsTest, TheHostsKindsByTheirNames)
{
    QTemporaryDir dir;
    HostOptions o;
    o.dataDir = dir.path();
    Host host(o);
    ASSERT_OK(host.start());
    ASSERT_TRUE(host.plugins().find(QStringLiteral("sessions")) && host.plugins().find(QStringLiteral("sessions"))->isRunning());
    CatalogModel catalog(host);
    QString reads;
    for (int r = 0; r < catalog.rowCount(); ++r) {
        if (catalog.data(catalog.index(r), CatalogModel::IdRole).toString() == QLatin1String("sessions"))
            reads = catalog.data(catalog.index(r), CatalogModel::ReadsTextRole).toString();
    }
    EXPECT_TRUE(reads.contains(QStringLiteral("My safety plan (Tessera)"))) << reads.toStdString();
    EXPECT_FALSE(reads.contains(QStringLiteral("tessera/"))) << reads.toStdString();
}

// From trying it: in Spanish the read question named the module in English
// ("Goals quiere leer…") while the navigation and the catalogue say "Metas".
TEST(CatalogInSpanishTest, TheReadQuestionNamesTheModuleAsTheCatalogueDoes)
{
    Languages::use(QStringLiteral("es"));
    {
        QTemporaryDir dir;
        HostOptions o;
        o.dataDir = dir.path();
        o.logLevel = QStringLiteral("warn");
        Host host(o);
        ASSERT_OK(host.start());
        CatalogModel catalog(host);
        const QString asking = catalog.questionModuleId();
        ASSERT_FALSE(asking.isEmpty()) << "a fresh folder: the bundled modules that read others' entries ask";
        QString name;
        for (int r = 0; r < catalog.rowCount(); ++r) {
            if (catalog.data(catalog.index(r), CatalogModel::IdRole).toString() == asking)
                name = catalog.data(catalog.index(r), CatalogModel::NameRole).toString();
        }
        ASSERT_FALSE(name.isEmpty());
        // (The host's own sentences come from the app's catalogue, which this test has not loaded.)
        EXPECT_TRUE(catalog.questionText().startsWith(name + QLatin1Char(' '))) << name.toStdString() << ": " << catalog.questionText().toStdString();
        EXPECT_TRUE(catalog.questionHeadline().startsWith(name + QLatin1Char(' '))) << catalog.questionHeadline().toStdString();
        EXPECT_TRUE(catalog.questionText().contains(catalog.questionKinds()));
    }
    Languages::use(QString());
}
