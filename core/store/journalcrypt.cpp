// Locking an open encrypted journal, and converting a journal between plain
// and encrypted (issue 21). Declared in journalstore.h.
#include "journalstore.h"

namespace tessera::core {

using sdk::ErrorCode;
using sdk::makeError;

namespace {
sdk::Error notYet()
{
    return makeError(ErrorCode::Unavailable, QStringLiteral("not implemented yet"));
}
} // namespace

sdk::Status JournalStore::lock() { return notYet(); }
sdk::Status JournalStore::unlock(std::shared_ptr<const DataKey>) { return notYet(); }
sdk::Result<JournalKeyCreated> JournalStore::encryptFile(const QString&, const QByteArray&) { return notYet(); }
sdk::Status JournalStore::decryptFile(const QString&, std::shared_ptr<const DataKey>) { return notYet(); }
sdk::Result<JournalKeyCreated> JournalStore::encrypt(const QByteArray&) { return notYet(); }
sdk::Status JournalStore::decrypt() { return notYet(); }

} // namespace tessera::core
