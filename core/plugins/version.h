// Version numbers of the host, the SDK and modules.
#pragma once

#include <QString>

#include <compare>
#include <optional>

namespace tessera::core {

/// "major.minor" or "major.minor.patch" (patch defaults to 0).
struct Version {
    int major = 0;
    int minor = 0;
    int patch = 0;

    /// Parses with one regular expression; std::nullopt when malformed.
    static std::optional<Version> parse(const QString& text);
    [[nodiscard]] QString toString() const;
    auto operator<=>(const Version&) const = default;
};

/// The host's own version (the CMake project version).
Version hostVersion();
/// The SDK version the host is built with.
Version sdkVersion();

} // namespace tessera::core
