// Tessera SDK: what a module has due on a day (an assessment, a dose, a practice).
#pragma once

#include <tessera/sdk/export.h>
#include <tessera/sdk/extension.h>

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
    /// One more short line, e.g. "Due since 3 March" (may be empty; at most
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

} // namespace tessera::sdk
