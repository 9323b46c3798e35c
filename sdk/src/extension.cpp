#include <tessera/sdk/extension.h>

#include <QHash>
#include <QSharedData>
#include <QString>
#include <QVariant>

namespace tessera::sdk {

// Fields added to a frozen struct after 2.0 live here, by name; the struct's
// new accessors (in this library) read and write them. None yet in 2.0.
class ExtensionData : public QSharedData {
public:
    QVariantHash fields;
};

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
