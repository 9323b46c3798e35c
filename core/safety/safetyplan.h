// The client's safety plan: six steps and reasons for living, in their own words.
#pragma once

#include <tessera/sdk/entry.h>
#include <tessera/sdk/result.h>

#include <QDate>
#include <QHash>
#include <QStringList>

namespace tessera::core {

class JournalStore;

/// The plan belongs to the host, not to a module: it must be there whatever
/// the clinic profile enables and whichever module fails to load (see
/// docs/architecture.md, "Crisis help and the safety plan"). It is one journal
/// entry of the host's own kind, edited in place, so every version is kept
/// as a revision.
struct SafetyPlan {
    /// One step of the plan: its key in the payload, title and one plain sentence.
    struct Step {
        QString key;
        QString title;
        QString explanation;
    };
    /// The six steps, then reasons for living, in the order they are used.
    static const QList<Step>& steps();

    QHash<QString, QStringList> items; ///< By step key: what the client wrote, one item a line.
    QDate reviewedOn;                  ///< When the client last looked it over; invalid when never.
    QDateTime savedAt;                 ///< When this version was saved; invalid when never saved.
    int revision = 0;                  ///< 0 when never saved.
    QString entryId;

    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] QJsonObject toPayload() const;
    static SafetyPlan fromEntry(const sdk::Entry& entry);
};

/// Reads and writes the plan in the journal.
class SafetyPlanStore {
public:
    static constexpr const char* kKind = "tessera/safety-plan";

    explicit SafetyPlanStore(JournalStore& store) : m_store(store) {}
    /// The current plan; an empty one when none was saved.
    [[nodiscard]] sdk::Result<SafetyPlan> load() const;
    /// Saves the plan as a new version (the earlier one is kept as a revision).
    sdk::Result<SafetyPlan> save(const SafetyPlan& plan);
    /// Every version, newest first (the current one included).
    [[nodiscard]] sdk::Result<QList<SafetyPlan>> versions() const;

private:
    JournalStore& m_store;
};

/// Writes the plan as a one-page PDF (Qt's QPdfWriter) at `path`: the title,
/// the date it was last reviewed, each step with its sentence and the
/// client's words, and `contacts` (lines such as "Samaritans: 116 123").
/// The text shrinks to fit one page.
sdk::Status writeSafetyPlanPdf(const SafetyPlan& plan, const QStringList& contacts, const QString& path);

} // namespace tessera::core
