// The PDF report for the client's clinician (issue 23): a first page of
// headline figures (mood over the period, each module's figures, the safety
// plan's last review, how often support was offered), then one section per
// module, written by the module (sdk::ReportSource) or, without one, a plain
// table of its entries. Built with QTextDocument and written with QPdfWriter
// (Qt Gui: the process needs a QGuiApplication for its fonts; tessera-cli
// makes one, on the offscreen platform, for `report`).
#pragma once

#include "interchange/shareselection.h"

#include <tessera/sdk/result.h>

#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <memory>

namespace tessera::core {

class JournalStore;
class PluginManager;

/// Letter for the United States, Canada, Mexico, the Philippines and the
/// other countries that use it (Chile, Colombia, Venezuela, Costa Rica,
/// Guatemala, El Salvador, Nicaragua, Panama, Dominican Republic, Puerto
/// Rico); A4 everywhere else.
QPageSize::PageSizeId paperForLocale(const QLocale& locale);

/// `date` in the locale's long form without the weekday: "1 September 2026",
/// "September 1, 2026".
QString reportDate(const QDate& date, const QLocale& locale = QLocale());

struct ReportOptions {
    /// What the client chose; its period must have both ends.
    ShareSelection selection;
    QPageSize::PageSizeId paper = QPageSize::A4;
};

class ClinicianReport {
public:
    /// Reads the selected entries (only through forEachSelected(): private
    /// ones left out unless the selection includes them), asks each module
    /// for its section, and lays the report out in pages. Refuses a period
    /// with an open end or that ends before it starts.
    static sdk::Result<std::unique_ptr<ClinicianReport>> build(const JournalStore& store, const PluginManager& plugins,
                                                               const ReportOptions& options);

    [[nodiscard]] int pageCount() const;
    /// Page `index` (0-based) as printed, `widthPixels` wide, on white: the
    /// app's preview. Null for an index out of range.
    [[nodiscard]] QImage renderPage(int index, int widthPixels) const;
    /// Writes the PDF at `path`: a private file (0600), written whole or not
    /// at all (QSaveFile).
    [[nodiscard]] sdk::Status writePdf(const QString& path) const;
    /// The sections after the first page, in order ("Mood check-ins", ...).
    [[nodiscard]] QStringList sectionTitles() const;
    /// How many entries the report drew on.
    [[nodiscard]] qint64 entryCount() const;

    ~ClinicianReport();
    ClinicianReport(const ClinicianReport&) = delete;
    ClinicianReport& operator=(const ClinicianReport&) = delete;

private:
    ClinicianReport();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace tessera::core
