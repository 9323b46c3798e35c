#include "dueitemcheck.h"

#include "manifest.h"

#include "host/displaytext.h"

#include <QRegularExpression>

#include <algorithm>

namespace tessera::core {

namespace {

int stateRank(sdk::DueItem::State state)
{
    switch (state) {
    case sdk::DueItem::State::Overdue: return 0;
    case sdk::DueItem::State::Due: return 1;
    case sdk::DueItem::State::Done: return 2;
    case sdk::DueItem::State::Skipped: return 3;
    }
    return 4;
}

} // namespace

void sortDueItems(QList<ModuleDueItem>& items)
{
    std::stable_sort(items.begin(), items.end(), [](const ModuleDueItem& a, const ModuleDueItem& b) {
        const int ra = stateRank(a.item.state);
        const int rb = stateRank(b.item.state);
        if (ra != rb)
            return ra < rb;
        if (a.item.dueDate != b.item.dueDate)
            return a.item.dueDate < b.item.dueDate;
        const bool ta = a.item.time.isValid();
        const bool tb = b.item.time.isValid();
        if (ta != tb)
            return ta;
        return ta && a.item.time < b.item.time;
    });
}

QString dueItemProblem(const sdk::DueItem& item, const Manifest& manifest, const QDate& day)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9-]{1,40}$"));
    if (!idPattern.match(item.id).hasMatch())
        return QStringLiteral("id: must be 1-40 lowercase letters, digits or '-'");
    if (item.title.trimmed().isEmpty())
        return QStringLiteral("title: is empty");
    if (item.title.size() > kMaxDueTitle)
        return QStringLiteral("title: is longer than %1 characters").arg(kMaxDueTitle);
    if (hasControlCharacters(item.title))
        return QStringLiteral("title: has a line break or another control character");
    if (item.detail.size() > kMaxDueDetail)
        return QStringLiteral("detail: is longer than %1 characters").arg(kMaxDueDetail);
    if (hasControlCharacters(item.detail))
        return QStringLiteral("detail: has a line break or another control character");
    if (!item.dueDate.isValid())
        return QStringLiteral("dueDate: is not a valid date");
    if (day.isValid() && item.dueDate > day)
        return QStringLiteral("dueDate: is after the day asked about");
    switch (item.state) {
    case sdk::DueItem::State::Due:
    case sdk::DueItem::State::Overdue:
    case sdk::DueItem::State::Done:
    case sdk::DueItem::State::Skipped:
        break;
    default:
        return QStringLiteral("state: is not one of Due, Overdue, Done, Skipped");
    }
    if (item.state == sdk::DueItem::State::Overdue && day.isValid() && item.dueDate >= day)
        return QStringLiteral("dueDate: an overdue item must have been due before the day asked about");
    const bool pageFound = std::any_of(manifest.pages.cbegin(), manifest.pages.cend(),
                                       [&](const PageSpec& p) { return p.id == item.pageId; });
    if (item.pageId.isEmpty() || !pageFound)
        return QStringLiteral("pageId: names no page of the module's manifest");
    // SDK 2.3: the entry the page opens with (offersDone()/offersSkip() need no check).
    const QString entryId = item.entryId();
    if (entryId.size() > kMaxDueEntryId)
        return QStringLiteral("entryId: is longer than %1 characters").arg(kMaxDueEntryId);
    if (hasControlCharacters(entryId))
        return QStringLiteral("entryId: has a line break or another control character");
    return {};
}

QString dueStateName(sdk::DueItem::State state)
{
    switch (state) {
    case sdk::DueItem::State::Due: return QStringLiteral("due");
    case sdk::DueItem::State::Overdue: return QStringLiteral("overdue");
    case sdk::DueItem::State::Done: return QStringLiteral("done");
    case sdk::DueItem::State::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

} // namespace tessera::core
