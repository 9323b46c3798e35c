#include "csvexport.h"

#include "exporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QLocale>
#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <set>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tessera::core {

using sdk::ErrorCode;
using sdk::makeError;

namespace {

constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPrivateFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString scalarText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String: return v.toString();
    default: return QString();
    }
}

bool isPlain(const QJsonValue& v) { return !v.isArray() && !v.isObject(); }

void flattenInto(const QString& name, const QJsonValue& v, QMap<QString, QString>& out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flattenInto(name + QLatin1Char('.') + it.key(), it.value(), out);
        return;
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty())
            return;
        if (std::all_of(a.begin(), a.end(), [](const QJsonValue& item) { return isPlain(item); })) {
            QStringList parts;
            for (const QJsonValue& item : a)
                parts << scalarText(item);
            out.insert(name, parts.join(QStringLiteral("; ")));
            return;
        }
        for (qsizetype i = 0; i < a.size(); ++i)
            flattenInto(name + QLatin1Char('.') + QString::number(i + 1), a.at(i), out);
        return;
    }
    out.insert(name, scalarText(v));
}

// "2026-03-01T08:30:00+01:00": the local time and the entry's own offset (never "Z").
QString localTimeWithOffset(const sdk::Entry& e)
{
    const QDateTime local = e.occurredAt.toOffsetFromUtc(e.utcOffsetSeconds);
    const int offset = std::abs(e.utcOffsetSeconds);
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + (e.utcOffsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QStringLiteral("%1:%2").arg(offset / 3600, 2, 10, QLatin1Char('0')).arg((offset % 3600) / 60, 2, 10, QLatin1Char('0'));
}

struct ColumnLess {
    bool operator()(const QString& a, const QString& b) const { return csvColumnLess(a, b); }
};

struct KindPlan {
    std::set<QString, ColumnLess> payloadColumns;
    qint64 rows = 0;
};

// A file written whole: plain POSIX so it can be synced before the rename.
class CsvWriter {
public:
    explicit CsvWriter(const QString& path) : m_path(path), m_file(path) {}
    bool open()
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return false;
        (void)m_file.setPermissions(kPrivateFile);
        return true;
    }
    bool row(const QStringList& cells)
    {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString& c : cells)
            quoted << csvCell(c);
        m_buffer += quoted.join(QLatin1Char(',')).toUtf8();
        m_buffer += "\r\n";
        return m_buffer.size() < 256 * 1024 || flush();
    }
    bool raw(const QByteArray& bytes)
    {
        m_buffer += bytes;
        return true;
    }
    bool flush()
    {
        if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
            return false;
        m_buffer.clear();
        return true;
    }
    bool finish()
    {
        if (!flush() || !m_file.flush())
            return false;
        const bool synced = ::fsync(m_file.handle()) == 0;
        m_file.close();
        return synced && m_file.error() == QFileDevice::NoError;
    }
    sdk::Error failed() const
    {
        return makeError(ErrorCode::Storage, QStringLiteral("%1: writing the CSV file failed: %2")
                                                 .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    }

private:
    QString m_path;
    QFile m_file;
    QByteArray m_buffer;
};

void syncPath(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

} // namespace

const QStringList& csvFixedColumns()
{
    static const QStringList columns{QStringLiteral("id"),    QStringLiteral("occurred_at"), QStringLiteral("module"),
                                     QStringLiteral("kind"),  QStringLiteral("title"),       QStringLiteral("summary"),
                                     QStringLiteral("mood"),  QStringLiteral("tags"),        QStringLiteral("private")};
    return columns;
}

QMap<QString, QString> flattenPayload(const QJsonObject& payload)
{
    QMap<QString, QString> out;
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        const QString name = csvFixedColumns().contains(it.key()) ? QStringLiteral("payload.") + it.key() : it.key();
        flattenInto(name, it.value(), out);
    }
    return out;
}

bool csvColumnLess(const QString& a, const QString& b)
{
    const QStringList pa = a.split(QLatin1Char('.'));
    const QStringList pb = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::min(pa.size(), pb.size()); ++i) {
        bool na = false, nb = false;
        const qulonglong va = pa[i].toULongLong(&na);
        const qulonglong vb = pb[i].toULongLong(&nb);
        if (na && nb) {
            if (va != vb)
                return va < vb;
        } else if (na != nb) {
            return na; // numbered items before named fields at the same level
        }
        if (const int c = pa[i].compare(pb[i]); c != 0)
            return c < 0;
    }
    return pa.size() < pb.size();
}

QString csvFileNameFor(const QString& kind)
{
    QString name = kind;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return name + QStringLiteral(".csv");
}

sdk::Result<QList<CsvFile>> exportCsvFolder(const JournalStore& store, const ShareSelection& selection,
                                            const CsvOptions& options, const QString& folder, qint64* privateLeftOut)
{
    const QString shown = QDir::toNativeSeparators(folder);
    if (folder.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a CSV export needs a folder to write into"));
    const QFileInfo target(QDir::cleanPath(QDir(folder).absolutePath()));
    if (target.exists() || target.isSymLink()) {
        if (!target.isDir() || target.isSymLink())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("%1: is not a folder; a CSV export writes a folder of files").arg(shown));
        if (!QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("%1: the folder is not empty; choose a new or empty folder, so this export's "
                                            "files are not mixed with others").arg(shown));
    }
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        return makeError(ErrorCode::Storage, QStringLiteral("%1: the folder could not be created").arg(QDir::toNativeSeparators(parent)));

    // Pass 1: which kinds, how many rows, and every payload column of each.
    ShareSelection everything = selection;
    everything.includePrivate = true;
    std::map<QString, KindPlan> plans;
    qint64 leftOut = 0;
    auto seen = forEachSelected(store, everything, [&](const sdk::Entry& e) -> sdk::Status {
        if (e.isPrivate() && !selection.includePrivate) {
            ++leftOut;
            return {};
        }
        KindPlan& plan = plans[e.kind];
        ++plan.rows;
        const QMap<QString, QString> cells = flattenPayload(e.payload);
        for (auto it = cells.keyBegin(); it != cells.keyEnd(); ++it)
            plan.payloadColumns.insert(*it);
        return {};
    });
    if (!seen.ok())
        return seen.error();
    if (privateLeftOut)
        *privateLeftOut = leftOut;

    // Pass 2: the files, one kind at a time, into a hidden folder beside the target.
    QTemporaryDir staging(QDir(parent).filePath(QStringLiteral(".%1.partial-XXXXXX").arg(target.fileName())));
    if (!staging.isValid())
        return makeError(ErrorCode::Storage, QStringLiteral("%1: could not make a folder to write the export in: %2")
                                                 .arg(QDir::toNativeSeparators(parent), staging.errorString()));
    (void)QFile::setPermissions(staging.path(), kPrivateFolder);
    const QByteArray bom = options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();

    QList<CsvFile> files;
    QSet<QString> names{QStringLiteral("index.csv")};
    for (const auto& [kind, plan] : plans) {
        CsvFile file;
        file.kind = kind;
        file.rows = plan.rows;
        file.fileName = csvFileNameFor(kind);
        for (int n = 2; names.contains(file.fileName); ++n)
            file.fileName = csvFileNameFor(kind).chopped(4) + QStringLiteral("-%1.csv").arg(n);
        names.insert(file.fileName);
        const QStringList payloadColumns(plan.payloadColumns.begin(), plan.payloadColumns.end());
        file.columns = csvFixedColumns() + payloadColumns;

        CsvWriter w(QDir(staging.path()).filePath(file.fileName));
        if (!w.open() || !w.raw(bom) || !w.row(file.columns))
            return w.failed();
        ShareSelection one = selection;
        one.kinds = QStringList{kind};
        qint64 written = 0;
        auto done = forEachSelected(store, one, [&](const sdk::Entry& e) -> sdk::Status {
            QStringList cells{e.id,
                              localTimeWithOffset(e),
                              e.pluginId,
                              e.kind,
                              e.title,
                              e.summary,
                              e.mood ? QString::number(*e.mood) : QString(),
                              e.tags.join(QStringLiteral("; ")),
                              e.isPrivate() ? QStringLiteral("true") : QStringLiteral("false")};
            const QMap<QString, QString> values = flattenPayload(e.payload);
            for (const QString& c : payloadColumns)
                cells << values.value(c);
            if (!w.row(cells))
                return w.failed();
            ++written;
            return {};
        });
        if (!done.ok())
            return done.error();
        if (!w.finish())
            return w.failed();
        file.rows = written; // the same entries as pass 1 unless the journal changed in between
        files << file;
    }
    std::sort(files.begin(), files.end(), [](const CsvFile& a, const CsvFile& b) { return a.fileName < b.fileName; });

    CsvWriter index(QDir(staging.path()).filePath(QStringLiteral("index.csv")));
    if (!index.open() || !index.raw(bom)
        || !index.row({QStringLiteral("file"), QStringLiteral("kind"), QStringLiteral("module"), QStringLiteral("rows"),
                       QStringLiteral("columns")}))
        return index.failed();
    for (const CsvFile& f : std::as_const(files)) {
        if (!index.row({f.fileName, f.kind, f.kind.section(QLatin1Char('/'), 0, 0), QString::number(f.rows),
                        QString::number(f.columns.size())}))
            return index.failed();
    }
    if (!index.finish())
        return index.failed();
    syncPath(staging.path());

    // One step: rename(2) puts the folder in place (replacing an empty one).
    if (::rename(QFile::encodeName(staging.path()).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return makeError(ErrorCode::Storage, QStringLiteral("%1: the finished export could not be moved into place: %2")
                                                 .arg(shown, QString::fromLocal8Bit(std::strerror(errno))));
    staging.setAutoRemove(false);
    syncPath(parent);
    return files;
}

} // namespace tessera::core
