#include "reminderspec.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace tessera::core {

namespace {

const QRegularExpression& idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,59}\\z"));
    return re;
}

const QRegularExpression& dueItemIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}\\z"));
    return re;
}

bool hasControlCharacters(const QString& s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

QString repeatName(sdk::Reminder::Repeat r)
{
    switch (r) {
    case sdk::Reminder::Repeat::Once: return QStringLiteral("once");
    case sdk::Reminder::Repeat::Daily: return QStringLiteral("daily");
    case sdk::Reminder::Repeat::Weekly: return QStringLiteral("weekly");
    case sdk::Reminder::Repeat::EveryNDays: return QStringLiteral("every-n-days");
    }
    return {};
}

} // namespace

QJsonObject reminderToJson(const sdk::Reminder& r)
{
    QJsonObject o;
    o[QStringLiteral("id")] = r.id;
    o[QStringLiteral("title")] = r.title;
    o[QStringLiteral("page")] = r.pageId;
    if (!r.entryId.isEmpty())
        o[QStringLiteral("entry")] = r.entryId;
    o[QStringLiteral("start")] = r.startDate.toString(Qt::ISODate);
    o[QStringLiteral("time")] = r.time.toString(QStringLiteral("HH:mm"));
    o[QStringLiteral("repeat")] = repeatName(r.repeat);
    if (r.repeat == sdk::Reminder::Repeat::EveryNDays)
        o[QStringLiteral("interval")] = r.interval;
    if (r.repeat == sdk::Reminder::Repeat::Weekly) {
        QJsonArray days;
        for (int d : r.weekdays)
            days.append(d);
        o[QStringLiteral("weekdays")] = days;
    }
    if (r.endDate.isValid())
        o[QStringLiteral("end")] = r.endDate.toString(Qt::ISODate);
    if (!r.timeZone.isEmpty())
        o[QStringLiteral("timeZone")] = r.timeZone;
    if (!r.dueItemId.isEmpty())
        o[QStringLiteral("dueItem")] = r.dueItemId;
    return o;
}

std::optional<sdk::Reminder> reminderFromJson(const QJsonObject& o, QString* error)
{
    const auto fail = [error](const QString& field) {
        if (error)
            *error = QStringLiteral("%1: is missing or not valid").arg(field);
        return std::nullopt;
    };
    sdk::Reminder r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.title = o.value(QStringLiteral("title")).toString();
    r.pageId = o.value(QStringLiteral("page")).toString();
    r.entryId = o.value(QStringLiteral("entry")).toString();
    r.startDate = QDate::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODate);
    if (!r.startDate.isValid())
        return fail(QStringLiteral("start"));
    r.time = QTime::fromString(o.value(QStringLiteral("time")).toString(), QStringLiteral("HH:mm"));
    if (!r.time.isValid())
        return fail(QStringLiteral("time"));
    const QString repeat = o.value(QStringLiteral("repeat")).toString();
    bool known = false;
    for (auto candidate : {sdk::Reminder::Repeat::Once, sdk::Reminder::Repeat::Daily, sdk::Reminder::Repeat::Weekly,
                           sdk::Reminder::Repeat::EveryNDays}) {
        if (repeatName(candidate) == repeat) {
            r.repeat = candidate;
            known = true;
        }
    }
    if (!known)
        return fail(QStringLiteral("repeat"));
    if (r.repeat == sdk::Reminder::Repeat::EveryNDays) {
        const QJsonValue n = o.value(QStringLiteral("interval"));
        if (!n.isDouble())
            return fail(QStringLiteral("interval"));
        r.interval = n.toInt();
    }
    if (r.repeat == sdk::Reminder::Repeat::Weekly) {
        for (const QJsonValue& d : o.value(QStringLiteral("weekdays")).toArray())
            r.weekdays.append(d.toInt());
    }
    if (o.contains(QStringLiteral("end"))) {
        r.endDate = QDate::fromString(o.value(QStringLiteral("end")).toString(), Qt::ISODate);
        if (!r.endDate.isValid())
            return fail(QStringLiteral("end"));
    }
    r.timeZone = o.value(QStringLiteral("timeZone")).toString();
    r.dueItemId = o.value(QStringLiteral("dueItem")).toString();
    return r;
}

std::optional<ReminderProblem> reminderProblem(const sdk::Reminder& r, const QStringList& pageIds)
{
    const auto problem = [](const char* field, const QString& message) {
        return ReminderProblem{QString::fromLatin1(field), message};
    };
    if (!idPattern().match(r.id).hasMatch())
        return problem("id", QStringLiteral("must be 1-60 lowercase letters, digits or '-', starting with a letter or digit"));
    if (r.title.trimmed().isEmpty())
        return problem("title", QStringLiteral("is empty"));
    if (r.title.size() > 80)
        return problem("title", QStringLiteral("is longer than 80 characters"));
    if (hasControlCharacters(r.title))
        return problem("title", QStringLiteral("must be one line with no control characters"));
    if (!pageIds.contains(r.pageId))
        return problem("pageId", QStringLiteral("is not one of the module's pages in its manifest"));
    if (r.entryId.size() > 64 || hasControlCharacters(r.entryId))
        return problem("entryId", QStringLiteral("must be an entry id (at most 64 characters)"));
    if (!r.startDate.isValid())
        return problem("startDate", QStringLiteral("is not a valid date"));
    if (!r.time.isValid() || r.time.second() != 0 || r.time.msec() != 0)
        return problem("time", QStringLiteral("must be a valid time in whole minutes"));
    switch (r.repeat) {
    case sdk::Reminder::Repeat::Once:
    case sdk::Reminder::Repeat::Daily:
        break;
    case sdk::Reminder::Repeat::EveryNDays:
        if (r.interval < 1 || r.interval > 366)
            return problem("interval", QStringLiteral("must be 1 to 366 days"));
        break;
    case sdk::Reminder::Repeat::Weekly: {
        if (r.weekdays.isEmpty())
            return problem("weekdays", QStringLiteral("must name at least one day"));
        QSet<int> seen;
        for (int d : r.weekdays) {
            if (d < 1 || d > 7)
                return problem("weekdays", QStringLiteral("must be 1 (Monday) to 7 (Sunday)"));
            if (seen.contains(d))
                return problem("weekdays", QStringLiteral("names a day twice"));
            seen.insert(d);
        }
        break;
    }
    default:
        return problem("repeat", QStringLiteral("is not one of Once, Daily, Weekly, EveryNDays"));
    }
    if (r.endDate.isValid() && r.endDate < r.startDate)
        return problem("endDate", QStringLiteral("is before startDate"));
    if (!r.timeZone.isEmpty() && (r.timeZone.size() > 64 || !QTimeZone(r.timeZone.toLatin1()).isValid()))
        return problem("timeZone", QStringLiteral("is not a time zone this system knows (an IANA id such as Europe/Madrid)"));
    if (!r.dueItemId.isEmpty() && !dueItemIdPattern().match(r.dueItemId).hasMatch())
        return problem("dueItemId", QStringLiteral("must be a due item id (1-40 lowercase letters, digits or '-')"));
    return std::nullopt;
}

QString duplicateReminderId(const QList<sdk::Reminder>& reminders)
{
    QSet<QString> seen;
    for (const sdk::Reminder& r : reminders) {
        if (seen.contains(r.id))
            return r.id;
        seen.insert(r.id);
    }
    return {};
}

} // namespace tessera::core
