#include <tessera/sdk/plugin.h>

namespace tessera::sdk {

Plugin::Plugin() = default;
Plugin::~Plugin() = default;

void Plugin::shutdown() {}

QObject* Plugin::backend() { return nullptr; }

Result<QJsonObject> Plugin::upgradePayload(const QString& kind, int fromVersion, int toVersion,
                                           const QJsonObject&) const
{
    return makeError(ErrorCode::Unavailable,
                     QStringLiteral("no upgrade from schema version %1 to %2 for kind \"%3\"")
                         .arg(fromVersion).arg(toVersion).arg(kind));
}

QList<EntryDraft> Plugin::sampleEntries(const SampleRequest&) const { return {}; }

} // namespace tessera::sdk
