#include "exporter.h"

#include "plugins/manifest.h"
#include "store/journalstore.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tessera::core {

using sdk::ErrorCode;
using sdk::makeError;

QString csvCell(const QString& value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v != value) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

sdk::Result<qint64> exportEntries(const JournalStore& store, const ShareSelection& selection, QIODevice& out,
                                  qint64* privateLeftOut)
{
    auto write = [&out](const QByteArray& bytes) { return out.write(bytes) == bytes.size(); };
    auto writeFailed = [&out]() {
        return makeError(ErrorCode::Storage, QStringLiteral("writing the export failed: %1").arg(out.errorString()));
    };

    const QByteArray head = "{\n  \"format\": \"tessera-journal\",\n  \"formatVersion\": 1,\n  \"exportedAt\": \""
        + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + "\",\n  \"entries\": [";
    if (!write(head))
        return writeFailed();

    // Every private entry is seen (and counted) here; only those the client included are written.
    ShareSelection everything = selection;
    everything.includePrivate = true;
    qint64 written = 0;
    qint64 leftOut = 0;
    auto seen = forEachSelected(store, everything, [&](const sdk::Entry& e) -> sdk::Status {
        if (e.isPrivate() && !selection.includePrivate) {
            ++leftOut;
            return {};
        }
        const QByteArray bytes = (written == 0 ? "\n    " : ",\n    ") + QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact);
        if (!write(bytes))
            return writeFailed();
        ++written;
        return {};
    });
    if (!seen.ok())
        return seen.error();
    if (privateLeftOut)
        *privateLeftOut = leftOut;
    if (!write(written == 0 ? "]\n}\n" : "\n  ]\n}\n"))
        return writeFailed();
    return written;
}

sdk::Result<QList<sdk::Entry>> parseJsonExport(const QByteArray& data, const QString& path)
{
    const QString file = QDir::toNativeSeparators(path);
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Validation, QStringLiteral("%1: %2: %3 (not valid JSON); nothing was imported")
                                                    .arg(file, lineAndColumn(data, err.offset), err.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("tessera-journal"))
        return makeError(ErrorCode::Validation,
                         QStringLiteral("%1: not a Tessera export (\"format\" must be \"tessera-journal\"); nothing was imported").arg(file));
    if (root.value(QStringLiteral("formatVersion")).toInt() != 1)
        return makeError(ErrorCode::Validation,
                         QStringLiteral("%1: export format version %2 is not supported (this Tessera reads 1); nothing was imported")
                             .arg(file).arg(root.value(QStringLiteral("formatVersion")).toInt()));
    if (!root.value(QStringLiteral("entries")).isArray())
        return makeError(ErrorCode::Validation,
                         QStringLiteral("%1: \"entries\" must be a list; nothing was imported").arg(file));
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    QList<sdk::Entry> out;
    out.reserve(entries.size());
    QHash<QString, qsizetype> seen; // id -> index of its first entry
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject())
            return makeError(ErrorCode::Validation,
                             QStringLiteral("%1: entry %2: must be a JSON object; nothing was imported").arg(file).arg(i + 1));
        QString why;
        auto e = sdk::Entry::fromJson(entries.at(i).toObject(), &why);
        if (!e)
            return makeError(ErrorCode::Validation, QStringLiteral("%1: entry %2: %3; nothing was imported").arg(file).arg(i + 1).arg(why));
        if (!e->id.isEmpty()) {
            if (const auto first = seen.constFind(e->id); first != seen.cend())
                return makeError(ErrorCode::Validation,
                                 QStringLiteral("%1: entries %2 and %3 have the same id %4; nothing was imported")
                                     .arg(file).arg(first.value() + 1).arg(i + 1).arg(e->id));
            seen.insert(e->id, i);
        }
        out << *e;
    }
    return out;
}

sdk::Result<qsizetype> importJsonExport(JournalStore& store, const QByteArray& data, const QString& path,
                                        JournalStore::ImportReport* report)
{
    auto entries = parseJsonExport(data, path);
    if (!entries.ok())
        return entries.error();
    auto stored = store.importEntries(entries.value(), report);
    if (!stored.ok()) {
        sdk::Error e = stored.error();
        // The journal's own failures (read-only, damaged, disk full) say what they are.
        if (e.code == ErrorCode::Storage || e.code == ErrorCode::Internal)
            return e;
        // The field is in the message, after the entry's number and kind.
        return makeError(e.code, QStringLiteral("%1: %2; nothing was imported").arg(QDir::toNativeSeparators(path), e.message));
    }
    return entries->size();
}

} // namespace tessera::core
