// Stage marks for the path to the first frame (issue 30): each stage's time
// since main() began, printed by --benchmark as {"stages": [...]} so that
// scripts/bench can say where the start goes.
#pragma once

#include <QByteArray>

namespace tessera::core::startup {

/// Notes the end of a stage (a short name such as "journal opened"), in
/// milliseconds since main() began. Cheap: a clock read and a list append.
void mark(const char* stage);

/// The marks so far as a JSON array [["stage", ms], ...], in order.
QByteArray json();

} // namespace tessera::core::startup
