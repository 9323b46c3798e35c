// spdlog set-up: one rotating file in the data folder plus stderr.
#pragma once

#include <QString>

#include <spdlog/common.h>

#include <memory>
#include <optional>
#include <string>

namespace spdlog { class logger; }
namespace tessera::sdk { class Logger; }

namespace tessera::core {

struct LogOptions {
    /// Folder for tessera.log (rotated at 5 MiB, 3 files); empty = no file.
    QString directory;
    /// Level for the file and stderr; from --log-level, else TESSERA_LOG_LEVEL, else `fallback`.
    QString level;
    spdlog::level::level_enum fallback = spdlog::level::info;
    /// stderr shows at most this much detail (the CLI keeps stderr for warnings).
    spdlog::level::level_enum consoleFloor = spdlog::level::trace;
};

/// Parses "trace", "debug", "info", "warn", "error", "critical", "off".
std::optional<spdlog::level::level_enum> parseLogLevel(const QString& text);

/// Sets up the shared sinks; loggers made before and after use them.
/// Returns an error message when the level is unknown or the file cannot be
/// opened (logging then goes to stderr only).
QString initLogging(const LogOptions& options);

/// The logger with this name ("host", "store", "plugins", "plugin.<id>"),
/// created on first use with the shared sinks.
std::shared_ptr<spdlog::logger> logger(const std::string& name);

/// The SDK Logger a module gets: "plugin.<id>", written through logger().
sdk::Logger moduleLogger(const QString& pluginId);

/// Changes the level of every logger and sink while running.
void setLogLevel(spdlog::level::level_enum level);

/// Writes out what every logger holds (before a process ends with _exit()).
void flushLogs();

/// Where the log file is, or empty.
QString logFilePath();

} // namespace tessera::core
