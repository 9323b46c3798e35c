#include "report.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace tessera::journal {

using namespace tessera::sdk;

namespace {

QDate dayOf(const Entry& e) { return e.localOccurredAt().date(); }
// "6 Dec 2026" in the reader's language: the short form was 06/12/2026 in English,
// 12/6/26 in the USA and 6/12/26 in Spanish, the day and month left to guess.
QString shortDate(const QDate& d) { return QLocale().toString(d, QStringLiteral("d MMM yyyy")); }

/// `text` on one line, cut at `max` characters with an ellipsis.
QString clip(const QString& text, int max)
{
    const QString s = text.simplified();
    return s.size() <= max ? s : s.left(max - 1).trimmed() + QChar(0x2026);
}

QString oneDecimal(double v) { return QLocale().toString(v, 'f', 1); }

constexpr int kMaxRows = 500;

/// Keeps the newest kMaxRows rows, saying so in `note`.
void capRows(QList<QStringList>& rows, QString& note)
{
    if (rows.size() <= kMaxRows)
        return;
    note = QCoreApplication::translate("JournalReport", "The table shows the latest %1 of %2.").arg(kMaxRows).arg(rows.size());
    rows = rows.mid(rows.size() - kMaxRows);
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

// The words as the check-in page offers them, in the report's language: a word of
// the page's list is kept as it was shown when saved (the demo's and an English
// client's in English), so a Spanish report said "content, connected". A word
// the list does not have (another language's, or an older list's) stays as written.
QStringList feelingsOf(const Entry& e)
{
    QStringList out;
    for (const QJsonValue& f : e.payload.value(QStringLiteral("feelings")).toArray()) {
        const QString word = f.isString() ? f.toString().trimmed() : QString();
        if (!word.isEmpty())
            out << QCoreApplication::translate("Journal", word.toUtf8().constData());
    }
    return out;
}

void addCheckins(ReportSection& section, const QList<Entry>& checkins, const ReportRequest& request)
{
    int moods = 0;
    double sum = 0;
    QMap<QDate, QPair<double, int>> byDay;
    QMap<QString, int> feelingCount;
    QList<QStringList> rows;
    for (const Entry& e : checkins) {
        if (e.mood && *e.mood >= 0 && *e.mood <= 10) {
            ++moods;
            sum += *e.mood;
            auto& d = byDay[dayOf(e)];
            d.first += *e.mood;
            ++d.second;
        }
        const QStringList feelings = feelingsOf(e);
        for (const QString& f : feelings)
            ++feelingCount[f.toLower()];
        rows << QStringList{shortDate(dayOf(e)), e.mood ? QString::number(*e.mood) : QCoreApplication::translate("JournalReport", "Not given"),
                            clip(feelings.join(QStringLiteral(", ")), 200),
                            clip(e.payload.value(QStringLiteral("note")).toString(), 200)};
    }
    ReportFigure f;
    f.label = QCoreApplication::translate("JournalReport", "Check-ins");
    f.value = QString::number(checkins.size());
    f.detail = moods > 0 ? QCoreApplication::translate("JournalReport", "average mood %1 (0-10)").arg(oneDecimal(sum / moods)) : QCoreApplication::translate("JournalReport", "no mood given");
    section.headlines << f;

    section.blocks << ReportBlock::heading(QCoreApplication::translate("JournalReport", "Check-ins"));
    QList<ReportPoint> points;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        if (it.key() < request.from || it.key() > request.to)
            continue;
        ReportPoint p;
        p.date = it.key();
        p.value = it.value().first / it.value().second;
        points << p;
    }
    if (points.size() > 1000)
        points = points.mid(points.size() - 1000);
    if (points.size() >= 2)
        section.blocks << ReportBlock::chart(QCoreApplication::translate("JournalReport", "Mood by day (the day's average)"), points, 0, 10, QCoreApplication::translate("JournalReport", "Mood (0-10)"));
    if (!feelingCount.isEmpty()) {
        QList<QPair<QString, int>> list;
        for (auto it = feelingCount.cbegin(); it != feelingCount.cend(); ++it)
            list << qMakePair(it.key(), it.value());
        std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        QStringList words;
        for (qsizetype i = 0; i < std::min<qsizetype>(8, list.size()); ++i)
            words << QStringLiteral("%1 (%2)").arg(list.at(i).first).arg(list.at(i).second);
        section.blocks << ReportBlock::paragraph(QCoreApplication::translate("JournalReport", "Feelings chosen most often: %1.").arg(words.join(QStringLiteral(", "))));
    }
    QString note;
    capRows(rows, note);
    section.blocks << ReportBlock::table(QCoreApplication::translate("JournalReport", "Check-ins in the period"),
                                         {QCoreApplication::translate("JournalReport", "Date"), QCoreApplication::translate("JournalReport", "Mood (0-10)"), QCoreApplication::translate("JournalReport", "Feelings"), QCoreApplication::translate("JournalReport", "Note")}, rows);
    if (!note.isEmpty())
        section.blocks << ReportBlock::paragraph(note);
}

void addWriting(ReportSection& section, const QList<Entry>& writing)
{
    ReportFigure f;
    f.label = QCoreApplication::translate("JournalReport", "Written entries");
    f.value = QString::number(writing.size());
    section.headlines << f;
    QList<QStringList> rows;
    for (const Entry& e : writing) {
        const QString summary = e.summary.trimmed().isEmpty() ? e.payload.value(QStringLiteral("text")).toString() : e.summary;
        rows << QStringList{shortDate(dayOf(e)), clip(e.title, 120), clip(summary, 240)};
    }
    QString note;
    capRows(rows, note);
    section.blocks << ReportBlock::heading(QCoreApplication::translate("JournalReport", "Written entries"));
    section.blocks << ReportBlock::table(QCoreApplication::translate("JournalReport", "Written entries in the period (the start of each)"),
                                         {QCoreApplication::translate("JournalReport", "Date"), QCoreApplication::translate("JournalReport", "Title"), QCoreApplication::translate("JournalReport", "Summary")}, rows);
    if (!note.isEmpty())
        section.blocks << ReportBlock::paragraph(note);
}
} // namespace

ReportSection buildReportSection(const ReportRequest& request)
{
    ReportSection section;
    const QList<Entry> checkins = ofKind(request.entries, QStringLiteral("checkin"));
    const QList<Entry> writing = ofKind(request.entries, QStringLiteral("entry"));
    if (!checkins.isEmpty())
        addCheckins(section, checkins, request);
    if (!writing.isEmpty())
        addWriting(section, writing);
    if (section.blocks.isEmpty()) {
        const bool onlyWriting = !request.kinds.isEmpty()
            && std::all_of(request.kinds.cbegin(), request.kinds.cend(),
                           [](const QString& k) { return k.endsWith(QLatin1String("/entry")); });
        section.blocks << ReportBlock::paragraph(onlyWriting ? QCoreApplication::translate("JournalReport", "No written entries in this period.")
                                                             : QCoreApplication::translate("JournalReport", "No check-ins in this period."));
    }
    return section;
}

} // namespace tessera::journal
