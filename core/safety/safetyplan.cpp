#include "safetyplan.h"

#include "store/journalstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

namespace tessera::core {

namespace {
} // namespace

const QList<SafetyPlan::Step>& SafetyPlan::steps()
{
    static const QList<Step> all{
        {QStringLiteral("warningSigns"), QCoreApplication::translate("SafetyPlan", "Warning signs"),
         QCoreApplication::translate("SafetyPlan", "The thoughts, feelings, situations or behaviour that tell you a crisis may be starting.")},
        {QStringLiteral("copingAlone"), QCoreApplication::translate("SafetyPlan", "Things I can do on my own"),
         QCoreApplication::translate("SafetyPlan", "What helps you take your mind off things or calm down without contacting anyone.")},
        {QStringLiteral("distractions"), QCoreApplication::translate("SafetyPlan", "People and places that take my mind off things"),
         QCoreApplication::translate("SafetyPlan", "People to be with and places to go that help you feel better for a while.")},
        {QStringLiteral("askForHelp"), QCoreApplication::translate("SafetyPlan", "People I can ask for help"),
         QCoreApplication::translate("SafetyPlan", "Family members or friends you can tell that you are struggling, with how to reach them.")},
        {QStringLiteral("professionals"), QCoreApplication::translate("SafetyPlan", "Professionals and crisis lines"),
         QCoreApplication::translate("SafetyPlan", "Your clinician, your doctor, crisis lines and your local emergency number.")},
        {QStringLiteral("safeEnvironment"), QCoreApplication::translate("SafetyPlan", "Making my surroundings safer"),
         QCoreApplication::translate("SafetyPlan", "Things you can do, or ask someone to do, to keep anything you could use to harm yourself out of reach.")},
        {QStringLiteral("reasonsForLiving"), QCoreApplication::translate("SafetyPlan", "My reasons for living"),
         QCoreApplication::translate("SafetyPlan", "The people, hopes and things that matter to you and are worth staying safe for.")},
    };
    return all;
}

bool SafetyPlan::isEmpty() const
{
    for (const QStringList& list : items) {
        if (!list.isEmpty())
            return false;
    }
    return true;
}

QJsonObject SafetyPlan::toPayload() const
{
    QJsonObject o;
    for (const Step& s : steps())
        o.insert(s.key, QJsonArray::fromStringList(items.value(s.key)));
    if (reviewedOn.isValid())
        o.insert(QStringLiteral("reviewedOn"), reviewedOn.toString(Qt::ISODate));
    return o;
}

SafetyPlan SafetyPlan::fromEntry(const sdk::Entry& entry)
{
    SafetyPlan plan;
    for (const Step& s : steps()) {
        QStringList list;
        for (const QJsonValue& v : entry.payload.value(s.key).toArray()) {
            if (v.isString() && !v.toString().trimmed().isEmpty())
                list << v.toString();
        }
        plan.items.insert(s.key, list);
    }
    plan.reviewedOn = QDate::fromString(entry.payload.value(QStringLiteral("reviewedOn")).toString(), Qt::ISODate);
    plan.savedAt = entry.updatedAt;
    plan.revision = entry.revision;
    plan.entryId = entry.id;
    return plan;
}

sdk::Result<SafetyPlan> SafetyPlanStore::load() const
{
    sdk::EntryQuery q;
    q.kinds = {QString::fromLatin1(kKind)};
    q.limit = 1;
    auto page = m_store.query(q);
    if (!page.ok())
        return page.error();
    if (page->entries.isEmpty())
        return SafetyPlan{};
    return SafetyPlan::fromEntry(page->entries.first());
}

sdk::Result<SafetyPlan> SafetyPlanStore::save(const SafetyPlan& plan)
{
    sdk::EntryDraft d;
    d.kind = QString::fromLatin1(kKind);
    d.title = QCoreApplication::translate("SafetyPlan", "My safety plan");
    d.payload = plan.toPayload();
    auto current = load();
    if (!current.ok())
        return current.error();
    auto saved = current->entryId.isEmpty() ? m_store.add(d) : m_store.update(current->entryId, d);
    if (!saved.ok())
        return saved.error();
    return SafetyPlan::fromEntry(saved.value());
}

sdk::Result<QList<SafetyPlan>> SafetyPlanStore::versions() const
{
    auto current = load();
    if (!current.ok())
        return current.error();
    QList<SafetyPlan> out;
    if (current->entryId.isEmpty())
        return out;
    out << current.value();
    auto history = m_store.history(current->entryId);
    if (!history.ok())
        return history.error();
    for (const sdk::Revision& r : history.value()) {
        SafetyPlan p = SafetyPlan::fromEntry(r.entry);
        p.savedAt = r.entry.updatedAt;
        p.revision = r.revision;
        out << p;
    }
    return out;
}

sdk::Status writeSafetyPlanPdf(const SafetyPlan& plan, const QStringList& contacts, const QString& path)
{
    const auto escape = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h1>%1</h1>").arg(escape(QCoreApplication::translate("SafetyPlan", "My safety plan")));
    const QLocale locale;
    html += QStringLiteral("<p>%1</p>").arg(escape(
        plan.reviewedOn.isValid() ? QCoreApplication::translate("SafetyPlan", "Last reviewed on %1.").arg(locale.toString(plan.reviewedOn, QLocale::LongFormat))
                                  : QCoreApplication::translate("SafetyPlan", "Not reviewed yet.")));
    int n = 0;
    for (const SafetyPlan::Step& s : SafetyPlan::steps()) {
        const bool numbered = s.key != QLatin1String("reasonsForLiving");
        html += QStringLiteral("<h3>%1%2</h3><p><i>%3</i></p>")
                    .arg(numbered ? QStringLiteral("%1. ").arg(++n) : QString(), escape(s.title), escape(s.explanation));
        const QStringList list = plan.items.value(s.key);
        if (list.isEmpty()) {
            html += QStringLiteral("<p>&nbsp;</p>");
        } else {
            html += QStringLiteral("<ul>");
            for (const QString& item : list)
                html += QStringLiteral("<li>%1</li>").arg(escape(item));
            html += QStringLiteral("</ul>");
        }
    }
    if (!contacts.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(escape(QCoreApplication::translate("SafetyPlan", "Who to contact now")));
        for (const QString& c : contacts)
            html += QStringLiteral("<li>%1</li>").arg(escape(c));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p><small>%1</small></p>").arg(escape(
        QCoreApplication::translate("SafetyPlan", "If you are in danger now, call your local emergency number. Tessera is not an emergency service.")));

    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(QCoreApplication::translate("SafetyPlan", "My safety plan"));
    writer.setCreator(QStringLiteral("Tessera"));
    QPainter painter;
    if (!painter.begin(&writer))
        return sdk::makeError(sdk::ErrorCode::Storage, QStringLiteral("%1: the PDF could not be written").arg(path));
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer); // lay out in the PDF's own units (300 dpi)
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.setTextWidth(page.width());
    // One page: the text shrinks until it fits (a long plan gets small type, never a second page).
    for (double points = 11;; points -= 0.5) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(points);
        doc.setDefaultFont(font);
        if (doc.size().height() <= page.height() || points <= 5)
            break;
    }
    doc.drawContents(&painter, QRectF(QPointF(0, 0), page.size()));
    painter.end();
    if (QFileInfo(path).size() <= 0)
        return sdk::makeError(sdk::ErrorCode::Storage, QStringLiteral("%1: the PDF could not be written").arg(path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace tessera::core
