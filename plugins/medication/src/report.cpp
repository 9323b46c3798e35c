#include "report.h"

#include "medmodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tessera::medication {

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

bool isTaken(const QString& status) { return status == QLatin1String("taken") || status == QLatin1String("late"); }

QString statusText(const QString& status)
{
    if (status == QLatin1String("late"))
        return QCoreApplication::translate("MedicationReport", "Taken late");
    if (status == QLatin1String("skipped"))
        return QCoreApplication::translate("MedicationReport", "Skipped");
    if (status == QLatin1String("missed"))
        return QCoreApplication::translate("MedicationReport", "Not taken");
    return QCoreApplication::translate("MedicationReport", "Taken");
}

QString severityText(int severity)
{
    static const char* names[] = {QT_TRANSLATE_NOOP("MedicationReport", "None"), QT_TRANSLATE_NOOP("MedicationReport", "Mild"), QT_TRANSLATE_NOOP("MedicationReport", "Moderate"), QT_TRANSLATE_NOOP("MedicationReport", "Severe")};
    return QCoreApplication::translate("MedicationReport", names[std::clamp(severity, 0, 3)]);
}

/// Strength, dose, route and times: what the client wrote, nothing more.
QString regimenText(const QJsonObject& m)
{
    QStringList parts;
    for (const char* key : {"strength", "dose", "route"})
        parts << m.value(QLatin1String(key)).toString().trimmed();
    const QJsonObject schedule = m.value(QStringLiteral("schedule")).toObject();
    if (schedule.value(QStringLiteral("asNeeded")).toBool()) {
        parts << QCoreApplication::translate("MedicationReport", "as needed");
    } else {
        QStringList times;
        for (const QJsonValue& t : schedule.value(QStringLiteral("times")).toArray())
            times << t.toString();
        if (!times.isEmpty())
            parts << QCoreApplication::translate("MedicationReport", "at %1").arg(times.join(QStringLiteral(", ")));
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

struct Medicine {
    QString key;
    QString name;
    QJsonObject payload; ///< empty when the medicine itself is not in the request
    QDate updatedOn;     ///< the day its details were last saved (revision > 1), else invalid
    QDateTime addedAt;   ///< when it was added to Tessera
};

QString percentText(int taken, int planned)
{
    return QCoreApplication::translate("MedicationReport", "%1 %").arg(planned == 0 ? 0 : int(std::lround(100.0 * taken / planned)));
}
} // namespace

ReportSection buildReportSection(const ReportRequest& request) { return buildReportSection(request, QDateTime::currentDateTime()); }

ReportSection buildReportSection(const ReportRequest& request, const QDateTime& now)
{
    ReportSection section;
    // The medicines, from the period and before it (the latest save of each key).
    QList<Medicine> medicines;
    QHash<QString, qsizetype> index;
    auto medicineOf = [&](const QString& key) -> Medicine& {
        auto it = index.constFind(key);
        if (it != index.constEnd())
            return medicines[*it];
        index.insert(key, medicines.size());
        medicines << Medicine{key, {}, {}, {}, {}};
        return medicines.last();
    };
    QList<Entry> medicineEntries = ofKind(request.earlier, QStringLiteral("medicine"));
    medicineEntries << ofKind(request.entries, QStringLiteral("medicine"));
    for (const Entry& e : medicineEntries) {
        const QString key = e.payload.value(QStringLiteral("key")).toString();
        if (key.isEmpty())
            continue;
        Medicine& m = medicineOf(key);
        m.name = e.payload.value(QStringLiteral("name")).toString().trimmed();
        m.payload = e.payload;
        m.updatedOn = e.revision > 1 && e.updatedAt.isValid() ? e.updatedAt.toLocalTime().date() : QDate();
        m.addedAt = e.createdAt;
    }
    const bool havePlans = !medicines.isEmpty();
    // Planned doses count only when the client shared the doses too (an
    // unlogged dose would otherwise read as not taken).
    const bool dosesShared = request.kinds.isEmpty() || request.kinds.contains(QStringLiteral("medication/dose"));

    const QList<Entry> doses = ofKind(request.entries, QStringLiteral("dose"));
    const QList<Entry> effects = ofKind(request.entries, QStringLiteral("side-effect"));
    const QList<Entry> ratings = ofKind(request.entries, QStringLiteral("effectiveness"));
    const QList<Entry> questions = ofKind(request.entries, QStringLiteral("question"));

    QHash<QString, QList<DoseEvent>> events;
    for (const Entry& e : doses) {
        const QString key = e.payload.value(QStringLiteral("medicineKey")).toString();
        Medicine& m = medicineOf(key);
        if (m.name.isEmpty()) // a medicine not in the request: the dose's own title names it
            m.name = e.title.section(QStringLiteral(": "), 0, 0).trimmed();
        events[key] << DoseEvent{slotFromKey(e.payload.value(QStringLiteral("slot")).toString()),
                                 e.payload.value(QStringLiteral("status")).toString(), e.localOccurredAt()};
    }
    QHash<QString, int> effectCount;
    for (const Entry& e : effects)
        ++effectCount[e.payload.value(QStringLiteral("medicineKey")).toString()];
    QHash<QString, int> latestRating;
    for (const Entry& e : ratings)
        latestRating[e.payload.value(QStringLiteral("medicineKey")).toString()] = e.payload.value(QStringLiteral("rating")).toInt();

    if (doses.isEmpty() && effects.isEmpty() && ratings.isEmpty() && questions.isEmpty()) {
        bool changed = false;
        for (const Medicine& m : medicines) {
            const QDate start = QDate::fromString(m.payload.value(QStringLiteral("start")).toString(), Qt::ISODate);
            const QDate stop = QDate::fromString(m.payload.value(QStringLiteral("stop")).toString(), Qt::ISODate);
            changed = changed || (start >= request.from && start <= request.to) || (stop >= request.from && stop <= request.to);
        }
        if (!changed && ofKind(request.entries, QStringLiteral("medicine")).isEmpty()) {
            section.blocks << ReportBlock::paragraph(QCoreApplication::translate("MedicationReport", "No medication records in this period."));
            return section;
        }
    }

    // Doses: per medicine, planned (the schedule's slots that had passed by
    // `now`), taken (or taken late), not taken; as-needed doses counted.
    const QDateTime until = std::min(now, QDateTime(request.to.addDays(1), QTime(0, 0)));
    int plannedAll = 0;
    int takenAll = 0;
    int loggedTaken = 0;
    int loggedNotTaken = 0;
    QList<QStringList> rows;
    for (const Medicine& m : medicines) {
        const QList<DoseEvent>& ev = events.value(m.key);
        const int rated = latestRating.value(m.key, -1);
        const QString ratingText = rated >= 0 ? QCoreApplication::translate("MedicationReport", "%1 of 10").arg(rated) : QStringLiteral("-");
        const QString name = m.name.isEmpty() ? QCoreApplication::translate("MedicationReport", "A medicine not in the report") : m.name;
        int taken = 0;
        int notTaken = 0;
        for (const DoseEvent& e : ev)
            (isTaken(e.status) ? taken : notTaken) += 1;
        loggedTaken += taken;
        loggedNotTaken += notTaken;
        if (!m.payload.isEmpty() && dosesShared) {
            const Schedule s = Schedule::fromPayload(m.payload, m.addedAt);
            const Adherence a = adherence(s, ev, request.from, request.to, until);
            if (s.asNeeded) {
                rows << QStringList{name, QCoreApplication::translate("MedicationReport", "As needed"), QString::number(a.asNeeded), QStringLiteral("-"),
                                    QString::number(effectCount.value(m.key)), ratingText};
            } else if (a.expected > 0 || !ev.isEmpty() || effectCount.value(m.key) > 0) {
                plannedAll += a.expected;
                takenAll += a.taken;
                rows << QStringList{name, QString::number(a.expected), QString::number(a.taken),
                                    QString::number(a.expected - a.taken), QString::number(effectCount.value(m.key)), ratingText};
            }
        } else if (!ev.isEmpty() || effectCount.value(m.key) > 0 || rated >= 0) {
            rows << QStringList{name, m.payload.isEmpty() ? QCoreApplication::translate("MedicationReport", "Not in the report") : QStringLiteral("-"), QString::number(taken), QString::number(notTaken),
                                QString::number(effectCount.value(m.key)), ratingText};
        }
    }
    if (havePlans && plannedAll > 0) {
        ReportFigure f;
        f.label = QCoreApplication::translate("MedicationReport", "Medicines taken as planned");
        f.value = percentText(takenAll, plannedAll);
        f.detail = QCoreApplication::translate("MedicationReport", "%1 of %2 planned doses in the period").arg(takenAll).arg(plannedAll);
        section.headlines << f;
    } else if (!doses.isEmpty()) {
        ReportFigure f;
        f.label = QCoreApplication::translate("MedicationReport", "Doses logged");
        f.value = QString::number(doses.size());
        f.detail = QCoreApplication::translate("MedicationReport", "%1 taken, %2 not taken (as logged; the medicines' plans are not in the report)")
                       .arg(loggedTaken)
                       .arg(loggedNotTaken);
        section.headlines << f;
    }
    if (!effects.isEmpty()) {
        ReportFigure f;
        f.label = QCoreApplication::translate("MedicationReport", "Side effects noted");
        f.value = QString::number(effects.size());
        int ongoing = 0;
        for (const Entry& e : effects)
            ongoing += e.payload.value(QStringLiteral("status")).toString() == QLatin1String("ongoing") ? 1 : 0;
        f.detail = QCoreApplication::translate("MedicationReport", "%1 still ongoing when last noted").arg(ongoing);
        section.headlines << f;
    }
    if (!rows.isEmpty()) {
        section.blocks << ReportBlock::heading(QCoreApplication::translate("MedicationReport", "Doses"));
        section.blocks << ReportBlock::table(
            QCoreApplication::translate("MedicationReport", "Per medicine, in the period"),
            {QCoreApplication::translate("MedicationReport", "Medicine"), QCoreApplication::translate("MedicationReport", "Planned doses"), QCoreApplication::translate("MedicationReport", "Taken"), QCoreApplication::translate("MedicationReport", "Not taken"), QCoreApplication::translate("MedicationReport", "Side effects noted"),
             QCoreApplication::translate("MedicationReport", "Helps (latest, 0-10)")},
            rows);
        if (!havePlans && !doses.isEmpty())
            section.blocks << ReportBlock::paragraph(
                QCoreApplication::translate("MedicationReport", "The medicines themselves were not included, so doses are counted as logged: taken or taken late, "
                    "and not taken or skipped."));
    }
    QList<QStringList> reasons;
    for (const Entry& e : doses) {
        const QString status = e.payload.value(QStringLiteral("status")).toString();
        const QString reason = e.payload.value(QStringLiteral("reason")).toString().trimmed();
        if (!isTaken(status) && !reason.isEmpty() && reasons.size() < 500) {
            const QString key = e.payload.value(QStringLiteral("medicineKey")).toString();
            reasons << QStringList{shortDate(dayOf(e)), medicineOf(key).name, statusText(status), clip(reason, 300)};
        }
    }
    if (!reasons.isEmpty())
        section.blocks << ReportBlock::table(QCoreApplication::translate("MedicationReport", "Doses not taken, with the reason written"),
                                             {QCoreApplication::translate("MedicationReport", "Date"), QCoreApplication::translate("MedicationReport", "Medicine"), QCoreApplication::translate("MedicationReport", "Dose"), QCoreApplication::translate("MedicationReport", "Reason")}, reasons);

    if (!effects.isEmpty()) {
        QList<QStringList> effectRows;
        for (const Entry& e : effects.mid(std::max<qsizetype>(0, effects.size() - 500))) {
            const QJsonObject p = e.payload;
            const QDate onset = QDate::fromString(p.value(QStringLiteral("onset")).toString(), Qt::ISODate);
            const QDate resolved = QDate::fromString(p.value(QStringLiteral("resolvedOn")).toString(), Qt::ISODate);
            const QString key = p.value(QStringLiteral("medicineKey")).toString();
            const QString status = p.value(QStringLiteral("status")).toString() == QLatin1String("resolved")
                ? (resolved.isValid() ? QCoreApplication::translate("MedicationReport", "Resolved on %1").arg(shortDate(resolved)) : QCoreApplication::translate("MedicationReport", "Resolved"))
                : QCoreApplication::translate("MedicationReport", "Ongoing");
            effectRows << QStringList{shortDate(onset.isValid() ? onset : dayOf(e)),
                                      key.isEmpty() ? QStringLiteral("-") : medicineOf(key).name,
                                      clip(p.value(QStringLiteral("symptom")).toString(), 200),
                                      severityText(p.value(QStringLiteral("severity")).toInt()), status};
        }
        section.blocks << ReportBlock::heading(QCoreApplication::translate("MedicationReport", "Side effects"));
        section.blocks << ReportBlock::table(QCoreApplication::translate("MedicationReport", "Side effects the client noted"),
                                             {QCoreApplication::translate("MedicationReport", "Since"), QCoreApplication::translate("MedicationReport", "Medicine"), QCoreApplication::translate("MedicationReport", "What"), QCoreApplication::translate("MedicationReport", "How strong"), QCoreApplication::translate("MedicationReport", "Status")},
                                             effectRows);
    }

    QList<QStringList> changes;
    for (const Medicine& m : medicines) {
        if (m.payload.isEmpty())
            continue;
        const QDate start = QDate::fromString(m.payload.value(QStringLiteral("start")).toString(), Qt::ISODate);
        const QDate stop = QDate::fromString(m.payload.value(QStringLiteral("stop")).toString(), Qt::ISODate);
        const QString regimen = regimenText(m.payload);
        if (start.isValid() && start >= request.from && start <= request.to)
            changes << QStringList{shortDate(start), m.name, regimen.isEmpty() ? QCoreApplication::translate("MedicationReport", "Started") : QCoreApplication::translate("MedicationReport", "Started: %1").arg(regimen)};
        if (m.updatedOn.isValid() && m.updatedOn >= request.from && m.updatedOn <= request.to && m.updatedOn != start)
            changes << QStringList{shortDate(m.updatedOn), m.name, regimen.isEmpty() ? QCoreApplication::translate("MedicationReport", "Details changed") : QCoreApplication::translate("MedicationReport", "Details changed; now: %1").arg(regimen)};
        if (stop.isValid() && stop >= request.from && stop <= request.to)
            changes << QStringList{shortDate(stop), m.name, QCoreApplication::translate("MedicationReport", "Stopped")};
    }
    if (!changes.isEmpty()) {
        section.blocks << ReportBlock::heading(QCoreApplication::translate("MedicationReport", "Changes to medicines"));
        section.blocks << ReportBlock::table(QCoreApplication::translate("MedicationReport", "Changes in the period, as the client recorded them"),
                                             {QCoreApplication::translate("MedicationReport", "Date"), QCoreApplication::translate("MedicationReport", "Medicine"), QCoreApplication::translate("MedicationReport", "Change")}, changes.mid(0, 500));
    }

    if (!questions.isEmpty()) {
        QList<QStringList> qrows;
        for (const Entry& e : questions.mid(std::max<qsizetype>(0, questions.size() - 500))) {
            const bool asked = e.payload.value(QStringLiteral("status")).toString() == QLatin1String("asked");
            qrows << QStringList{shortDate(dayOf(e)), clip(e.payload.value(QStringLiteral("text")).toString(), 400),
                                 asked ? QCoreApplication::translate("MedicationReport", "Asked") : QCoreApplication::translate("MedicationReport", "Still to ask")};
        }
        section.blocks << ReportBlock::heading(QCoreApplication::translate("MedicationReport", "Questions for the prescriber"));
        section.blocks << ReportBlock::table(QString(), {QCoreApplication::translate("MedicationReport", "Written"), QCoreApplication::translate("MedicationReport", "Question"), QCoreApplication::translate("MedicationReport", "Status")}, qrows);
    }
    if (section.blocks.isEmpty())
        section.blocks << ReportBlock::paragraph(QCoreApplication::translate("MedicationReport", "No medication records in this period."));
    return section;
}

} // namespace tessera::medication
