#include <tessera/sdk/fhir.h>

namespace tessera::sdk {

FhirSource::FhirSource() = default;
FhirSource::~FhirSource() = default;

} // namespace tessera::sdk
