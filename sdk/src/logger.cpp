#include <tessera/sdk/logger.h>
#include <tessera/sdk/private/hostsetup.h>

namespace tessera::sdk {

class LoggerPrivate {
public:
    QString name;
    host::LogWriter write;
    host::LogFilter enabled;

    static Logger make(std::shared_ptr<LoggerPrivate> d)
    {
        Logger l;
        l.d = std::move(d);
        return l;
    }
};

Logger::Logger() noexcept = default;
Logger::~Logger() = default;
Logger::Logger(const Logger& other) noexcept = default;
Logger::Logger(Logger&& other) noexcept = default;
Logger& Logger::operator=(const Logger& other) noexcept = default;
Logger& Logger::operator=(Logger&& other) noexcept = default;

void Logger::log(Level level, const QString& message) const
{
    if (isEnabled(level))
        d->write(level, message);
}

bool Logger::isEnabled(Level level) const
{
    return d && d->write && (!d->enabled || d->enabled(level));
}

QString Logger::name() const { return d ? d->name : QString(); }

Logger host::makeLogger(const QString& name, LogWriter write, LogFilter enabled)
{
    auto d = std::make_shared<LoggerPrivate>();
    d->name = name;
    d->write = std::move(write);
    d->enabled = std::move(enabled);
    return LoggerPrivate::make(std::move(d));
}

} // namespace tessera::sdk
