// Tessera SDK: what a module has due on a day (an assessment, a dose, a practice).
#pragma once

#include <tessera/sdk/export.h>
#include <tessera/sdk/extension.h>
#include <tessera/sdk/result.h>

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace tessera::sdk {

/// One thing a module asks the client to do on a day: "PHQ-9 questionnaire,
/// due today". The host shows due items above the timeline (and, later, on
/// a Today page and as reminders), each opening the module page that
/// handles it.
/// @since 2.1
struct TESSERA_SDK_EXPORT DueItem {
    /// Where the item stands on the day asked about. @since 2.1
    enum class State {
        Due,     ///< to do on this day
        Overdue, ///< was due on an earlier day and is still not done
        Done,    ///< done on this day
        Skipped, ///< the client chose to skip it on this day
    };

    /// Stable within the module and the day, e.g. "phq9" (1-40 lowercase
    /// letters, digits or '-', unique among one answer's items); the host
    /// uses it to tell items apart. @since 2.1
    QString id;
    /// What to do, short and in the client's language, e.g. "PHQ-9
    /// questionnaire" (not empty, at most 80 characters, one line). Never an
    /// entry's content. @since 2.1
    QString title;
    /// One more short line, e.g. "Ready since 3 March" (may be empty; at most
    /// 120 characters, one line). @since 2.1
    QString detail;
    /// The day it is (or was first) due: not after the day asked about, and
    /// before it for an Overdue item. @since 2.1
    QDate dueDate;
    /// A time of day, when the item has one (a dose at 08:00); invalid for
    /// "any time that day". @since 2.1
    QTime time;
    /// Due, overdue, done or skipped. @since 2.1
    State state = State::Due;
    /// The id of the module page (as in its manifest) that handles it. @since 2.1
    QString pageId;
    Extension ext{}; ///< Fields added after 2.1 (see Extension). @since 2.1

    /// Whether Today (and a reminder's notification) offers "Done" for this
    /// item, handled in one step by DueItemActions::actOnDueItem() without
    /// opening a page (marking a dose taken). Leave it off for items that
    /// need the page (a questionnaire to fill). False by default. @since 2.3
    [[nodiscard]] bool offersDone() const;
    /// @since 2.3
    void setOffersDone(bool offers);
    /// Whether Today offers "Skip" for this item ("not today"), handled by
    /// DueItemActions::actOnDueItem(). False by default. @since 2.3
    [[nodiscard]] bool offersSkip() const;
    /// @since 2.3
    void setOffersSkip(bool offers);
    /// An entry the page opens with (as Open from the timeline would), or
    /// "" for the page's start. @since 2.3
    [[nodiscard]] QString entryId() const;
    /// @since 2.3
    void setEntryId(const QString& id);
};

/// A module that has things due implements this as well as Plugin:
///
/// @code
/// class MoodPlugin final : public tessera::sdk::ModulePlugin<MoodBackend>,
///                          public tessera::sdk::DueItemSource {
///     QList<tessera::sdk::DueItem> dueItems(const QDate& day) const override;
/// };
/// @endcode
///
/// The host finds it at run time (dynamic_cast from Plugin), so a module
/// built against SDK 2.0 simply has nothing due. It asks on the GUI thread
/// after the module's initialize(), and again whenever the journal changes
/// and when the day turns; answer from what the backend already holds
/// (read only a bounded range of the journal, never its whole history).
/// Calls are guarded like every module call: a module that throws, or
/// answers only after the module time limit, shows nothing due (and one
/// that never answers is put in safe mode at the next start). Items that
/// break the rules above are dropped, the log naming the module and the
/// field; at most 20 items per call are shown.
/// @since 2.1
class TESSERA_SDK_EXPORT DueItemSource {
public:
    /// @since 2.1
    DueItemSource();
    /// @since 2.1
    virtual ~DueItemSource();
    DueItemSource(const DueItemSource&) = delete;
    DueItemSource& operator=(const DueItemSource&) = delete;

    /// What is due, overdue, done or skipped on `day` (the client's local
    /// date), in the order to show them. @since 2.1
    [[nodiscard]] virtual QList<DueItem> dueItems(const QDate& day) const = 0;
};

/// A module whose due items can be done or skipped in one step (from the
/// Today page or a reminder's "Done") implements this as well as
/// DueItemSource:
///
/// @code
/// class MedicationPlugin final : public tessera::sdk::ModulePlugin<MedicationBackend>,
///                                public tessera::sdk::DueItemSource,
///                                public tessera::sdk::DueItemActions { ... };
/// @endcode
///
/// Record it exactly as the module's own page does (the same entry, the
/// same payload): a dose marked taken on Today is the dose the medication
/// page would have written. The host calls it on the GUI thread, guarded
/// and timed like every module call, only for an item the module returned
/// for that day with offersDone() (or offersSkip()) set, and asks
/// dueItems() again afterwards. Return an error the client can read ("This
/// dose was already recorded") when it cannot be done; the host shows it.
/// @since 2.3
class TESSERA_SDK_EXPORT DueItemActions {
public:
    /// What the client chose. @since 2.3
    enum class Action {
        Done, ///< done now ("Taken", "Done")
        Skip, ///< not today
    };

    /// @since 2.3
    DueItemActions();
    /// @since 2.3
    virtual ~DueItemActions();
    DueItemActions(const DueItemActions&) = delete;
    DueItemActions& operator=(const DueItemActions&) = delete;

    /// Records `action` for the item `itemId` that dueItems(`day`) returned.
    /// @since 2.3
    virtual Status actOnDueItem(const QDate& day, const QString& itemId, Action action) = 0;
};

} // namespace tessera::sdk
