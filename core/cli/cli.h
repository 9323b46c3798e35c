// tessera-cli: the headless tool for clinics and plugin developers.
#pragma once

#include <QStringList>

namespace tessera::cli {

/// Exit codes: 0 ok, 1 user error (bad arguments, invalid input, not found),
/// 2 data error (journal unreadable, damaged, disk full).
enum ExitCode { Ok = 0, UserError = 1, DataError = 2 };

/// Runs the command in `arguments` (argv, program name first).
int run(const QStringList& arguments);

} // namespace tessera::cli
