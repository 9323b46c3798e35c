#include "catalogmodel.h"
#include "host/languages.h"

#include "host/displaytext.h"
#include "host/host.h"
#include "safety/safetyplan.h"
#include "safety/supportservice.h"

#include <QCoreApplication>

#include <optional>

namespace tessera::core {

namespace {
} // namespace

CatalogModel::CatalogModel(Host& host, QObject* parent) : QAbstractListModel(parent), m_host(host)
{
    connect(&m_host.plugins(), &PluginManager::permissionsChanged, this, &CatalogModel::permissionsChanged);
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

// ---- permissions, in plain words (issue 20) ----

// "Check-in (Journal), Thought record (CBT)": each kind by its own module's names.
QString CatalogModel::kindTitles(const QStringList& kinds) const
{
    QStringList titles;
    for (const QString& kind : kinds) {
        if (auto info = m_host.plugins().kindInfo(kind))
            titles << QCoreApplication::translate("Catalog", "%1 (%2)").arg(info->title, info->moduleTitle);
        else if (kind == QLatin1String(SafetyPlanStore::kKind)) // the host's own kinds, by their names too
            titles << QCoreApplication::translate("Catalog", "My safety plan (Tessera)");
        else if (kind == QLatin1String(SupportService::kRecordKind))
            titles << QCoreApplication::translate("Catalog", "Support offered (Tessera)");
        else
            titles << kind; // its module is not installed: its name is all there is
    }
    return titles.join(QCoreApplication::translate("Catalog", ", "));
}

QString CatalogModel::writesText(const PluginRecord& r) const
{
    if (!r.manifest || r.manifest->kinds.isEmpty())
        return QCoreApplication::translate("Catalog", "Saves no entries of its own.");
    QStringList titles;
    for (const KindSpec& k : r.manifest->kinds)
        titles << Languages::manifestText(r.id, k.title);
    return QCoreApplication::translate("Catalog", "Saves its own entries: %1.").arg(titles.join(QCoreApplication::translate("Catalog", ", ")));
}

QString CatalogModel::readsText(const PluginRecord& r) const
{
    const QList<ReadPermission> reads = m_host.plugins().readPermissions(r.id);
    if (reads.isEmpty())
        return QCoreApplication::translate("Catalog", "Reads only its own entries.");
    using State = ReadPermission::State;
    using By = ReadPermission::By;
    auto kindsWhere = [&reads](State state, std::optional<By> by = std::nullopt) {
        QStringList kinds;
        for (const ReadPermission& p : reads) {
            if (p.state == state && (!by || p.by == *by))
                kinds << p.kind;
        }
        return kinds;
    };
    QStringList sentences;
    if (const QStringList k = kindsWhere(State::Allowed, By::Client); !k.isEmpty())
        sentences << QCoreApplication::translate("Catalog", "Reads these entries from other modules: %1. You allowed this.").arg(kindTitles(k));
    if (const QStringList k = kindsWhere(State::Allowed, By::Clinic); !k.isEmpty())
        sentences << QCoreApplication::translate("Catalog", "Reads these entries from other modules: %1. Your clinic allowed this.").arg(kindTitles(k));
    if (const QStringList k = kindsWhere(State::Allowed, By::Demo); !k.isEmpty())
        sentences << QCoreApplication::translate("Catalog", "Reads these entries from other modules: %1. This is allowed in the demo.").arg(kindTitles(k));
    if (const QStringList k = kindsWhere(State::Unanswered); !k.isEmpty())
        sentences << QCoreApplication::translate("Catalog", "Would like to read these entries from other modules: %1, to show them beside its own. "
                         "It reads none of them until you allow it.").arg(kindTitles(k));
    if (const QStringList k = kindsWhere(State::Refused, By::Client); !k.isEmpty())
        sentences << QCoreApplication::translate("Catalog", "Asks to read these entries from other modules: %1. You said not now, so it does not read them.")
                         .arg(kindTitles(k));
    if (const QStringList k = kindsWhere(State::Refused, By::Clinic); !k.isEmpty())
        sentences << QCoreApplication::translate("Catalog", "Asks to read these entries from other modules: %1. Your clinic's settings do not allow it, so it "
                         "does not read them.").arg(kindTitles(k));
    return sentences.join(QLatin1Char(' '));
}

QString CatalogModel::readsState(const PluginRecord& r) const
{
    const QList<ReadPermission> reads = m_host.plugins().readPermissions(r.id);
    if (reads.isEmpty())
        return QStringLiteral("none");
    if (hasUnanswered(reads))
        return QStringLiteral("unanswered");
    for (const ReadPermission& p : reads) {
        if (p.state == ReadPermission::State::Refused)
            return QStringLiteral("refused");
    }
    return QStringLiteral("allowed");
}

QString CatalogModel::questionModuleId() const
{
    if (locked())
        return {};
    for (const PluginRecord* r : m_host.plugins().running()) {
        if (hasUnanswered(m_host.plugins().readPermissions(r->id)))
            return r->id;
    }
    return {};
}

const PluginRecord* CatalogModel::askingModule() const
{
    const PluginRecord* r = m_host.plugins().find(questionModuleId());
    return r && r->manifest ? r : nullptr;
}

QString CatalogModel::questionKinds() const
{
    const PluginRecord* r = askingModule();
    if (!r)
        return {};
    QStringList kinds;
    for (const ReadPermission& p : m_host.plugins().readPermissions(r->id)) {
        if (p.state == ReadPermission::State::Unanswered)
            kinds << p.kind;
    }
    return kindTitles(kinds);
}

QString CatalogModel::questionHeadline() const
{
    const PluginRecord* r = askingModule();
    if (!r)
        return {};
    return QCoreApplication::translate("Catalog", "%1 would like to read some of your entries from other modules, to show them beside its own. "
                                                  "It reads none of them until you allow it.")
        .arg(Languages::manifestText(r->id, r->manifest->name));
}

QString CatalogModel::questionText() const
{
    const PluginRecord* r = askingModule();
    if (!r)
        return {};
    return QCoreApplication::translate("Catalog", "%1 would like to read some of your entries from other modules: %2. It would show them beside its own. "
               "It reads none of them until you allow it.").arg(Languages::manifestText(r->id, r->manifest->name), questionKinds());
}

QString CatalogModel::answer(const QString& id, bool allowed)
{
    auto answered = m_host.answerReads(id, {}, allowed);
    if (!answered.ok())
        return answered.error().message;
    return {};
}

QString CatalogModel::allowReads(const QString& id) { return answer(id, true); }
QString CatalogModel::refuseReads(const QString& id) { return answer(id, false); }

void CatalogModel::permissionsChanged(const QString& id)
{
    const auto& records = m_host.plugins().records();
    for (size_t i = 0; i < records.size(); ++i) {
        if (records[i]->id == id)
            emit dataChanged(index(int(i)), index(int(i)));
    }
    emit questionChanged();
}

QVariant CatalogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PluginRecord& r = *m_host.plugins().records()[size_t(index.row())];
    const bool hasManifest = r.manifest.has_value();
    switch (role) {
    case IdRole: return r.id;
    case NameRole: return hasManifest ? Languages::manifestText(r.id, r.manifest->name) : escapeForDisplay(r.id); // a folder's name when the manifest was refused
    case VersionRole: return hasManifest ? r.manifest->version.toString() : QString();
    case SdkVersionRole:
        return hasManifest ? QStringLiteral("%1.%2").arg(r.manifest->sdkVersion.major).arg(r.manifest->sdkVersion.minor) : QString();
    case DescriptionRole: return hasManifest ? Languages::manifestText(r.id, r.manifest->description) : QString();
    case StateRole:
        switch (r.state) {
        case PluginState::Initialized: return QStringLiteral("loaded");
        case PluginState::Disabled: return QStringLiteral("disabled");
        case PluginState::Failed: return QStringLiteral("failed");
        default: return QStringLiteral("rejected");
        }
    case StateLabelRole:
        switch (r.state) {
        case PluginState::Initialized: return QCoreApplication::translate("Catalog", "On");
        case PluginState::Disabled: return QCoreApplication::translate("Catalog", "Off");
        case PluginState::Failed: return QCoreApplication::translate("Catalog", "Could not start");
        default: return QCoreApplication::translate("Catalog", "Not loaded");
        }
    case ReasonRole: return r.reason.isEmpty() ? r.problem : r.reason;
    case EnabledRole: return isOn(index.row());
    case ColorRole: return hasManifest && !r.manifest->color.isEmpty() ? r.manifest->color : QStringLiteral("#6b7f99");
    case PendingRole: return m_pending.contains(r.id);
    case WritesTextRole: return hasManifest ? writesText(r) : QString();
    case ReadsTextRole: return hasManifest ? readsText(r) : QString();
    case ReadsStateRole: return hasManifest ? readsState(r) : QStringLiteral("none");
    case CanAnswerReadsRole:
        return hasManifest && !locked() && !m_host.plugins().readPermissions(r.id).isEmpty();
    case TrustTextRole:
        return hasManifest ? QCoreApplication::translate("Catalog", "Like any program you install, it runs with your account's rights while it is on.") : QString();
    default: return {};
    }
}

QHash<int, QByteArray> CatalogModel::roleNames() const
{
    return {{IdRole, "moduleId"}, {NameRole, "name"}, {VersionRole, "version"}, {SdkVersionRole, "sdkVersion"},
            {DescriptionRole, "description"}, {StateRole, "state"}, {StateLabelRole, "stateLabel"},
            {ReasonRole, "reason"}, {EnabledRole, "enabled"}, {ColorRole, "moduleColor"}, {PendingRole, "pending"},
            {WritesTextRole, "writesText"}, {ReadsTextRole, "readsText"}, {ReadsStateRole, "readsState"},
            {CanAnswerReadsRole, "canAnswerReads"}, {TrustTextRole, "trustText"}};
}

QString CatalogModel::setEnabled(const QString& id, bool enabled)
{
    if (locked())
        return QCoreApplication::translate("Catalog", "Your modules are set by %1 and cannot be changed here.").arg(lockedBy());
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
    return QCoreApplication::translate("Catalog", "No module with the id %1.").arg(id);
}

} // namespace tessera::core
