// The module catalogue: every discovered module and its state, in plain words.
#pragma once

#include <QAbstractListModel>
#include <QSet>

namespace tessera::core {

class Host;
struct PluginRecord;

/// One row per discovered module: name, version, SDK version, description,
/// state and reason, and its permissions in ready sentences (what it writes,
/// what it asks to read and whether it may, how far a module is trusted).
/// Enabling or disabling records the client's choice, which takes effect at
/// the next start; a locked profile refuses it. Answers about reads take
/// effect at once (the module's journal reloads).
class CatalogModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(bool locked READ locked CONSTANT)
    Q_PROPERTY(QString lockedBy READ lockedBy CONSTANT)
    Q_PROPERTY(bool restartNeeded READ restartNeeded NOTIFY restartNeededChanged)
    Q_PROPERTY(QStringList profileWarnings READ profileWarnings CONSTANT)
    /// A running module whose reads of other modules' kinds nobody has
    /// answered yet, and the question to ask about it; empty when none.
    Q_PROPERTY(QString questionModuleId READ questionModuleId NOTIFY questionChanged)
    Q_PROPERTY(QString questionText READ questionText NOTIFY questionChanged)
    /// The question in two parts, for the notice: what is asked ("Goals would like
    /// to read … until you allow it.") and the kinds it names, joined.
    Q_PROPERTY(QString questionHeadline READ questionHeadline NOTIFY questionChanged)
    Q_PROPERTY(QString questionKinds READ questionKinds NOTIFY questionChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, NameRole, VersionRole, SdkVersionRole, DescriptionRole, StateRole,
        StateLabelRole, ReasonRole, EnabledRole, ColorRole, PendingRole,
        // Permissions (issue 20): sentences, and what the client can do about reads.
        WritesTextRole, ReadsTextRole, ReadsStateRole, CanAnswerReadsRole, TrustTextRole
    };

    explicit CatalogModel(Host& host, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool locked() const;
    [[nodiscard]] QString lockedBy() const;
    [[nodiscard]] bool restartNeeded() const { return !m_pending.isEmpty(); }
    /// The profile's problems that are not errors (modules it names that are not installed).
    [[nodiscard]] QStringList profileWarnings() const;
    [[nodiscard]] QString questionModuleId() const;
    [[nodiscard]] QString questionText() const;
    [[nodiscard]] QString questionHeadline() const;
    [[nodiscard]] QString questionKinds() const;

    /// Turns a module on or off from the next start. Returns "" or a reason it cannot.
    Q_INVOKABLE QString setEnabled(const QString& id, bool enabled);
    /// Lets the module read every other module's kind it asks for, at once
    /// and from now on. Returns "" or a reason it cannot.
    Q_INVOKABLE QString allowReads(const QString& id);
    /// "Not now" / "Stop": the module reads none of them, until allowed.
    Q_INVOKABLE QString refuseReads(const QString& id);

signals:
    void restartNeededChanged();
    void questionChanged();

private:
    /// The running module whose read question is asked now, with its manifest, or null.
    [[nodiscard]] const PluginRecord* askingModule() const;
    [[nodiscard]] bool isOn(int row) const;
    [[nodiscard]] QString writesText(const PluginRecord& r) const;
    [[nodiscard]] QString readsText(const PluginRecord& r) const;
    [[nodiscard]] QString readsState(const PluginRecord& r) const;
    [[nodiscard]] QString kindTitles(const QStringList& kinds) const;
    QString answer(const QString& id, bool allowed);
    void permissionsChanged(const QString& id);
    Host& m_host;
    QSet<QString> m_pending;
};

} // namespace tessera::core
