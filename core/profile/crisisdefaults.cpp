#include "crisisdefaults.h"

#include <QCoreApplication>

namespace tessera::core {

namespace {

CrisisContact contact(const char* name, const char* phone, const char* text, const char* web, const char* hours,
                      const char* note)
{
    // The service's name stays as it is called; its hours and note are ours, in the app's language.
    return CrisisContact{QString::fromUtf8(name), QString::fromUtf8(phone), QString::fromUtf8(text),
                         QString::fromUtf8(web),  QCoreApplication::translate("CrisisDefaults", hours),
                         QCoreApplication::translate("CrisisDefaults", note)};
}

const char* const kAllHours = QT_TRANSLATE_NOOP("CrisisDefaults", "24 hours a day, every day");

CrisisContact samaritans()
{
    return contact("Samaritans", "116 123", "", "https://www.samaritans.org", kAllHours,
                   QT_TRANSLATE_NOOP("CrisisDefaults", "Free to call from any phone. You don't have to be suicidal to call."));
}

bool inEuropeanUnion(QLocale::Territory t)
{
    switch (t) {
    case QLocale::Austria: case QLocale::Belgium: case QLocale::Bulgaria: case QLocale::Croatia:
    case QLocale::Cyprus: case QLocale::Czechia: case QLocale::Denmark: case QLocale::Estonia:
    case QLocale::Finland: case QLocale::France: case QLocale::Germany: case QLocale::Greece:
    case QLocale::Hungary: case QLocale::Ireland: case QLocale::Italy: case QLocale::Latvia:
    case QLocale::Lithuania: case QLocale::Luxembourg: case QLocale::Malta: case QLocale::Netherlands:
    case QLocale::Poland: case QLocale::Portugal: case QLocale::Romania: case QLocale::Slovakia:
    case QLocale::Slovenia: case QLocale::Spain: case QLocale::Sweden:
        return true;
    default:
        return false;
    }
}

} // namespace

// These are widely published national numbers, checked when they were added
// (2026). They must be reviewed by the clinic that deploys Tessera, and a
// clinic profile's own "crisis" section replaces them. Only lines we are sure
// of are listed; where there is none, the list is empty and the crisis page
// says "your local emergency number". Never add a number from memory.
QList<CrisisContact> defaultCrisisContacts(const QLocale& locale, QString* emergencyNumber)
{
    const QLocale::Territory t = locale.territory();
    QString emergency;
    QList<CrisisContact> out;
    switch (t) {
    case QLocale::UnitedStates:
        emergency = QStringLiteral("911");
        out << contact("988 Suicide & Crisis Lifeline", "988", "988", "https://988lifeline.org", kAllHours,
                       QT_TRANSLATE_NOOP("CrisisDefaults", "Free and confidential. Call or text 988, or chat on the web site."));
        break;
    case QLocale::Canada:
        emergency = QStringLiteral("911");
        out << contact("9-8-8 Suicide Crisis Helpline", "988", "988", "https://988.ca", kAllHours,
                       QT_TRANSLATE_NOOP("CrisisDefaults", "Free. Call or text 988, in English or French."));
        break;
    case QLocale::UnitedKingdom:
        emergency = QStringLiteral("999");
        out << samaritans();
        break;
    case QLocale::Ireland:
        emergency = QStringLiteral("112"); // 999 works as well.
        out << samaritans();
        break;
    case QLocale::Spain:
        emergency = QStringLiteral("112");
        out << contact("Línea 024", "024", "", "", kAllHours,
                       QT_TRANSLATE_NOOP("CrisisDefaults", "Línea 024 de atención a la conducta suicida. Free and confidential."));
        break;
    case QLocale::Australia:
        emergency = QStringLiteral("000");
        out << contact("Lifeline", "13 11 14", "", "https://www.lifeline.org.au", kAllHours,
                       QT_TRANSLATE_NOOP("CrisisDefaults", "Crisis support and suicide prevention."));
        break;
    case QLocale::NewZealand:
        emergency = QStringLiteral("111");
        out << contact("1737, Need to talk?", "1737", "1737", "https://1737.org.nz", kAllHours,
                       QT_TRANSLATE_NOOP("CrisisDefaults", "Free. Call or text 1737 to talk with a trained counsellor."));
        break;
    case QLocale::Germany:
        emergency = QStringLiteral("112");
        out << contact("TelefonSeelsorge", "0800 111 0 111", "", "https://www.telefonseelsorge.de", kAllHours,
                       QT_TRANSLATE_NOOP("CrisisDefaults", "Free and anonymous. Also on 0800 111 0 222."));
        break;
    case QLocale::France:
        emergency = QStringLiteral("112");
        out << contact("3114", "3114", "", "https://3114.fr", kAllHours,
                       QT_TRANSLATE_NOOP("CrisisDefaults", "Numéro national de prévention du suicide. Free."));
        break;
    default:
        if (inEuropeanUnion(t))
            emergency = QStringLiteral("112"); // the emergency number in every EU country
        break;
    }
    if (emergencyNumber)
        *emergencyNumber = emergency;
    return out;
}

CrisisHelp crisisHelpFor(const Profile& profile, const QLocale& locale)
{
    CrisisHelp help;
    help.emergencyNumber = profile.crisisEmergencyNumber;
    help.fromProfile = !profile.crisisContacts.isEmpty();
    if (help.fromProfile) {
        // The clinic's list stands alone: the computer's locale is often not
        // where the client is (en_US is a common default), so no number is
        // guessed from it next to the clinic's contacts.
        help.contacts = profile.crisisContacts;
        return help;
    }
    QString localEmergency;
    help.contacts = defaultCrisisContacts(locale, &localEmergency);
    if (help.emergencyNumber.isEmpty())
        help.emergencyNumber = localEmergency;
    return help;
}

} // namespace tessera::core
