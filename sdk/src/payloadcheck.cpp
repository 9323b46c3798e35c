#include <tessera/sdk/payloadcheck.h>

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

namespace tessera::sdk {

namespace {
bool absent(const QJsonValue& v) { return v.isUndefined() || v.isNull(); }

bool isIsoDate(const QString& s)
{
    return QDate::fromString(s, Qt::ISODate).isValid()
        || QDateTime::fromString(s, Qt::ISODateWithMs).isValid()
        || QDateTime::fromString(s, Qt::ISODate).isValid();
}
} // namespace

struct PayloadCheck::Private {
    QJsonObject m_object;
    QString m_path;
    QString m_field;
    QString m_error;

    [[nodiscard]] QString fieldPath(const QString& key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
};

PayloadCheck::PayloadCheck(QJsonObject object, QString path) : d(std::make_unique<Private>())
{
    d->m_object = std::move(object);
    d->m_path = std::move(path);
}

PayloadCheck::~PayloadCheck() = default;

const QJsonObject& PayloadCheck::object() const { return d->m_object; }
bool PayloadCheck::ok() const { return d->m_error.isEmpty(); }

PayloadCheck& PayloadCheck::fail(const QString& key, const QString& reason)
{
    if (ok()) {
        d->m_field = d->fieldPath(key);
        d->m_error = reason;
    }
    return *this;
}

PayloadCheck& PayloadCheck::check(const std::function<void(PayloadCheck&)>& rule)
{
    if (ok())
        rule(*this);
    return *this;
}

Status PayloadCheck::status() const
{
    if (ok())
        return {};
    return makeError(ErrorCode::Validation, d->m_error, d->m_field);
}

PayloadCheck& PayloadCheck::optionalString(const QString& key, int maxLength)
{
    if (!ok())
        return *this;
    const QJsonValue v = d->m_object.value(key);
    if (absent(v))
        return *this;
    if (!v.isString())
        return fail(key, QStringLiteral("must be text"));
    if (v.toString().size() > maxLength)
        return fail(key, QStringLiteral("is longer than %1 characters").arg(maxLength));
    return *this;
}

PayloadCheck& PayloadCheck::requireString(const QString& key, int maxLength)
{
    if (!ok())
        return *this;
    const QJsonValue v = d->m_object.value(key);
    if (absent(v) || (v.isString() && v.toString().trimmed().isEmpty()))
        return fail(key, QStringLiteral("is required"));
    return optionalString(key, maxLength);
}

PayloadCheck& PayloadCheck::optionalNumber(const QString& key, double min, double max)
{
    if (!ok())
        return *this;
    const QJsonValue v = d->m_object.value(key);
    if (absent(v))
        return *this;
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return fail(key, QStringLiteral("must be a number"));
    if (v.toDouble() < min || v.toDouble() > max)
        return fail(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
    return *this;
}

PayloadCheck& PayloadCheck::requireNumber(const QString& key, double min, double max)
{
    if (ok() && absent(d->m_object.value(key)))
        return fail(key, QStringLiteral("is required"));
    return optionalNumber(key, min, max);
}

PayloadCheck& PayloadCheck::optionalInt(const QString& key, int min, int max)
{
    optionalNumber(key, min, max);
    if (!ok())
        return *this;
    const QJsonValue v = d->m_object.value(key);
    if (!absent(v) && std::floor(v.toDouble()) != v.toDouble())
        return fail(key, QStringLiteral("must be a whole number"));
    return *this;
}

PayloadCheck& PayloadCheck::requireInt(const QString& key, int min, int max)
{
    if (ok() && absent(d->m_object.value(key)))
        return fail(key, QStringLiteral("is required"));
    return optionalInt(key, min, max);
}

PayloadCheck& PayloadCheck::optionalBool(const QString& key)
{
    if (!ok())
        return *this;
    const QJsonValue v = d->m_object.value(key);
    if (!absent(v) && !v.isBool())
        return fail(key, QStringLiteral("must be true or false"));
    return *this;
}

PayloadCheck& PayloadCheck::optionalOneOf(const QString& key, const QStringList& allowed)
{
    if (!ok())
        return *this;
    const QJsonValue v = d->m_object.value(key);
    if (absent(v))
        return *this;
    if (!v.isString() || !allowed.contains(v.toString()))
        return fail(key, QStringLiteral("must be one of: %1").arg(allowed.join(QStringLiteral(", "))));
    return *this;
}

PayloadCheck& PayloadCheck::requireOneOf(const QString& key, const QStringList& allowed)
{
    if (ok() && absent(d->m_object.value(key)))
        return fail(key, QStringLiteral("is required"));
    return optionalOneOf(key, allowed);
}

PayloadCheck& PayloadCheck::optionalDate(const QString& key)
{
    if (!ok())
        return *this;
    const QJsonValue v = d->m_object.value(key);
    if (absent(v))
        return *this;
    if (!v.isString() || !isIsoDate(v.toString()))
        return fail(key, QStringLiteral("must be a date like 2026-03-01 or 2026-03-01T09:30:00Z"));
    return *this;
}

PayloadCheck& PayloadCheck::requireDate(const QString& key)
{
    if (ok() && absent(d->m_object.value(key)))
        return fail(key, QStringLiteral("is required"));
    return optionalDate(key);
}

namespace {
// A list of strings, absent or null only when not `required`; `nonEmpty`
// refuses elements that are blank after trimming.
PayloadCheck& stringList(PayloadCheck& c, const QString& key, bool required, int minItems, int maxItems, int maxLength,
                         bool nonEmpty)
{
    if (!c.ok())
        return c;
    const QJsonValue v = c.object().value(key);
    if (absent(v))
        return required ? c.fail(key, QStringLiteral("is required")) : c;
    if (!v.isArray())
        return c.fail(key, QStringLiteral("must be a list of text"));
    const QJsonArray a = v.toArray();
    if (a.size() < minItems)
        return c.fail(key, minItems == 1 ? QStringLiteral("needs at least one item")
                                         : QStringLiteral("needs at least %1 items").arg(minItems));
    if (a.size() > maxItems)
        return c.fail(key, QStringLiteral("has more than %1 items").arg(maxItems));
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString item = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!a.at(i).isString())
            return c.fail(item, QStringLiteral("must be text"));
        if (nonEmpty && a.at(i).toString().trimmed().isEmpty())
            return c.fail(item, QStringLiteral("is empty"));
        if (a.at(i).toString().size() > maxLength)
            return c.fail(item, QStringLiteral("is longer than %1 characters").arg(maxLength));
    }
    return c;
}
} // namespace

PayloadCheck& PayloadCheck::optionalStringList(const QString& key, int maxItems, int maxLength)
{
    return stringList(*this, key, false, 0, maxItems, maxLength, false);
}

PayloadCheck& PayloadCheck::requireStringList(const QString& key, int minItems, int maxItems, int maxLength)
{
    return stringList(*this, key, true, minItems, maxItems, maxLength, true);
}

PayloadCheck& PayloadCheck::arrayOf(const QString& key, bool required, int minItems, int maxItems,
                                    const Each& each)
{
    if (!ok())
        return *this;
    const QJsonValue v = d->m_object.value(key);
    if (absent(v))
        return required ? fail(key, QStringLiteral("is required")) : *this;
    if (!v.isArray())
        return fail(key, QStringLiteral("must be a list"));
    const QJsonArray a = v.toArray();
    if (a.size() < minItems)
        return fail(key, minItems == 1 ? QStringLiteral("needs at least one item")
                                       : QStringLiteral("needs at least %1 items").arg(minItems));
    if (a.size() > maxItems)
        return fail(key, QStringLiteral("has more than %1 items").arg(maxItems));
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString item = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!a.at(i).isObject())
            return fail(item, QStringLiteral("must be an object"));
        PayloadCheck inner(a.at(i).toObject(), d->fieldPath(item));
        each(inner);
        if (!inner.ok()) {
            d->m_field = inner.d->m_field;
            d->m_error = inner.d->m_error;
            return *this;
        }
    }
    return *this;
}

PayloadCheck& PayloadCheck::requireArray(const QString& key, int minItems, int maxItems, const Each& each)
{
    return arrayOf(key, true, minItems, maxItems, each);
}

PayloadCheck& PayloadCheck::optionalArray(const QString& key, int maxItems, const Each& each)
{
    return arrayOf(key, false, 0, maxItems, each);
}

PayloadCheck& PayloadCheck::optionalObject(const QString& key, const Each& each)
{
    if (!ok())
        return *this;
    const QJsonValue v = d->m_object.value(key);
    if (absent(v))
        return *this;
    if (!v.isObject())
        return fail(key, QStringLiteral("must be an object"));
    PayloadCheck inner(v.toObject(), d->fieldPath(key));
    each(inner);
    if (!inner.ok()) {
        d->m_field = inner.d->m_field;
        d->m_error = inner.d->m_error;
    }
    return *this;
}

} // namespace tessera::sdk
