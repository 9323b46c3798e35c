// The assessments module's section of the clinician report (SDK 2.2):
// pure functions of the ReportRequest, no journal, no backend.
#pragma once

#include <tessera/sdk/report.h>

namespace tessera::assessments {

/// Headlines per measure with results in the period (latest total and band,
/// the change from the first in the period or, with one result, from the
/// latest before it; PHQ-9 item 9 when answered above 0), then per measure
/// a table (date, total, band; PHQ-9: how difficult) and a chart of totals.
/// Drafts (unfinished questionnaires) are left out.
sdk::ReportSection buildReportSection(const sdk::ReportRequest& request);

} // namespace tessera::assessments
