// Tessera SDK: reminders a module schedules and the host fires (SDK 2.3).
#pragma once

#include <tessera/sdk/export.h>
#include <tessera/sdk/extension.h>
#include <tessera/sdk/result.h>

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace tessera::sdk {

/// One reminder: "Sertraline 50 mg" every day at 08:00, opening the
/// medication page. The host stores it in the journal and fires it (a
/// desktop notification with Open, Done and Snooze, or a notice in the
/// window); a module never runs a timer of its own for this.
///
/// Times are wall-clock times in a time zone, so a reminder at 08:00 stays
/// at 08:00 across a daylight-saving change. On the day the clocks go
/// forward, a time that does not exist (02:30) fires at the first minute
/// after the gap (03:00); on the day they go back, a time that happens
/// twice fires once, the first time.
/// @since 2.3
struct TESSERA_SDK_EXPORT Reminder {
    /// How it repeats. @since 2.3
    enum class Repeat {
        Once,       ///< on startDate only
        Daily,      ///< every day from startDate
        Weekly,     ///< on the weekdays listed, from startDate
        EveryNDays, ///< every `interval` days from startDate
    };

    /// Stable within the module, e.g. "dose-3f2a-0800" (1-60 lowercase
    /// letters, digits or '-'). Scheduling one with an id that exists
    /// replaces it. @since 2.3
    QString id;
    /// What it is about, short, in the client's language ("Sertraline 50
    /// mg", "Walk with Sam"): not empty, at most 80 characters, one line.
    /// Private: a notification shows only "Tessera: a reminder" unless the
    /// client allowed details in Settings. @since 2.3
    QString title;
    /// The module page (its id in the manifest) that Open shows. @since 2.3
    QString pageId;
    /// An entry that page opens with, or "". @since 2.3
    QString entryId;
    /// The first day (for Once, the day). @since 2.3
    QDate startDate;
    /// The time of day (whole minutes). @since 2.3
    QTime time;
    /// How it repeats. @since 2.3
    Repeat repeat = Repeat::Once;
    /// For EveryNDays: every this many days (1-366). Ignored otherwise. @since 2.3
    int interval = 1;
    /// For Weekly: the days, 1 (Monday) to 7 (Sunday) as in Qt::DayOfWeek,
    /// at least one, no repeats. Ignored otherwise. @since 2.3
    QList<int> weekdays;
    /// The last day it may fire; invalid for no end. Not before startDate. @since 2.3
    QDate endDate;
    /// "" (the usual): the client's own time zone, whatever it is when the
    /// reminder fires (08:00 is 08:00 at home and when travelling). Or an
    /// IANA id ("Europe/Madrid") for a time fixed in one place, such as a
    /// session with a clinician. @since 2.3
    QString timeZone;
    /// The id of the due item (DueItemSource) this reminder is about, or "".
    /// When set, the notification offers "Done" if that item offersDone()
    /// (the host calls DueItemActions::actOnDueItem), and the reminder does
    /// not fire on a day that item is already done or skipped. @since 2.3
    QString dueItemId;
    Extension ext{}; ///< Fields added after 2.3 (see Extension). @since 2.3
};

/// A module's reminders, from PluginContext::reminders(). Only the module's
/// own reminders are seen or changed here. Calls are synchronous, cheap,
/// and safe from initialize() and the GUI thread; they fail (an Error the
/// module may log and otherwise ignore) when the journal is locked or
/// cannot be written, or when a reminder breaks the rules in Reminder (the
/// error's field names it, e.g. "reminders[2].weekdays"). At most 200 per
/// module. On a journal opened read-only (tessera-cli due, report) they
/// succeed and are kept for that run only, as list() shows; the module
/// gives them again at its next start. (Before 2.6.1 they failed there.)
///
/// The usual way: derive the reminders from what the module holds (the
/// medicines and their times, the planned activities) and call replaceAll()
/// whenever that changes; it writes nothing when nothing changed.
/// @since 2.3
class TESSERA_SDK_EXPORT Reminders {
public:
    /// @since 2.3
    Reminders();
    /// @since 2.3
    virtual ~Reminders();
    Reminders(const Reminders&) = delete;
    Reminders& operator=(const Reminders&) = delete;

    /// Adds `reminder`, or replaces the one with its id. @since 2.3
    virtual Status schedule(const Reminder& reminder) = 0;
    /// Removes the reminder `id`; removing one that does not exist is not
    /// an error. @since 2.3
    virtual Status cancel(const QString& id) = 0;
    /// Makes the module's reminders exactly `reminders` (all or nothing).
    /// Reminders whose content is unchanged keep their state (snoozed,
    /// already fired today). @since 2.3
    virtual Status replaceAll(const QList<Reminder>& reminders) = 0;
    /// The module's reminders, by id. @since 2.3
    [[nodiscard]] virtual Result<QList<Reminder>> list() const = 0;
};

} // namespace tessera::sdk
