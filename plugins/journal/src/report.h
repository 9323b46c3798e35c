// The journal module's section of the clinician report (SDK 2.2): pure
// functions of the ReportRequest, no journal, no backend.
#pragma once

#include <tessera/sdk/report.h>

namespace tessera::journal {

/// Check-ins (how many, average mood, a chart of the daily mood, a table
/// with feelings and a short note) and written entries (date, title, a
/// summary, never pages of text), from the request's entries only.
sdk::ReportSection buildReportSection(const sdk::ReportRequest& request);

} // namespace tessera::journal
