// The host: lets spdlog (fmt 9) format QString and QByteArray (not part of the SDK).
#pragma once

#include "host/displaytext.h"

#include <QByteArray>
#include <QString>

#include <fmt/format.h>

/// Formats a QString as UTF-8, so the host can write
/// `logger->info("loaded {}", someQString)`. Control characters are escaped
/// (escapeForDisplay()): an id, a name or a reason a module chose can never
/// start a line of its own in the log or move the terminal's cursor.
/// Remember: never log the content of an entry, only what happened.
template <>
struct fmt::formatter<QString> : fmt::formatter<fmt::string_view> {
    template <typename FormatContext>
    auto format(const QString& value, FormatContext& ctx) const -> decltype(ctx.out())
    {
        const QByteArray utf8 = tessera::core::escapeForDisplay(value).toUtf8();
        return fmt::formatter<fmt::string_view>::format(
            fmt::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), ctx);
    }
};

/// Formats a QByteArray as UTF-8 text, control characters escaped as for QString.
template <>
struct fmt::formatter<QByteArray> : fmt::formatter<fmt::string_view> {
    template <typename FormatContext>
    auto format(const QByteArray& value, FormatContext& ctx) const -> decltype(ctx.out())
    {
        const QByteArray utf8 = tessera::core::escapeForDisplay(QString::fromUtf8(value)).toUtf8();
        return fmt::formatter<fmt::string_view>::format(
            fmt::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), ctx);
    }
};
