// The relationships (IPT) module's section of the clinician report (SDK
// 2.2): pure functions of the ReportRequest, no journal, no backend.
#pragma once

#include <tessera/sdk/report.h>

namespace tessera::ipt {

/// The focus area (the latest chosen, in the period or before it) in a
/// short paragraph, a "Worksheets" count and a table of the worksheets,
/// conversations and events by date and title, from the request only.
sdk::ReportSection buildReportSection(const sdk::ReportRequest& request);

} // namespace tessera::ipt
