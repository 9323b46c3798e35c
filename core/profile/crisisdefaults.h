// Crisis contacts when the clinic profile has none: the local emergency
// number and well-known national lines for the system's region.
#pragma once

#include "profile.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace tessera::core {

/// Widely published national crisis lines for the locale's territory (for
/// example 988 in the US and Canada, Samaritans 116 123 in the UK and
/// Ireland), and in *emergencyNumber (if not null) the local emergency
/// number: "911", "999", "112", "000", "111", or "112" for the rest of the
/// EU. For other territories: an empty list and an empty number; the crisis
/// page then says "your local emergency number". A clinic profile's own
/// "crisis" section replaces the list.
QList<CrisisContact> defaultCrisisContacts(const QLocale& locale, QString* emergencyNumber);

/// What the crisis page shows. A profile with contacts: its contacts and its
/// emergency number (empty if it sets none; nothing is guessed from the
/// locale next to a clinic's list). A profile without: the defaults for the
/// locale, and the profile's emergency number if it sets one, else the
/// locale's (which may be empty). Empty = "your local emergency number".
struct CrisisHelp {
    QList<CrisisContact> contacts;
    QString emergencyNumber;
    bool fromProfile = false; ///< The contacts are the profile's, not the defaults.
};
CrisisHelp crisisHelpFor(const Profile& profile, const QLocale& locale = QLocale::system());

} // namespace tessera::core
