// The clinician report (issue 23): how long a 90-day report of a busy
// journal takes to build (read, ask every module for its section, lay out)
// and to write as a PDF, and one preview page. Run by scripts/bench; prints
// its figures (the target: build and write well under 2 s together).
#include "host/host.h"
#include "interchange/clinicianreport.h"
#include "store/journalstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace tessera;
using namespace tessera::core;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("TESSERA_BUNDLED_PLUGIN_DIR"))
        qputenv("TESSERA_BUNDLED_PLUGIN_DIR", TESSERA_BUNDLED_PLUGIN_DIR);
    qputenv("TESSERA_CLINIC_PROFILE", "/nonexistent/profile.json");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    HostOptions options;
    options.dataDir = dir.path();
    options.logLevel = QStringLiteral("error");
    Host host(options);
    if (!host.start().ok()) {
        std::fprintf(stderr, "report_bench: the journal could not be opened\n");
        return 2;
    }
    // A busy journal (not timed): 120 days of every module's samples, then
    // each entry of the last 90 days copied seven times a few hours apart.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!host.seedDemo(now, 120).ok())
        return 2;
    QList<sdk::Entry> copies;
    sdk::EntryQuery q;
    q.from = now.addDays(-90);
    q.limit = 1000;
    for (;;) {
        auto page = host.store()->query(q);
        if (!page.ok())
            return 2;
        for (const sdk::Entry& e : std::as_const(page->entries)) {
            if (e.pluginId == QLatin1String("tessera"))
                continue;
            for (int i = 1; i <= 7; ++i) {
                sdk::Entry c = e;
                c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                c.occurredAt = e.occurredAt.addSecs(-i * 1800);
                c.createdAt = c.updatedAt = c.occurredAt;
                copies << c;
            }
        }
        if (page->nextCursor.isEmpty())
            break;
        q.cursor = page->nextCursor;
    }
    if (!host.store()->importEntries(copies).ok())
        return 2;

    ReportOptions ro;
    ro.selection.to = QDate::currentDate();
    ro.selection.from = ro.selection.to.addDays(-89);
    QList<double> build, write, preview;
    int pages = 0;
    qint64 entries = 0;
    qint64 bytes = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        auto report = ClinicianReport::build(*host.store(), host.plugins(), ro);
        build << t.nsecsElapsed() / 1e6;
        if (!report.ok()) {
            std::fprintf(stderr, "report_bench: %s\n", qPrintable(report.error().message));
            return 2;
        }
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        t.restart();
        if (!report.value()->writePdf(path).ok())
            return 2;
        write << t.nsecsElapsed() / 1e6;
        t.restart();
        (void)report.value()->renderPage(0, 800);
        preview << t.nsecsElapsed() / 1e6;
        pages = report.value()->pageCount();
        entries = report.value()->entryCount();
        bytes = QFileInfo(path).size();
    }
    std::printf("\nclinician report, 90 days of a busy journal (%lld entries drawn on, %d pages, %lld KB)\n",
                static_cast<long long>(entries), pages, static_cast<long long>(bytes / 1024));
    std::printf("%-58s %11.1f ms\n", "build (read, module sections, layout)", median(build));
    std::printf("%-58s %11.1f ms\n", "write the PDF", median(write));
    std::printf("%-58s %11.1f ms  target < 2000 ms\n", "build and write", median(build) + median(write));
    std::printf("%-58s %11.1f ms\n", "one preview page, 800 px wide", median(preview));
    return 0;
}
