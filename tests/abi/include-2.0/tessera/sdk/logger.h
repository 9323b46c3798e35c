// Tessera SDK: the module's log, without exposing the logging library.
#pragma once

#include <tessera/sdk/export.h>

#include <QString>

#include <memory>

namespace tessera::sdk {

class LoggerPrivate;

/// Where a module writes what happened: PluginContext::logger(). Messages go
/// to the host's log as "plugin.<id>". Log what happened, never what the
/// client wrote (no titles, notes or answers): the log is not encrypted and
/// is attached to bug reports.
///
/// Format with QString::arg():
/// @code
/// context.logger().info(QStringLiteral("imported %1 entries").arg(n));
/// @endcode
///
/// A Logger is a cheap handle: copy it into objects that outlive a call.
/// A default-constructed Logger discards everything.
/// @since 2.0
class TESSERA_SDK_EXPORT Logger {
public:
    /// How serious a message is. @since 2.0
    enum class Level {
        Debug = 1,   ///< Detail for developers; off unless the host's log level is debug.
        Info = 2,    ///< Something worth knowing happened.
        Warning = 3, ///< Something was wrong but the module carried on.
        Error = 4,   ///< Something failed.
    };

    /// A logger that discards everything. @since 2.0
    Logger() noexcept;
    /// @since 2.0
    ~Logger();
    /// Copies share the same destination. @since 2.0
    Logger(const Logger& other) noexcept;
    /// @since 2.0
    Logger(Logger&& other) noexcept;
    /// @since 2.0
    Logger& operator=(const Logger& other) noexcept;
    /// @since 2.0
    Logger& operator=(Logger&& other) noexcept;

    /// Writes `message` at `level`. @since 2.0
    void log(Level level, const QString& message) const;
    /// Whether a message at `level` would be written (skip expensive
    /// formatting when not). @since 2.0
    [[nodiscard]] bool isEnabled(Level level) const;
    /// The logger's name, "plugin.<id>". @since 2.0
    [[nodiscard]] QString name() const;

    /// log(Level::Debug, message). @since 2.0
    void debug(const QString& message) const { log(Level::Debug, message); }
    /// log(Level::Info, message). @since 2.0
    void info(const QString& message) const { log(Level::Info, message); }
    /// log(Level::Warning, message). @since 2.0
    void warning(const QString& message) const { log(Level::Warning, message); }
    /// log(Level::Error, message). @since 2.0
    void error(const QString& message) const { log(Level::Error, message); }

private:
    friend class LoggerPrivate;
    std::shared_ptr<LoggerPrivate> d;
};

} // namespace tessera::sdk
