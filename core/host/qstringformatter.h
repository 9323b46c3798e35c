// The host: lets spdlog (fmt 9) format QString and QByteArray (not part of the SDK).
#pragma once

#include <QByteArray>
#include <QString>

#include <fmt/format.h>

/// Formats a QString as UTF-8, so plugins can write
/// `logger->info("loaded {}", someQString)`. Remember: never log the content
/// of an entry, only what happened.
template <>
struct fmt::formatter<QString> : fmt::formatter<fmt::string_view> {
    template <typename FormatContext>
    auto format(const QString& value, FormatContext& ctx) const -> decltype(ctx.out())
    {
        const QByteArray utf8 = value.toUtf8();
        return fmt::formatter<fmt::string_view>::format(
            fmt::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), ctx);
    }
};

/// Formats a QByteArray as its raw bytes.
template <>
struct fmt::formatter<QByteArray> : fmt::formatter<fmt::string_view> {
    template <typename FormatContext>
    auto format(const QByteArray& value, FormatContext& ctx) const -> decltype(ctx.out())
    {
        return fmt::formatter<fmt::string_view>::format(
            fmt::string_view(value.constData(), static_cast<size_t>(value.size())), ctx);
    }
};
