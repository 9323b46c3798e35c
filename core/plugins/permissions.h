// What a module may do with the client's journal beyond its own kinds, and
// who decided: reads of other modules' kinds need consent (issue 20).
#pragma once

#include "manifest.h"
#include "profile/profile.h"

#include <QList>
#include <QSet>
#include <QString>

namespace tessera::core {

/// One kind a module's manifest lists under "reads", and whether it is read.
struct ReadPermission {
    enum class State {
        Allowed,    ///< read
        Refused,    ///< not read: the client said no (or "not now"), or a locked profile does not grant it
        Unanswered, ///< not read yet: nobody has answered; the app asks the client
    };
    /// Who decided.
    enum class By { Nobody, Client, Clinic, Demo };
    QString kind; ///< full name, e.g. "journal/checkin"
    State state = State::Unanswered;
    By by = By::Nobody;
};

/// Decides each kind `m` lists under "reads" (other modules' kinds), in order:
/// the client's answer for the kind (the profile holds none when it is
/// locked); else allowed in the demo (`demo`); else the profile's "grants";
/// else refused under a locked profile, which decides alone; else
/// unanswered, which is read as refused until the client answers.
QList<ReadPermission> readPermissions(const Manifest& m, const Profile& p, bool demo);

/// The kinds of `permissions` that are Allowed.
QSet<QString> allowedKinds(const QList<ReadPermission>& permissions);

/// Whether any of `permissions` is Unanswered.
bool hasUnanswered(const QList<ReadPermission>& permissions);

/// "allowed", "refused", "unanswered" and "you", "clinic", "demo", "" for
/// the CLI's output and JSON.
QString readStateName(ReadPermission::State state);
QString decidedByName(ReadPermission::By by);

} // namespace tessera::core
