#include "report.h"

#include "iptcontent.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace tessera::ipt {

using namespace tessera::sdk;

namespace {

QDate dayOf(const Entry& e) { return e.localOccurredAt().date(); }
// "6 Dec 2026" in the reader's language: the short form was 06/12/2026 in English,
// 12/6/26 in the USA and 6/12/26 in Spanish, the day and month left to guess.
QString shortDate(const QDate& d) { return QLocale().toString(d, QStringLiteral("d MMM yyyy")); }
QString longDate(const QDate& d) { return QLocale().toString(d, QLocale::LongFormat); }

QString clip(const QString& text, int max)
{
    const QString s = text.simplified();
    return s.size() <= max ? s : s.left(max - 1).trimmed() + QChar(0x2026);
}

QString kindName(const QString& kind)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("IptReport", "Person (relationships inventory)")}, {QStringLiteral("transition"), QT_TRANSLATE_NOOP("IptReport", "Worksheet: role transition")},
        {QStringLiteral("dispute"), QT_TRANSLATE_NOOP("IptReport", "Worksheet: role dispute")}, {QStringLiteral("grief"), QT_TRANSLATE_NOOP("IptReport", "Worksheet: grief")},
        {QStringLiteral("isolation"), QT_TRANSLATE_NOOP("IptReport", "Worksheet: feeling cut off")}, {QStringLiteral("lifeevent"), QT_TRANSLATE_NOOP("IptReport", "Life event")},
        {QStringLiteral("communication"), QT_TRANSLATE_NOOP("IptReport", "Communication analysis")}, {QStringLiteral("event"), QT_TRANSLATE_NOOP("IptReport", "Interpersonal event")},
        {QStringLiteral("focus"), QT_TRANSLATE_NOOP("IptReport", "Focus area chosen")}};
    auto it = names.constFind(kind);
    return it == names.constEnd() ? kind : QCoreApplication::translate("IptReport", *it);
}

/// A fact from the payload worth a column: an event's tone, a dispute's stage, a life event's date.
QString detailOf(const Entry& e)
{
    const QString kind = e.shortKind();
    if (kind == QLatin1String("event"))
        return label(e.payload.value(QStringLiteral("tone")).toString());
    if (kind == QLatin1String("dispute"))
        return label(e.payload.value(QStringLiteral("stage")).toString());
    if (kind == QLatin1String("lifeevent")) {
        const QDate d = QDate::fromString(e.payload.value(QStringLiteral("date")).toString(), Qt::ISODate);
        QString s = d.isValid() ? QCoreApplication::translate("IptReport", "On %1").arg(shortDate(d)) : QString();
        if (e.payload.value(QStringLiteral("onset")).toBool())
            s += (s.isEmpty() ? QString() : QStringLiteral("; ")) + QCoreApplication::translate("IptReport", "when the low mood began");
        return s;
    }
    if (kind == QLatin1String("person"))
        return label(e.payload.value(QStringLiteral("circle")).toString());
    return {};
}
} // namespace

ReportSection buildReportSection(const ReportRequest& request)
{
    ReportSection section;
    QList<Entry> items;
    std::optional<Entry> focus;
    int focusChosen = 0; ///< focus areas chosen in the period: entries of it too
    for (const QList<Entry>* list : {&request.earlier, &request.entries}) {
        for (const Entry& e : *list) {
            if (e.shortKind() == QLatin1String("focus")) {
                if (!focus || focus->occurredAt <= e.occurredAt)
                    focus = e;
                focusChosen += list == &request.entries ? 1 : 0;
            } else if (list == &request.entries) {
                items << e;
            }
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const Entry& a, const Entry& b) { return a.occurredAt < b.occurredAt; });
    if (focus) {
        const QString area = focus->payload.value(QStringLiteral("area")).toString();
        QString text = QCoreApplication::translate("IptReport", "Focus area: %1 (chosen on %2).").arg(label(area), longDate(dayOf(*focus)));
        const QString note = clip(focus->payload.value(QStringLiteral("note")).toString(), 600);
        if (!note.isEmpty())
            text += QLatin1Char(' ') + QCoreApplication::translate("IptReport", "The client's note: \"%1\"").arg(note);
        section.blocks << ReportBlock::paragraph(text);
    }
    if (items.isEmpty()) {
        section.blocks << ReportBlock::paragraph(QCoreApplication::translate("IptReport", "No worksheets or events in this period."));
        return section;
    }
    ReportFigure f;
    // "Worksheets | 19" counted 19 interpersonal events and no worksheet: the label
    // is what it counts, and the note says of which kinds.
    f.label = QCoreApplication::translate("IptReport", "Entries");
    // Every entry of the period, the focus areas chosen in it too, as the section's
    // "53 entries in the period" counts them (the figure said 52).
    f.value = QString::number(items.size() + focusChosen);
    QStringList kinds;
    QHash<QString, int> perKind;
    for (const Entry& e : std::as_const(items)) {
        if (perKind[e.shortKind()]++ == 0)
            kinds << e.shortKind();
    }
    if (focusChosen > 0) {
        perKind.insert(QStringLiteral("focus"), focusChosen);
        kinds << QStringLiteral("focus");
    }
    // The most written first, within the one line of 160 characters a figure's note has.
    std::stable_sort(kinds.begin(), kinds.end(), [&](const QString& a, const QString& b) { return perKind.value(a) > perKind.value(b); });
    for (const QString& k : std::as_const(kinds)) {
        const QString part = QCoreApplication::translate("IptReport", "%1 (%2)").arg(kindName(k)).arg(perKind.value(k));
        if (f.detail.size() + part.size() + 5 > 160) {
            f.detail += QStringLiteral("; …");
            break;
        }
        f.detail += (f.detail.isEmpty() ? QString() : QStringLiteral("; ")) + part;
    }
    section.headlines << f;
    QList<QStringList> rows;
    for (const Entry& e : items.mid(std::max<qsizetype>(0, items.size() - 500))) {
        rows << QStringList{shortDate(dayOf(e)), kindName(e.shortKind()), clip(e.title, 160), detailOf(e),
                            e.mood ? QString::number(*e.mood) : QString()};
    }
    section.blocks << ReportBlock::table(QCoreApplication::translate("IptReport", "Worksheets, conversations and events"),
                                         {QCoreApplication::translate("IptReport", "Date"), QCoreApplication::translate("IptReport", "What"), QCoreApplication::translate("IptReport", "Title"), QCoreApplication::translate("IptReport", "Detail"), QCoreApplication::translate("IptReport", "Mood (0-10)")}, rows);
    return section;
}

} // namespace tessera::ipt
