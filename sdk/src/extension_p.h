// Inside the SDK library: the storage behind Extension, for the accessors
// of fields added to frozen structs after 2.0 (Entry::isPrivate(), 2.2).
#pragma once

#include <tessera/sdk/extension.h>

#include <QHash>
#include <QSharedData>
#include <QString>
#include <QVariant>

namespace tessera::sdk {

class ExtensionData : public QSharedData {
public:
    QVariantHash fields;

    /// The field `key` of `ext`; invalid when unset.
    static QVariant field(const Extension& ext, const QString& key)
    {
        return ext.d ? ext.d->fields.value(key) : QVariant();
    }

    /// Sets the field `key` of `ext`; an invalid value removes it (so an
    /// Extension with nothing set stays equal to an empty one).
    static void setField(Extension& ext, const QString& key, const QVariant& value)
    {
        if (!value.isValid()) {
            if (ext.d && ext.d->fields.contains(key))
                ext.d->fields.remove(key);
            return;
        }
        if (!ext.d)
            ext.d = new ExtensionData;
        ext.d->fields.insert(key, value);
    }
};

} // namespace tessera::sdk
