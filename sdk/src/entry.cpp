#include <tessera/sdk/entry.h>

#include <QJsonArray>
#include <QTimeZone>

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
    return o;
}

std::optional<Entry> Entry::fromJson(const QJsonObject& o, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<Entry> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    Entry e;
    if (!o.value(QStringLiteral("kind")).isString())
        return fail(QStringLiteral("\"kind\" must be a string"));
    e.kind = o.value(QStringLiteral("kind")).toString();
    e.pluginId = o.value(QStringLiteral("plugin")).toString(e.kind.section(QLatin1Char('/'), 0, 0));
    e.id = o.value(QStringLiteral("id")).toString();
    e.occurredAt = parseIso(o.value(QStringLiteral("occurredAt")));
    if (!e.occurredAt.isValid())
        return fail(QStringLiteral("\"occurredAt\" must be an ISO 8601 date-time"));
    e.utcOffsetSeconds = o.value(QStringLiteral("utcOffsetSeconds")).toInt();
    if (!o.value(QStringLiteral("title")).isString())
        return fail(QStringLiteral("\"title\" must be a string"));
    e.title = o.value(QStringLiteral("title")).toString();
    e.summary = o.value(QStringLiteral("summary")).toString();
    const QJsonValue mood = o.value(QStringLiteral("mood"));
    if (mood.isDouble())
        e.mood = mood.toInt();
    else if (!mood.isNull() && !mood.isUndefined())
        return fail(QStringLiteral("\"mood\" must be a number or null"));
    for (const QJsonValue& t : o.value(QStringLiteral("tags")).toArray())
        e.tags << t.toString();
    const QJsonValue payload = o.value(QStringLiteral("payload"));
    if (!payload.isObject() && !payload.isUndefined())
        return fail(QStringLiteral("\"payload\" must be an object"));
    e.payload = payload.toObject();
    e.schemaVersion = o.value(QStringLiteral("schemaVersion")).toInt(1);
    e.createdAt = parseIso(o.value(QStringLiteral("createdAt")));
    e.updatedAt = parseIso(o.value(QStringLiteral("updatedAt")));
    if (o.value(QStringLiteral("deletedAt")).isString())
        e.deletedAt = parseIso(o.value(QStringLiteral("deletedAt")));
    e.revision = o.value(QStringLiteral("revision")).toInt(1);
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
