// --audit: open pages one after another and check what a person relying on a
// keyboard, a screen reader, large text or another language meets (issue 29).
#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

class QQuickItem;
class QQuickWindow;

namespace tessera::core {

class Host;

/// For each page key in turn: asks the shell to open it (its `open(key)`),
/// waits for `screenshotReady` and a few frames, then walks every visible item
/// of the window and records what a person would trip over:
///  - "no-name": a control (button, field, chip, card, anything Tab reaches)
///    whose accessible name is empty: a screen reader says only its role;
///  - "placeholder-only": a field whose only label is its placeholder text;
///  - "no-label": a field whose name no visible text on the page shows;
///  - "no-focus": an enabled control that Tab never reaches;
///  - "cut-off": text wider than its item that neither wraps nor elides, or
///    taller than its item, or outside an ancestor that clips it;
///  - "overlap": two texts drawn over each other;
///  - "untranslated": (under --language marked) visible text that never went
///    through a translation, apart from the journal's own content, numbers
///    and dates.
/// Writes {"pages": [{"page": key, "findings": [{kind, item, detail}], "texts":
/// [what the page shows]}]} to
/// `path` and quits with 0 (3 if a page never became ready).
class PageAudit : public QObject {
    Q_OBJECT
public:
    PageAudit(QQuickWindow* window, QString path, QStringList pages, QSet<QString> userText, QObject* parent = nullptr);

    /// What the page may show in no language of the app: every text the
    /// journal holds (payload strings, titles, tags: what a person wrote is
    /// shown as written) and the crisis lines' names, numbers and addresses.
    static QSet<QString> dataTexts(const Host& host);

private:
    void poll();
    void openNext();
    /// `items`: the page's visible items.
    QJsonArray check(const QList<QQuickItem*>& items);
    /// The texts a person sees on the page (scrolled into view or not), once each.
    static QJsonArray shownTexts(const QList<QQuickItem*>& items);
    QQuickWindow* m_window;
    QString m_path;
    QStringList m_pages;
    QStringList m_userText; ///< longest first
    int m_index = -1;
    int m_framesToWait = 0;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    QJsonArray m_results;
    QQuickItem* m_neutral = nullptr; ///< takes the focus away from a control (owned by the window's content item)
};

} // namespace tessera::core
