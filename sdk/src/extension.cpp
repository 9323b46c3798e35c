#include <tessera/sdk/extension.h>

#include "extension_p.h"

#include <QHash>
#include <QSharedData>
#include <QString>
#include <QVariant>

namespace tessera::sdk {

Extension::Extension() noexcept = default;
Extension::~Extension() = default;
Extension::Extension(const Extension& other) noexcept = default;
Extension::Extension(Extension&& other) noexcept = default;
Extension& Extension::operator=(const Extension& other) noexcept = default;
Extension& Extension::operator=(Extension&& other) noexcept = default;

bool Extension::operator==(const Extension& other) const
{
    if (d == other.d)
        return true;
    const QVariantHash none;
    return (d ? d->fields : none) == (other.d ? other.d->fields : none);
}

bool Extension::isEmpty() const { return !d || d->fields.isEmpty(); }

} // namespace tessera::sdk
