// The host's checks on what a module gives for a report or an export
// (SDK 2.2: ReportSource, FhirSource).
#pragma once

#include <tessera/sdk/report.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tessera::core {

inline constexpr int kMaxReportFigures = 4;
inline constexpr int kMaxFigureLabel = 60;
inline constexpr int kMaxFigureValue = 60;
inline constexpr int kMaxFigureDetail = 160;
inline constexpr int kMaxReportBlocks = 200;
inline constexpr int kMaxBlockText = 4000;
inline constexpr int kMaxTableColumns = 8;
inline constexpr int kMaxTableRows = 500;
inline constexpr int kMaxChartPoints = 1000;
inline constexpr int kMaxFhirResources = 8;
inline constexpr qsizetype kMaxFhirResourceBytes = 64 * 1024;

/// Drops from `section` (given for `request`) what breaks the rules of
/// sdk::ReportSection: figures past kMaxReportFigures or with an empty,
/// too long or multi-line label or value; blocks past kMaxReportBlocks;
/// text past kMaxBlockText (cut, not dropped); a table with no columns or
/// more than kMaxTableColumns, rows with another number of cells (dropped),
/// rows past kMaxTableRows (cut, a note added under the table); a chart
/// with a minimum not below its maximum, points outside the period or the
/// range, or past kMaxChartPoints; a title with a line break. Returns one
/// line per thing dropped or cut, naming the field ("blocks[3].rows[2]:
/// 2 cells for 3 columns"), never its text.
QStringList tidyReportSection(sdk::ReportSection& section, const sdk::ReportRequest& request);

/// The FHIR resource types a module may give (sdk::FhirSource).
QStringList allowedFhirResourceTypes();

/// Why `resource`, the `index`th a module gave for one entry, cannot go into
/// an export: "resourceType: ..." when it is missing or not allowed, the
/// size past kMaxFhirResourceBytes, a "#N" reference to no sibling
/// (`siblings` is how many the module gave). Empty when it can.
QString fhirResourceProblem(const QJsonObject& resource, int index, int siblings);

} // namespace tessera::core
