#include "logging.h"

#include "displaytext.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <vector>

#include <tessera/sdk/private/hostsetup.h>

namespace tessera::core {

sdk::Logger moduleLogger(const QString& pluginId)
{
    std::shared_ptr<spdlog::logger> log = logger("plugin." + pluginId.toStdString());
    auto level = [](sdk::Logger::Level l) {
        switch (l) {
        case sdk::Logger::Level::Debug: return spdlog::level::debug;
        case sdk::Logger::Level::Info: return spdlog::level::info;
        case sdk::Logger::Level::Warning: return spdlog::level::warn;
        case sdk::Logger::Level::Error: break;
        }
        return spdlog::level::err;
    };
    return sdk::host::makeLogger(
        QStringLiteral("plugin.") + pluginId,
        [log, level](sdk::Logger::Level l, const QString& message) {
            // A module's message is its own text: it must not forge a line.
            const QByteArray utf8 = escapeForDisplay(message).toUtf8();
            log->log(level(l), spdlog::string_view_t(utf8.constData(), static_cast<size_t>(utf8.size())));
        },
        [log, level](sdk::Logger::Level l) { return log->should_log(level(l)); });
}


namespace {
struct State {
    std::mutex mutex;
    std::vector<spdlog::sink_ptr> sinks;
    spdlog::level::level_enum level = spdlog::level::info;
    QString file;
};

State& state()
{
    static auto* s = new State; // outlives every logger, including static ones
    return *s;
}
} // namespace

std::optional<spdlog::level::level_enum> parseLogLevel(const QString& text)
{
    const QString t = text.trimmed().toLower();
    static const std::pair<const char*, spdlog::level::level_enum> names[] = {
        {"trace", spdlog::level::trace}, {"debug", spdlog::level::debug}, {"info", spdlog::level::info},
        {"warn", spdlog::level::warn},   {"warning", spdlog::level::warn}, {"error", spdlog::level::err},
        {"critical", spdlog::level::critical}, {"off", spdlog::level::off}};
    for (const auto& [name, level] : names) {
        if (t == QLatin1String(name))
            return level;
    }
    return std::nullopt;
}

QString initLogging(const LogOptions& options)
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    QString problem;
    QString requested = options.level;
    if (requested.isEmpty())
        requested = qEnvironmentVariable("TESSERA_LOG_LEVEL");
    s.level = options.fallback;
    if (!requested.isEmpty()) {
        if (auto parsed = parseLogLevel(requested))
            s.level = *parsed;
        else
            problem = QStringLiteral("unknown log level \"%1\" (use trace, debug, info, warn, error, critical or off)")
                          .arg(requested);
    }

    s.sinks.clear();
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(std::max(s.level, options.consoleFloor));
    console->set_pattern("%^%l%$ [%n] %v");
    s.sinks.push_back(console);
    s.file.clear();
    if (!options.directory.isEmpty()) {
        QDir().mkpath(options.directory);
        const QString file = QDir(options.directory).filePath(QStringLiteral("tessera.log"));
        try {
            auto rotating = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.toStdString(), 5 * 1024 * 1024, 3);
            rotating->set_level(s.level);
            rotating->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l [%n] %v");
            s.sinks.push_back(rotating);
            s.file = file;
        } catch (const spdlog::spdlog_ex& e) {
            problem = QStringLiteral("cannot write the log file %1: %2").arg(file, QString::fromUtf8(e.what()));
        }
    }
    // Re-point loggers made earlier at the new sinks.
    spdlog::apply_all([&s](const std::shared_ptr<spdlog::logger>& l) {
        l->sinks() = s.sinks;
        l->set_level(s.level);
        l->flush_on(spdlog::level::warn);
    });
    return problem;
}

std::shared_ptr<spdlog::logger> logger(const std::string& name)
{
    if (auto existing = spdlog::get(name))
        return existing;
    State& s = state();
    std::lock_guard lock(s.mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto l = std::make_shared<spdlog::logger>(name, s.sinks.begin(), s.sinks.end());
    l->set_level(s.level);
    l->flush_on(spdlog::level::warn);
    spdlog::register_logger(l);
    return l;
}

void setLogLevel(spdlog::level::level_enum level)
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    s.level = level;
    for (auto& sink : s.sinks)
        sink->set_level(level);
    spdlog::apply_all([level](const std::shared_ptr<spdlog::logger>& l) { l->set_level(level); });
}

void flushLogs()
{
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& l) { l->flush(); });
}

QString logFilePath()
{
    std::lock_guard lock(state().mutex);
    return state().file;
}

} // namespace tessera::core
