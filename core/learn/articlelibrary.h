// Learn (issue 25): the articles the Learn page lists, gathered from
// Tessera's own, every running module's manifest and the clinic profile,
// less the ones the profile hides; and reading one article's Markdown.
#pragma once

#include "articlespec.h"

#include <QList>
#include <QString>
#include <QStringList>

class QTextDocument;

namespace tessera::core {

class PluginManager;
struct PluginRecord;
struct Profile;

/// One article as the Learn page lists it.
struct Article {
    QString key;        ///< "<source>/<id>": "cbt/thought-records", "tessera/sleep-and-mood", "clinic/our-groups".
    QString source;     ///< A module id, "tessera" (Tessera's own) or "clinic" (the profile's).
    QString sourceName; ///< Shown as "From …": the module's name, "Tessera", the profile's name.
    ArticleSpec spec;   ///< spec.file: a qrc:/ URL, ":/tessera/learn/<file>" or an absolute path.
    QString pageKey;    ///< The page to try it on ("cbt/record"), or "".
};

/// The lists the Learn page is made from.
struct ArticleSources {
    struct Module {
        QString id;
        QString name;
        QList<ArticleSpec> articles;
    };
    QList<ArticleSpec> host;   ///< Tessera's own (hostArticles()).
    QList<Module> modules;     ///< Running modules, in load order.
    QList<ArticleSpec> clinic; ///< The profile's "learn.articles", files absolute.
    QString clinicName;        ///< The profile's name, for "From …".
    QStringList hidden;        ///< The profile's "learn.hide".
};

/// The key Tessera's own articles have ("tessera/…") and the clinic's ("clinic/…").
inline constexpr auto kHostArticleSource = "tessera";
inline constexpr auto kClinicArticleSource = "clinic";

/// Every article not hidden, client articles by topic (articleTopics()
/// order, an unknown topic last), then those for family and friends; within
/// a topic Tessera's own first, then each module's, then the clinic's.
QList<Article> gatherArticles(const ArticleSources& sources);

/// The lists for this app: Tessera's own, the running modules' (their
/// manifests), the profile's articles and what it hides. A problem with
/// Tessera's own index goes to the log.
ArticleSources articleSourcesFor(const PluginManager& plugins, const Profile& profile);
/// The same from these modules' manifests (tessera-cli, which reads
/// manifests without running modules).
ArticleSources articleSourcesFor(const QList<const PluginRecord*>& modules, const Profile& profile);

/// Tessera's own articles (their index, compiled into the app). `problem`
/// is set if the index cannot be read (a build mistake; tests guard it).
QList<ArticleSpec> hostArticles(QString* problem = nullptr);

/// A link in an article: its words and where it goes.
struct MarkdownLink {
    QString text;
    QString href;
};

/// An article's text, or why it cannot be shown. The plain text and links
/// come from the same reading of the Markdown as the checks.
struct ArticleText {
    QString markdown;
    QString problem;   ///< e.g. "the file … is missing"; empty when markdown is good.
    QString plainText; ///< the words without the Markdown (search, screen readers)
    QList<MarkdownLink> links;
};

/// Reads an article's file: at most kMaxArticleBytes, UTF-8, and Markdown
/// the page can show as it is (markdownProblem()).
ArticleText readArticle(const Article& article);
/// Reads an article file by path or qrc:/ URL (the same checks).
ArticleText readArticleFile(const QString& fileOrUrl);

/// Why this Markdown is not shown, or "": an image (it could be fetched
/// from anywhere, so articles carry none) or raw HTML. Parsed by Qt's own
/// Markdown reader (QTextDocument, md4c), as the page will show it.
QString markdownProblem(const QString& markdown);

/// Markdown as Qt reads it (GitHub dialect; with `html` false, HTML is
/// kept as text), into `doc`, with a default font set so headings have a
/// size to scale from (none in tessera-cli).
void readMarkdownInto(QTextDocument& doc, const QString& markdown, bool html = false);

/// The links in the Markdown, in order, each target once.
QList<MarkdownLink> markdownLinks(const QString& markdown);

} // namespace tessera::core
