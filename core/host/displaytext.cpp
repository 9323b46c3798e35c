#include "displaytext.h"

namespace tessera::core {

namespace {

// Bidirectional formatting characters: they reorder what a terminal or a
// log viewer shows without being seen themselves.
bool isBidiControl(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || isBidiControl(c);
}

QString hex(uint value, int digits)
{
    return QString::number(value, 16).rightJustified(digits, QLatin1Char('0'));
}

} // namespace

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (needsEscape(c.unicode()))
            return true;
    }
    return false;
}

QString escapeForDisplay(const QString& text)
{
    if (!hasControlCharacters(text))
        return text; // the common case: no copy
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (!needsEscape(c)) {
            out += qc;
            continue;
        }
        switch (c) {
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        default:
            if (c < 0x80)
                out += QLatin1String("\\x") + hex(c, 2);
            else
                out += QLatin1String("\\u") + hex(c, 4);
        }
    }
    return out;
}

} // namespace tessera::core
