// The goals module's section of the clinician report (SDK 2.2): pure
// functions of the ReportRequest, no journal, no backend.
#pragma once

#include <tessera/sdk/report.h>

namespace tessera::goals {

/// How many goals checked in on in the period are improving or achieved
/// (from their latest check-in), a table of the goals (started, latest
/// progress, status; a PHQ-9 goal with its target, its totals being the
/// assessments module's) and the check-ins with their notes.
sdk::ReportSection buildReportSection(const sdk::ReportRequest& request);

} // namespace tessera::goals
