// Learn (issue 25): what the Learn and article pages ask of the app: the
// list, one article's text (marking it read), where a link goes.
#pragma once

#include "learnmodel.h"

#include <QColor>
#include <QObject>
#include <QVariantMap>

#include <functional>
#include <memory>

class QSettings;

namespace tessera::core {

class LearnController : public QObject {
    Q_OBJECT
    Q_PROPERTY(QObject* model READ model CONSTANT)
    /// How many of the articles listed have been opened.
    Q_PROPERTY(int readCount READ readCount NOTIFY readChanged)
public:
    /// `settingsFile`: the data folder's settings.ini, where which articles
    /// were opened is kept ("learn/read"). `navigation`: the app's pages
    /// (AppController::navigation()), which a "Try it" button or a
    /// tessera: link may open.
    LearnController(QList<Article> articles, const QString& settingsFile, const QVariantList& navigation,
                    QObject* parent = nullptr);
    ~LearnController() override;

    [[nodiscard]] QObject* model() { return &m_model; }
    [[nodiscard]] LearnModel& learnModel() { return m_model; }
    [[nodiscard]] int readCount() const { return int(m_model.read().size()); }

    /// {key, title, summary, minutes, sourceName, forFamily, section,
    /// markdown, plainText, problem, pageKey, pageTitle, links: [{text, href, where}]};
    /// marks the article read.
    /// Unknown key: {problem}.
    Q_INVOKABLE QVariantMap article(const QString& key);
    Q_INVOKABLE void markUnread(const QString& key);
    /// Where a link in an article goes: {page: key} for a page of the app
    /// ("tessera:crisis", "tessera:cbt/record") or another article
    /// ("tessera:learn/cbt/thinking-traps"); {opened: true, message}
    /// for a web or mail address, handed to the desktop; else {message}
    /// saying why nothing opens.
    Q_INVOKABLE QVariantMap followLink(const QString& link);

    /// Links in Markdown take the application palette's link colour (Qt's
    /// Markdown reader sets it on each link); the article page passes the
    /// theme's accent so links read well on light and dark.
    Q_INVOKABLE void setLinkColour(const QColor& colour);

    /// Replaces how web addresses are opened (tests; default QDesktopServices::openUrl).
    void setExternalOpener(std::function<bool(const QUrl&)> opener) { m_openExternal = std::move(opener); }

signals:
    void readChanged();

private:
    void saveRead();
    LearnModel m_model;
    std::unique_ptr<QSettings> m_settings;
    QHash<QString, QString> m_pageTitles; ///< page key -> title
    std::function<bool(const QUrl&)> m_openExternal;
};

} // namespace tessera::core
