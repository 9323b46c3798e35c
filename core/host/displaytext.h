// Text from a manifest or a module, made safe to put in a log line or on a terminal.
#pragma once

#include <QString>

namespace tessera::core {

/// `text` with every character that could forge a log line, move a
/// terminal's cursor or reorder what is shown replaced by a visible escape:
/// C0 controls (`\n`, `\r`, `\t`, `\x1b`, other `\xHH`), DEL (`\x7f`), C1
/// controls (`\u0085`), line and paragraph separators (`\u2028`) and the
/// Unicode bidirectional marks, embeddings, overrides and isolates
/// (`\u202e`). Everything else, backslashes included, is left as it is, so
/// escaping twice changes nothing (an escaped text has no control left).
/// Used wherever text a module or its manifest chose (ids, names, folder
/// names, reasons quoting them, module log messages) reaches spdlog or the
/// CLI's output.
QString escapeForDisplay(const QString& text);

/// Whether escapeForDisplay() would change `text`.
bool hasControlCharacters(const QString& text);

} // namespace tessera::core
