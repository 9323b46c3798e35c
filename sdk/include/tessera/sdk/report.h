// Tessera SDK: a module's section of the clinician report (SDK 2.2).
#pragma once

#include <tessera/sdk/entry.h>
#include <tessera/sdk/export.h>
#include <tessera/sdk/extension.h>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tessera::sdk {

/// A figure for the report's first page, e.g. label "PHQ-9", value "9
/// (mild)", detail "down from 14 on 2 March". Short and plain: a clinician
/// reads the first page in a minute.
/// @since 2.2
struct TESSERA_SDK_EXPORT ReportFigure {
    QString label;  ///< What it is (not empty, at most 60 characters, one line). @since 2.2
    QString value;  ///< The figure (not empty, at most 60 characters, one line). @since 2.2
    QString detail; ///< One more line (may be empty; at most 160 characters). @since 2.2
    Extension ext{}; ///< Fields added after 2.2 (see Extension). @since 2.2
};

/// One point of a chart series: a day and a value. @since 2.2
struct TESSERA_SDK_EXPORT ReportPoint {
    QDate date;       ///< The local day (inside the report's period). @since 2.2
    double value = 0; ///< Between the chart's minimum and maximum. @since 2.2
    Extension ext{};  ///< Fields added after 2.2 (see Extension). @since 2.2
};

/// One block of a module's section: a heading, a paragraph, a table or a
/// chart. The host lays them out (fonts, page breaks, black and white
/// print); a module gives only the content. Make them with the static
/// functions below.
/// @since 2.2
struct TESSERA_SDK_EXPORT ReportBlock {
    /// What the block is. @since 2.2
    enum class Type { Heading, Paragraph, Table, Chart };

    Type type = Type::Paragraph; ///< @since 2.2
    /// Heading or paragraph text (plain text, no markup); a table's caption;
    /// a chart's title. At most 4000 characters. @since 2.2
    QString text;
    /// Table: the column names (1-8). @since 2.2
    QStringList columns;
    /// Table: the rows, each with as many cells as columns (at most 500
    /// rows; longer tables are cut, the host says so under them). @since 2.2
    QList<QStringList> rows;
    /// Chart: the series, oldest first (at most 1000 points). @since 2.2
    QList<ReportPoint> points;
    /// Chart: the value axis runs from minimum to maximum. @since 2.2
    double minimum = 0;
    /// @since 2.2
    double maximum = 10;
    /// Chart: what the values are, e.g. "Mood (0-10)". @since 2.2
    QString valueLabel;
    Extension ext{}; ///< Fields added after 2.2 (see Extension). @since 2.2

    /// A heading inside the section (the section's own title is the host's). @since 2.2
    static ReportBlock heading(const QString& text);
    /// A paragraph of plain text. @since 2.2
    static ReportBlock paragraph(const QString& text);
    /// A table with a caption (may be empty), column names and rows. @since 2.2
    static ReportBlock table(const QString& caption, const QStringList& columns, const QList<QStringList>& rows);
    /// A line chart of one series from `minimum` to `maximum`. @since 2.2
    static ReportBlock chart(const QString& title, const QList<ReportPoint>& points, double minimum, double maximum,
                             const QString& valueLabel);
};

/// What the client chose to share and what the module may use for it.
/// @since 2.2
struct TESSERA_SDK_EXPORT ReportRequest {
    QDate from; ///< First day of the period (the client's local date). @since 2.2
    QDate to;   ///< Last day of the period, included. @since 2.2
    /// The module's kinds the client picked, full names ("goals/checkin"). @since 2.2
    QStringList kinds;
    /// The module's entries of those kinds in the period, oldest first:
    /// only what the client chose (entries marked private are left out
    /// unless the client included them in this report). Build the section
    /// from these; never read the journal for more. @since 2.2
    QList<Entry> entries;
    /// For context, the latest entries of the same kinds before the period
    /// (at most 200 per kind, oldest first; private ones left out the same
    /// way): a goal set earlier, the first PHQ-9 to measure change from. @since 2.2
    QList<Entry> earlier;
    Extension ext{}; ///< Fields added after 2.2 (see Extension). @since 2.2
};

/// A module's section of the report: headline figures for the first page,
/// then its blocks.
/// @since 2.2
struct TESSERA_SDK_EXPORT ReportSection {
    /// The section's title; empty means the module's name. @since 2.2
    QString title;
    /// At most 4 figures for the first page. @since 2.2
    QList<ReportFigure> headlines;
    /// The section itself, in order (at most 200 blocks). @since 2.2
    QList<ReportBlock> blocks;
    Extension ext{}; ///< Fields added after 2.2 (see Extension). @since 2.2
};

/// A module that writes its own section of the clinician report implements
/// this as well as Plugin (as with DueItemSource):
///
/// @code
/// class SleepPlugin final : public tessera::sdk::ModulePlugin<SleepBackend>,
///                           public tessera::sdk::ReportSource {
///     tessera::sdk::ReportSection reportSection(const tessera::sdk::ReportRequest& request) const override;
/// };
/// @endcode
///
/// The host asks only when the client picked some of the module's kinds, on
/// the thread that builds the report (not always the GUI thread: use only
/// `request`, never the backend's QML-facing state). A module without it
/// gets a plain section from the host: a table of its entries' dates, kinds
/// and titles. Calls are guarded like every module call: a module that
/// throws or answers after the module time limit gets the plain section,
/// and blocks or figures that break the rules above are dropped, the log
/// naming the module and the field. Never put what the report did not ask
/// for into it: the client chose exactly what a clinician sees.
/// @since 2.2
class TESSERA_SDK_EXPORT ReportSource {
public:
    /// @since 2.2
    ReportSource();
    /// @since 2.2
    virtual ~ReportSource();
    ReportSource(const ReportSource&) = delete;
    ReportSource& operator=(const ReportSource&) = delete;

    /// The module's section for `request`. @since 2.2
    [[nodiscard]] virtual ReportSection reportSection(const ReportRequest& request) const = 0;
};

} // namespace tessera::sdk
