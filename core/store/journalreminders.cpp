// The modules' reminders (issue 24): kept in the journal, so they are backed
// up, restored and encrypted with it. The scheduler (core/reminders/) reads
// them and records its firing state here.
#include "journalstore.h"

#include "journalstore_p.h"
#include "reminders/reminderspec.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <utility>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace tessera::core {

using sdk::Error;
using sdk::Result;
using sdk::Status;

namespace {

QDateTime fromSeconds(const Statement& s, int column)
{
    return s.isNull(column) ? QDateTime() : QDateTime::fromSecsSinceEpoch(s.int64(column), Qt::UTC);
}

QByteArray specText(const sdk::Reminder& r)
{
    return QJsonDocument(reminderToJson(r)).toJson(QJsonDocument::Compact);
}

} // namespace

Result<QList<StoredReminder>> JournalStore::reminders(const QString& pluginId) const
{
    Error err;
    auto s = m_db->cached(pluginId.isEmpty()
                              ? QStringLiteral("SELECT plugin_id, id, spec, created_at, updated_at, last_occurrence, "
                                               "snoozed_until FROM reminders ORDER BY plugin_id, id")
                              : QStringLiteral("SELECT plugin_id, id, spec, created_at, updated_at, last_occurrence, "
                                               "snoozed_until FROM reminders WHERE plugin_id = ? ORDER BY id"),
                          &err);
    if (!s)
        return err;
    if (!pluginId.isEmpty())
        s->bind(1, pluginId);
    QList<StoredReminder> out;
    while (s->next()) {
        StoredReminder r;
        r.pluginId = s->text(0);
        QString why;
        auto spec = reminderFromJson(QJsonDocument::fromJson(s->text(2).toUtf8()).object(), &why);
        if (!spec || spec->id != s->text(1)) {
            spdlog::warn("reminders: the stored reminder {} of module {} cannot be read ({}); left out",
                         s->text(1).toStdString(), r.pluginId.toStdString(), why.toStdString());
            continue;
        }
        r.reminder = *spec;
        r.createdAt = fromSeconds(*s, 3);
        r.updatedAt = fromSeconds(*s, 4);
        r.lastOccurrence = fromSeconds(*s, 5);
        r.snoozedUntil = fromSeconds(*s, 6);
        out.append(r);
    }
    if (s->failed())
        return m_db->error(QStringLiteral("reading reminders"), s->rc());
    if (m_pendingReminders.isEmpty() && m_pendingStates.isEmpty())
        return out;
    // What is held for the background check's verdict shows as it will be
    // written: a module's whole set in place of its rows, each keeping the
    // firing state of the row it replaces, and the firing state given since.
    QHash<QPair<QString, QString>, StoredReminder> written;
    QList<StoredReminder> shown;
    for (const StoredReminder& r : std::as_const(out)) {
        if (m_pendingReminders.contains(r.pluginId))
            written.insert({r.pluginId, r.reminder.id}, r);
        else
            shown.append(r);
    }
    for (auto it = m_pendingReminders.cbegin(); it != m_pendingReminders.cend(); ++it) {
        if (!pluginId.isEmpty() && it.key() != pluginId)
            continue;
        const QDateTime since = it->since;
        for (const sdk::Reminder& reminder : it->set) {
            StoredReminder r = written.value({it.key(), reminder.id});
            if (r.pluginId.isEmpty()) {
                r.pluginId = it.key();
                r.createdAt = since;
                r.updatedAt = since;
            } else if (specText(r.reminder) != specText(reminder)) {
                r.updatedAt = since;
            }
            r.reminder = reminder;
            shown.append(r);
        }
    }
    for (StoredReminder& r : shown) {
        if (auto state = m_pendingStates.constFind({r.pluginId, r.reminder.id}); state != m_pendingStates.cend()) {
            r.lastOccurrence = state->first;
            r.snoozedUntil = state->second;
        }
    }
    std::sort(shown.begin(), shown.end(), [](const StoredReminder& a, const StoredReminder& b) {
        return a.pluginId != b.pluginId ? a.pluginId < b.pluginId : a.reminder.id < b.reminder.id;
    });
    return shown;
}

Status JournalStore::putReminders(const QString& pluginId, const QList<sdk::Reminder>& reminders, bool replaceAll)
{
    writePendingReminders(); // those held for a verdict given since go first
    // What is there now, to write only what changed.
    QHash<QString, QByteArray> existing;
    if (auto pending = m_pendingReminders.constFind(pluginId); pending != m_pendingReminders.cend()) {
        for (const sdk::Reminder& r : pending->set)
            existing.insert(r.id, specText(r));
    } else {
        Error err;
        auto s = m_db->cached(QStringLiteral("SELECT id, spec FROM reminders WHERE plugin_id = ?"), &err);
        if (!s)
            return err;
        s->bind(1, pluginId);
        while (s->next())
            existing.insert(s->text(0), s->text(1).toUtf8());
        if (s->failed())
            return m_db->error(QStringLiteral("reading reminders"), s->rc());
    }
    QList<QPair<QString, QByteArray>> toWrite;
    QSet<QString> kept;
    for (const sdk::Reminder& r : reminders) {
        const QByteArray spec = specText(r);
        kept.insert(r.id);
        if (existing.value(r.id) != spec)
            toWrite.append({r.id, spec});
    }
    QStringList toRemove;
    if (replaceAll) {
        for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
            if (!kept.contains(it.key()))
                toRemove.append(it.key());
        }
    }
    if (toWrite.isEmpty() && toRemove.isEmpty())
        return {};
    if (holdsReminders()) {
        // Held until the verdict, or for a read-only session (see the header):
        // the module's whole set as it will be.
        QList<sdk::Reminder> set;
        if (!replaceAll) {
            auto current = this->reminders(pluginId);
            if (!current.ok())
                return current.error();
            for (const StoredReminder& r : *current) {
                if (!kept.contains(r.reminder.id))
                    set.append(r.reminder);
            }
        }
        set.append(reminders);
        HeldReminders& held = m_pendingReminders[pluginId];
        held.set = set;
        if (!held.since.isValid())
            held.since = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        emit remindersChanged(pluginId);
        return {};
    }
    if (Status s = writable(); !s.ok())
        return s.error();

    Transaction tx(*m_db);
    if (!tx.active())
        return tx.status().error();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Error err;
    auto upsert = m_db->cached(QStringLiteral("INSERT INTO reminders (plugin_id, id, spec, created_at, updated_at) "
                                              "VALUES (?, ?, ?, ?, ?) ON CONFLICT (plugin_id, id) DO UPDATE SET "
                                              "spec = excluded.spec, updated_at = excluded.updated_at"),
                               &err);
    if (!upsert)
        return err;
    for (const auto& [id, spec] : toWrite) {
        upsert->reset();
        upsert->bind(1, pluginId).bind(2, id).bind(3, spec).bind(4, now).bind(5, now);
        if (upsert->run() != SQLITE_DONE)
            return m_db->error(QStringLiteral("saving a reminder"), upsert->rc());
    }
    auto remove = m_db->cached(QStringLiteral("DELETE FROM reminders WHERE plugin_id = ? AND id = ?"), &err);
    if (!remove)
        return err;
    for (const QString& id : toRemove) {
        remove->reset();
        remove->bind(1, pluginId).bind(2, id);
        if (remove->run() != SQLITE_DONE)
            return m_db->error(QStringLiteral("removing a reminder"), remove->rc());
    }
    if (Status s = tx.commit(); !s.ok())
        return s;
    emit remindersChanged(pluginId);
    return {};
}

Status JournalStore::removeReminder(const QString& pluginId, const QString& id)
{
    writePendingReminders();
    if (auto pending = m_pendingReminders.find(pluginId); pending != m_pendingReminders.end()) {
        // Still held for the verdict: the set written then no longer has it.
        if (pending->set.removeIf([&id](const sdk::Reminder& r) { return r.id == id; }) > 0)
            emit remindersChanged(pluginId);
        return {};
    }
    if (isReadOnly() && !m_locked) {
        // Held for the session like a change (putReminders()): the set without it.
        auto current = reminders(pluginId);
        if (!current.ok())
            return current.error();
        QList<sdk::Reminder> set;
        for (const StoredReminder& r : std::as_const(*current)) {
            if (r.reminder.id != id)
                set.append(r.reminder);
        }
        return set.size() == current->size() ? Status{} : putReminders(pluginId, set, true);
    }
    if (Status s = writable(); !s.ok())
        return s.error();
    Error err;
    auto s = m_db->cached(QStringLiteral("DELETE FROM reminders WHERE plugin_id = ? AND id = ?"), &err);
    if (!s)
        return err;
    s->bind(1, pluginId).bind(2, id);
    if (s->run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("removing a reminder"), s->rc());
    if (m_db->changes() > 0)
        emit remindersChanged(pluginId);
    return {};
}

Status JournalStore::setReminderState(const QString& pluginId, const QString& id, const QDateTime& lastOccurrence,
                                      const QDateTime& snoozedUntil)
{
    writePendingReminders();
    if (holdsReminders()) {
        // The scheduler records what it reported at start, before the first frame:
        // held for the verdict (or the read-only session) like the reminders
        // themselves (see putReminders()).
        m_pendingStates.insert({pluginId, id}, {lastOccurrence, snoozedUntil});
        return {};
    }
    if (Status s = writable(); !s.ok())
        return s.error();
    Error err;
    auto s = m_db->cached(
        QStringLiteral("UPDATE reminders SET last_occurrence = ?, snoozed_until = ? WHERE plugin_id = ? AND id = ?"), &err);
    if (!s)
        return err;
    if (lastOccurrence.isValid())
        s->bind(1, lastOccurrence.toSecsSinceEpoch());
    else
        s->bindNull(1);
    if (snoozedUntil.isValid())
        s->bind(2, snoozedUntil.toSecsSinceEpoch());
    else
        s->bindNull(2);
    s->bind(3, pluginId).bind(4, id);
    if (s->run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("saving a reminder's state"), s->rc());
    return {};
}

bool JournalStore::holdsReminders() const { return !m_locked && (isReadOnly() || verdictPending()); }

void JournalStore::writePendingReminders()
{
    if ((m_pendingReminders.isEmpty() && m_pendingStates.isEmpty()) || verdictPending() || m_locked || isReadOnly())
        return; // no verdict yet, locked or read-only: kept for the verdict, for unlock(), or the session
    const auto held = std::exchange(m_pendingReminders, {});
    const auto states = std::exchange(m_pendingStates, {});
    if (Status s = writable(); !s.ok()) {
        // Damaged: nothing more is written to this journal (damaged() says so).
        spdlog::warn("reminders: the reminders of {} module(s) set while the journal was being checked were not saved: {}",
                     held.size(), s.error().message.toStdString());
        for (auto it = held.cbegin(); it != held.cend(); ++it)
            emit remindersChanged(it.key()); // what was shown is gone
        return;
    }
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        if (Status s = putReminders(it.key(), it->set, true); !s.ok())
            spdlog::warn("reminders: the reminders of module {} could not be saved: {}", it.key().toStdString(),
                         s.error().message.toStdString());
    }
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (Status s = setReminderState(it.key().first, it.key().second, it.value().first, it.value().second); !s.ok())
            spdlog::warn("reminders: the state of reminder {} of module {} could not be saved: {}",
                         it.key().second.toStdString(), it.key().first.toStdString(), s.error().message.toStdString());
    }
}

} // namespace tessera::core
