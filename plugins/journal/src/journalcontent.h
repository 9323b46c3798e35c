// Wording of the journal module: feeling words and writing prompts (our own).
#pragma once

#include <QStringList>

namespace tessera::journal {

/// Feeling words offered as chips in a check-in, grouped from heavy to light.
QStringList feelingWords();
/// Gentle, optional prompts for a journal entry.
QStringList writingPrompts();

} // namespace tessera::journal
