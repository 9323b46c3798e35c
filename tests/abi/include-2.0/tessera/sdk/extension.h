// Tessera SDK: room for the fields a later 2.x adds to a frozen struct.
#pragma once

#include <tessera/sdk/export.h>

#include <QSharedDataPointer>

namespace tessera::sdk {

class ExtensionData;

/// The last member of every SDK struct that crosses between the host and a
/// module (Entry, EntryDraft, EntryQuery, AggregateQuery, AggregateRow,
/// EntryPage, Revision, Link, SampleRequest, Error). Those structs' size
/// and layout are frozen for SDK major 2; a field added in a later 2.x is
/// kept here and reached through new member functions of the struct, so a
/// module built against 2.0 and a newer host still agree on every byte.
///
/// Modules never touch it: copying, moving and comparing the struct carry
/// it along. An empty Extension is one null pointer and costs nothing to copy.
/// @since 2.0
class TESSERA_SDK_EXPORT Extension {
public:
    /// Empty. @since 2.0
    Extension() noexcept;
    /// @since 2.0
    ~Extension();
    /// @since 2.0
    Extension(const Extension& other) noexcept;
    /// @since 2.0
    Extension(Extension&& other) noexcept;
    /// @since 2.0
    Extension& operator=(const Extension& other) noexcept;
    /// @since 2.0
    Extension& operator=(Extension&& other) noexcept;
    /// Whether both hold the same later fields (two empty ones are equal). @since 2.0
    [[nodiscard]] bool operator==(const Extension& other) const;
    /// Whether no later field is set. @since 2.0
    [[nodiscard]] bool isEmpty() const;

private:
    friend class ExtensionData;
    QSharedDataPointer<ExtensionData> d;
};

} // namespace tessera::sdk
