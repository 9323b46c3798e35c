#include "safetycontroller.h"

#include "host/host.h"
#include "host/logging.h"
#include "plugins/pluginmanager.h"
#include "profile/crisisdefaults.h"
#include "safety/safetyplan.h"
#include "safety/supportservice.h"

#include "host/qstringformatter.h"

#include <QCoreApplication>
#include <algorithm>
#include <QDesktopServices>
#include <QDir>
#include <QUrl>
#include <QLocale>

#include <spdlog/spdlog.h>

namespace tessera::core {

namespace {
QVariantMap result(bool ok, const QString& message)
{
    return QVariantMap{{QStringLiteral("ok"), ok}, {QStringLiteral("message"), message}};
}
} // namespace

SafetyController::SafetyController(Host& host, QObject* parent) : QObject(parent), m_host(host)
{
    QList<CrisisContact> contacts = host.profile().crisisContacts;
    m_emergencyNumber = host.profile().crisisEmergencyNumber;
    m_fromProfile = !contacts.isEmpty();
    if (!m_fromProfile) {
        QString number;
        // Where the computer says it is (the system's territory), never the app's
        // language: a client in the UK who reads Tessera in Spanish still needs the
        // UK's lines (issue 29).
        contacts = defaultCrisisContacts(QLocale::system(), &number);
        if (m_emergencyNumber.isEmpty())
            m_emergencyNumber = number;
    }
    for (const CrisisContact& c : contacts)
        m_contacts << QVariantMap{{QStringLiteral("name"), c.name}, {QStringLiteral("phone"), c.phone},
                                  {QStringLiteral("text"), c.text}, {QStringLiteral("web"), c.web},
                                  {QStringLiteral("hours"), c.hours}, {QStringLiteral("note"), c.note}};
    if (JournalStore* store = host.store()) {
        m_plans = std::make_unique<SafetyPlanStore>(*store);
        m_support = new SupportService(store, this);
    } else {
        m_support = new SupportService(nullptr, this);
    }
    connect(&host.plugins(), &PluginManager::supportRequested, m_support,
            [this](const QString& id, const QString& reason, bool urgent) { m_support->offer(id, reason, urgent); });
    connect(m_support, &SupportService::offered, this, [this](const QString& id, const QString& reason, bool urgent) {
        m_offer = QVariantMap{{QStringLiteral("module"), id}, {QStringLiteral("reason"), reason}, {QStringLiteral("urgent"), urgent}};
        emit supportOfferChanged();
    });
    reload();
}

SafetyController::~SafetyController() = default;

QString SafetyController::contactsSource() const
{
    if (m_fromProfile)
        return QCoreApplication::translate("Safety", "These contacts come from %1.").arg(m_host.profile().setBy.isEmpty() ? m_host.profile().name
                                                                                        : m_host.profile().setBy);
    if (m_contacts.isEmpty())
        return QCoreApplication::translate("Safety", "Tessera knows no national crisis line for this computer's region. Ask your clinic which "
                   "contacts to use; your clinic can add them here.");
    return QCoreApplication::translate("Safety", "These are national lines for %1. Ask your clinic which contacts to use.")
        // The computer's country (the lines are its), named as that country names
        // itself: the app's language may be another (issue 29).
        .arg(QLocale::system().nativeTerritoryName().isEmpty() ? QLocale::territoryToString(QLocale::system().territory())
                                                               : QLocale::system().nativeTerritoryName());
}

QString SafetyController::privacyStatement()
{
    return QCoreApplication::translate("Safety", "What you write in Tessera stays on this computer and is private: nobody reads it as you write it, "
               "and nobody is alerted by it. Tessera is not an emergency service. If you are in danger or might act "
               "on thoughts of harming yourself, call your local emergency number now; Need help now? lists people you "
               "can contact.");
}

bool SafetyController::planAvailable() const { return m_plans != nullptr; }

void SafetyController::reload()
{
    m_steps.clear();
    SafetyPlan plan;
    m_reviewed.clear();
    m_versions = 0;
    if (!m_plans) {
        m_reviewed = QCoreApplication::translate("Safety", "Your safety plan is kept in your journal, which did not open; the contacts above work without it.");
    } else if (auto loaded = m_plans->load(); !loaded.ok()) {
        m_reviewed = QCoreApplication::translate("Safety", "Your safety plan could not be read: %1").arg(loaded.error().message);
    } else {
        plan = loaded.value();
        m_versions = plan.revision;
        const QLocale locale;
        if (plan.reviewedOn.isValid())
            m_reviewed = QCoreApplication::translate("Safety", "Last reviewed on %1.").arg(locale.toString(plan.reviewedOn, QLocale::LongFormat));
        else if (plan.revision > 0)
            m_reviewed = QCoreApplication::translate("Safety", "Saved on %1; not reviewed since.").arg(locale.toString(plan.savedAt.toLocalTime().date(), QLocale::LongFormat));
        else
            m_reviewed = QCoreApplication::translate("Safety", "Not written yet. It helps to write it on a calmer day, with your clinician if you can.");
    }
    m_empty = plan.isEmpty();
    for (const SafetyPlan::Step& s : SafetyPlan::steps())
        m_steps << QVariantMap{{QStringLiteral("key"), s.key}, {QStringLiteral("title"), s.title},
                               {QStringLiteral("explanation"), s.explanation},
                               {QStringLiteral("text"), plan.items.value(s.key).join(QLatin1Char('\n'))}};
    emit planChanged();
}

QVariantList SafetyController::steps() const { return m_steps; }

void SafetyController::refreshSuggestions()
{
    QVariantMap out;
    for (const QString& step : {QStringLiteral("copingAlone"), QStringLiteral("distractions")}) {
        if (!m_host.hasPlugins())
            break;
        QVariantList lines;
        for (const auto& s : m_host.plugins().safetyPlanSuggestions(step))
            lines << QVariantMap{{QStringLiteral("text"), s.text}, {QStringLiteral("module"), s.moduleName}};
        if (!lines.isEmpty())
            out.insert(step, lines);
    }
    m_suggestions = out;
    emit suggestionsChanged();
}

bool SafetyController::hasLine(const QString& text, const QString& line)
{
    const QString wanted = line.simplified().toCaseFolded();
    const QStringList lines = text.split(QLatin1Char('\n'));
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString& l) { return l.simplified().toCaseFolded() == wanted; });
}

QString SafetyController::withLine(const QString& text, const QString& line)
{
    if (line.simplified().isEmpty() || hasLine(text, line))
        return text;
    QString out = text;
    while (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out.isEmpty() ? line.simplified() : out + QLatin1Char('\n') + line.simplified();
}
bool SafetyController::planEmpty() const { return m_empty; }
QString SafetyController::reviewedLabel() const { return m_reviewed; }

QVariantMap SafetyController::changePlan(const std::function<void(SafetyPlan&)>& change, const QString& done)
{
    if (!m_plans)
        return result(false, QCoreApplication::translate("Safety", "The journal is not open, so the plan cannot be saved."));
    auto current = m_plans->load();
    if (!current.ok())
        return result(false, current.error().message);
    SafetyPlan plan = current.value();
    change(plan);
    auto saved = m_plans->save(plan);
    if (!saved.ok())
        return result(false, saved.error().message);
    reload();
    return result(true, done);
}

QVariantMap SafetyController::savePlan(const QVariantMap& texts)
{
    return changePlan([&texts](SafetyPlan& plan) {
        for (const SafetyPlan::Step& s : SafetyPlan::steps()) {
            if (!texts.contains(s.key))
                continue;
            QStringList items;
            for (const QString& line : texts.value(s.key).toString().split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty())
                    items << line.trimmed();
            }
            plan.items.insert(s.key, items);
        }
    }, QCoreApplication::translate("Safety", "Saved. Earlier versions are kept."));
}

QVariantMap SafetyController::markReviewed()
{
    return changePlan([](SafetyPlan& plan) { plan.reviewedOn = QDate::currentDate(); }, QCoreApplication::translate("Safety", "Marked as reviewed today."));
}

QStringList SafetyController::contactLines() const
{
    QStringList out;
    for (const QVariant& v : m_contacts) {
        const QVariantMap c = v.toMap();
        QStringList how;
        if (!c.value(QStringLiteral("phone")).toString().isEmpty())
            how << QCoreApplication::translate("Safety", "call %1").arg(c.value(QStringLiteral("phone")).toString());
        if (!c.value(QStringLiteral("text")).toString().isEmpty())
            how << QCoreApplication::translate("Safety", "text %1").arg(c.value(QStringLiteral("text")).toString());
        if (!c.value(QStringLiteral("web")).toString().isEmpty())
            how << c.value(QStringLiteral("web")).toString();
        QString line = QStringLiteral("%1: %2").arg(c.value(QStringLiteral("name")).toString(), how.join(QStringLiteral(", ")));
        if (!c.value(QStringLiteral("hours")).toString().isEmpty())
            line += QStringLiteral(" (%1)").arg(c.value(QStringLiteral("hours")).toString());
        out << line;
    }
    out << (m_emergencyNumber.isEmpty() ? QCoreApplication::translate("Safety", "Your local emergency number")
                                        : QCoreApplication::translate("Safety", "Your local emergency number: %1").arg(m_emergencyNumber));
    return out;
}

QVariantMap SafetyController::savePdf(const QString& folder)
{
    if (!m_plans)
        return result(false, QCoreApplication::translate("Safety", "The journal is not open, so the plan cannot be read."));
    auto plan = m_plans->load();
    if (!plan.ok())
        return result(false, plan.error().message);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("safety-plan-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    if (sdk::Status s = writeSafetyPlanPdf(plan.value(), contactLines(), path); !s.ok())
        return result(false, s.error().message);
    logger("host")->info("safety plan written as a PDF");
    return result(true, QCoreApplication::translate("Safety", "Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

QVariantMap SafetyController::openWeb(const QString& address)
{
    const QUrl url(address, QUrl::StrictMode);
    const auto result = [](bool ok, const QString& message) {
        return QVariantMap{{QStringLiteral("ok"), ok}, {QStringLiteral("message"), message}};
    };
    // The profile's check allows only these; the region's defaults are written so.
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty())
        return result(false, QCoreApplication::translate("CrisisPage", "This address cannot be opened from here: %1").arg(address));
    if (!QDesktopServices::openUrl(url))
        return result(false, QCoreApplication::translate("CrisisPage", "No web browser opened. The address is %1").arg(address));
    return result(true, QString());
}

void SafetyController::dismissSupport()
{
    if (m_offer.isEmpty())
        return;
    m_offer.clear();
    emit supportOfferChanged();
}

void SafetyController::offerSupport(const QString& pluginId, const QString& reason, bool urgent)
{
    m_support->offer(pluginId, reason, urgent);
}

} // namespace tessera::core
