// The module catalogue: every discovered module and its state, in plain words.
#pragma once

#include <QAbstractListModel>
#include <QSet>

namespace tessera::core {

class Host;

/// One row per discovered module: name, version, SDK version, description,
/// state and reason. Enabling or disabling records the client's choice,
/// which takes effect at the next start; a locked profile refuses it.
class CatalogModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(bool locked READ locked CONSTANT)
    Q_PROPERTY(QString lockedBy READ lockedBy CONSTANT)
    Q_PROPERTY(bool restartNeeded READ restartNeeded NOTIFY restartNeededChanged)
    Q_PROPERTY(QStringList profileWarnings READ profileWarnings CONSTANT)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, NameRole, VersionRole, SdkVersionRole, DescriptionRole, StateRole,
        StateLabelRole, ReasonRole, EnabledRole, ColorRole, PendingRole
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

    /// Turns a module on or off from the next start. Returns "" or a reason it cannot.
    Q_INVOKABLE QString setEnabled(const QString& id, bool enabled);

signals:
    void restartNeededChanged();

private:
    [[nodiscard]] bool isOn(int row) const;
    Host& m_host;
    QSet<QString> m_pending;
};

} // namespace tessera::core
