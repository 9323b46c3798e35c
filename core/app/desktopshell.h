// The window's life on the desktop (issue 24): a tray icon while "keep
// running" is on, closing that hides instead of quitting, and bringing the
// window forward for a second launch or the tray.
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QQuickWindow;
class QWindow;
class QSystemTrayIcon;
class QMenu;

namespace tessera::core {

class DesktopIntegration;

class DesktopShell : public QObject {
    Q_OBJECT
public:
    explicit DesktopShell(DesktopIntegration& settings, QObject* parent = nullptr);
    ~DesktopShell() override;

    /// The window shown now (the lock window before the journal opens, then the main window).
    void setWindow(QQuickWindow* window);
    /// Whether a `--background` start should keep the window hidden: only
    /// when it can be brought back (a tray, or "keep running" on, so a
    /// second launch raises it). Otherwise the window shows as usual.
    [[nodiscard]] bool canStartHidden() const;
    /// Looks for a tray and makes or removes the icon to match "keep running".
    void updateTray();

public slots:
    /// Shows the window (also when hidden to the tray), raises it and asks
    /// for the focus; opens `page` when given and the app is not locked.
    void bringForward(const QString& page = {});
    /// The tray's Quit: through the window's quitAsked(), which first asks when
    /// its page has writing not saved (and shows the window for it).
    void quitAsked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyQuitPolicy();
    DesktopIntegration& m_settings;
    /// The window, or null. Held as a QObject: the event filter still sees
    /// events while the window is half destroyed (a QQuickWindow already
    /// down to a QWindow), and a QPointer<QQuickWindow> would cast it.
    [[nodiscard]] QWindow* window() const;
    QPointer<QObject> m_window;
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_tray;
};

} // namespace tessera::core
