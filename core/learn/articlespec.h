// Learn (issue 25): one article as a module's manifest, a clinic profile or
// the host's own index lists it. The same fields and rules everywhere.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::core {

/// Who an article is written for.
enum class ArticleAudience { Client, Family };

/// An article's entry in a list: what the Learn page shows before the text is read.
struct ArticleSpec {
    QString id;        ///< "id": ^[a-z0-9][a-z0-9-]*$, unique in its list.
    QString title;     ///< "title": 1-80 characters, one line.
    QString summary;   ///< "summary": optional, at most 160 characters, one line.
    ArticleAudience audience = ArticleAudience::Client; ///< "audience": "client" or "family".
    int minutes = 1;   ///< "minutes": time to read, 1-60.
    QString topic;     ///< "topic": one of articleTopics() (an unknown one is listed under "More to read").
    QString page;      ///< "page": a module's page id (manifest), or a page key such as "cbt/record" (profile).
    QString file;      ///< "file": a qrc:/ URL (module), a path beside the profile (clinic), a name (host).
};

/// Where an article's "file" must be: what the list is.
enum class ArticleSource { Module, Profile, Host };

/// The topics the Learn page groups articles by, in the order it shows
/// them. Their titles are the app's (LearnModel::topicTitle()).
const QStringList& articleTopics();
[[nodiscard]] bool isKnownArticleTopic(const QString& topic);

/// The largest article file the app reads (bytes).
inline constexpr qint64 kMaxArticleBytes = 64 * 1024;

/// What is wrong with one field of an article, for an error message.
struct ArticleProblem {
    QString field;  ///< e.g. "title", relative to the article.
    QString reason; ///< e.g. "must be 1-80 characters on one line".
};

/// Reads one article object. `pageIds`: for a module, its page ids ("page"
/// must be one of them); ignored for the other sources.
std::optional<ArticleProblem> parseArticleSpec(const QJsonValue& value, ArticleSource source,
                                               const QStringList& pageIds, ArticleSpec* out);

/// "client" / "family".
QString audienceName(ArticleAudience audience);

} // namespace tessera::core
