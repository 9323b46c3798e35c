#include "desktopshell.h"

#include "desktopintegration.h"
#include "host/logging.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMenu>
#include <QQuickWindow>
#include <QSystemTrayIcon>

#include <spdlog/spdlog.h>

namespace tessera::core {

DesktopShell::DesktopShell(DesktopIntegration& settings, QObject* parent) : QObject(parent), m_settings(settings)
{
    connect(&m_settings, &DesktopIntegration::keepRunningChanged, this, [this] {
        applyQuitPolicy();
        updateTray();
    });
    applyQuitPolicy();
}

DesktopShell::~DesktopShell() = default;

void DesktopShell::applyQuitPolicy()
{
    // Keep running: the last window hidden is not the end.
    QGuiApplication::setQuitOnLastWindowClosed(!m_settings.keepRunning());
}

QWindow* DesktopShell::window() const { return qobject_cast<QWindow*>(m_window.data()); }

void DesktopShell::setWindow(QQuickWindow* window)
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (m_window)
        m_window->installEventFilter(this);
}

bool DesktopShell::canStartHidden() const { return m_settings.keepRunning() || m_settings.trayAvailable(); }

void DesktopShell::updateTray()
{
    // Looked for only when wanted: on some desktops the question goes over D-Bus.
    const bool want = m_settings.keepRunning();
    const bool available = want && QSystemTrayIcon::isSystemTrayAvailable();
    m_settings.setTrayAvailable(available);
    if (!(want && available)) {
        m_tray.reset();
        m_menu.reset();
        return;
    }
    if (m_tray)
        return;
    m_menu = std::make_unique<QMenu>();
    m_menu->addAction(tr("Open Tessera"), this, [this] { bringForward(); });
    m_menu->addAction(tr("Need help now?"), this, [this] { bringForward(QStringLiteral("crisis")); });
    m_menu->addSeparator();
    // Through the window, which first asks when its page has writing not saved.
    m_menu->addAction(tr("Quit"), this, [this] { quitAsked(); });
    m_tray = std::make_unique<QSystemTrayIcon>(QGuiApplication::windowIcon());
    m_tray->setToolTip(QStringLiteral("Tessera"));
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray.get(), &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            bringForward();
    });
    m_tray->show();
}

void DesktopShell::bringForward(const QString& page)
{
    QWindow* w = window();
    if (!w)
        return;
    w->show();
    if (w->windowState() & Qt::WindowMinimized)
        w->setWindowStates(w->windowStates() & ~Qt::WindowMinimized);
    w->raise();
    w->requestActivate();
    // A page only in the main window, and never past the lock (the lock screen has its own "Need help now?").
    const QVariant locked = w->property("locked");
    if (!page.isEmpty() && locked.isValid() && !locked.toBool() && w->metaObject()->indexOfMethod("open(QVariant,QVariant,QVariant)") >= 0)
        QMetaObject::invokeMethod(w, "open", Q_ARG(QVariant, page), Q_ARG(QVariant, QVariant()), Q_ARG(QVariant, QVariant()));
}

void DesktopShell::quitAsked()
{
    QWindow* w = window();
    if (w && w->metaObject()->indexOfMethod("quitAsked()") >= 0) {
        QMetaObject::invokeMethod(w, "quitAsked");
        return;
    }
    QCoreApplication::quit();
}

bool DesktopShell::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Close && watched == m_window.data() && m_settings.keepRunning()) {
        if (QWindow* w = window()) {
            event->ignore();
            w->hide();
            logger("desktop")->info("window hidden; Tessera keeps running{}", m_tray ? " in the tray" : "");
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tessera::core
