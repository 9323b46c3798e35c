// What the reflective journal's pages talk to.
#pragma once

#include <tessera/sdk/entry.h>
#include <tessera/sdk/modulebackend.h>

#include <QJsonObject>
#include <QVariantList>
#include <QVariantMap>

namespace tessera::reflective {

/// Two kinds: "episode" (a moment with someone that mattered: with whom,
/// what happened, what I wanted from them, how they responded or how I
/// expected them to, how I responded and felt, each with the client's own
/// words as tags, and themes) and "reflection" (optional prompts: memories
/// and how they connect to now, a dream, feelings about therapy, ways I
/// avoid feelings, a theme I keep returning to; themes). Reads no other
/// module's entries. It counts the client's words and lists them back; it
/// never interprets.
class ReflectiveBackend : public sdk::ModuleBackend {
    Q_OBJECT
    Q_PROPERTY(QVariantList episodes READ episodes NOTIFY dataChanged)
    Q_PROPERTY(QVariantList reflections READ reflections NOTIFY dataChanged)

public:
    explicit ReflectiveBackend(sdk::PluginContext& context, QObject* parent = nullptr);

    /// The newest episodes (kRecent): {id, whenLabel, person, happened, wishes, others, selves, expected}.
    [[nodiscard]] QVariantList episodes() const { return m_episodes; }
    /// The newest reflections (kRecent): {id, whenLabel, summary, themes}.
    [[nodiscard]] QVariantList reflections() const { return m_reflections; }

    /// Suggestions from earlier entries (the newest kSuggestFrom of each
    /// kind, read when a page asks): {people, wishes, others, selves,
    /// themes}, each the words used most often first (at most 12).
    Q_INVOKABLE QVariantMap suggestionsNow() const;
    /// Saves an episode (new when id is ""). Form: {when (a Date), person,
    /// happened, wish, wishTags, other, otherTags, expected (bool), self,
    /// selfTags, themes}. False with lastError.
    Q_INVOKABLE bool saveEpisode(const QString& id, const QVariantMap& form);
    Q_INVOKABLE QVariantMap loadEpisode(const QString& id) const;
    /// Saves a reflection (new when id is ""). Form: {memory, memoryNow,
    /// dream, therapy, avoiding, theme, themes}; at least one written.
    Q_INVOKABLE bool saveReflection(const QString& id, const QVariantMap& form);
    Q_INVOKABLE QVariantMap loadReflection(const QString& id) const;
    /// Patterns over the last `months` months (0: everything, at most
    /// kMaxRead episodes): {episodes, summary, wishes, others, selves,
    /// people [{tag, count, lastLabel, withLabel}], recurring [{wish,
    /// other, self, count, lastLabel, withLabel}]}.
    Q_INVOKABLE QVariantMap patternsNow(int months) const;
    /// Every theme of both kinds (at most kMaxRead entries): [{theme, count,
    /// firstLabel, lastLabel, months [{label, count}], entries [{id, title,
    /// whenLabel}] (newest first, at most 20)}].
    Q_INVOKABLE QVariantList themesNow() const;

    Q_INVOKABLE void refresh() override;

    static constexpr int kRecent = 20;
    static constexpr int kSuggestFrom = 200;
    static constexpr int kMaxRead = 5000;
    static constexpr int kMaxTags = 8;

    static sdk::EntryDraft episodeDraft(const QJsonObject& payload, const QDateTime& when);
    static sdk::EntryDraft reflectionDraft(const QJsonObject& payload, const QDateTime& when);
    /// The reflection's prompts, in order: the payload's text fields.
    static QStringList reflectionFields();

signals:
    void dataChanged();

private:
    void offerSupportIfRisk(const QStringList& texts);

    QVariantList m_episodes;
    QVariantList m_reflections;
};

} // namespace tessera::reflective
