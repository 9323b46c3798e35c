// The behavioural activation module's section of the clinician report (SDK
// 2.2): pure functions of the ReportRequest, no journal, no backend.
#pragma once

#include <tessera/sdk/report.h>

#include <QDateTime>

namespace tessera::ba {

/// Activities done (how many, plans done of plans due by `now`, the mean
/// mood change), the most frequent activities and the life areas with their
/// mean mood change, what got in the way of plans, and the values list
/// (values set before the period included: they are the client's chosen kind).
sdk::ReportSection buildReportSection(const sdk::ReportRequest& request, const QDateTime& now);
/// The same, with plans due up to the present.
sdk::ReportSection buildReportSection(const sdk::ReportRequest& request);

} // namespace tessera::ba
