// A base for the object a module's QML pages talk to.
#pragma once

#include <tessera/sdk/export.h>
#include <tessera/sdk/result.h>

#include <QObject>
#include <QString>

namespace tessera::sdk {

class PluginContext;

/// What every module backend needs and pages rely on: a `lastError` property
/// (the reason the last action was refused, "" after one that worked) and
/// soft delete with undo. Derive from it, return your object from
/// Plugin::backend(), and call report() after each action your pages invoke.
class TESSERA_SDK_EXPORT ModuleBackend : public QObject {
    Q_OBJECT
    /// Why the last action was refused, ready to show; "" when it worked.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    /// `context` must outlive the backend (it does when the plugin owns both).
    explicit ModuleBackend(PluginContext& context, QObject* parent = nullptr);
    ~ModuleBackend() override;

    /// The lastError property.
    [[nodiscard]] QString lastError() const { return m_lastError; }

    /// Soft-deletes one of the module's entries; restore() undoes it.
    /// Returns false (with lastError) when the journal refuses.
    Q_INVOKABLE bool remove(const QString& id);
    /// Brings back a deleted entry.
    Q_INVOKABLE bool restore(const QString& id);

signals:
    /// lastError changed.
    void lastErrorChanged();

protected:
    /// Sets lastError ("" clears it); returns whether it is empty.
    bool report(const QString& error);

    PluginContext& m_context; ///< The context the module was initialised with.

private:
    QString m_lastError;
};

} // namespace tessera::sdk
