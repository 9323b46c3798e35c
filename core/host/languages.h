// The app's language (issue 29): the host's catalogue and each module's,
// installed for the language the client chose or the system's.
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace tessera::core {

/// Tessera's translations are Qt Linguist catalogues built into the binaries:
/// the host's (shell, core, the SDK's shared components) at
/// :/tessera/i18n/host/tessera_<lang>.qm, and each module's, built by
/// tessera_add_plugin(TRANSLATIONS ...) into its library at
/// :/tessera/i18n/<id>/<id>_<lang>.qm. English is the source text, so it needs none.
///
/// Translators are searched newest first, so the host's catalogue is always
/// installed last: a module's catalogue can add its own text but never change
/// the host's (the crisis page, the safety plan, the shell).
class Languages {
public:
    struct Language {
        QString code;     ///< "en", "es"
        QString name;     ///< in that language: "English", "Español"
    };
    /// The languages the host has a catalogue for (English first).
    static QList<Language> available();

    /// The locale for a choice: "" follows the system (QLocale::system()),
    /// else a code from available(). A system language Tessera has no
    /// catalogue for shows English text with that locale's dates and numbers.
    /// "marked" is for tests: English text in which every translated string
    /// starts with U+2060 (an invisible word joiner), so a test can find text
    /// on screen that never went through a translation.
    static QLocale resolve(const QString& choice);

    /// Makes `choice` the language: QLocale's default (dates, numbers), the
    /// host's catalogue, and the catalogue of every module added so far.
    /// Returns the locale used.
    static QLocale use(const QString& choice);
    /// The choice saved in data folder `dataDir` (Settings, "language" in
    /// settings.ini): what the app starts in, and the language of a report
    /// tessera-cli writes. "" when none was chosen (follow the system).
    static QString savedChoice(const QString& dataDir);
    /// Installs module `id`'s catalogue for the current language, if its
    /// library has one (call after loading the library, before the module runs).
    static void addModule(const QString& id);

    /// A module manifest's text (its name, description, page and kind titles)
    /// in the current language, from the module's catalogue: tessera_add_plugin()
    /// gives lupdate each of them as context "Manifest", disambiguated by the
    /// module's id. Shown as written when the catalogue has none.
    static QString manifestText(const QString& moduleId, const QString& text);

    /// The current choice ("" until use() is called: follow the system).
    static QString choice();
    /// Whether use("marked") is in force.
    static bool marking();
    /// The mark that starts every translated string under "marked".
    static constexpr char16_t kMark = u'\u2060';
};

} // namespace tessera::core
