#include "supporterspdf.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace tessera::sessions {

namespace {
QString t(const char* text) { return QCoreApplication::translate("Sessions", text); }

QString paragraphs(const QString& text)
{
    QString out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    }
    return out;
}
} // namespace

bool SupportersPage::isEmpty() const
{
    return helps.trimmed().isEmpty() && notHelp.trimmed().isEmpty() && signs.trimmed().isEmpty() &&
           support.trimmed().isEmpty() && worried.trimmed().isEmpty() && contacts.isEmpty();
}

QString SupportersPage::html() const
{
    QString html = QStringLiteral("<h1>%1</h1><p><i>%2</i></p>")
                       .arg(QCoreApplication::translate("Sessions", "For the people close to me").toHtmlEscaped(),
                            QCoreApplication::translate("Sessions", "Written by me, in my own words, on %1.").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)).toHtmlEscaped());
    const std::pair<const char*, const QString*> sections[] = {
        {QT_TRANSLATE_NOOP("Sessions", "What helps me"), &helps},
        {QT_TRANSLATE_NOOP("Sessions", "What does not help"), &notHelp},
        {QT_TRANSLATE_NOOP("Sessions", "Signs that I am struggling"), &signs},
        {QT_TRANSLATE_NOOP("Sessions", "How you can support me"), &support},
        {QT_TRANSLATE_NOOP("Sessions", "If you are worried about my safety"), &worried}};
    for (const auto& [title, text] : sections) {
        if (text->trimmed().isEmpty() && text != &worried)
            continue;
        html += QStringLiteral("<h3>%1</h3>%2").arg(t(title).toHtmlEscaped(), paragraphs(*text));
    }
    if (!contacts.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(QCoreApplication::translate("Sessions", "People and services from my safety plan").toHtmlEscaped());
        for (const QString& c : contacts)
            html += QStringLiteral("<li>%1</li>").arg(c.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    // Always there, whatever the client wrote or left out.
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(QCoreApplication::translate("Sessions", "If you think my life is in danger now, call the emergency number (such as 999, 112 or 911) "
                       "and stay with me if it is safe to.").toHtmlEscaped());
    return html;
}

QString writeSupportersPdf(const SupportersPage& page, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("Sessions", "%1: the PDF could not be written (%2)").arg(path, file.errorString());
    // Private before a byte is written: the page is about the client's health.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return QCoreApplication::translate("Sessions", "%1: the PDF could not be made private to you, so it was not written").arg(path);
    }
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Tessera"));
        writer.setTitle(QCoreApplication::translate("Sessions", "For the people close to me"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0)); // QTextDocument::print() keeps its own 2 cm
        QTextDocument doc;
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(11);
        doc.setDefaultFont(font);
        doc.setHtml(page.html());
        doc.print(&writer);
    }
    if (!file.commit())
        return QCoreApplication::translate("Sessions", "%1: the PDF could not be written (%2)").arg(path, file.errorString());
    return {};
}

} // namespace tessera::sessions
