#include "clinicsharingcontroller.h"

#include "host/host.h"
#include "host/languages.h"
#include "interchange/clinicianreport.h"
#include "plugins/pluginmanager.h"
#include "syncclient.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSysInfo>
#include <QUrl>

namespace tessera::core {

namespace {

QString str(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ClinicSharing", text, disambiguation, n);
}

constexpr int kSettleMs = 5'000;        // after a covered save, before sending
constexpr int kEveryMs = 5 * 60'000;    // while something waits
constexpr int kLongestBackoffMs = 30 * 60'000;

} // namespace

ClinicSharingController::ClinicSharingController(Host& host, QObject* parent) : QObject(parent), m_host(host)
{
    m_sendTimer.setSingleShot(true);
    connect(&m_sendTimer, &QTimer::timeout, this, &ClinicSharingController::sendNow);
    if (JournalStore* store = m_host.store()) {
        m_client = std::make_unique<SyncClient>(*store, m_host.plugins());
        connect(m_client.get(), &SyncClient::pushFinished, this, &ClinicSharingController::pushed);
        // A save the client's choices cover is queued in its own transaction; send it soon.
        connect(store, &JournalStore::entryChanged, this, [this] {
            refresh();
            if (m_paired && m_pending > 0 && m_backoffMs == 0)
                scheduleSend(kSettleMs);
        });
    }
    refresh();
    if (m_paired && m_pending > 0)
        scheduleSend(kSettleMs);
}

ClinicSharingController::~ClinicSharingController() = default;

bool ClinicSharingController::available() const { return m_host.store() != nullptr && m_client != nullptr; }
bool ClinicSharingController::busy() const { return m_client && m_client->busy(); }

void ClinicSharingController::say(const QString& message, bool isError)
{
    m_message = message;
    m_messageIsError = isError;
    emit messageChanged();
}

void ClinicSharingController::scheduleSend(int ms)
{
    if (!m_sendTimer.isActive() || m_sendTimer.remainingTime() > ms)
        m_sendTimer.start(ms);
}

void ClinicSharingController::refresh()
{
    JournalStore* store = m_host.store();
    if (!store)
        return;
    const auto pairing = store->clinicPairing();
    m_paired = pairing.ok() && pairing->has_value();
    m_clinicName = m_paired ? (*pairing)->clinicName : QString();
    m_clientLabel = m_paired ? (*pairing)->clientLabel : QString();
    m_grants.clear();
    m_failures.clear();
    m_shared = m_pending = m_failed = m_picked = m_withdrawalsWaiting = 0;
    m_status.clear();
    // The counts only once paired: a save in a journal that shares nothing costs one small query here.
    const auto st = m_paired ? store->sharingState() : sdk::Result<JournalStore::SharingState>(JournalStore::SharingState{});
    if (m_paired && st.ok()) {
        m_shared = int(st->shared);
        m_pending = int(st->pending);
        m_failed = int(st->failed);
        m_picked = int(st->picked.size());
        m_withdrawalsWaiting = int(st->pendingWithdrawals);
        for (const auto& g : st->grants) {
            QString what;
            if (g.kind.isEmpty()) {
                const PluginRecord* r = m_host.plugins().find(g.pluginId);
                what = str("Everything from %1").arg(r && r->manifest ? Languages::manifestText(r->id, r->manifest->name) : g.pluginId);
            } else {
                const auto info = m_host.plugins().kindInfo(g.kind);
                what = info && !info->title.isEmpty() ? info->title : g.kind;
            }
            const bool fromStart = qAbs(g.from.secsTo(g.createdAt)) < 120;
            const bool everything = g.from.daysTo(g.createdAt) > 5 * 366; // "from 2000": all of them
            const QString day = reportDate(g.from.toLocalTime().date());
            m_grants << QVariantMap{{QStringLiteral("id"), g.id},
                                    {QStringLiteral("what"), what},
                                    {QStringLiteral("from"), fromStart    ? str("New entries from %1 on").arg(day)
                                                             : everything ? str("All of them, past and new")
                                                                          : str("Entries from %1 on, and new ones as you save them").arg(day)}};
        }
        for (const auto& [entryId, why] : st->failures) {
            const auto e = store->get(entryId);
            m_failures << QVariantMap{{QStringLiteral("title"), e.ok() ? e->title : str("An entry since deleted")}, {QStringLiteral("why"), why}};
        }
        if (m_pending > 0 && !st->lastError.isEmpty())
            m_status = str("Waiting to go: %1. The last try did not get through (%2). Tessera tries again by itself, and nothing is lost meanwhile.")
                           .arg(m_pending)
                           .arg(st->lastError);
        else if (m_pending > 0)
            m_status = str("Waiting to go: %1.").arg(m_pending);
        else if (st->lastSentAt.isValid())
            m_status = str("Everything you chose has been sent. Last sent %1 at %2.")
                           .arg(reportDate(st->lastSentAt.toLocalTime().date()), QLocale().toString(st->lastSentAt.toLocalTime().time(), QLocale::ShortFormat));
        else
            m_status = str("Nothing chosen yet.");
    }
    emit changed();
}

QVariantList ClinicSharingController::choices() const
{
    QVariantList out;
    for (const PluginRecord* r : m_host.plugins().running()) {
        if (!r->manifest || r->manifest->kinds.isEmpty())
            continue;
        out << QVariantMap{{QStringLiteral("value"), r->id}, {QStringLiteral("text"), str("Everything from %1").arg(Languages::manifestText(r->id, r->manifest->name))}};
        for (const KindSpec& k : r->manifest->kinds)
            out << QVariantMap{{QStringLiteral("value"), k.fullName},
                               {QStringLiteral("text"), QStringLiteral("%1: %2").arg(Languages::manifestText(r->id, r->manifest->name),
                                                                                   k.title.isEmpty() ? k.name : Languages::manifestText(r->id, k.title))}};
    }
    return out;
}

void ClinicSharingController::pair(const QString& server, const QString& code)
{
    if (!available() || busy())
        return;
    if (server.trimmed().isEmpty() || code.trimmed().isEmpty()) {
        say(str("Both the clinic's address and the code are needed: your clinic gives you both."), true);
        return;
    }
    connect(m_client.get(), &SyncClient::pairFinished, this, [this](const sdk::Status& s) {
        refresh();
        if (s.ok())
            say(str("Paired with %1. Nothing is shared until you choose below.").arg(m_clinicName), false);
        else
            say(s.error().message.left(1).toUpper() + s.error().message.mid(1), true);
    }, Qt::SingleShotConnection);
    m_client->pair(serverAddress(server), code, QSysInfo::machineHostName().left(40));
    emit changed();
}

void ClinicSharingController::share(const QString& choice, int daysBack)
{
    JournalStore* store = m_host.store();
    if (!store || choice.isEmpty())
        return;
    const QString module = choice.section(QLatin1Char('/'), 0, 0);
    const QString kind = choice.contains(QLatin1Char('/')) ? choice : QString();
    const QDateTime from = daysBack > 0 ? QDate::currentDate().addDays(-daysBack).startOfDay().toUTC() : QDateTime::currentDateTimeUtc();
    const auto id = store->addShareGrant(module, kind, from);
    refresh();
    if (!id.ok()) {
        say(id.error().message, true);
        return;
    }
    const QString since = daysBack > 0 ? str("Sharing from %1 on.").arg(reportDate(from.toLocalTime().date())) : str("Sharing from now on.");
    say(m_pending > 0 ? since + QLatin1Char(' ') + str("Waiting to go: %1.").arg(m_pending) : since, false);
    if (m_pending > 0)
        scheduleSend(500);
}

void ClinicSharingController::stopGrant(qint64 id, bool withdrawSent)
{
    JournalStore* store = m_host.store();
    if (!store)
        return;
    const sdk::Status s = store->stopShareGrant(id, withdrawSent);
    refresh();
    if (!s.ok()) {
        say(s.error().message, true);
        return;
    }
    say(withdrawSent ? str("Stopped. What was sent is being withdrawn: the clinic's clinicians will no longer see it. "
                           "The clinic's service keeps a copy marked as withdrawn, as a record of your care.")
                     : str("Stopped. Nothing more goes. What was already sent stays with the clinic."),
        false);
    if (m_pending > 0)
        scheduleSend(500);
}

void ClinicSharingController::sendNow()
{
    if (!available() || busy() || !m_paired)
        return;
    m_sendTimer.stop();
    m_client->push();
    emit changed();
}

void ClinicSharingController::pushed(const PushReport& report)
{
    refresh();
    if (report.error.isEmpty()) {
        m_backoffMs = 0;
        return;
    }
    if (report.unpairedByClinic) {
        m_status = str("The clinic no longer accepts this computer, so nothing more goes. Nothing waiting was lost. Ask your clinic, "
                       "or stop sharing and pair again.");
        emit changed();
        return;
    }
    // Not reached: try again later, waiting longer each time (5 min, 10, 20, 30).
    m_backoffMs = m_backoffMs == 0 ? kEveryMs : std::min(m_backoffMs * 2, kLongestBackoffMs);
    scheduleSend(m_backoffMs);
}

void ClinicSharingController::unpair(bool evenIfWithdrawalsWait)
{
    if (!available() || busy())
        return;
    connect(m_client.get(), &SyncClient::unpairFinished, this, [this](const sdk::Status& s) {
        m_sendTimer.stop();
        m_backoffMs = 0;
        refresh();
        if (s.ok())
            say(str("Sharing stopped. Nothing more goes to the clinic. What was already sent stays in the clinic's records of your care."), false);
        else if (s.error().code == sdk::ErrorCode::Unavailable)
            say(str("Sharing stopped. %1").arg(s.error().message), false); // stopped here; only telling the clinic failed
        else
            say(s.error().message, true);
    }, Qt::SingleShotConnection);
    m_client->unpair(evenIfWithdrawalsWait);
    emit changed();
}

bool ClinicSharingController::isPicked(const QString& entryId) const
{
    JournalStore* store = m_host.store();
    if (!store || !m_paired)
        return false;
    const auto s = store->entrySharing(entryId);
    return s.ok() && s->picked;
}

void ClinicSharingController::setPicked(const QString& entryId, bool picked)
{
    JournalStore* store = m_host.store();
    if (!store)
        return;
    const sdk::Status s = store->setPickedForSharing(entryId, picked);
    refresh();
    if (!s.ok()) {
        say(s.error().message, true);
        return;
    }
    if (m_pending > 0)
        scheduleSend(kSettleMs);
}

} // namespace tessera::core
