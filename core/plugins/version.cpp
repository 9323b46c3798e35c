#include "version.h"

#include <tessera/sdk/version.h>

#include <QRegularExpression>

namespace tessera::core {

std::optional<Version> Version::parse(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})(?:\\.(0|[1-9]\\d{0,5}))?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return Version{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).isEmpty() ? 0 : m.captured(3).toInt()};
}

QString Version::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

Version hostVersion()
{
    return *Version::parse(QStringLiteral(TESSERA_HOST_VERSION));
}

Version sdkVersion()
{
    return Version{TESSERA_SDK_VERSION_MAJOR, TESSERA_SDK_VERSION_MINOR, TESSERA_SDK_VERSION_PATCH};
}

} // namespace tessera::core
