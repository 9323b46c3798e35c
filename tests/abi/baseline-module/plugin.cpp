// A module compiled against the SDK 2.0 headers (sdk/abi/include-2),
// never against today's sdk/include: tests/abi/baseline_test.cpp loads it into
// the current host and uses every part of the SDK a module touches, so a
// change that keeps the headers compiling but moves a byte a module relies on
// shows up here as well as in scripts/abi-check.
#include <tessera/sdk/journal.h>
#include <tessera/sdk/logger.h>
#include <tessera/sdk/modulebackend.h>
#include <tessera/sdk/payloadcheck.h>
#include <tessera/sdk/plugin.h>
#include <tessera/sdk/plugincontext.h>

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

using namespace tessera::sdk;

class BaselineBackend : public ModuleBackend {
    Q_OBJECT
    Q_PROPERTY(int refreshes READ refreshes NOTIFY refreshed)
public:
    explicit BaselineBackend(PluginContext& context) : ModuleBackend(context) { watchJournal(); }

    int refreshes() const { return m_refreshes; }

    // Adds (empty id) or edits a note; "" or the entry's id.
    Q_INVOKABLE QString saveNote(const QString& id, const QString& text, int mood)
    {
        EntryDraft d;
        d.kind = QStringLiteral("note");
        d.title = QStringLiteral("Note");
        d.mood = mood;
        d.tags = {QStringLiteral("baseline")};
        d.payload = QJsonObject{{QStringLiteral("text"), text},
                                {QStringLiteral("things"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}};
        Result<Entry> saved = save(id, d);
        report(saved.status());
        if (!saved.ok())
            return {};
        logger().info(QStringLiteral("note saved, revision %1").arg(saved->revision));
        return saved->id;
    }

    // What the module reads back, as one line a test can compare.
    Q_INVOKABLE QString describe(const QString& id) const
    {
        Result<Entry> e = journal().get(id);
        if (!e.ok())
            return e.error().toString();
        EntryQuery q;
        q.kinds = {QStringLiteral("note")};
        q.tags = {QStringLiteral("baseline")};
        q.limit = 10;
        const Result<EntryPage> page = journal().query(q);
        AggregateQuery a;
        a.kinds = {QStringLiteral("note")};
        a.value = QStringLiteral("mood");
        const Result<QList<AggregateRow>> rows = journal().aggregate(a);
        const Result<QList<Revision>> history = journal().history(id);
        return QStringLiteral("%1|%2|%3|mood %4|rev %5|page %6|avg %7|history %8")
            .arg(e->kind, e->payload.value(QStringLiteral("text")).toString(), e->tags.join(QLatin1Char(',')))
            .arg(e->mood.value_or(-1))
            .arg(e->revision)
            .arg(page.ok() ? page->entries.size() : -1)
            .arg(rows.ok() && !rows->isEmpty() ? rows->first().average : -1.0)
            .arg(history.ok() ? history->size() : -1);
    }

    Q_INVOKABLE QString otherKindTitle() const
    {
        Result<KindInfo> info = journal().kindInfo(QStringLiteral("good/note"));
        return info.ok() ? info->moduleTitle + QStringLiteral(": ") + info->title : info.error().toString();
    }

    Q_INVOKABLE QString forbiddenWrite()
    {
        EntryDraft d;
        d.kind = QStringLiteral("good/note");
        d.title = QStringLiteral("Not mine");
        d.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}};
        Result<Entry> r = journal().add(d);
        return r.ok() ? QStringLiteral("written") : QString::number(int(r.error().code));
    }

signals:
    void refreshed();

protected:
    void refresh() override
    {
        ++m_refreshes;
        emit refreshed();
    }

private:
    int m_refreshes = 0;
};

class BaselinePlugin : public Plugin {
public:
    Status initialize(PluginContext& context) override
    {
        context.logger().info(QStringLiteral("baseline module, SDK %1").arg(context.sdkVersion()));
        m_backend = std::make_unique<BaselineBackend>(context);
        return {};
    }
    void shutdown() override { m_backend.reset(); }
    QObject* backend() override { return m_backend.get(); }
    [[nodiscard]] Status validatePayload(const QString&, int schemaVersion, const QJsonObject& payload) const override
    {
        if (schemaVersion != 1)
            return makeError(ErrorCode::Validation, QStringLiteral("unknown schema version"), QStringLiteral("schemaVersion"));
        PayloadCheck c(payload);
        c.requireString(QStringLiteral("text"), 200).requireStringList(QStringLiteral("things"), 1, 3, 20);
        return c.status();
    }

private:
    std::unique_ptr<BaselineBackend> m_backend;
};

TESSERA_PLUGIN(BaselinePlugin)

#include "plugin.moc"
