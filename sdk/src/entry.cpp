#include <tessera/sdk/entry.h>

#include "extension_p.h"

#include <QJsonArray>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace tessera::sdk {

namespace {
QString isoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseIso(const QJsonValue& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}
} // namespace

QDateTime Entry::localOccurredAt() const
{
    return occurredAt.toOffsetFromUtc(utcOffsetSeconds);
}

QString Entry::shortKind() const
{
    const qsizetype slash = kind.indexOf(QLatin1Char('/'));
    return slash < 0 ? kind : kind.mid(slash + 1);
}

bool Entry::isPrivate() const { return ExtensionData::field(ext, QStringLiteral("private")).toBool(); }

void Entry::setPrivate(bool isPrivate)
{
    ExtensionData::setField(ext, QStringLiteral("private"), isPrivate ? QVariant(true) : QVariant());
}

QJsonObject Entry::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("id")] = id;
    o[QStringLiteral("plugin")] = pluginId;
    o[QStringLiteral("kind")] = kind;
    o[QStringLiteral("occurredAt")] = isoUtc(occurredAt);
    o[QStringLiteral("utcOffsetSeconds")] = utcOffsetSeconds;
    o[QStringLiteral("title")] = title;
    o[QStringLiteral("summary")] = summary;
    o[QStringLiteral("mood")] = mood ? QJsonValue(*mood) : QJsonValue(QJsonValue::Null);
    o[QStringLiteral("tags")] = QJsonArray::fromStringList(tags);
    o[QStringLiteral("payload")] = payload;
    o[QStringLiteral("schemaVersion")] = schemaVersion;
    o[QStringLiteral("createdAt")] = isoUtc(createdAt);
    o[QStringLiteral("updatedAt")] = isoUtc(updatedAt);
    o[QStringLiteral("deletedAt")] = deletedAt ? QJsonValue(isoUtc(*deletedAt)) : QJsonValue(QJsonValue::Null);
    o[QStringLiteral("revision")] = revision;
    if (isPrivate())
        o[QStringLiteral("private")] = true;
    return o;
}

std::optional<Entry> Entry::fromJson(const QJsonObject& o, QString* error)
{
    // Nothing is rounded, clamped or guessed: a value that cannot be kept
    // exactly as written is refused, naming the field ("mood: must be ...").
    QString problem;
    auto fail = [&problem](const QString& field, const QString& why) {
        if (problem.isEmpty())
            problem = field + QStringLiteral(": ") + why;
    };
    auto value = [&o](const char* key) { return o.value(QLatin1String(key)); };
    auto absent = [](const QJsonValue& v) { return v.isUndefined() || v.isNull(); };
    // A whole number in [min, max]; 5.0 is whole, 5.5, 1e300 and "5" are not.
    auto wholeNumber = [](const QJsonValue& v, double min, double max) -> std::optional<int> {
        if (!v.isDouble())
            return std::nullopt;
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::trunc(d) || d < min || d > max)
            return std::nullopt;
        return static_cast<int>(d);
    };
    // "" and null mean "not recorded" (toJson() writes "" for an unknown time).
    auto optionalTime = [&](const char* key, QDateTime* out) {
        const QJsonValue v = value(key);
        if (absent(v) || (v.isString() && v.toString().isEmpty()))
            return;
        *out = parseIso(v);
        if (!v.isString() || !out->isValid())
            fail(QLatin1String(key), QStringLiteral("must be an ISO 8601 date-time"));
    };
    auto optionalString = [&](const char* key, QString* out) {
        const QJsonValue v = value(key);
        if (v.isString())
            *out = v.toString();
        else if (!absent(v))
            fail(QLatin1String(key), QStringLiteral("must be a string"));
    };

    Entry e;
    if (!value("kind").isString())
        fail(QStringLiteral("kind"), QStringLiteral("must be a string"));
    e.kind = value("kind").toString();
    e.pluginId = e.kind.section(QLatin1Char('/'), 0, 0);
    optionalString("plugin", &e.pluginId);
    optionalString("id", &e.id);
    e.occurredAt = parseIso(value("occurredAt"));
    if (!value("occurredAt").isString() || !e.occurredAt.isValid())
        fail(QStringLiteral("occurredAt"), QStringLiteral("must be an ISO 8601 date-time"));
    if (!absent(value("utcOffsetSeconds"))) {
        if (auto offset = wholeNumber(value("utcOffsetSeconds"), -18 * 3600, 18 * 3600))
            e.utcOffsetSeconds = *offset;
        else
            fail(QStringLiteral("utcOffsetSeconds"), QStringLiteral("must be a whole number of seconds within ±18 hours"));
    }
    if (!value("title").isString())
        fail(QStringLiteral("title"), QStringLiteral("must be a string"));
    e.title = value("title").toString();
    optionalString("summary", &e.summary);
    if (!absent(value("private"))) {
        if (value("private").isBool())
            e.setPrivate(value("private").toBool());
        else
            fail(QStringLiteral("private"), QStringLiteral("must be true or false"));
    }
    if (!absent(value("mood"))) {
        e.mood = wholeNumber(value("mood"), 0, 10);
        if (!e.mood)
            fail(QStringLiteral("mood"), QStringLiteral("must be a whole number from 0 to 10"));
    }
    if (value("tags").isArray()) {
        const QJsonArray tags = value("tags").toArray();
        for (qsizetype i = 0; i < tags.size(); ++i) {
            if (!tags.at(i).isString())
                fail(QStringLiteral("tags[%1]").arg(i), QStringLiteral("must be a string"));
            e.tags << tags.at(i).toString();
        }
    } else if (!absent(value("tags"))) {
        fail(QStringLiteral("tags"), QStringLiteral("must be a list of strings"));
    }
    const QJsonValue payload = value("payload");
    if (!payload.isObject() && !payload.isUndefined())
        fail(QStringLiteral("payload"), QStringLiteral("must be an object"));
    e.payload = payload.toObject();
    for (const char* key : {"schemaVersion", "revision"}) {
        if (absent(value(key)))
            continue;
        if (auto n = wholeNumber(value(key), 1, std::numeric_limits<int>::max()))
            (qstrcmp(key, "revision") == 0 ? e.revision : e.schemaVersion) = *n;
        else
            fail(QLatin1String(key), QStringLiteral("must be a whole number, 1 or more"));
    }
    optionalTime("createdAt", &e.createdAt);
    optionalTime("updatedAt", &e.updatedAt);
    if (!absent(value("deletedAt"))) {
        e.deletedAt = parseIso(value("deletedAt"));
        if (!value("deletedAt").isString() || !e.deletedAt->isValid())
            fail(QStringLiteral("deletedAt"), QStringLiteral("must be an ISO 8601 date-time or null"));
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return e;
}

EntryDraft EntryDraft::fromEntry(const Entry& entry)
{
    EntryDraft d;
    d.kind = entry.kind;
    d.occurredAt = entry.occurredAt;
    d.utcOffsetSeconds = entry.utcOffsetSeconds;
    d.title = entry.title;
    d.summary = entry.summary;
    d.mood = entry.mood;
    d.tags = entry.tags;
    d.payload = entry.payload;
    d.schemaVersion = entry.schemaVersion;
    return d;
}

} // namespace tessera::sdk
