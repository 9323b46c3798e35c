// SIGTERM, SIGINT and SIGHUP end the app the way closing its window does.
#pragma once

class QCoreApplication;

namespace tessera::core {

/// Turns SIGTERM, SIGINT and SIGHUP into QCoreApplication::quit(), so that a
/// logout, `kill` or Ctrl+C closes the journal cleanly (its session marked
/// closed, the log checkpointed) instead of ending the process mid-way. The
/// handler only writes a byte to a pipe; the quit happens in the event loop.
void quitOnTerminationSignals(QCoreApplication& app);

} // namespace tessera::core
