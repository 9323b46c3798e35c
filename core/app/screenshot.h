// --screenshot: render the window once it is ready, save a PNG, quit.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QQuickWindow;

namespace tessera::core {

/// Whether `window` may be captured now: the shell says so (its
/// `screenshotReady` is true) and `framesToWait` more frames have been drawn
/// since (each call before that asks for one and counts it down), so layout,
/// images and the last bindings have settled. --screenshot and --audit use it.
bool settledForCapture(QQuickWindow* window, int& framesToWait);

/// Waits until the root window's `screenshotReady` property is true (the
/// shell sets it when the first timeline page and the requested page are
/// shown), lets two more frames render, grabs the window and writes `path`.
/// Quits with 0 on success, 3 on failure or after `timeoutMs`: it never hangs.
class Screenshot : public QObject {
    Q_OBJECT
public:
    Screenshot(QQuickWindow* window, QString path, int timeoutMs = 30000, QObject* parent = nullptr);

private:
    void poll();
    void capture();
    QQuickWindow* m_window;
    QString m_path;
    int m_timeoutMs;
    int m_framesToWait = 3;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
};

} // namespace tessera::core
