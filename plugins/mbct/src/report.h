// The mindfulness (MBCT) module's section of the clinician report (SDK 2.2):
// pure functions of the ReportRequest, no journal, no backend.
#pragma once

#include <tessera/sdk/report.h>

namespace tessera::mbct {

/// Practice (minutes and sessions, by practice and by week), the course
/// weeks marked done, and the staying-well plan and activity lists when the
/// client shared them, from the request's entries only.
sdk::ReportSection buildReportSection(const sdk::ReportRequest& request);

} // namespace tessera::mbct
