#include "permissions.h"

namespace tessera::core {

QList<ReadPermission> readPermissions(const Manifest& m, const Profile& p, bool demo)
{
    using State = ReadPermission::State;
    using By = ReadPermission::By;
    const QStringList granted = p.readGrants.value(m.id);
    const QStringList allowed = p.readsAllowed.value(m.id);
    const QStringList refused = p.readsRefused.value(m.id);
    QList<ReadPermission> out;
    for (const QString& kind : m.reads) {
        if (kind.startsWith(m.id + QLatin1Char('/')))
            continue; // its own kind: always its to read
        ReadPermission r;
        r.kind = kind;
        const bool clinicGrants = p.grantDeclaredReads || granted.contains(QStringLiteral("*")) || granted.contains(kind);
        if (refused.contains(kind)) { // the client's answers (never copied under a locked profile)
            r.state = State::Refused;
            r.by = By::Client;
        } else if (allowed.contains(kind)) {
            r.state = State::Allowed;
            r.by = By::Client;
        } else if (demo) {
            r.state = State::Allowed;
            r.by = By::Demo;
        } else if (clinicGrants) {
            r.state = State::Allowed;
            r.by = By::Clinic;
        } else if (p.locked) {
            r.state = State::Refused;
            r.by = By::Clinic;
        }
        out << r;
    }
    return out;
}

QSet<QString> allowedKinds(const QList<ReadPermission>& permissions)
{
    QSet<QString> out;
    for (const ReadPermission& r : permissions) {
        if (r.state == ReadPermission::State::Allowed)
            out.insert(r.kind);
    }
    return out;
}

bool hasUnanswered(const QList<ReadPermission>& permissions)
{
    for (const ReadPermission& r : permissions) {
        if (r.state == ReadPermission::State::Unanswered)
            return true;
    }
    return false;
}

QString readStateName(ReadPermission::State state)
{
    switch (state) {
    case ReadPermission::State::Allowed: return QStringLiteral("allowed");
    case ReadPermission::State::Refused: return QStringLiteral("refused");
    case ReadPermission::State::Unanswered: return QStringLiteral("unanswered");
    }
    return {};
}

QString decidedByName(ReadPermission::By by)
{
    switch (by) {
    case ReadPermission::By::Nobody: return {};
    case ReadPermission::By::Client: return QStringLiteral("you");
    case ReadPermission::By::Clinic: return QStringLiteral("clinic");
    case ReadPermission::By::Demo: return QStringLiteral("demo");
    }
    return {};
}

} // namespace tessera::core
