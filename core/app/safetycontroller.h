// What the shell's crisis page, safety plan page and support notice read and ask for.
#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace tessera::core {

class Host;
struct SafetyPlan;
class SafetyPlanStore;
class SupportService;

/// Exposed to QML as `safety`. Works when the journal did not open: the
/// contacts come from the clinic profile (or the defaults for the computer's
/// region) and need no journal; the plan is read from the journal when it is
/// open. Nothing here can be turned off by a profile.
class SafetyController : public QObject {
    Q_OBJECT
    Q_PROPERTY(QVariantList contacts READ contacts CONSTANT)
    Q_PROPERTY(QString emergencyNumber READ emergencyNumber CONSTANT)
    Q_PROPERTY(bool contactsFromProfile READ contactsFromProfile CONSTANT)
    Q_PROPERTY(QString contactsSource READ contactsSource CONSTANT)
    Q_PROPERTY(QString privacyStatement READ privacyStatement CONSTANT)
    Q_PROPERTY(bool planAvailable READ planAvailable CONSTANT)
    Q_PROPERTY(QVariantList steps READ steps NOTIFY planChanged)
    Q_PROPERTY(bool planEmpty READ planEmpty NOTIFY planChanged)
    Q_PROPERTY(QString reviewedLabel READ reviewedLabel NOTIFY planChanged)
    Q_PROPERTY(int versions READ versions NOTIFY planChanged)
    Q_PROPERTY(QVariantMap supportOffer READ supportOffer NOTIFY supportOfferChanged)
    Q_PROPERTY(QVariantMap suggestions READ suggestions NOTIFY suggestionsChanged)

public:
    explicit SafetyController(Host& host, QObject* parent = nullptr);
    ~SafetyController() override;

    /// [{name, phone, text, web, hours, note}]: the profile's, else the region's defaults.
    [[nodiscard]] QVariantList contacts() const { return m_contacts; }
    /// The local emergency number when known, else "".
    [[nodiscard]] QString emergencyNumber() const { return m_emergencyNumber; }
    [[nodiscard]] bool contactsFromProfile() const { return m_fromProfile; }
    /// A sentence saying where the contacts come from.
    [[nodiscard]] QString contactsSource() const;
    /// Entries are private, nobody reads them as they are written, Tessera is not an emergency service.
    [[nodiscard]] static QString privacyStatement();
    [[nodiscard]] bool planAvailable() const;
    /// [{key, title, explanation, text}]: the six steps and reasons for living; text is one item a line.
    [[nodiscard]] QVariantList steps() const;
    [[nodiscard]] bool planEmpty() const;
    /// "Last reviewed on …", "Not reviewed yet", or why the plan cannot be read.
    [[nodiscard]] QString reviewedLabel() const;
    /// How many versions are kept (0 when never saved).
    [[nodiscard]] int versions() const { return m_versions; }
    /// The notice to show: {module, reason, urgent}; empty when none.
    [[nodiscard]] QVariantMap supportOffer() const { return m_offer; }

    /// What modules offer for the plan's steps (SDK 2.5, sdk::SafetyPlanSource),
    /// as of the last refreshSuggestions(): {stepKey: [{text, module}]}.
    [[nodiscard]] QVariantMap suggestions() const { return m_suggestions; }
    /// Asks the running modules again (the plan's page does when it opens).
    Q_INVOKABLE void refreshSuggestions();
    /// `text` (one item a line) with `line` added as its last line, unless
    /// a line already says it (case and spaces aside).
    Q_INVOKABLE static QString withLine(const QString& text, const QString& line);
    /// Whether a line of `text` already says `line` (case and spaces aside).
    Q_INVOKABLE static bool hasLine(const QString& text, const QString& line);

    /// Saves the plan from {stepKey: text}. Each of these returns {ok, message}:
    /// a sentence for the person.
    Q_INVOKABLE QVariantMap savePlan(const QVariantMap& texts);
    /// Records that the client looked the plan over today (a new version).
    Q_INVOKABLE QVariantMap markReviewed();
    /// Writes the plan as a one-page PDF into `folder`; the message says where.
    Q_INVOKABLE QVariantMap savePdf(const QString& folder);
    Q_INVOKABLE void dismissSupport();
    /// Opens a crisis contact's web address (http or https only) in the
    /// system's browser: {ok, message}, the message naming the address when
    /// no browser opened, so the client can type it.
    Q_INVOKABLE QVariantMap openWeb(const QString& address);
    /// Shows the support notice as a module's offer would (also for tests).
    Q_INVOKABLE void offerSupport(const QString& pluginId, const QString& reason, bool urgent);

    /// Lines such as "Samaritans: call 116 123", for the PDF.
    [[nodiscard]] QStringList contactLines() const;

signals:
    void planChanged();
    void supportOfferChanged();
    void suggestionsChanged();

private:
    void reload();
    QVariantMap changePlan(const std::function<void(SafetyPlan&)>& change, const QString& done);
    Host& m_host;
    QVariantList m_contacts;
    QString m_emergencyNumber;
    bool m_fromProfile = false;
    std::unique_ptr<SafetyPlanStore> m_plans;
    SupportService* m_support = nullptr;
    QVariantList m_steps;
    bool m_empty = true;
    QString m_reviewed;
    int m_versions = 0;
    QVariantMap m_offer;
    QVariantMap m_suggestions;
};

} // namespace tessera::core
