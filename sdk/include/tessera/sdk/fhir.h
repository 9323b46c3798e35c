// Tessera SDK: a module's entries as FHIR R4 resources (SDK 2.2).
#pragma once

#include <tessera/sdk/entry.h>
#include <tessera/sdk/export.h>

#include <QJsonObject>
#include <QList>

namespace tessera::sdk {

/// A module that knows how its entries map to FHIR R4 implements this as
/// well as Plugin (as with DueItemSource), for the FHIR export a client
/// gives their clinician:
///
/// @code
/// QList<QJsonObject> MoodPlugin::fhirResources(const tessera::sdk::Entry& entry) const
/// {
///     QJsonObject o{{"resourceType", "Observation"}, {"status", "final"}, ...};
///     return {o};
/// }
/// @endcode
///
/// Return the resources for one entry (at most 8), each a FHIR R4 JSON
/// object whose "resourceType" is Observation, QuestionnaireResponse,
/// MedicationStatement, Goal, DocumentReference, CarePlan or Condition,
/// using standard codes (LOINC, SNOMED CT) where they exist. Leave out
/// "id", "subject" and "meta": the host sets them (a stable id from the
/// entry, the export's pseudonymous Patient or none). Inside one entry's
/// resources, refer to another of them as "#N" in a Reference's "reference"
/// (N its index in the list, from 0): the host turns it into that
/// resource's full URL in the Bundle.
///
/// An empty list means "use the host's default mapping": an Observation for
/// an entry with a mood, else a DocumentReference holding the entry's text.
/// Use only `entry` (the host may call from a thread that is not the GUI
/// thread). Calls are guarded like every module call: a module that throws,
/// or a resource that breaks the rules above, gets the default mapping and
/// a line in the log naming the module and the field.
/// @since 2.2
class TESSERA_SDK_EXPORT FhirSource {
public:
    /// @since 2.2
    FhirSource();
    /// @since 2.2
    virtual ~FhirSource();
    FhirSource(const FhirSource&) = delete;
    FhirSource& operator=(const FhirSource&) = delete;

    /// The FHIR R4 resources for `entry`, one of the module's own. @since 2.2
    [[nodiscard]] virtual QList<QJsonObject> fhirResources(const Entry& entry) const = 0;
};

} // namespace tessera::sdk
