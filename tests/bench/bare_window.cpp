// The floor for start-up, memory and scrolling: a Qt Quick Controls window
// with one label, same style and renderer as tessera, nothing else. Prints
// {"firstFrame": true} at its first frame, then its resident memory, and exits.
// With --scroll it instead shows a plain ListView of 1,800 text rows and
// scrolls it 240 frames of 600 px, as tessera --benchmark scrolls the
// timeline, and prints {"meanFrameMs", "maxFrameMs"}.
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QElapsedTimer>
#include <QQuickItem>
#include <QTimer>

#include <algorithm>

#include <sys/resource.h>

#include <cstdio>
#include <cstring>

#include "app/startheap.h"

// Called once, at the first frame: tessera_startup_bench has callgrind count the
// main thread's instructions up to here (--dump-before), as up to tessera's
// BenchmarkRun::onFrame(). Not inlined, so the name is there to stop at.
extern "C" __attribute__((noinline)) void tessera_bare_window_first_frame()
{
    asm volatile("" ::: "memory");
}

int main(int argc, char* argv[])
{
    // A reference for tessera's start (issue 30): the same window on the heap
    // tessera starts with (core/app/startheap.h).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--start-heap") == 0)
            tessera::core::reserveStartHeap();
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    const bool scroll = app.arguments().contains(QStringLiteral("--scroll"));
    QQmlApplicationEngine engine;
    if (scroll)
        engine.loadData(R"(import QtQuick
import QtQuick.Controls
ApplicationWindow { width: 1280; height: 800; visible: true
  ListView { objectName: "list"; anchors.fill: parent; model: 1800
    delegate: Label { required property int index; width: 1200; height: 80; text: "Row " + index } } })");
    else
        engine.loadData(R"(import QtQuick
import QtQuick.Controls
ApplicationWindow { width: 1280; height: 800; visible: true; Label { text: "Hello"; anchors.centerIn: parent } })");
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    if (scroll) {
        auto* list = window->findChild<QQuickItem*>(QStringLiteral("list"));
        auto* clock = new QElapsedTimer;
        auto* intervals = new QList<qint64>;
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [=] {
            if (!clock->isValid())
                clock->start();
            else
                intervals->append(clock->nsecsElapsed() / 1000);
            if (intervals->size() < 240) {
                list->setProperty("contentY", list->property("contentY").toReal() + 600);
                window->requestUpdate();
                return;
            }
            double mean = 0, worst = 0, previous = 0;
            for (qint64 t : *intervals) {
                mean += t - previous;
                worst = std::max(worst, double(t - previous));
                previous = t;
            }
            std::printf("{\"meanFrameMs\": %.3f, \"maxFrameMs\": %.3f}\n", mean / intervals->size() / 1000.0, worst / 1000.0);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        });
        return app.exec();
    }
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
        tessera_bare_window_first_frame();
        std::printf("{\"firstFrame\": true}\n");
        std::fflush(stdout);
        // The CPU it took, as tessera --benchmark reports it (every thread, from exec).
        rusage self{}, mainThread{};
        getrusage(RUSAGE_SELF, &self);
        getrusage(RUSAGE_THREAD, &mainThread);
        const auto ms = [](const rusage& u) {
            return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
        };
        qint64 rss = -1;
        QFile f(QStringLiteral("/proc/self/status"));
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : f.readAll().split('\n'))
                if (line.startsWith("VmRSS:"))
                    rss = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        std::printf("{\"rssKb\": %lld, \"cpuMs\": %.1f, \"mainThreadCpuMs\": %.1f, \"pageFaults\": %lld}\n",
                    static_cast<long long>(rss), ms(self), ms(mainThread), static_cast<long long>(self.ru_minflt + self.ru_majflt));
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    }, Qt::SingleShotConnection);
    return app.exec();
}
