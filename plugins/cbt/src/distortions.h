// Cognitive distortions: the ten common ones in our own words, plus any a
// clinic adds. A custom one used in a record is archived, never deleted.
#pragma once

#include <tessera/sdk/result.h>

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace tessera::cbt {

struct Distortion {
    QString id;          ///< Stable key stored in records, e.g. "mind-reading".
    QString name;        ///< Short name shown on chips.
    QString explanation; ///< One sentence on what it is.
    QString example;     ///< A thought that shows it.
    bool custom = false; ///< Added by the clinic.
    bool archived = false; ///< No longer offered for new records; kept for old ones.
};

/// The ten built-in distortions.
QList<Distortion> builtInDistortions();

/// The catalogue a module instance works with: built-in, the clinic's
/// current custom ones (settings "customDistortions"), and every custom one
/// ever seen, remembered in a file so old records keep their meaning.
class DistortionCatalogue {
public:
    /// Loads the remembered ones from `registryPath` (may not exist), then
    /// applies the clinic's settings. Bad settings entries are skipped and
    /// listed in *problems.
    DistortionCatalogue(QString registryPath, const QJsonArray& customSettings, QStringList* problems = nullptr);

    [[nodiscard]] const QList<Distortion>& all() const { return m_all; }
    /// Those offered for new records (not archived).
    [[nodiscard]] QList<Distortion> active() const;
    [[nodiscard]] const Distortion* find(const QString& id) const;
    /// The built-in ones in the current language again (after the client
    /// switches language; the catalogue is made once, in the first).
    void retranslate();

private:
    void save();
    QString m_registryPath;
    QList<Distortion> m_all;
    QByteArray m_stored; ///< The registry file as read (or last written)
};

} // namespace tessera::cbt
