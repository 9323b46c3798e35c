#include "catalogmodel.h"

#include "host/host.h"

#include <QCoreApplication>

namespace tessera::core {

namespace {
QString ctr(const char* text) { return QCoreApplication::translate("Catalog", text); }
} // namespace

CatalogModel::CatalogModel(Host& host, QObject* parent) : QAbstractListModel(parent), m_host(host)
{
    // A running module whose method threw shows what happened.
    connect(&m_host.plugins(), &PluginManager::problemReported, this, [this](const QString& id) {
        const auto& records = m_host.plugins().records();
        for (size_t i = 0; i < records.size(); ++i) {
            if (records[i]->id == id)
                emit dataChanged(index(int(i)), index(int(i)), {ReasonRole});
        }
    });
}

int CatalogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_host.plugins().records().size());
}

bool CatalogModel::locked() const { return m_host.profile().locked; }

QString CatalogModel::lockedBy() const
{
    const Profile& p = m_host.profile();
    return p.setBy.isEmpty() ? p.name : p.setBy;
}

QStringList CatalogModel::profileWarnings() const { return m_host.plugins().profileWarnings(); }

bool CatalogModel::isOn(int row) const
{
    const PluginRecord& r = *m_host.plugins().records()[size_t(row)];
    if (auto choice = m_host.userChoices().choice(r.id); choice && !locked())
        return *choice;
    return r.state != PluginState::Disabled;
}

QVariant CatalogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PluginRecord& r = *m_host.plugins().records()[size_t(index.row())];
    const bool hasManifest = r.manifest.has_value();
    switch (role) {
    case IdRole: return r.id;
    case NameRole: return hasManifest ? r.manifest->name : r.id;
    case VersionRole: return hasManifest ? r.manifest->version.toString() : QString();
    case SdkVersionRole:
        return hasManifest ? QStringLiteral("%1.%2").arg(r.manifest->sdkVersion.major).arg(r.manifest->sdkVersion.minor) : QString();
    case DescriptionRole: return hasManifest ? r.manifest->description : QString();
    case StateRole:
        switch (r.state) {
        case PluginState::Initialized: return QStringLiteral("loaded");
        case PluginState::Disabled: return QStringLiteral("disabled");
        case PluginState::Failed: return QStringLiteral("failed");
        default: return QStringLiteral("rejected");
        }
    case StateLabelRole:
        switch (r.state) {
        case PluginState::Initialized: return ctr("On");
        case PluginState::Disabled: return ctr("Off");
        case PluginState::Failed: return ctr("Could not start");
        default: return ctr("Not loaded");
        }
    case ReasonRole: return r.reason.isEmpty() ? r.problem : r.reason;
    case EnabledRole: return isOn(index.row());
    case ColorRole: return hasManifest && !r.manifest->color.isEmpty() ? r.manifest->color : QStringLiteral("#6b7f99");
    case PendingRole: return m_pending.contains(r.id);
    default: return {};
    }
}

QHash<int, QByteArray> CatalogModel::roleNames() const
{
    return {{IdRole, "moduleId"}, {NameRole, "name"}, {VersionRole, "version"}, {SdkVersionRole, "sdkVersion"},
            {DescriptionRole, "description"}, {StateRole, "state"}, {StateLabelRole, "stateLabel"},
            {ReasonRole, "reason"}, {EnabledRole, "enabled"}, {ColorRole, "moduleColor"}, {PendingRole, "pending"}};
}

QString CatalogModel::setEnabled(const QString& id, bool enabled)
{
    if (locked())
        return ctr("Your modules are set by %1 and cannot be changed here.").arg(lockedBy());
    const auto& records = m_host.plugins().records();
    for (size_t i = 0; i < records.size(); ++i) {
        const PluginRecord& r = *records[i];
        if (r.id != id)
            continue;
        if (sdk::Status s = m_host.userChoices().set(id, enabled); !s.ok())
            return s.error().message;
        const bool runningNow = r.state == PluginState::Initialized;
        if (enabled == runningNow)
            m_pending.remove(id);
        else
            m_pending.insert(id);
        emit restartNeededChanged();
        emit dataChanged(index(int(i)), index(int(i)));
        return {};
    }
    return ctr("No module with the id %1.").arg(id);
}

} // namespace tessera::core
