// The one-writer lock beside a journal.
#pragma once

#include <tessera/sdk/result.h>

#include <QString>

namespace tessera::core {

/// An exclusive advisory lock (flock) on `<journal>.lock`. The operating
/// system drops it when the holding process ends, however it ends, so a
/// crash never leaves a lock that blocks the next start. The file holds the
/// holder's process id, program name and host, for the message a second
/// writer gets. The file is removed on release, and a lock taken on a file
/// that was removed meanwhile is retried, so two processes never both hold it.
class JournalLock {
public:
    explicit JournalLock(QString path) : m_path(std::move(path)) {}
    ~JournalLock() { release(); }
    JournalLock(const JournalLock&) = delete;
    JournalLock& operator=(const JournalLock&) = delete;

    /// Takes the lock without waiting. Conflict (naming the holder) when
    /// another process holds it; Storage when the file cannot be made.
    sdk::Status acquire();
    void release();
    [[nodiscard]] bool held() const { return m_fd >= 0; }

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace tessera::core
