#include "screenshot.h"

#include "host/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QQuickWindow>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace tessera::core {

bool settledForCapture(QQuickWindow* window, int& framesToWait)
{
    if (!window->property("screenshotReady").toBool())
        return false;
    if (framesToWait-- > 0) {
        window->requestUpdate();
        return false;
    }
    return true;
}

Screenshot::Screenshot(QQuickWindow* window, QString path, int timeoutMs, QObject* parent)
    : QObject(parent), m_window(window), m_path(std::move(path)), m_timeoutMs(timeoutMs)
{
    m_elapsed.start();
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &Screenshot::poll);
    m_timer.start();
}

void Screenshot::poll()
{
    if (m_elapsed.elapsed() > m_timeoutMs) {
        m_timer.stop();
        std::fprintf(stderr, "tessera: the window was not ready for a screenshot after %d ms\n", m_timeoutMs);
        QCoreApplication::exit(3);
        return;
    }
    if (!settledForCapture(m_window, m_framesToWait))
        return;
    m_timer.stop();
    capture();
}

void Screenshot::capture()
{
    const QImage image = m_window->grabWindow();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (image.isNull() || !image.save(m_path, "PNG")) {
        std::fprintf(stderr, "tessera: could not write the screenshot to %s\n", qPrintable(m_path));
        QCoreApplication::exit(3);
        return;
    }
    logger("host")->info("screenshot written ({}x{})", image.width(), image.height());
    std::fprintf(stdout, "%s\n", qPrintable(QFileInfo(m_path).absoluteFilePath()));
    QCoreApplication::exit(0);
}

} // namespace tessera::core
