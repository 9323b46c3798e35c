// The navigation's rows and "Go to" (issue 24): NavigationModel over the real
// host's navigation (the bundled modules and the fifteen nav-many fixtures),
// checked by Qt's own model tester while groups open and close.
#include "app/appcontroller.h"
#include "app/navigationmodel.h"
#include "host/host.h"
#include "host/languages.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;

namespace {

class NavigationModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        HostOptions o;
        o.dataDir = dir.filePath(QStringLiteral("data"));
        o.logLevel = QStringLiteral("warn");
        o.pluginDirs << tessera::test::fixturePluginDir() + QStringLiteral("/nav");
        host = std::make_unique<Host>(o);
        host->prepare();
        ASSERT_OK(host->start());
        app = std::make_unique<AppController>(*host, QString());
        model = qobject_cast<NavigationModel*>(app->navigationModel());
        ASSERT_NE(model, nullptr);
        tester = std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    QStringList keys() const
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->data(model->index(r), NavigationModel::KeyRole).toString();
        return out;
    }
    QStringList moduleIds() const
    {
        QStringList out;
        for (const QVariant& m : app->modules())
            out << m.toMap().value(QStringLiteral("id")).toString();
        return out;
    }
    QStringList titles(const QString& text) const
    {
        QStringList out;
        for (const QVariant& v : model->findPages(text))
            out << v.toMap().value(QStringLiteral("title")).toString();
        return out;
    }

    QTemporaryDir dir;
    std::unique_ptr<Host> host;
    std::unique_ptr<AppController> app;
    NavigationModel* model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(NavigationModelTest, HostPlacesFirstThenOneClosedGroupPerModuleAndPinnedItemsOutsideTheList)
{
    const QStringList ids = moduleIds();
    ASSERT_GE(ids.size(), 22) << "the bundled modules and the fifteen fixtures";
    // Nothing current yet: every group is closed, one heading per module after the host's places.
    const QStringList rows = keys();
    const int places = static_cast<int>(rows.size() - ids.size());
    ASSERT_GE(places, 4);
    EXPECT_TRUE(rows.contains(QStringLiteral("timeline")));
    EXPECT_TRUE(rows.contains(QStringLiteral("safety-plan")));
    EXPECT_TRUE(rows.contains(QStringLiteral("share")));
    for (int i = 0; i < places; ++i)
        EXPECT_FALSE(rows[i].startsWith(QStringLiteral("group:"))) << rows[i].toStdString();
    for (int i = 0; i < ids.size(); ++i) {
        EXPECT_EQ(rows[places + i], QStringLiteral("group:") + ids[i]);
        EXPECT_FALSE(model->data(model->index(places + i), NavigationModel::ExpandedRole).toBool());
        EXPECT_TRUE(model->data(model->index(places + i), NavigationModel::AccessibleNameRole).toString().endsWith(
            QStringLiteral("collapsed")));
    }
    // Help above the list; Modules and Settings below it; none of them in it.
    ASSERT_EQ(model->pinnedTop().size(), 1);
    EXPECT_EQ(model->pinnedTop()[0].toMap().value(QStringLiteral("key")).toString(), QStringLiteral("crisis"));
    QStringList bottom;
    for (const QVariant& v : model->pinnedBottom())
        bottom << v.toMap().value(QStringLiteral("key")).toString();
    EXPECT_EQ(bottom, (QStringList{QStringLiteral("catalog"), QStringLiteral("settings")}));
    for (const QString& pinned : {QStringLiteral("crisis"), QStringLiteral("catalog"), QStringLiteral("settings")})
        EXPECT_FALSE(rows.contains(pinned)) << pinned.toStdString();
    EXPECT_EQ(model->pageCount(), app->navigation().size());
}

TEST_F(NavigationModelTest, TheCurrentPagesGroupOpensAndClosesAgainUnlessOpenedByHand)
{
    QSignalSpy rowChanged(model, &NavigationModel::currentRowChanged);
    model->setCurrentKey(QStringLiteral("nav-15/p3"));
    EXPECT_TRUE(model->isExpanded(QStringLiteral("nav-15")));
    const int row = model->currentRow();
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->data(model->index(row), NavigationModel::TitleRole).toString(), QStringLiteral("Next week's intention"));
    EXPECT_TRUE(model->data(model->index(row), NavigationModel::IsCurrentRole).toBool());
    EXPECT_EQ(model->headerRowOf(row), model->rowOf(QStringLiteral("group:nav-15")));
    EXPECT_EQ(model->data(model->index(row), NavigationModel::AccessibleNameRole).toString(),
              QStringLiteral("Next week's intention, Résumé of the week"));
    EXPECT_GE(rowChanged.count(), 1);

    // Another group's page: that group opens, the first closes again.
    model->setCurrentKey(QStringLiteral("nav-01/p1"));
    EXPECT_TRUE(model->isExpanded(QStringLiteral("nav-01")));
    EXPECT_FALSE(model->isExpanded(QStringLiteral("nav-15")));
    EXPECT_EQ(model->rowOf(QStringLiteral("nav-15/p3")), -1);

    // Opened by hand: stays open.
    model->setExpanded(QStringLiteral("nav-15"), true);
    model->setCurrentKey(QStringLiteral("timeline"));
    EXPECT_TRUE(model->isExpanded(QStringLiteral("nav-15")));
    EXPECT_FALSE(model->isExpanded(QStringLiteral("nav-01")));

    // Closed by hand while current: stays closed (the heading marks it); a page of it opens it again.
    model->setCurrentKey(QStringLiteral("nav-02/p1"));
    model->toggle(QStringLiteral("nav-02"));
    EXPECT_FALSE(model->isExpanded(QStringLiteral("nav-02")));
    EXPECT_EQ(model->currentRow(), -1);
    const int heading = model->rowOf(QStringLiteral("group:nav-02"));
    EXPECT_TRUE(model->data(model->index(heading), NavigationModel::ContainsCurrentRole).toBool());
    model->setCurrentKey(QStringLiteral("nav-02/p2"));
    EXPECT_TRUE(model->isExpanded(QStringLiteral("nav-02")));

    // Pinned pages have no row; unknown groups change nothing.
    model->setCurrentKey(QStringLiteral("settings"));
    EXPECT_EQ(model->currentRow(), -1);
    const QStringList before = keys();
    model->setExpanded(QStringLiteral("no-such-module"), true);
    EXPECT_EQ(keys(), before);
}

TEST_F(NavigationModelTest, OpeningEveryGroupListsEveryPageInNavigationOrder)
{
    for (const QString& id : moduleIds())
        model->setExpanded(id, true);
    QStringList listed;
    for (const QString& k : keys()) {
        if (!k.startsWith(QStringLiteral("group:")))
            listed << k;
    }
    QStringList expected;
    for (const QVariant& v : app->navigation()) {
        const QVariantMap m = v.toMap();
        if (!m.value(QStringLiteral("place")).toString().isEmpty())
            continue;
        expected << m.value(QStringLiteral("key")).toString();
    }
    // The host's places first (in their order), then the modules' pages.
    std::stable_partition(expected.begin(), expected.end(), [](const QString& k) { return !k.contains(QLatin1Char('/')); });
    EXPECT_EQ(listed, expected);
    for (const QString& id : moduleIds())
        model->setExpanded(id, false);
    const auto places = std::count_if(expected.begin(), expected.end(), [](const QString& k) { return !k.contains(QLatin1Char('/')); });
    EXPECT_EQ(keys().size(), places + moduleIds().size());
}

TEST_F(NavigationModelTest, GoToIgnoresCaseAndAccentsAndRanksTitlesFirst)
{
    EXPECT_EQ(NavigationModel::foldForSearch(QStringLiteral("  Café  Résumé—Today’s ")), QStringLiteral("cafe resume todays"));
    EXPECT_EQ(titles(QStringLiteral("CAFE")).value(0), QStringLiteral("Café check-in"));
    EXPECT_EQ(titles(QStringLiteral("résumé")).value(0), QStringLiteral("Weekly résumé"));
    EXPECT_EQ(titles(QStringLiteral("resume")).value(0), QStringLiteral("Weekly résumé"));
    // The module's name finds every page of it, after titles that match.
    const QStringList worry = titles(QStringLiteral("worry"));
    ASSERT_GE(worry.size(), 2);
    EXPECT_EQ(worry[0], QStringLiteral("Worry period")) << "a title that starts with the text first";
    EXPECT_EQ(worry[1], QStringLiteral("Postpone a worry"));
    EXPECT_TRUE(titles(QStringLiteral("résumé week")).contains(QStringLiteral("Highlights")));
    // An exact title first, then a title that starts with it.
    EXPECT_EQ(titles(QStringLiteral("check in")).value(0), QStringLiteral("Check in"));
    EXPECT_EQ(titles(QStringLiteral("settings")).value(0), QStringLiteral("Settings"));
    EXPECT_TRUE(titles(QStringLiteral("modules")).contains(QStringLiteral("Modules")));
    EXPECT_TRUE(titles(QStringLiteral("need help")).contains(QStringLiteral("Need help now?")));
    // Every word must match; nothing matches nothing.
    EXPECT_TRUE(titles(QStringLiteral("worry zebra")).isEmpty());
    EXPECT_EQ(model->findPages(QString()).size(), model->pageCount());
    EXPECT_EQ(app->findPages(QStringLiteral("weekly résumé")).value(0).toMap().value(QStringLiteral("key")).toString(),
              QStringLiteral("nav-15/p1"));
}

// A host on the folder `dataDir`, quiet, with no module (the app's own words).
HostOptions hostWithoutModules(const QString& dataDir)
{
    HostOptions o;
    o.dataDir = dataDir;
    o.logLevel = QStringLiteral("warn");
    o.bundledPlugins = false;
    return o;
}

} // namespace

// The privacy and crisis statement ("not an emergency service") shows at
// every start until the client dismisses it (it was marked told when first
// shown, so closing the window at once lost it), and not after.
TEST(AppNotices, ThePrivacyStatementStaysUntilDismissed)
{
    QTemporaryDir dir;
    const HostOptions o = hostWithoutModules(dir.path());
    const auto statementAt = [](const AppController& app) {
        return app.notices().indexOf(QRegularExpression(QStringLiteral(".*not an emergency service.*")));
    };
    for (int start = 0; start < 2; ++start) {
        Host host(o);
        ASSERT_OK(host.start());
        AppController app(host, QString());
        EXPECT_GE(statementAt(app), 0) << "start " << start << ": " << app.notices().join(QLatin1Char('\n')).toStdString();
    }
    {
        Host host(o);
        ASSERT_OK(host.start());
        AppController app(host, QString());
        const int at = statementAt(app);
        ASSERT_GE(at, 0);
        app.dismissNotice(at);
        EXPECT_LT(statementAt(app), 0);
    }
    Host host(o);
    ASSERT_OK(host.start());
    AppController app(host, QString());
    EXPECT_LT(statementAt(app), 0) << app.notices().join(QLatin1Char('\n')).toStdString();
}

// From trying it: the timeline's mood chart had no dates along its bottom.
// Its first day, middle and today, at the offsets moodSeries() uses.
TEST(AppMoodChart, TheAxisNamesTheFirstDayTheMiddleAndToday)
{
    QTemporaryDir dir;
    const HostOptions o = hostWithoutModules(dir.path());
    Host host(o);
    ASSERT_OK(host.start());
    AppController app(host, QString());
    const QDate today = QDate::currentDate();
    const auto axis = [&](int days) {
        QStringList out;
        for (const QVariant& v : app.moodAxis(days))
            out << QStringLiteral("%1 %2").arg(v.toMap().value(QStringLiteral("offset")).toInt()).arg(v.toMap().value(QStringLiteral("text")).toString());
        return out;
    };
    const auto date = [&](const QDate& d) {
        return QLocale().toString(d, d.year() == today.year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
    };
    EXPECT_EQ(axis(30), (QStringList{QStringLiteral("0 ") + date(today.addDays(-29)), QStringLiteral("14 ") + date(today.addDays(-15)),
                                     QStringLiteral("29 Today")}));
    const QStringList year = axis(365);
    ASSERT_EQ(year.size(), 3);
    EXPECT_EQ(year.first(), QStringLiteral("0 ") + date(today.addDays(-364))) << "with its year, where it is not this year's";
    EXPECT_EQ(year.last(), QStringLiteral("364 Today"));
    EXPECT_TRUE(axis(1).isEmpty()) << "one day has no axis to name";
}

// Found walking Settings by keyboard (Xvfb): after choosing Español, the
// navigation (Today, Timeline, Settings...), the privacy statement above the
// page and Settings' profile line stayed in English, although Settings says
// "Pages change language at once". The module's own names wait for the next
// start, as Settings says; the host's words change at once.
TEST(AppLanguageSwitch, TheNavigationAndThePrivacyStatementChangeAtOnce)
{
    QTemporaryDir dir;
    const HostOptions o = hostWithoutModules(dir.path());
    Languages::use(QStringLiteral("en"));
    Host host(o);
    ASSERT_OK(host.start());
    AppController app(host, QString());
    auto* nav = static_cast<NavigationModel*>(app.navigationModel());
    const auto titleOf = [nav](const QString& key) {
        return nav->data(nav->index(nav->rowOf(key)), NavigationModel::TitleRole).toString();
    };
    const auto pinned = [nav] {
        QStringList out;
        for (const QVariant& v : nav->pinnedBottom())
            out << v.toMap().value(QStringLiteral("title")).toString();
        return out;
    };
    ASSERT_EQ(titleOf(QStringLiteral("today")), QStringLiteral("Today"));
    ASSERT_TRUE(pinned().contains(QStringLiteral("Settings")));
    ASSERT_GE(app.notices().indexOf(QRegularExpression(QStringLiteral(".*not an emergency service.*"))), 0);

    QSignalSpy titles(nav, &NavigationModel::titlesChanged);
    QSignalSpy rows(nav, &QAbstractItemModel::dataChanged);
    app.setLanguage(QStringLiteral("es"));
    EXPECT_EQ(titleOf(QStringLiteral("today")), QStringLiteral("Hoy"));
    EXPECT_TRUE(pinned().contains(QStringLiteral("Ajustes"))) << pinned().join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(titles.count(), 1);
    EXPECT_GE(rows.count(), 1) << "the list's rows are told their titles changed";
    EXPECT_LT(app.notices().indexOf(QRegularExpression(QStringLiteral(".*not an emergency service.*"))), 0)
        << app.notices().join(QLatin1Char('\n')).toStdString();
    const int at = app.notices().indexOf(QRegularExpression(QStringLiteral(".*emergencia.*")));
    ASSERT_GE(at, 0) << app.notices().join(QLatin1Char('\n')).toStdString();
    app.dismissNotice(at); // still known as the statement: dismissed for good
    EXPECT_LT(app.notices().indexOf(QRegularExpression(QStringLiteral(".*emergencia.*"))), 0);
    app.setLanguage(QStringLiteral("en"));
    Languages::use(QStringLiteral("en"));
}

// Found the same way: with modules turned on or off by the client and no
// clinic profile, Settings said "Default (every bundled module) (from ); you
// can turn modules on or off".
TEST(AppProfileSummary, ModulesChosenByTheClientWithNoClinicProfile)
{
    QTemporaryDir dir;
    test::writeFile(QDir(dir.path()).filePath(QStringLiteral("modules.json")), R"({"modules": {"cbt": false}})");
    const HostOptions o = hostWithoutModules(dir.path());
    Host host(o);
    ASSERT_OK(host.start());
    AppController app(host, QString());
    EXPECT_FALSE(app.profileSummary().contains(QStringLiteral("(from )"))) << app.profileSummary().toStdString();
    EXPECT_TRUE(app.profileSummary().startsWith(QStringLiteral("No clinic profile"))) << app.profileSummary().toStdString();
}
