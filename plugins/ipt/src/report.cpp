#include "report.h"

#include "iptcontent.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace tessera::ipt {

using namespace tessera::sdk;

namespace {
QString rtr(const char* text) { return QCoreApplication::translate("IptReport", text); }

QDate dayOf(const Entry& e) { return e.localOccurredAt().date(); }
QString shortDate(const QDate& d) { return QLocale().toString(d, QLocale::ShortFormat); }
QString longDate(const QDate& d) { return QLocale().toString(d, QLocale::LongFormat); }

QString clip(const QString& text, int max)
{
    const QString s = text.simplified();
    return s.size() <= max ? s : s.left(max - 1).trimmed() + QChar(0x2026);
}

QString kindName(const QString& kind)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("person"), "Person (relationships inventory)"}, {QStringLiteral("transition"), "Worksheet: role transition"},
        {QStringLiteral("dispute"), "Worksheet: role dispute"}, {QStringLiteral("grief"), "Worksheet: grief"},
        {QStringLiteral("isolation"), "Worksheet: feeling cut off"}, {QStringLiteral("lifeevent"), "Life event"},
        {QStringLiteral("communication"), "Conversation looked at"}, {QStringLiteral("event"), "Interpersonal event"}};
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
        QString s = d.isValid() ? rtr("On %1").arg(shortDate(d)) : QString();
        if (e.payload.value(QStringLiteral("onset")).toBool())
            s += (s.isEmpty() ? QString() : QStringLiteral("; ")) + rtr("when the low mood began");
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
    for (const QList<Entry>* list : {&request.earlier, &request.entries}) {
        for (const Entry& e : *list) {
            if (e.shortKind() == QLatin1String("focus")) {
                if (!focus || focus->occurredAt <= e.occurredAt)
                    focus = e;
            } else if (list == &request.entries) {
                items << e;
            }
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const Entry& a, const Entry& b) { return a.occurredAt < b.occurredAt; });
    if (focus) {
        const QString area = focus->payload.value(QStringLiteral("area")).toString();
        QString text = rtr("Focus area: %1 (chosen on %2).").arg(label(area), longDate(dayOf(*focus)));
        const QString note = clip(focus->payload.value(QStringLiteral("note")).toString(), 600);
        if (!note.isEmpty())
            text += QLatin1Char(' ') + rtr("The client's note: \"%1\"").arg(note);
        section.blocks << ReportBlock::paragraph(text);
    }
    if (items.isEmpty()) {
        section.blocks << ReportBlock::paragraph(rtr("No worksheets or events in this period."));
        return section;
    }
    ReportFigure f;
    f.label = rtr("Worksheets");
    f.value = QString::number(items.size());
    f.detail = rtr("worksheets, conversations and events written in the period");
    section.headlines << f;
    QList<QStringList> rows;
    for (const Entry& e : items.mid(std::max<qsizetype>(0, items.size() - 500))) {
        rows << QStringList{shortDate(dayOf(e)), kindName(e.shortKind()), clip(e.title, 160), detailOf(e),
                            e.mood ? QString::number(*e.mood) : QString()};
    }
    section.blocks << ReportBlock::table(rtr("Worksheets, conversations and events"),
                                         {rtr("Date"), rtr("What"), rtr("Title"), rtr("Detail"), rtr("Mood (0-10)")}, rows);
    return section;
}

} // namespace tessera::ipt
