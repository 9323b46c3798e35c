// Stage marks for the path to the first frame (issue 30): each stage's time
// since main() began and the main thread's CPU, printed by --benchmark as {"stages": [...]} so that
// scripts/bench can say where the start goes.
#pragma once

#include <QByteArray>

namespace tessera::core::startup {

/// Notes the end of a stage (a short name such as "journal opened"), in
/// milliseconds since main() began, with the calling thread's CPU time since
/// it began (the main thread's: since exec). Cheap: two clock reads and a
/// list append.
void mark(const char* stage);

/// The marks so far as a JSON array [["stage", ms, threadCpuMs], ...], in order.
QByteArray json();

} // namespace tessera::core::startup
