// The medication module's section of the clinician report (SDK 2.2): pure
// functions of the ReportRequest, no journal, no backend. It records; it
// never advises on dosing.
#pragma once

#include <tessera/sdk/report.h>

#include <QDateTime>

namespace tessera::medication {

/// Doses taken as planned (from the medicines' schedules in the request,
/// entries or earlier, and the doses logged in the period; counted up to
/// `now` as the module counts them), a table per medicine, doses not taken
/// with the reason written, side effects noted, how well each seems to
/// help, changes to medicines in the period and questions for the
/// prescriber. Without the medicines (their kind not shared), the doses
/// logged by status, saying so.
sdk::ReportSection buildReportSection(const sdk::ReportRequest& request, const QDateTime& now);
/// The same, counting up to the present.
sdk::ReportSection buildReportSection(const sdk::ReportRequest& request);

} // namespace tessera::medication
