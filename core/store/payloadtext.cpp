#include "payloadtext.h"

#include <QJsonArray>
#include <QStringList>

namespace tessera::core {

namespace {
void collect(const QJsonValue& value, QStringList& out)
{
    if (value.isString()) {
        out << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collect(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collect(it.value(), out);
    }
}
} // namespace

QString payloadText(const QJsonObject& payload)
{
    QStringList parts;
    collect(payload, parts);
    return parts.join(QLatin1Char('\n'));
}

} // namespace tessera::core
