#pragma once

#include <tessera/sdk/plugin.h>

#include <QObject>

#include <memory>

namespace @NAMESPACE@ {

/// What the module's page talks to: `backend` in MainPage.qml.
class Backend : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
public:
    explicit Backend(tessera::sdk::PluginContext& context);
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] int count() const;
    /// Saves a note with a mood 0-10; returns the entry id or "" (see lastError).
    Q_INVOKABLE QString save(const QString& text, int mood);
signals:
    void changed();
private:
    tessera::sdk::PluginContext& m_context;
    QString m_lastError;
};

class @CLASS@ final : public tessera::sdk::Plugin {
public:
    tessera::sdk::Status initialize(tessera::sdk::PluginContext& context) override;
    void shutdown() override;
    QObject* backend() override;
    [[nodiscard]] tessera::sdk::Status validatePayload(const QString& kind, int schemaVersion,
                                                       const QJsonObject& payload) const override;
    [[nodiscard]] QList<tessera::sdk::EntryDraft> sampleEntries(const tessera::sdk::SampleRequest& request) const override;
private:
    std::unique_ptr<Backend> m_backend;
};

} // namespace @NAMESPACE@
