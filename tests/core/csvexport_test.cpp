// The CSV export (issue 23): one file per kind, read back by an RFC 4180
// parser written here, against a journal with an entry of every bundled
// module's kind (the real modules through the real plugin manager: their demo
// samples, and what the demo lacks added through the modules' own checks).
#include "host/host.h"
#include "interchange/csvexport.h"
#include "interchange/exporter.h"
#include "plugins/manifest.h"
#include "plugins/pluginmanager.h"
#include "store/journalstore.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace tessera;
using namespace tessera::core;

namespace {

// RFC 4180, strictly: fields separated by commas, records by CRLF, a quoted
// field may hold commas, CRLF/LF and "" for a quote. Fails the test on a
// malformed file (an unquoted quote, text after a closing quote, a bare LF
// between records).
QList<QStringList> parseCsv(const QByteArray& bytes, QString* problem)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    bool quoted = false;
    auto fail = [&](const QString& why) {
        *problem = QStringLiteral("%1 at character %2").arg(why).arg(i);
        return QList<QStringList>{};
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                if (i < text.size() && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r'))
                    return fail(QStringLiteral("text after a closing quote"));
                continue;
            }
            field += c;
            ++i;
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                return fail(QStringLiteral("a quote inside an unquoted field"));
            quoted = true;
            ++i;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            ++i;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return fail(QStringLiteral("CR without LF"));
            record << field;
            field.clear();
            records << record;
            record.clear();
            i += 2;
        } else if (c == QLatin1Char('\n')) {
            return fail(QStringLiteral("a bare LF ending a record"));
        } else {
            field += c;
            ++i;
        }
    }
    if (quoted)
        return fail(QStringLiteral("an unterminated quoted field"));
    if (!field.isEmpty() || !record.isEmpty())
        return fail(QStringLiteral("the last record does not end in CRLF"));
    return records;
}

// What the documented flattening gives for one payload column, written
// independently of the exporter: walk the dotted path (numbers index arrays
// from 1); a leaf array of plain values is joined with "; ".
std::optional<QString> payloadValue(const QJsonObject& payload, const QString& column)
{
    static const QStringList fixed{QStringLiteral("id"),    QStringLiteral("occurred_at"), QStringLiteral("module"),
                                   QStringLiteral("kind"),  QStringLiteral("title"),       QStringLiteral("summary"),
                                   QStringLiteral("mood"),  QStringLiteral("tags"),        QStringLiteral("private")};
    QStringList path = column.split(QLatin1Char('.'));
    if (path.size() >= 2 && path.first() == QLatin1String("payload") && fixed.contains(path.at(1)))
        path.removeFirst();
    QJsonValue v = payload;
    for (const QString& part : path) {
        if (v.isObject() && v.toObject().contains(part)) {
            v = v.toObject().value(part);
        } else if (v.isArray()) {
            bool ok = false;
            const int n = part.toInt(&ok);
            if (!ok || n < 1 || n > v.toArray().size())
                return std::nullopt;
            v = v.toArray().at(n - 1);
        } else {
            return std::nullopt;
        }
    }
    auto text = [](const QJsonValue& x) -> QString {
        if (x.isBool())
            return x.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (x.isDouble())
            return QString::number(x.toDouble(), 'g', QLocale::FloatingPointShortest);
        return x.toString();
    };
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : v.toArray()) {
            if (item.isArray() || item.isObject())
                return std::nullopt; // numbered columns, not this one
            parts << text(item);
        }
        return parts.join(QStringLiteral("; "));
    }
    if (v.isObject())
        return std::nullopt;
    return text(v);
}

// Every leaf of a payload as the documented column name.
void leafColumns(const QString& name, const QJsonValue& v, QStringList& out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            leafColumns(name.isEmpty() ? it.key() : name + QLatin1Char('.') + it.key(), it.value(), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        const bool plain = std::all_of(a.begin(), a.end(), [](const QJsonValue& x) { return !x.isArray() && !x.isObject(); });
        if (a.isEmpty())
            return;
        if (plain) {
            out << name;
            return;
        }
        for (qsizetype i = 0; i < a.size(); ++i)
            leafColumns(name + QLatin1Char('.') + QString::number(i + 1), a.at(i), out);
    } else {
        out << name;
    }
}

QString offsetText(int seconds)
{
    const int a = std::abs(seconds);
    return QStringLiteral("%1%2:%3").arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(a / 3600, 2, 10, QLatin1Char('0')).arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
}

unsigned modeOf(const QString& path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

class CsvExportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        qputenv("TESSERA_BUNDLED_PLUGIN_DIR", tessera::test::bundledPluginDir().toLocal8Bit());
        qputenv("TESSERA_LOG_LEVEL", "off");
        HostOptions o;
        o.dataDir = dir.filePath(QStringLiteral("data"));
        o.demo = true;
        host = std::make_unique<Host>(o);
        ASSERT_OK(host->start());
        ASSERT_GE(host->plugins().running().size(), 8u);
        ASSERT_OK(host->seedDemo(QDateTime::currentDateTimeUtc(), 60));
    }

    JournalStore& store() { return *host->store(); }

    // Every kind the running modules declare.
    QStringList bundledKinds() const
    {
        QStringList kinds;
        for (const PluginRecord* r : host->plugins().running()) {
            for (const KindSpec& k : r->manifest->kinds)
                kinds << k.fullName;
        }
        return kinds;
    }

    qint64 countOf(const QString& kind)
    {
        sdk::EntryQuery q;
        q.kinds = {kind};
        return store().count(q).value();
    }

    // An entry through the module's own checks.
    sdk::Entry add(const QString& kind, const QString& title, const QJsonObject& payload, std::optional<int> mood = {},
                   const QStringList& tags = {})
    {
        sdk::EntryDraft d;
        d.kind = kind;
        d.title = title;
        d.payload = payload;
        d.mood = mood;
        d.tags = tags;
        d.occurredAt = QDateTime(QDate(2026, 3, 1), QTime(8, 30), Qt::UTC);
        d.utcOffsetSeconds = 3600;
        auto e = store().add(d);
        EXPECT_TRUE(e.ok()) << kind.toStdString() << ": " << (e.ok() ? "" : e.error().toString().toStdString());
        return e.ok() ? e.value() : sdk::Entry{};
    }

    QList<QStringList> readCsv(const QString& path)
    {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        QByteArray bytes = f.readAll();
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        QString problem;
        const QList<QStringList> rows = parseCsv(bytes, &problem);
        EXPECT_TRUE(problem.isEmpty()) << path.toStdString() << ": " << problem.toStdString();
        return rows;
    }

    QTemporaryDir dir;
    std::unique_ptr<Host> host;
};

TEST_F(CsvExportTest, EveryBundledKindRoundTripsThroughTheFiles)
{
    // What the demo lacks, added through the modules' own checks.
    auto answer = [](int item, const char* code, int value) {
        return QJsonObject{{QStringLiteral("item"), item}, {QStringLiteral("code"), QString::fromLatin1(code)},
                           {QStringLiteral("value"), value}};
    };
    const QMap<QString, std::pair<QString, QJsonObject>> lacking{
        {QStringLiteral("assessments/audit-c"),
         {QStringLiteral("AUDIT-C"),
          QJsonObject{{QStringLiteral("total"), 3}, {QStringLiteral("band"), QStringLiteral("above-women")},
                      {QStringLiteral("answers"), QJsonArray{answer(1, "68518-0", 2), answer(2, "68519-8", 1), answer(3, "68520-6", 0)}},
                      {QStringLiteral("loinc"), QJsonObject{{QStringLiteral("panel"), QStringLiteral("72109-2")},
                                                            {QStringLiteral("total"), QStringLiteral("75626-2")}}}}}},
        {QStringLiteral("assessments/draft"),
         {QStringLiteral("PHQ-9, not finished"),
          QJsonObject{{QStringLiteral("measure"), QStringLiteral("phq9")},
                      {QStringLiteral("answers"), QJsonArray{QJsonObject{{QStringLiteral("item"), 1}, {QStringLiteral("value"), 2}},
                                                             QJsonObject{{QStringLiteral("item"), 2}, {QStringLiteral("value"), 1}}}}}}},
        {QStringLiteral("journal/draft"),
         {QStringLiteral("What helped today?"),
          QJsonObject{{QStringLiteral("text"), QStringLiteral("Half a thought, \"quoted\", still going")},
                      {QStringLiteral("prompt"), QStringLiteral("What helped today?")}}}},
        {QStringLiteral("ipt/grief"),
         {QStringLiteral("Remembering Gran"),
          QJsonObject{{QStringLiteral("key"), QStringLiteral("gran")}, {QStringLiteral("person"), QStringLiteral("Gran")},
                      {QStringLiteral("relationship"), QStringLiteral("grandmother")},
                      {QStringLiteral("good"), QStringLiteral("Sunday lunches, her garden")}}}},
        {QStringLiteral("ipt/isolation"),
         {QStringLiteral("Seeing people again"),
          QJsonObject{{QStringLiteral("key"), QStringLiteral("people")}, {QStringLiteral("title"), QStringLiteral("Seeing people again")},
                      {QStringLiteral("steps"), QStringLiteral("Text Marco on Friday")}}}},
        {QStringLiteral("medication/question"),
         {QStringLiteral("Question for my prescriber"),
          QJsonObject{{QStringLiteral("text"), QStringLiteral("Can I take it with my evening meal?")},
                      {QStringLiteral("status"), QStringLiteral("open")}}}},
    };
    for (auto it = lacking.begin(); it != lacking.end(); ++it) {
        if (countOf(it.key()) == 0)
            add(it.key(), it.value().first, it.value().second);
    }
    // Quoting: commas, quotes, line breaks, a formula, in fixed and payload cells.
    const sdk::Entry tricky = add(QStringLiteral("journal/entry"), QStringLiteral("Lunch, with \"Ana\""),
                                  QJsonObject{{QStringLiteral("text"), QStringLiteral("line one\r\nline two, \"quoted\"\nthree")}},
                                  7, {QStringLiteral("family"), QStringLiteral("=cmd")});
    const sdk::Entry formula = add(QStringLiteral("journal/entry"), QStringLiteral("=SUM(1,2)"),
                                   QJsonObject{{QStringLiteral("text"), QStringLiteral("+1 and @me")}});
    QStringList missing;
    for (const QString& kind : bundledKinds()) {
        if (countOf(kind) == 0)
            missing << kind;
    }
    ASSERT_TRUE(missing.isEmpty()) << "no entry of: " << missing.join(QStringLiteral(", ")).toStdString();

    ShareSelection all;
    all.includePrivate = true;
    const QString folder = dir.filePath(QStringLiteral("out"));
    auto files = exportCsvFolder(store(), all, CsvOptions{}, folder);
    ASSERT_OK(files);
    EXPECT_EQ(modeOf(folder), 0700u);

    // One file per kind, named after it; index.csv lists them.
    QStringList kindsWritten;
    for (const CsvFile& f : files.value())
        kindsWritten << f.kind;
    for (const QString& kind : bundledKinds())
        EXPECT_TRUE(kindsWritten.contains(kind)) << kind.toStdString();
    const QList<QStringList> index = readCsv(QDir(folder).filePath(QStringLiteral("index.csv")));
    ASSERT_EQ(index.size(), files->size() + 1);
    EXPECT_EQ(index.first(), (QStringList{QStringLiteral("file"), QStringLiteral("kind"), QStringLiteral("module"),
                                          QStringLiteral("rows"), QStringLiteral("columns")}));
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), files->size() + 1);

    qint64 rowsSeen = 0;
    qint64 cellsChecked = 0;
    for (qsizetype n = 0; n < files->size(); ++n) {
        const CsvFile& f = files->at(n);
        const QString path = QDir(folder).filePath(f.fileName);
        EXPECT_EQ(f.fileName, QString(f.kind).replace(QLatin1Char('/'), QLatin1Char('-')) + QStringLiteral(".csv"));
        EXPECT_EQ(modeOf(path), 0600u) << f.fileName.toStdString();
        EXPECT_EQ(index.at(n + 1), (QStringList{f.fileName, f.kind, f.kind.section(QLatin1Char('/'), 0, 0),
                                                QString::number(f.rows), QString::number(f.columns.size())}));
        const QByteArray raw = test::bytesOf(path);
        EXPECT_FALSE(raw.startsWith("\xEF\xBB\xBF")) << "a byte-order mark without the option";
        const QList<QStringList> rows = readCsv(path);
        ASSERT_EQ(rows.size(), f.rows + 1) << f.fileName.toStdString();
        const QStringList header = rows.first();
        EXPECT_EQ(header, f.columns);
        // The fixed columns, then the payload's in the documented order.
        ASSERT_GE(header.size(), 9);
        EXPECT_EQ(header.mid(0, 9), csvFixedColumns());
        for (qsizetype c = 10; c < header.size(); ++c)
            EXPECT_TRUE(csvColumnLess(header.at(c - 1), header.at(c))) << header.at(c - 1).toStdString() << " / " << header.at(c).toStdString();
        EXPECT_EQ(f.rows, countOf(f.kind)) << f.kind.toStdString();
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const QStringList& row = rows.at(r);
            ASSERT_EQ(row.size(), header.size()) << f.fileName.toStdString() << " row " << r;
            auto entry = store().get(row.at(0));
            ASSERT_OK(entry);
            const sdk::Entry& e = entry.value();
            ++rowsSeen;
            // occurred_at: local time with the entry's own offset, the same instant.
            EXPECT_TRUE(row.at(1).endsWith(offsetText(e.utcOffsetSeconds))) << row.at(1).toStdString();
            const QDateTime when = QDateTime::fromString(row.at(1), Qt::ISODate);
            EXPECT_EQ(when.toMSecsSinceEpoch() / 1000, e.occurredAt.toMSecsSinceEpoch() / 1000) << row.at(1).toStdString();
            EXPECT_EQ(row.at(2), e.pluginId);
            EXPECT_EQ(row.at(3), e.kind);
            const auto defused = [](const QString& v) {
                return !v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()) ? QLatin1Char('\'') + v : v;
            };
            EXPECT_EQ(row.at(4), defused(e.title));
            EXPECT_EQ(row.at(5), defused(e.summary));
            EXPECT_EQ(row.at(6), e.mood ? QString::number(*e.mood) : QString());
            EXPECT_EQ(row.at(7), defused(e.tags.join(QStringLiteral("; "))));
            EXPECT_EQ(row.at(8), e.isPrivate() ? QStringLiteral("true") : QStringLiteral("false"));
            // Every payload leaf has its column, and every cell holds its value.
            QStringList leaves;
            leafColumns({}, e.payload, leaves);
            for (QString leaf : std::as_const(leaves)) {
                if (csvFixedColumns().contains(leaf.section(QLatin1Char('.'), 0, 0)))
                    leaf.prepend(QStringLiteral("payload."));
                EXPECT_TRUE(header.contains(leaf)) << f.kind.toStdString() << ": no column " << leaf.toStdString();
            }
            for (qsizetype c = 9; c < header.size(); ++c) {
                const auto expected = payloadValue(e.payload, header.at(c));
                EXPECT_EQ(row.at(c), expected ? defused(*expected) : QString())
                    << f.kind.toStdString() << " " << header.at(c).toStdString();
                if (expected && row.at(c) == defused(*expected))
                    ++cellsChecked;
            }
        }
    }
    EXPECT_EQ(rowsSeen, store().count({}).value());
    EXPECT_GT(cellsChecked, 100);

    // The tricky entries' exact cells, read back.
    const QList<QStringList> journal = readCsv(QDir(folder).filePath(QStringLiteral("journal-entry.csv")));
    const qsizetype textColumn = journal.first().indexOf(QStringLiteral("text"));
    ASSERT_GT(textColumn, 0);
    bool sawTricky = false, sawFormula = false;
    for (const QStringList& row : journal) {
        if (row.at(0) == tricky.id) {
            sawTricky = true;
            EXPECT_EQ(row.at(1), QStringLiteral("2026-03-01T09:30:00+01:00"));
            EXPECT_EQ(row.at(4), QStringLiteral("Lunch, with \"Ana\""));
            EXPECT_EQ(row.at(textColumn), QStringLiteral("line one\r\nline two, \"quoted\"\nthree"));
            EXPECT_EQ(row.at(6), QStringLiteral("7"));
            EXPECT_EQ(row.at(7), QStringLiteral("family; =cmd"));
        }
        if (row.at(0) == formula.id) {
            sawFormula = true;
            EXPECT_EQ(row.at(4), QStringLiteral("'=SUM(1,2)"));
            EXPECT_EQ(row.at(textColumn), QStringLiteral("'+1 and @me"));
        }
    }
    EXPECT_TRUE(sawTricky);
    EXPECT_TRUE(sawFormula);
    // The raw bytes: quoted as RFC 4180 asks, CRLF between records.
    const QByteArray raw = test::bytesOf(QDir(folder).filePath(QStringLiteral("journal-entry.csv")));
    EXPECT_TRUE(raw.contains("\"Lunch, with \"\"Ana\"\"\""));
    EXPECT_TRUE(raw.contains("\"'=SUM(1,2)\""));
    EXPECT_TRUE(raw.startsWith("id,occurred_at,module,kind,title,summary,mood,tags,private,"));
}

TEST_F(CsvExportTest, AssessmentAnswersAreNumberedColumns)
{
    const QString folder = dir.filePath(QStringLiteral("out"));
    ShareSelection phq;
    phq.kinds = {QStringLiteral("assessments/phq9")};
    auto files = exportCsvFolder(store(), phq, CsvOptions{}, folder);
    ASSERT_OK(files);
    ASSERT_EQ(files->size(), 1);
    const QStringList& columns = files->first().columns;
    // answers[{item, code, value}] -> answers.1.code ... answers.9.value, in item order.
    EXPECT_TRUE(columns.contains(QStringLiteral("answers.1.value")));
    EXPECT_TRUE(columns.contains(QStringLiteral("answers.9.value")));
    EXPECT_TRUE(columns.contains(QStringLiteral("total")));
    EXPECT_LT(columns.indexOf(QStringLiteral("answers.2.value")), columns.indexOf(QStringLiteral("answers.10.value")) < 0
                                                                     ? columns.size()
                                                                     : columns.indexOf(QStringLiteral("answers.10.value")));
    EXPECT_LT(columns.indexOf(QStringLiteral("answers.1.value")), columns.indexOf(QStringLiteral("answers.2.code")));
}

TEST_F(CsvExportTest, ByteOrderMarkOnlyWithTheOption)
{
    CsvOptions bom;
    bom.byteOrderMark = true;
    const QString folder = dir.filePath(QStringLiteral("bom"));
    auto files = exportCsvFolder(store(), ShareSelection{}, bom, folder);
    ASSERT_OK(files);
    ASSERT_FALSE(files->isEmpty());
    for (const QString& name : QDir(folder).entryList(QDir::Files)) {
        const QByteArray bytes = test::bytesOf(QDir(folder).filePath(name));
        EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF" "id,") || bytes.startsWith("\xEF\xBB\xBF" "file,")) << name.toStdString();
        EXPECT_FALSE(bytes.mid(3).contains("\xEF\xBB\xBF")) << name.toStdString();
    }
}

TEST_F(CsvExportTest, PrivateEntriesAreLeftOutUnlessIncluded)
{
    const sdk::Entry secret = add(QStringLiteral("journal/entry"), QStringLiteral("Only for me"),
                                  QJsonObject{{QStringLiteral("text"), QStringLiteral("not for the clinic")}});
    ASSERT_OK(store().setPrivate(secret.id, true));
    sdk::EntryQuery privateOnes;
    qint64 privateCount = 0;
    for (const sdk::Entry& e : store().query([] { sdk::EntryQuery q; q.limit = 1000; return q; }()).value().entries)
        privateCount += e.isPrivate() ? 1 : 0;
    ASSERT_GE(privateCount, 2); // the demo's and this one

    auto holds = [](const QString& folder, const QString& id) {
        for (const QString& name : QDir(folder).entryList(QDir::Files)) {
            if (test::bytesOf(QDir(folder).filePath(name)).contains(id.toUtf8()))
                return true;
        }
        return false;
    };
    qint64 leftOut = -1;
    const QString plain = dir.filePath(QStringLiteral("plain"));
    ASSERT_OK(exportCsvFolder(store(), ShareSelection{}, CsvOptions{}, plain, &leftOut));
    EXPECT_EQ(leftOut, privateCount);
    EXPECT_FALSE(holds(plain, secret.id));
    EXPECT_FALSE(test::bytesOf(QDir(plain).filePath(QStringLiteral("journal-entry.csv"))).contains("not for the clinic"));

    ShareSelection withPrivate;
    withPrivate.includePrivate = true;
    const QString all = dir.filePath(QStringLiteral("all"));
    ASSERT_OK(exportCsvFolder(store(), withPrivate, CsvOptions{}, all, &leftOut));
    EXPECT_EQ(leftOut, 0);
    EXPECT_TRUE(holds(all, secret.id));
    const QList<QStringList> rows = readCsv(QDir(all).filePath(QStringLiteral("journal-entry.csv")));
    bool marked = false;
    for (const QStringList& row : rows)
        marked = marked || (row.at(0) == secret.id && row.at(8) == QLatin1String("true"));
    EXPECT_TRUE(marked);
}

TEST_F(CsvExportTest, ANonEmptyFolderIsRefusedAndLeftAsItWas)
{
    const QString folder = dir.filePath(QStringLiteral("used"));
    ASSERT_TRUE(QDir().mkpath(folder));
    test::writeFile(QDir(folder).filePath(QStringLiteral("mine.txt")), "my own notes");
    auto refused = exportCsvFolder(store(), ShareSelection{}, CsvOptions{}, folder);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not empty"))) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(folder)) << refused.error().message.toStdString();
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("mine.txt")});
    // Nothing was left beside it either.
    EXPECT_EQ(QDir(dir.path()).entryList(QStringList{QStringLiteral(".used.partial-*")}, QDir::Dirs | QDir::Hidden).size(), 0);

    // An empty folder is used, and a file is not a folder.
    const QString empty = dir.filePath(QStringLiteral("empty"));
    ASSERT_TRUE(QDir().mkpath(empty));
    ASSERT_OK(exportCsvFolder(store(), ShareSelection{}, CsvOptions{}, empty));
    EXPECT_TRUE(QFileInfo::exists(QDir(empty).filePath(QStringLiteral("index.csv"))));
    const QString file = dir.filePath(QStringLiteral("a-file"));
    test::writeFile(file, "x");
    EXPECT_FALSE(exportCsvFolder(store(), ShareSelection{}, CsvOptions{}, file).ok());
}

TEST(CsvFlatten, NestedRecordsListsAndNameClashes)
{
    const QJsonObject payload{
        {QStringLiteral("feelings"), QJsonArray{QStringLiteral("tired"), QStringLiteral("low")}},
        {QStringLiteral("dose"), QJsonObject{{QStringLiteral("amount"), 2.5}, {QStringLiteral("unit"), QStringLiteral("mg")}}},
        {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("done"), true}}, QJsonObject{{QStringLiteral("done"), false}}}},
        {QStringLiteral("title"), QStringLiteral("the module's own title field")},
        {QStringLiteral("empty"), QJsonArray{}},
        {QStringLiteral("none"), QJsonValue()},
        {QStringLiteral("count"), 12},
    };
    const QMap<QString, QString> cells = flattenPayload(payload);
    EXPECT_EQ(cells.value(QStringLiteral("feelings")), QStringLiteral("tired; low"));
    EXPECT_EQ(cells.value(QStringLiteral("dose.amount")), QStringLiteral("2.5"));
    EXPECT_EQ(cells.value(QStringLiteral("dose.unit")), QStringLiteral("mg"));
    EXPECT_EQ(cells.value(QStringLiteral("steps.1.done")), QStringLiteral("true"));
    EXPECT_EQ(cells.value(QStringLiteral("steps.2.done")), QStringLiteral("false"));
    EXPECT_EQ(cells.value(QStringLiteral("payload.title")), QStringLiteral("the module's own title field"));
    EXPECT_FALSE(cells.contains(QStringLiteral("title")));
    EXPECT_FALSE(cells.contains(QStringLiteral("empty")));
    EXPECT_EQ(cells.value(QStringLiteral("none"), QStringLiteral("missing")), QString());
    EXPECT_EQ(cells.value(QStringLiteral("count")), QStringLiteral("12"));
    EXPECT_TRUE(csvColumnLess(QStringLiteral("answers.2.value"), QStringLiteral("answers.10.value")));
    EXPECT_FALSE(csvColumnLess(QStringLiteral("answers.10.value"), QStringLiteral("answers.2.value")));
    EXPECT_TRUE(csvColumnLess(QStringLiteral("answers"), QStringLiteral("answers.1")));
    EXPECT_EQ(csvFileNameFor(QStringLiteral("journal/checkin")), QStringLiteral("journal-checkin.csv"));
}

} // namespace
