// Export to JSON and CSV, and re-import of a JSON export.
#include "interchange/exporter.h"
#include "store/journalstore.h"

#include "testsupport.h"

#include <QBuffer>
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
    auto n = exportEntries(*store, {}, ExportFormat::Json, buffer);
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
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto n = exportEntries(*store, {}, ExportFormat::Csv, buffer);
    ASSERT_OK(n);
    const QString csv = QString::fromUtf8(buffer.data());
    EXPECT_TRUE(csv.startsWith(QStringLiteral("id,occurred_at,")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\")\"")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"Entry 5, with \"\"quotes\"\"\"")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"line one\nline two\"")));
    EXPECT_EQ(csvCell(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(csvCell(QStringLiteral("-3")), QStringLiteral("\"'-3\""));
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

} // namespace
