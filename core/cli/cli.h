// tessera-cli: the headless tool for clinics and plugin developers.
#pragma once

#include <QStringList>

namespace tessera::cli {

/// Exit codes: 0 ok, 1 user error (bad arguments, invalid input, not found),
/// 2 data error (journal unreadable, damaged, disk full).
enum ExitCode { Ok = 0, UserError = 1, DataError = 2 };

/// Runs the command in `arguments` (argv, program name first). `notUtf8`
/// lists the indexes of arguments whose bytes were not valid UTF-8 (they are
/// refused, naming the option, before anything else happens).
int run(const QStringList& arguments, const QList<qsizetype>& notUtf8 = {});

/// Whether the command in `arguments` (argv) draws (report, issue 23): main()
/// then makes a QGuiApplication, on the offscreen platform unless
/// $QT_QPA_PLATFORM says otherwise, instead of a QCoreApplication.
bool needsGuiApplication(const QStringList& arguments);

} // namespace tessera::cli
