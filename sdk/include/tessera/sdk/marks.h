// Tessera SDK: entries the client marks for a module (SDK 2.4).
#pragma once

#include <tessera/sdk/entry.h>
#include <tessera/sdk/export.h>
#include <tessera/sdk/result.h>

#include <QList>
#include <QString>

namespace tessera::sdk {

/// Entries the client marked for this module from the timeline. A module
/// whose manifest has a "mark" (e.g. {"add": "Bring to my next session",
/// "remove": "Do not bring to my next session", "shown": "For my next
/// session"}) gets that action on every entry's card in the app, whatever
/// module wrote the entry; the client chooses, entry by entry.
///
/// Through this interface the module reads the entries marked for it,
/// whatever their kind, and only those: a mark is the client's consent for
/// that one entry. Its journal still answers for other kinds only as its
/// "reads" and the client's answers allow (a marked entry of another kind is
/// not found there). A module cannot mark: only the client does, in the app.
/// Its journal's changed() is emitted when the marks change.
/// @since 2.4
class TESSERA_SDK_EXPORT Marks {
public:
    /// @since 2.4
    Marks();
    /// @since 2.4
    virtual ~Marks();
    Marks(const Marks&) = delete;
    Marks& operator=(const Marks&) = delete;

    /// The entries marked for this module that are not deleted, oldest mark
    /// first, payloads as stored (another module's payload is not upgraded).
    /// Empty for a module with no "mark" in its manifest. @since 2.4
    [[nodiscard]] virtual Result<QList<Entry>> marked() const = 0;
    /// Takes the mark off (the session it was for has happened). Not an
    /// error when the entry is not marked for this module, whatever the id
    /// (so it says nothing about entries the module cannot read). @since 2.4
    virtual Status unmark(const QString& entryId) = 0;
};

} // namespace tessera::sdk
