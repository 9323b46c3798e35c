// The CBT module's section of the clinician report (SDK 2.2): pure
// functions of the ReportRequest, no journal, no backend.
#pragma once

#include <tessera/sdk/report.h>

namespace tessera::cbt {

/// Thought records (how many, finished, the mean change of the moods for
/// the better; a table of date, situation, moods before and after, thinking
/// patterns named, status) and coping cards, from the request's entries only.
sdk::ReportSection buildReportSection(const sdk::ReportRequest& request);

} // namespace tessera::cbt
