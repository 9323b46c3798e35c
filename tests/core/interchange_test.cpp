// Export to JSON and CSV (a folder), and re-import of a JSON export.
#include "interchange/csvexport.h"
#include "interchange/exporter.h"
#include "store/journalstore.h"
#include "store/payloadpolicy.h"

#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;

namespace {

class InterchangeTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto s = JournalStore::open(dir.filePath(QStringLiteral("a.sqlite")));
        ASSERT_OK(s);
        store = std::move(s).value();
        for (int i = 0; i < 1203; ++i) {
            sdk::EntryDraft d;
            d.kind = QStringLiteral("journal/entry");
            d.title = QStringLiteral("Entry %1, with \"quotes\"").arg(i);
            d.summary = i == 0 ? QStringLiteral("=HYPERLINK(\"http://evil\")") : QStringLiteral("line one\nline two");
            d.mood = i % 11;
            d.occurredAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC).addSecs(60 * i);
            d.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("body %1").arg(i)}};
            ASSERT_OK(store->add(d));
        }
    }
    QTemporaryDir dir;
    std::unique_ptr<JournalStore> store;
};

TEST_F(InterchangeTest, JsonExportRoundTripsIntoAnEmptyJournal)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto n = exportEntries(*store, ShareSelection{}, buffer);
    ASSERT_OK(n);
    EXPECT_EQ(n.value(), 1203);
    const QJsonObject root = QJsonDocument::fromJson(buffer.data()).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("tessera-journal"));
    EXPECT_EQ(root.value(QStringLiteral("entries")).toArray().size(), 1203);

    auto entries = parseJsonExport(buffer.data(), QStringLiteral("export.json"));
    ASSERT_OK(entries);
    auto other = JournalStore::open(dir.filePath(QStringLiteral("b.sqlite")));
    ASSERT_OK(other);
    EXPECT_EQ(other.value()->importEntries(entries.value()).value(), 1203);
    const sdk::Entry original = store->query({}).value().entries.first();
    const sdk::Entry copy = other.value()->get(original.id).value();
    EXPECT_EQ(copy.title, original.title);
    EXPECT_EQ(copy.summary, original.summary);
    EXPECT_EQ(copy.payload, original.payload);
    EXPECT_EQ(copy.occurredAt, original.occurredAt);
    EXPECT_EQ(copy.mood, original.mood);
    // Importing the same export again adds nothing.
    EXPECT_EQ(other.value()->importEntries(entries.value()).value(), 0);
}

TEST_F(InterchangeTest, CsvQuotesAndDefusesFormulas)
{
    // CSV is a folder, one file per kind (csvexport_test has the round trip).
    const QString folder = dir.filePath(QStringLiteral("csv"));
    auto files = exportCsvFolder(*store, ShareSelection{}, CsvOptions{}, folder);
    ASSERT_OK(files);
    ASSERT_EQ(files->size(), 1);
    EXPECT_EQ(files->first().fileName, QStringLiteral("journal-entry.csv"));
    EXPECT_EQ(files->first().rows, 1203);
    QFile f(QDir(folder).filePath(QStringLiteral("journal-entry.csv")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(csv.startsWith(QStringLiteral("id,occurred_at,module,kind,title,summary,mood,tags,private,text\r\n")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\")\"")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"Entry 5, with \"\"quotes\"\"\"")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"line one\nline two\"")));
    EXPECT_EQ(csvCell(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(csvCell(QStringLiteral("-3")), QStringLiteral("\"'-3\""));
}

TEST_F(InterchangeTest, JsonExportLeavesPrivateEntriesOutUnlessIncluded)
{
    const sdk::Entry first = store->query({}).value().entries.first();
    ASSERT_OK(store->setPrivate(first.id, true));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    qint64 leftOut = -1;
    auto n = exportEntries(*store, ShareSelection{}, buffer, &leftOut);
    ASSERT_OK(n);
    EXPECT_EQ(n.value(), 1202);
    EXPECT_EQ(leftOut, 1);
    EXPECT_FALSE(buffer.data().contains(first.id.toUtf8()));

    ShareSelection all;
    all.includePrivate = true;
    QBuffer withPrivate;
    withPrivate.open(QIODevice::WriteOnly);
    ASSERT_EQ(exportEntries(*store, all, withPrivate, &leftOut).value(), 1203);
    EXPECT_EQ(leftOut, 0);
    auto entries = parseJsonExport(withPrivate.data(), QStringLiteral("export.json"));
    ASSERT_OK(entries);
    const auto it = std::find_if(entries->begin(), entries->end(), [&](const sdk::Entry& e) { return e.id == first.id; });
    ASSERT_NE(it, entries->end());
    EXPECT_TRUE(it->isPrivate());
    // The JSON says so, and an import keeps the mark.
    const QJsonArray list = QJsonDocument::fromJson(withPrivate.data()).object().value(QStringLiteral("entries")).toArray();
    int marked = 0;
    for (const QJsonValue& v : list)
        marked += v.toObject().value(QStringLiteral("private")).toBool() ? 1 : 0;
    EXPECT_EQ(marked, 1);
    auto other = JournalStore::open(dir.filePath(QStringLiteral("b.sqlite")));
    ASSERT_OK(other);
    ASSERT_EQ(other.value()->importEntries(entries.value()).value(), 1203);
    EXPECT_TRUE(other.value()->get(first.id)->isPrivate());
    EXPECT_FALSE(other.value()->get(entries->first().id == first.id ? entries->last().id : entries->first().id)->isPrivate());
}

TEST_F(InterchangeTest, MalformedImportsAreRefusedWholeWithTheReason)
{
    auto notJson = parseJsonExport("{ nope", QStringLiteral("in.json"));
    ASSERT_FALSE(notJson.ok());
    EXPECT_TRUE(notJson.error().message.contains(QStringLiteral("in.json")));
    EXPECT_TRUE(notJson.error().message.contains(QStringLiteral("line 1")));

    auto wrongFormat = parseJsonExport(R"({"format": "daylio", "entries": []})", QStringLiteral("in.json"));
    ASSERT_FALSE(wrongFormat.ok());
    EXPECT_TRUE(wrongFormat.error().message.contains(QStringLiteral("not a Tessera export")));

    auto badEntry = parseJsonExport(R"({"format": "tessera-journal", "formatVersion": 1, "entries": [
        {"kind": "journal/entry", "title": "ok", "occurredAt": "2026-01-01T00:00:00Z"},
        {"kind": "journal/entry", "title": "no date"}]})", QStringLiteral("in.json"));
    ASSERT_FALSE(badEntry.ok());
    EXPECT_TRUE(badEntry.error().message.contains(QStringLiteral("entry 2")));
    EXPECT_TRUE(badEntry.error().message.contains(QStringLiteral("occurredAt")));
}

// One entry's text in an export; `extra` is spliced in.
QByteArray exportWith(const QString& extra, const QString& second = {})
{
    auto entry = [](const QString& more) {
        return QStringLiteral(R"({"kind": "journal/entry", "title": "t", "occurredAt": "2026-01-01T00:00:00Z", )"
                              R"("payload": {"text": "x"}%1})").arg(more.isEmpty() ? QString() : QStringLiteral(", ") + more);
    };
    QString entries = entry({}) + QStringLiteral(",\n") + entry(extra);
    if (!second.isNull())
        entries += QStringLiteral(",\n") + entry(second);
    return QStringLiteral(R"({"format": "tessera-journal", "formatVersion": 1, "entries": [%1]})").arg(entries).toUtf8();
}

TEST(InterchangeParseTest, NumbersAndDatesThatWouldChangeAreRefusedNamingTheEntryAndField)
{
    const struct {
        const char* extra;
        const char* expected;
    } cases[] = {
        {R"("mood": 5.5)", "in.json: entry 2: mood: must be a whole number from 0 to 10; nothing was imported"},
        {R"("mood": 9.99)", "entry 2: mood: must be a whole number from 0 to 10"},
        {R"("mood": 1e10)", "entry 2: mood: must be a whole number from 0 to 10"},
        {R"("mood": -1)", "entry 2: mood: must be a whole number from 0 to 10"},
        {R"("mood": 11)", "entry 2: mood: must be a whole number from 0 to 10"},
        {R"("mood": true)", "entry 2: mood: must be a whole number from 0 to 10"},
        {R"("utcOffsetSeconds": 1e10)", "entry 2: utcOffsetSeconds: must be a whole number of seconds within ±18 hours"},
        {R"("utcOffsetSeconds": 64801)", "entry 2: utcOffsetSeconds: must be a whole number of seconds within ±18 hours"},
        {R"("utcOffsetSeconds": "3600")", "entry 2: utcOffsetSeconds: must be a whole number of seconds within ±18 hours"},
        {R"("deletedAt": "garbage")", "entry 2: deletedAt: must be an ISO 8601 date-time or null"},
        {R"("deletedAt": "")", "entry 2: deletedAt: must be an ISO 8601 date-time or null"},
        {R"("deletedAt": 5)", "entry 2: deletedAt: must be an ISO 8601 date-time or null"},
        {R"("createdAt": "2026-13-45T00:00:00Z")", "entry 2: createdAt: must be an ISO 8601 date-time"},
        {R"("updatedAt": "yesterday")", "entry 2: updatedAt: must be an ISO 8601 date-time"},
        {R"("revision": 0)", "entry 2: revision: must be a whole number, 1 or more"},
        {R"("revision": 1.5)", "entry 2: revision: must be a whole number, 1 or more"},
        {R"("schemaVersion": 0)", "entry 2: schemaVersion: must be a whole number, 1 or more"},
        {R"("schemaVersion": 3e12)", "entry 2: schemaVersion: must be a whole number, 1 or more"},
        {R"("tags": "a,b")", "entry 2: tags: must be a list of strings"},
        {R"("tags": ["a", 3])", "entry 2: tags[1]: must be a string"},
        {R"("summary": 7)", "entry 2: summary: must be a string"},
        {R"("id": 7)", "entry 2: id: must be a string"},
    };
    for (const auto& c : cases) {
        auto parsed = parseJsonExport(exportWith(QString::fromUtf8(c.extra)), QStringLiteral("in.json"));
        ASSERT_FALSE(parsed.ok()) << c.extra;
        EXPECT_TRUE(parsed.error().message.contains(QString::fromUtf8(c.expected))) << c.extra << ": "
                                                                                    << parsed.error().message.toStdString();
    }

    // What is accepted keeps its value exactly.
    auto fine = parseJsonExport(exportWith(QStringLiteral(R"("mood": 7.0, "utcOffsetSeconds": -64800, "revision": 3, )"
                                                          R"("schemaVersion": 2, "createdAt": "", "updatedAt": null, )"
                                                          R"("deletedAt": "2026-01-02T03:04:05.678Z")"),
                                           QStringLiteral(R"("mood": null, "deletedAt": null)")),
                                QStringLiteral("in.json"));
    ASSERT_OK(fine);
    const sdk::Entry e = fine->at(1);
    EXPECT_EQ(e.mood, 7);
    EXPECT_EQ(e.utcOffsetSeconds, -64800);
    EXPECT_EQ(e.revision, 3);
    EXPECT_EQ(e.schemaVersion, 2);
    EXPECT_FALSE(e.createdAt.isValid());
    EXPECT_FALSE(e.updatedAt.isValid());
    ASSERT_TRUE(e.deletedAt.has_value());
    EXPECT_EQ(*e.deletedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
    EXPECT_FALSE(fine->at(2).deletedAt.has_value());
    EXPECT_FALSE(fine->at(0).mood.has_value());
}

TEST(InterchangeParseTest, TheSameIdTwiceInOneFileIsRefusedNamingBothEntries)
{
    const QString id = QStringLiteral("3f1c8a2e-7b5d-4e9f-a0c1-2d3e4f5a6b7c");
    auto twice = parseJsonExport(exportWith(QStringLiteral(R"("id": "%1")").arg(id), QStringLiteral(R"("id": "%1")").arg(id)),
                                 QStringLiteral("in.json"));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().message,
              QStringLiteral("in.json: entries 2 and 3 have the same id %1; nothing was imported").arg(id));
}

TEST(InterchangeParseTest, EntriesMustBeAList)
{
    auto notList = parseJsonExport(R"({"format": "tessera-journal", "formatVersion": 1, "entries": {}})", QStringLiteral("in.json"));
    ASSERT_FALSE(notList.ok());
    EXPECT_TRUE(notList.error().message.contains(QStringLiteral("in.json: \"entries\" must be a list")))
        << notList.error().message.toStdString();
    auto notObject = parseJsonExport(R"({"format": "tessera-journal", "formatVersion": 1, "entries": [3]})", QStringLiteral("in.json"));
    ASSERT_FALSE(notObject.ok());
    EXPECT_TRUE(notObject.error().message.contains(QStringLiteral("in.json: entry 1: must be a JSON object")))
        << notObject.error().message.toStdString();
}

TEST_F(InterchangeTest, ImportReportsIdenticalAndConflictingEntries)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_OK(exportEntries(*store, ShareSelection{}, buffer));
    auto entries = parseJsonExport(buffer.data(), QStringLiteral("export.json"));
    ASSERT_OK(entries);
    QList<sdk::Entry> list = entries.value().mid(0, 4);
    list[1].title = QStringLiteral("changed elsewhere");
    list[2].deletedAt = QDateTime::currentDateTimeUtc(); // deleted there, live here: different
    list[3].revision = 9;                               // same content, another revision: identical
    sdk::Entry fresh = list[0];
    fresh.id = QStringLiteral("99999999-0000-4000-8000-000000000000");
    list << fresh;

    JournalStore::ImportReport report;
    auto n = store->importEntries(list, &report);
    ASSERT_OK(n);
    EXPECT_EQ(n.value(), 1);
    EXPECT_EQ(report.stored, QStringList{fresh.id});
    EXPECT_EQ(report.identical, (QStringList{list[0].id, list[3].id}));
    EXPECT_EQ(report.conflicting, (QStringList{list[1].id, list[2].id}));
    EXPECT_NE(store->get(list[1].id)->title, QStringLiteral("changed elsewhere"));
    EXPECT_FALSE(store->get(list[2].id)->isDeleted());
}

// As the plugin manager answers with only the journal module running: its
// entries need a "text" other than "refuse me"; other modules are not running.
class JournalOnlyPolicy : public PayloadPolicy {
public:
    sdk::Status validate(const sdk::EntryDraft& d) const override
    {
        if (!d.kind.startsWith(QLatin1String("journal/")))
            return sdk::makeError(sdk::ErrorCode::Unavailable, QStringLiteral("the module is not running"), QStringLiteral("kind"));
        if (d.payload.value(QStringLiteral("text")).toString() == QLatin1String("refuse me"))
            return sdk::makeError(sdk::ErrorCode::Validation, QStringLiteral("is refused"), QStringLiteral("payload.text"));
        return {};
    }
    void upgrade(sdk::Entry&) const override {}
};

QByteArray exportOf(const QStringList& entries)
{
    return QStringLiteral(R"({"format": "tessera-journal", "formatVersion": 1, "entries": [%1]})")
        .arg(entries.join(QLatin1Char(',')))
        .toUtf8();
}

QString entryJson(const QString& kind, const QString& text)
{
    return QStringLiteral(R"({"kind": "%1", "title": "t", "occurredAt": "2026-02-01T09:00:00Z", "payload": {"text": "%2"}})")
        .arg(kind, text);
}

TEST_F(InterchangeTest, ImportChecksEveryEntryWithItsModuleBeforeStoringAny)
{
    auto opened = JournalStore::open(dir.filePath(QStringLiteral("c.sqlite")));
    ASSERT_OK(opened);
    JournalStore& target = *opened.value();
    JournalOnlyPolicy policy;
    target.setPayloadPolicy(&policy);
    const QString fine = entryJson(QStringLiteral("journal/entry"), QStringLiteral("fine"));
    const QString plan = entryJson(QStringLiteral("tessera/safety-plan"), QStringLiteral("x")); // the host's own kind

    auto refused = importJsonExport(target, exportOf({fine, plan, entryJson(QStringLiteral("journal/entry"), QStringLiteral("refuse me"))}),
                                    QStringLiteral("in.json"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, sdk::ErrorCode::Validation);
    EXPECT_EQ(refused.error().toString(),
              QStringLiteral("in.json: entry 3 (journal/entry): payload.text: is refused; nothing was imported"));
    EXPECT_EQ(target.count({}).value(), 0);

    auto notRunning = importJsonExport(target, exportOf({entryJson(QStringLiteral("cbt/thought-record"), QStringLiteral("x")), fine}),
                                       QStringLiteral("in.json"));
    ASSERT_FALSE(notRunning.ok());
    EXPECT_EQ(notRunning.error().code, sdk::ErrorCode::Unavailable);
    EXPECT_EQ(notRunning.error().toString(),
              QStringLiteral("in.json: entry 1 (cbt/thought-record): kind: the module is not running; nothing was imported"));
    EXPECT_EQ(target.count({}).value(), 0);

    JournalStore::ImportReport report;
    auto imported = importJsonExport(target, exportOf({fine, plan}), QStringLiteral("in.json"), &report);
    ASSERT_OK(imported);
    EXPECT_EQ(imported.value(), 2);
    EXPECT_EQ(report.stored.size(), 2);
    sdk::EntryQuery plans;
    plans.kinds = {QStringLiteral("tessera/safety-plan")};
    EXPECT_EQ(target.count(plans).value(), 1);
}

} // namespace
