#include "report.h"

#include "mbctcontent.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace tessera::mbct {

using namespace tessera::sdk;

namespace {

QDate dayOf(const Entry& e) { return e.localOccurredAt().date(); }
// "6 Dec 2026" in the reader's language: the short form was 06/12/2026 in English,
// 12/6/26 in the USA and 6/12/26 in Spanish, the day and month left to guess.
QString shortDate(const QDate& d) { return QLocale().toString(d, QStringLiteral("d MMM yyyy")); }

QString clip(const QString& text, int max)
{
    const QString s = text.simplified();
    return s.size() <= max ? s : s.left(max - 1).trimmed() + QChar(0x2026);
}

QList<Entry> ofKind(const QList<Entry>& entries, const QString& kind)
{
    QList<Entry> out;
    for (const Entry& e : entries) {
        if (e.shortKind() == kind)
            out << e;
    }
    std::stable_sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return a.occurredAt < b.occurredAt; });
    return out;
}

// Each session counts in whole minutes, rounded, before anything is added up:
// the headline, the practices and the weeks are then sums of the same numbers
// and agree (rounding the sums instead gave weeks adding up to 647 under a
// headline of 646).
qint64 wholeMinutes(qint64 seconds) { return (seconds + 30) / 60; }

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString().simplified();
    out.removeAll(QString());
    return out;
}

struct Sum {
    int sessions = 0;
    qint64 minutes = 0;
    int finished = 0;
};
} // namespace

ReportSection buildReportSection(const ReportRequest& request)
{
    ReportSection section;
    const QList<Entry> practice = ofKind(request.entries, QStringLiteral("practice"));
    const QList<Entry> weeks = ofKind(request.entries, QStringLiteral("week"));
    const QList<Entry> plans = ofKind(request.entries, QStringLiteral("plan"));
    const QList<Entry> lists = ofKind(request.entries, QStringLiteral("activities"));
    if (practice.isEmpty() && weeks.isEmpty() && plans.isEmpty() && lists.isEmpty()) {
        section.blocks << ReportBlock::paragraph(QCoreApplication::translate("MbctReport", "No mindfulness practice in this period."));
        return section;
    }

    if (!practice.isEmpty()) {
        Sum all;
        QMap<QString, Sum> byPractice; // by code, shown in the module's order
        QMap<QDate, Sum> byWeek;       // by Monday
        QSet<QDate> days;
        for (const Entry& e : practice) {
            const qint64 seconds = std::clamp<qint64>(e.payload.value(QStringLiteral("seconds")).toInteger(), 0, 4 * 3600);
            const bool finished = e.payload.value(QStringLiteral("completed")).toBool();
            const QDate day = dayOf(e);
            days.insert(day);
            for (Sum* s : {&all, &byPractice[e.payload.value(QStringLiteral("practice")).toString()], &byWeek[day.addDays(1 - day.dayOfWeek())]}) {
                ++s->sessions;
                s->minutes += wholeMinutes(seconds);
                s->finished += finished ? 1 : 0;
            }
        }
        ReportFigure f;
        f.label = QCoreApplication::translate("MbctReport", "Practice");
        f.value = QCoreApplication::translate("MbctReport", "%1 minutes").arg(all.minutes);
        f.detail = QCoreApplication::translate("MbctReport", "%1 sessions on %2 days").arg(all.sessions).arg(days.size());
        section.headlines << f;

        QList<QStringList> rows;
        QStringList order = practiceCodes();
        for (auto it = byPractice.cbegin(); it != byPractice.cend(); ++it) {
            if (!order.contains(it.key()))
                order << it.key();
        }
        for (const QString& code : order) {
            if (!byPractice.contains(code))
                continue;
            const Sum& s = byPractice[code];
            const Practice* p = mbct::practice(code);
            rows << QStringList{p ? p->title : code, QString::number(s.sessions), QString::number(s.minutes),
                                QString::number(s.finished)};
        }
        section.blocks << ReportBlock::heading(QCoreApplication::translate("MbctReport", "Practice"));
        section.blocks << ReportBlock::table(QCoreApplication::translate("MbctReport", "By practice"),
                                             {QCoreApplication::translate("MbctReport", "Practice"), QCoreApplication::translate("MbctReport", "Sessions"), QCoreApplication::translate("MbctReport", "Minutes"), QCoreApplication::translate("MbctReport", "Finished as planned")}, rows);
        QList<QStringList> weekRows;
        for (auto it = byWeek.cbegin(); it != byWeek.cend(); ++it)
            weekRows << QStringList{shortDate(it.key()), QString::number(it.value().sessions), QString::number(it.value().minutes)};
        section.blocks << ReportBlock::table(QCoreApplication::translate("MbctReport", "By week (starting Monday)"), {QCoreApplication::translate("MbctReport", "Week of"), QCoreApplication::translate("MbctReport", "Sessions"), QCoreApplication::translate("MbctReport", "Minutes")},
                                             weekRows.mid(std::max<qsizetype>(0, weekRows.size() - 500)));
    }

    if (!weeks.isEmpty()) {
        QList<QStringList> rows;
        for (const Entry& e : weeks) {
            const int week = e.payload.value(QStringLiteral("week")).toInt();
            QString title;
            for (const CourseWeek& w : course()) {
                if (w.week == week)
                    title = w.title;
            }
            rows << QStringList{QString::number(week), title, shortDate(dayOf(e)),
                                clip(e.payload.value(QStringLiteral("reflection")).toString(), 300)};
        }
        section.blocks << ReportBlock::heading(QCoreApplication::translate("MbctReport", "Course weeks marked done"));
        section.blocks << ReportBlock::table(QString(), {QCoreApplication::translate("MbctReport", "Week"), QCoreApplication::translate("MbctReport", "Theme"), QCoreApplication::translate("MbctReport", "Marked done"), QCoreApplication::translate("MbctReport", "Reflection")},
                                             rows.mid(0, 500));
    }

    if (!plans.isEmpty()) {
        const Entry& plan = plans.last(); // one plan, revised over time
        const QJsonObject p = plan.payload;
        section.blocks << ReportBlock::heading(QCoreApplication::translate("MbctReport", "Staying-well plan (as of %1)").arg(shortDate(dayOf(plan))));
        QList<QStringList> signs;
        for (const QString& category : signCategories()) {
            const QStringList list = strings(p.value(QStringLiteral("signs")).toObject().value(category));
            if (!list.isEmpty())
                signs << QStringList{label(category), clip(list.join(QStringLiteral("; ")), 600)};
        }
        if (!signs.isEmpty())
            section.blocks << ReportBlock::table(QCoreApplication::translate("MbctReport", "Early warning signs"), {QCoreApplication::translate("MbctReport", "Kind"), QCoreApplication::translate("MbctReport", "Signs")}, signs);
        QList<QStringList> levels;
        for (const QString& level : levelCodes()) {
            const QJsonObject one = p.value(QStringLiteral("levels")).toObject().value(level).toObject();
            const QString notice = clip(one.value(QStringLiteral("notice")).toString(), 300);
            const QStringList actions = strings(one.value(QStringLiteral("actions")));
            if (!notice.isEmpty() || !actions.isEmpty())
                levels << QStringList{label(level), notice, clip(actions.join(QStringLiteral("; ")), 600)};
        }
        if (!levels.isEmpty())
            section.blocks << ReportBlock::table(QCoreApplication::translate("MbctReport", "Action plan"), {QCoreApplication::translate("MbctReport", "Level"), QCoreApplication::translate("MbctReport", "When I notice"), QCoreApplication::translate("MbctReport", "What I will do")}, levels);
    }

    if (!lists.isEmpty()) {
        const QJsonObject p = lists.last().payload;
        QList<QStringList> rows;
        const QStringList nourishing = strings(p.value(QStringLiteral("nourishing")));
        const QStringList depleting = strings(p.value(QStringLiteral("depleting")));
        if (!nourishing.isEmpty())
            rows << QStringList{QCoreApplication::translate("MbctReport", "Nourishing"), clip(nourishing.join(QStringLiteral("; ")), 800)};
        if (!depleting.isEmpty())
            rows << QStringList{QCoreApplication::translate("MbctReport", "Depleting"), clip(depleting.join(QStringLiteral("; ")), 800)};
        if (!rows.isEmpty())
            section.blocks << ReportBlock::table(QCoreApplication::translate("MbctReport", "Nourishing and depleting activities (as of %1)").arg(shortDate(dayOf(lists.last()))),
                                                 {QCoreApplication::translate("MbctReport", "Kind"), QCoreApplication::translate("MbctReport", "Activities")}, rows);
    }
    return section;
}

} // namespace tessera::mbct
