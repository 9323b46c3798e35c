// The FHIR R4 export (issue 23): the entries the client chose, as one Bundle
// of type "collection" a clinic's system can read.
#pragma once

#include "interchange/shareselection.h"
#include "store/journalstore.h"

#include <tessera/sdk/entry.h>
#include <tessera/sdk/result.h>

#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tessera::core {

class PluginManager;

struct FhirOptions {
    /// A name the clinic knows the client by (never their real name, unless
    /// they choose so): the export then holds one Patient resource with only
    /// this identifier, and every resource's subject refers to it. Empty: no
    /// Patient resource.
    QString patientPseudonym;
};

/// Writes the entries of `store` in `selection` (forEachSelected(): private
/// entries only when selection.includePrivate) to `out` as a FHIR R4 Bundle
/// of type "collection", streamed page by page (memory stays flat).
///
/// Each entry becomes the resources its module gives
/// (PluginManager::fhirResources(), sdk::FhirSource), else the default
/// mapping (defaultFhirResources()). The host sets each resource's "id" (a
/// name-based UUID from the entry id and the resource's index, so two
/// exports give the same ids: fhirResourceId()), its "meta" (a tag
/// {system "urn:tessera:kind", code: the entry's full kind}) and its
/// "subject": the Patient when there is a pseudonym; without one, none, or
/// {"display": "the client"} for the types whose subject FHIR R4 requires
/// (Goal, MedicationStatement, CarePlan, Condition). "#N" references between
/// one entry's resources become the sibling's "urn:uuid:..." fullUrl.
/// Returns how many resources were written (the Patient included).
sdk::Result<qint64> exportFhir(const JournalStore& store, const PluginManager& plugins, const ShareSelection& selection,
                               const FhirOptions& options, QIODevice& out);

/// One entry's resources as exportFhir() writes them: (fullUrl, resource),
/// ids, meta and `subject` set as described there (an empty `subject`: none,
/// or "the client" where FHIR requires one). Clinic sync (issue 31) sends each
/// shared entry so.
QList<std::pair<QString, QJsonObject>> entryFhirResources(const sdk::Entry& entry, const PluginManager& plugins,
                                                          const QString& kindTitle, const QJsonObject& subject = {});

/// The FHIR id of the `index`th resource of entry `entryId`: a version-5
/// (name-based) UUID in Tessera's namespace, the same on every export.
QString fhirResourceId(const QString& entryId, int index);
/// The id of the Patient resource for `pseudonym`.
QString fhirPatientId(const QString& pseudonym);

/// The host's mapping for an entry whose module gives none: an entry with a
/// mood -> an Observation of the mood (0-10) at the entry's local time, its
/// title as a note; any other -> a DocumentReference whose attachment holds
/// the title, summary and the payload's text (payloadText()), typed by
/// `kindTitle` (the kind's title in its manifest).
QList<QJsonObject> defaultFhirResources(const sdk::Entry& entry, const QString& kindTitle);

/// The code system Tessera's own codes (the mood rating) are in.
inline constexpr auto kTesseraFhirCodeSystem = "urn:tessera:fhir:code";
/// The meta tag system naming the entry's kind.
inline constexpr auto kTesseraKindTagSystem = "urn:tessera:kind";
/// The identifier system of the pseudonymous Patient.
inline constexpr auto kTesseraPseudonymSystem = "urn:tessera:pseudonym";

} // namespace tessera::core
