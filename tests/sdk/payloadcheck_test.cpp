// The SDK's payload checks on their own: PayloadCheck::requireStringList()
// and the per-kind checks of ModulePlugin (tessera/sdk/moduleplugin.h),
// with its backend's lifecycle on a context as the host makes one.
#include "testsupport.h"

#include <tessera/sdk/moduleplugin.h>
#include <tessera/sdk/payloadcheck.h>
#include <tessera/sdk/plugincontext.h>
#include <tessera/sdk/private/hostsetup.h>

#include <QJsonArray>
#include <QPointer>

using namespace tessera::sdk;

namespace {

// The field and reason of the first problem, or "" when the payload passes.
QString problem(const PayloadCheck& c) { return c.ok() ? QString() : c.status().error().toString(); }

QJsonObject things(const QJsonValue& value) { return {{QStringLiteral("things"), value}}; }

// "Three good things": exactly three, each at most 20 characters.
QString threeThings(const QJsonObject& payload)
{
    PayloadCheck c(payload);
    c.requireStringList(QStringLiteral("things"), 3, 3, 20);
    return problem(c);
}

TEST(PayloadCheckRequireStringList, AcceptsTheRightNumberOfShortTexts)
{
    EXPECT_EQ(threeThings(things(QJsonArray{QStringLiteral("a walk"), QStringLiteral("soup"), QStringLiteral("a call")})), QString());
    // Exactly maxLength characters is allowed.
    EXPECT_EQ(threeThings(things(QJsonArray{QString(20, QLatin1Char('x')), QStringLiteral("b"), QStringLiteral("c")})), QString());
    PayloadCheck range(things(QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
    range.requireStringList(QStringLiteral("things"), 1, 5);
    EXPECT_TRUE(range.ok()) << problem(range).toStdString();
}

TEST(PayloadCheckRequireStringList, RefusesAMissingListOrNotAList)
{
    EXPECT_EQ(threeThings({}), QStringLiteral("things: is required"));
    EXPECT_EQ(threeThings(things(QJsonValue::Null)), QStringLiteral("things: is required"));
    EXPECT_EQ(threeThings(things(QStringLiteral("a walk, soup, a call"))), QStringLiteral("things: must be a list of text"));
    EXPECT_EQ(threeThings(things(QJsonObject{{QStringLiteral("0"), QStringLiteral("a walk")}})),
              QStringLiteral("things: must be a list of text"));
}

TEST(PayloadCheckRequireStringList, RefusesTooFewAndTooMany)
{
    EXPECT_EQ(threeThings(things(QJsonArray{})), QStringLiteral("things: needs at least 3 items"));
    EXPECT_EQ(threeThings(things(QJsonArray{QStringLiteral("a"), QStringLiteral("b")})), QStringLiteral("things: needs at least 3 items"));
    EXPECT_EQ(threeThings(things(QJsonArray{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")})),
              QStringLiteral("things: has more than 3 items"));
    PayloadCheck one(things(QJsonArray{}));
    one.requireStringList(QStringLiteral("things"), 1, 5);
    EXPECT_EQ(problem(one), QStringLiteral("things: needs at least one item"));
}

TEST(PayloadCheckRequireStringList, NamesTheElementThatIsEmptyNotTextOrTooLong)
{
    EXPECT_EQ(threeThings(things(QJsonArray{QStringLiteral("a walk"), QStringLiteral("   "), QStringLiteral("a call")})),
              QStringLiteral("things[1]: is empty"));
    EXPECT_EQ(threeThings(things(QJsonArray{QStringLiteral("a walk"), QStringLiteral("soup"), QString()})),
              QStringLiteral("things[2]: is empty"));
    EXPECT_EQ(threeThings(things(QJsonArray{QStringLiteral("a walk"), 3, QStringLiteral("a call")})),
              QStringLiteral("things[1]: must be text"));
    EXPECT_EQ(threeThings(things(QJsonArray{QString(21, QLatin1Char('x')), QStringLiteral("b"), QStringLiteral("c")})),
              QStringLiteral("things[0]: is longer than 20 characters"));
    // The first problem is the one reported.
    EXPECT_EQ(threeThings(things(QJsonArray{QStringLiteral("a"), QString(), QString(21, QLatin1Char('x'))})),
              QStringLiteral("things[1]: is empty"));
}

TEST(PayloadCheckRequireStringList, NestedListsNameTheirFullPathAndAValidationError)
{
    const QJsonObject payload{{QStringLiteral("days"),
                               QJsonArray{QJsonObject{{QStringLiteral("things"), QJsonArray{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}}},
                                          QJsonObject{{QStringLiteral("things"), QJsonArray{QStringLiteral("a"), QStringLiteral(" ")}}}}}};
    PayloadCheck c(payload);
    c.requireArray(QStringLiteral("days"), 1, 7, [](PayloadCheck& day) {
        day.requireStringList(QStringLiteral("things"), 1, 3, 20);
    });
    ASSERT_FALSE(c.ok());
    const Error e = c.status().error();
    EXPECT_EQ(e.code, ErrorCode::Validation);
    EXPECT_EQ(e.field, QStringLiteral("days[1].things[1]"));
    EXPECT_EQ(e.message, QStringLiteral("is empty"));
}

TEST(PayloadCheckRequireStringList, DoesNothingAfterAnEarlierProblem)
{
    PayloadCheck c(things(QJsonArray{}));
    c.requireString(QStringLiteral("title")).requireStringList(QStringLiteral("things"), 3, 3);
    EXPECT_EQ(problem(c), QStringLiteral("title: is required"));
}

// ---- ModulePlugin ----

// A backend that remembers the context it was made with.
class ProbeBackend : public QObject {
public:
    explicit ProbeBackend(PluginContext& c) : context(&c) {}
    PluginContext* context;
};

class NotePlugin final : public ModulePlugin<ProbeBackend> {
public:
    NotePlugin()
    {
        addKind(QStringLiteral("note"), [](PayloadCheck& c) { c.requireString(QStringLiteral("text"), 100); });
        // Version 2 renamed "text" to "body"; version 1 payloads are still accepted from imports.
        addKind(QStringLiteral("entry"), 2, [](PayloadCheck& c) { c.requireString(QStringLiteral("body"), 100); });
        addKind(QStringLiteral("entry"), 1, [](PayloadCheck& c) { c.requireString(QStringLiteral("text"), 100); });
    }
};

QString validated(const Plugin& plugin, const QString& kind, int version, const QJsonObject& payload)
{
    const Status s = plugin.validatePayload(kind, version, payload);
    return s.ok() ? QString() : s.error().toString();
}

TEST(ModulePlugin, ChecksEachKindAtEachVersionWithItsOwnCheck)
{
    const NotePlugin plugin;
    const QJsonObject text{{QStringLiteral("text"), QStringLiteral("hello")}};
    const QJsonObject body{{QStringLiteral("body"), QStringLiteral("hello")}};
    EXPECT_EQ(validated(plugin, QStringLiteral("note"), 1, text), QString());
    EXPECT_EQ(validated(plugin, QStringLiteral("note"), 1, {}), QStringLiteral("text: is required"));
    EXPECT_EQ(validated(plugin, QStringLiteral("note"), 1, {{QStringLiteral("text"), QString(101, QLatin1Char('x'))}}),
              QStringLiteral("text: is longer than 100 characters"));

    EXPECT_EQ(validated(plugin, QStringLiteral("entry"), 2, body), QString());
    EXPECT_EQ(validated(plugin, QStringLiteral("entry"), 2, text), QStringLiteral("body: is required"));
    EXPECT_EQ(validated(plugin, QStringLiteral("entry"), 1, text), QString());
    EXPECT_EQ(validated(plugin, QStringLiteral("entry"), 1, body), QStringLiteral("text: is required"));
}

TEST(ModulePlugin, RefusesKindsAndVersionsItHasNoCheckFor)
{
    const NotePlugin plugin;
    const QJsonObject text{{QStringLiteral("text"), QStringLiteral("hello")}};
    const Status kind = plugin.validatePayload(QStringLiteral("photo"), 1, text);
    ASSERT_FALSE(kind.ok());
    EXPECT_EQ(kind.error().code, ErrorCode::Validation);
    EXPECT_EQ(kind.error().field, QStringLiteral("kind"));
    EXPECT_EQ(kind.error().message, QStringLiteral("unknown kind \"photo\""));

    const Status version = plugin.validatePayload(QStringLiteral("note"), 2, text);
    ASSERT_FALSE(version.ok());
    EXPECT_EQ(version.error().code, ErrorCode::Validation);
    EXPECT_EQ(version.error().field, QStringLiteral("schemaVersion"));
    EXPECT_EQ(version.error().message, QStringLiteral("unknown schema version 2"));
    EXPECT_EQ(validated(plugin, QStringLiteral("entry"), 3, text), QStringLiteral("schemaVersion: unknown schema version 3"));
}

// A context as the host makes one (no journal: these backends do not use it).
struct TestContext {
    TestContext()
    {
        setup.pluginId = QStringLiteral("notes");
        context = std::make_unique<PluginContext>(setup);
    }
    PluginContext::Setup setup;
    std::unique_ptr<PluginContext> context;
};

TEST(ModulePlugin, MakesTheBackendAtStartAndDestroysItAtShutdown)
{
    TestContext t;
    NotePlugin plugin;
    Plugin& asHost = plugin; // the host sees only Plugin
    EXPECT_EQ(asHost.backend(), nullptr);
    ASSERT_OK(asHost.initialize(*t.context));
    QPointer<QObject> backend = asHost.backend();
    ASSERT_NE(backend, nullptr);
    EXPECT_EQ(static_cast<ProbeBackend*>(backend.data())->context, t.context.get());
    asHost.shutdown();
    EXPECT_TRUE(backend.isNull()) << "destroyed at shutdown";
    EXPECT_EQ(asHost.backend(), nullptr);
}

// A backend that needs more than the context.
class NeedsMore : public QObject {
public:
    NeedsMore(PluginContext&, int answer) : answer(answer) {}
    int answer;
};

class ForgetfulPlugin final : public ModulePlugin<NeedsMore> {};

class CarefulPlugin final : public ModulePlugin<NeedsMore> {
protected:
    std::unique_ptr<NeedsMore> makeBackend(PluginContext& context) override { return std::make_unique<NeedsMore>(context, 42); }
};

TEST(ModulePlugin, ABackendThatNeedsMoreIsMadeByMakeBackend)
{
    TestContext t;
    ForgetfulPlugin forgetful;
    const Status failed = forgetful.initialize(*t.context);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::Internal);
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("makeBackend()"))) << failed.error().message.toStdString();
    EXPECT_EQ(forgetful.backend(), nullptr);

    CarefulPlugin careful;
    ASSERT_OK(careful.initialize(*t.context));
    ASSERT_NE(careful.backend(), nullptr);
    EXPECT_EQ(static_cast<NeedsMore*>(careful.backend())->answer, 42);
    careful.shutdown();
}

} // namespace
