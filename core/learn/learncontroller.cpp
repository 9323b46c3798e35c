#include "learncontroller.h"

#include "host/displaytext.h"
#include "host/logging.h"
#include "host/qstringformatter.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QPalette>
#include <QSettings>
#include <QUrl>

#include <spdlog/spdlog.h>

namespace tessera::core {

namespace {
const QString kReadKey = QStringLiteral("learn/read");
} // namespace

LearnController::LearnController(QList<Article> articles, const QString& settingsFile, const QVariantList& navigation,
                                 QObject* parent)
    : QObject(parent), m_model(std::move(articles)),
      m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat)),
      m_openExternal([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    for (const QVariant& v : navigation) {
        const QVariantMap item = v.toMap();
        m_pageTitles.insert(item.value(QStringLiteral("key")).toString(), item.value(QStringLiteral("title")).toString());
    }
    const QStringList read = m_settings->value(kReadKey).toStringList();
    m_model.setRead(QSet<QString>(read.cbegin(), read.cend()));
}

LearnController::~LearnController() = default;

void LearnController::saveRead()
{
    QStringList keys(m_model.read().cbegin(), m_model.read().cend());
    keys.sort();
    m_settings->setValue(kReadKey, keys);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        logger("learn")->warn("could not keep which articles were read in {}", m_settings->fileName());
    emit readChanged();
}

QVariantMap LearnController::article(const QString& key)
{
    const Article* a = m_model.find(key);
    if (!a)
        return {{QStringLiteral("problem"), QCoreApplication::translate("Learn", "This article is not in Learn any more (its module may be turned off).")}};
    const ArticleText text = readArticle(*a);
    if (!text.problem.isEmpty())
        logger("learn")->warn("article {} cannot be shown: {}", escapeForDisplay(key), escapeForDisplay(text.problem));
    const bool family = a->spec.audience == ArticleAudience::Family;
    const QString pageTitle = m_pageTitles.value(a->pageKey);
    QVariantMap out{{QStringLiteral("key"), a->key},
                    {QStringLiteral("title"), a->spec.title},
                    {QStringLiteral("summary"), a->spec.summary},
                    {QStringLiteral("minutes"), a->spec.minutes},
                    {QStringLiteral("sourceName"), a->sourceName},
                    {QStringLiteral("forFamily"), family},
                    {QStringLiteral("section"), family ? LearnModel::familyTitle() : LearnModel::topicTitle(a->spec.topic)},
                    {QStringLiteral("markdown"), text.markdown},
                    // The details are in the log; the client is told calmly, and who to tell.
                    {QStringLiteral("problem"), text.problem.isEmpty() ? QString()
                                                : a->source == QLatin1String(kClinicArticleSource)
                                                    ? QCoreApplication::translate("Learn", "This article from your clinic cannot be shown just now. Please let them know.")
                                                    : QCoreApplication::translate("Learn", "This article cannot be shown just now. Everything else in Tessera works as usual.")},
                    // A page that is not there (its module off) offers no button.
                    {QStringLiteral("pageKey"), pageTitle.isEmpty() ? QString() : a->pageKey},
                    {QStringLiteral("pageTitle"), pageTitle}};
    QVariantList links;
    for (const MarkdownLink& l : text.links) {
        const bool external = !l.href.startsWith(QLatin1String("tessera:"));
        links << QVariantMap{{QStringLiteral("text"), l.text},
                             {QStringLiteral("href"), l.href},
                             {QStringLiteral("where"), external ? QCoreApplication::translate("Learn", "Opens in your web browser") : QCoreApplication::translate("Learn", "Opens in Tessera")}};
    }
    out.insert(QStringLiteral("links"), links);
    out.insert(QStringLiteral("plainText"), text.plainText); // what a screen reader reads
    if (text.problem.isEmpty() && !m_model.read().contains(key)) {
        QSet<QString> read = m_model.read();
        read.insert(key);
        m_model.setRead(read);
        saveRead();
    }
    return out;
}

void LearnController::setLinkColour(const QColor& colour)
{
    QPalette palette = QGuiApplication::palette();
    if (palette.color(QPalette::Link) == colour)
        return;
    palette.setColor(QPalette::Link, colour);
    palette.setColor(QPalette::LinkVisited, colour);
    QGuiApplication::setPalette(palette);
}

void LearnController::markUnread(const QString& key)
{
    QSet<QString> read = m_model.read();
    if (!read.remove(key))
        return;
    m_model.setRead(read);
    saveRead();
}

QVariantMap LearnController::followLink(const QString& link)
{
    const QUrl url(link);
    if (url.scheme() == QLatin1String("tessera")) {
        const QString key = url.path();
        if (m_pageTitles.contains(key))
            return {{QStringLiteral("page"), key}};
        // Another article: "tessera:learn/<source>/<id>".
        if (key.startsWith(QLatin1String("learn/")) && m_model.find(key.mid(6)))
            return {{QStringLiteral("page"), key}};
        return {{QStringLiteral("message"), QCoreApplication::translate("Learn", "That page is not in this Tessera (its module may be turned off).")}};
    }
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http") ||
        url.scheme() == QLatin1String("mailto")) {
        if (m_openExternal && m_openExternal(url))
            return {{QStringLiteral("opened"), true},
                    {QStringLiteral("message"), QCoreApplication::translate("Learn", "Opened %1 in your web browser.").arg(url.host().isEmpty() ? link : url.host())}};
        return {{QStringLiteral("message"), QCoreApplication::translate("Learn", "Could not open %1: no web browser answered. The address is %2").arg(url.host(), link)}};
    }
    logger("learn")->info("a link with scheme '{}' in an article was not followed", url.scheme());
    return {{QStringLiteral("message"), QCoreApplication::translate("Learn", "This link cannot be opened from Tessera.")}};
}

} // namespace tessera::core
