// The FHIR export of the demo journal validates against the official FHIR R4
// JSON schema (tests/data/fhir), through the real `tessera-cli export
// --format fhir` and tests/fhir/validate_fhir.py; and that validator does
// refuse a broken resource.
#include "host/host.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace tessera;
using namespace tessera::core;
using tessera::test::runCli;
using tessera::test::runProcess;

namespace {

test::ProcessResult validate(const QString& bundle)
{
    return runProcess(QStringLiteral(TESSERA_PYTHON3), {QStringLiteral(TESSERA_FHIR_VALIDATOR), bundle}, 300000);
}

QJsonObject readJson(const QString& path)
{
    return QJsonDocument::fromJson(test::bytesOf(path)).object();
}

} // namespace

TEST(FhirSchemaTest, ValidatorRefusesABrokenResourceNamingThePath)
{
    QTemporaryDir dir;
    const QString good = dir.filePath("good.json");
    const QJsonObject observation{{"resourceType", "Observation"}, {"id", "a"}, {"status", "final"},
                                  {"code", QJsonObject{{"text", "Mood rating (0-10)"}}}, {"valueInteger", 5}};
    QJsonObject bundle{{"resourceType", "Bundle"}, {"type", "collection"}, {"timestamp", "2024-03-05T10:30:00+02:00"},
                       {"entry", QJsonArray{QJsonObject{{"fullUrl", "urn:uuid:1"}, {"resource", observation}}}}};
    test::writeFile(good, QJsonDocument(bundle).toJson());
    const auto ok = validate(good);
    EXPECT_EQ(ok.exitCode, 0) << ok.out.toStdString() << ok.err.toStdString();

    // A status FHIR does not have, a value of the wrong type, a field no Observation has, an unresolved reference.
    QJsonObject broken = observation;
    broken["status"] = "done";
    broken["valueInteger"] = "5";
    broken["mood"] = 5;
    broken["derivedFrom"] = QJsonArray{QJsonObject{{"reference", "urn:uuid:nowhere"}}};
    bundle["entry"] = QJsonArray{QJsonObject{{"fullUrl", "urn:uuid:1"}, {"resource", broken}}};
    const QString bad = dir.filePath("bad.json");
    test::writeFile(bad, QJsonDocument(bundle).toJson());
    const auto refused = validate(bad);
    EXPECT_EQ(refused.exitCode, 1) << refused.out.toStdString() << refused.err.toStdString();
    EXPECT_TRUE(refused.out.contains("entry[0].resource.status: 'done' is not one of")) << refused.out.toStdString();
    EXPECT_TRUE(refused.out.contains("entry[0].resource.valueInteger")) << refused.out.toStdString();
    EXPECT_TRUE(refused.out.contains("'mood' was unexpected")) << refused.out.toStdString();
    EXPECT_TRUE(refused.out.contains("urn:uuid:nowhere names no entry")) << refused.out.toStdString();

    // The Bundle itself: a type FHIR does not have.
    bundle["type"] = "pile";
    bundle["entry"] = QJsonArray{QJsonObject{{"fullUrl", "urn:uuid:1"}, {"resource", observation}}};
    test::writeFile(bad, QJsonDocument(bundle).toJson());
    const auto pile = validate(bad);
    EXPECT_EQ(pile.exitCode, 1) << pile.out.toStdString();
    EXPECT_TRUE(pile.out.contains("type: 'pile' is not one of")) << pile.out.toStdString();
}

TEST(FhirSchemaTest, DemoJournalExportValidates)
{
    QTemporaryDir dir;
    {
        HostOptions o;
        o.dataDir = dir.path();
        o.bundledPlugins = false;
        o.pluginDirs = {tessera::test::bundledPluginDir()};
        o.demo = true;
        Host host(o);
        ASSERT_OK(host.start());
        for (const char* id : {"assessments", "journal", "medication", "goals", "behavioral-activation", "cbt", "ipt", "mbct"}) {
            const PluginRecord* r = host.plugins().find(QLatin1String(id));
            ASSERT_TRUE(r && r->isRunning()) << id;
        }
        auto seeded = host.seedDemo(QDateTime::currentDateTimeUtc(), 90);
        ASSERT_OK(seeded);
        ASSERT_GT(seeded.value(), 50);
    }
    struct Run { QStringList extra; QString file; };
    for (const Run& run : {Run{{}, dir.filePath("plain.fhir.json")},
                           Run{{"--patient", "client-4711"}, dir.filePath("patient.fhir.json")}}) {
        const auto exported = runCli(QStringList{"--data-dir", dir.path(), "export", "--format", "fhir", "--output", run.file} + run.extra);
        ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
        EXPECT_TRUE(exported.err.contains("FHIR resources")) << exported.err.toStdString();
        struct stat st{};
        ASSERT_EQ(::stat(QFile::encodeName(run.file).constData(), &st), 0);
        EXPECT_EQ(st.st_mode & 0777, 0600u);
        const QJsonObject bundle = readJson(run.file);
        const QJsonArray entries = bundle.value("entry").toArray();
        EXPECT_GT(entries.size(), 50);
        QSet<QString> types;
        QSet<QString> modules;
        for (const QJsonValue& v : entries) {
            const QJsonObject r = v.toObject().value("resource").toObject();
            types << r.value("resourceType").toString();
            modules << r.value("meta").toObject().value("tag").toArray().at(0).toObject().value("code").toString().section('/', 0, 0);
        }
        for (const char* type : {"Observation", "QuestionnaireResponse", "MedicationStatement", "Goal", "DocumentReference"})
            EXPECT_TRUE(types.contains(QLatin1String(type))) << type;
        for (const char* module : {"assessments", "journal", "medication", "goals", "behavioral-activation", "cbt", "ipt", "mbct"})
            EXPECT_TRUE(modules.contains(QLatin1String(module))) << module;
        EXPECT_EQ(types.contains("Patient"), !run.extra.isEmpty());
        const auto checked = validate(run.file);
        EXPECT_EQ(checked.exitCode, 0) << checked.out.left(8000).toStdString() << checked.err.toStdString();
        test::report("fhir_schema", QStringLiteral("%1: %2 resources, valid FHIR R4 (the R4 JSON schema, every resource)")
                                        .arg(QFileInfo(run.file).fileName()).arg(entries.size()));
    }
    // Stable ids: a second export gives the same full URLs.
    const QString again = dir.filePath("again.fhir.json");
    ASSERT_EQ(runCli({"--data-dir", dir.path(), "export", "--format", "fhir", "--output", again}).exitCode, 0);
    EXPECT_EQ(readJson(again).value("entry").toArray().size(), readJson(dir.filePath("plain.fhir.json")).value("entry").toArray().size());
    QStringList a, b;
    for (const QJsonValue& v : readJson(again).value("entry").toArray())
        a << v.toObject().value("fullUrl").toString();
    for (const QJsonValue& v : readJson(dir.filePath("plain.fhir.json")).value("entry").toArray())
        b << v.toObject().value("fullUrl").toString();
    EXPECT_EQ(a, b);

    // To standard output; a pseudonym of only spaces and --encrypt are refused, naming the option.
    const auto toStdout = runCli({"--data-dir", dir.path(), "export", "--format", "fhir", "--module", "goals"});
    ASSERT_EQ(toStdout.exitCode, 0) << toStdout.err.toStdString();
    const QJsonObject goals = QJsonDocument::fromJson(toStdout.out.toUtf8()).object();
    EXPECT_EQ(goals.value("type").toString(), "collection");
    EXPECT_FALSE(goals.value("entry").toArray().isEmpty());
    for (const QJsonValue& v : goals.value("entry").toArray())
        EXPECT_TRUE(v.toObject().value("resource").toObject().value("meta").toObject().value("tag").toArray().at(0).toObject()
                        .value("code").toString().startsWith("goals/"));
    const auto blank = runCli({"--data-dir", dir.path(), "export", "--format", "fhir", "--patient", "  "});
    EXPECT_NE(blank.exitCode, 0);
    EXPECT_TRUE(blank.err.contains("--patient")) << blank.err.toStdString();
    const auto sealed = runCli({"--data-dir", dir.path(), "export", "--format", "fhir", "--encrypt"});
    EXPECT_NE(sealed.exitCode, 0);
    EXPECT_TRUE(sealed.err.contains("--encrypt")) << sealed.err.toStdString();
}
