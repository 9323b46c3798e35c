// --benchmark: what the start-up and memory harness measures inside the app.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

class QQuickItem;
class QQuickWindow;

namespace tessera::core {

/// Once the first timeline page is on screen: notes the time since the
/// process started, scrolls the timeline `frames` frames of `step` pixels
/// (fetching pages as it goes), then prints one JSON line to stdout
/// ({"firstFrameMs", "meanFrameMs", "maxFrameMs", "rows", "rssKb"}) and quits.
/// It stops early at the end of the timeline, and after 60 s whatever
/// happened: it never waits for a frame that will not come.
class BenchmarkRun : public QObject {
    Q_OBJECT
public:
    BenchmarkRun(QQuickWindow* window, qint64 startedMs, int frames = 240, int step = 600, QObject* parent = nullptr);

    /// Resident memory of this process in KiB (from /proc/self/status).
    static qint64 residentKb();
    /// CPU time (user and system, ms) this process has used since it began,
    /// its dynamic loading and every thread included, ended ones too.
    static double processCpuMs();
    /// CPU time (ms) the calling thread has used.
    static double threadCpuMs();

private:
    void onFrame();
    void finish();
    QQuickWindow* m_window;
    QQuickItem* m_list = nullptr;
    qint64 m_startedMs;
    qint64 m_firstFrameMs = -1;
    int m_frames;
    int m_step;
    QElapsedTimer m_clock;
    QList<qint64> m_intervalsUs;
    qint64 m_lastUs = -1;
    QTimer* m_limit;
    int m_stuckTicks = 0;
    bool m_sawFrame = false;
    double m_processCpuMs = -1; ///< at the first frame (issue 30)
    double m_mainCpuMs = -1;
    long long m_pageFaults = -1; ///< the process's page faults at the first frame (issue 30)
};

} // namespace tessera::core
