#include "articlelibrary.h"

#include "host/languages.h"
#include "host/logging.h"
#include "host/qstringformatter.h"
#include "plugins/pluginmanager.h"
#include "profile/profile.h"

#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringDecoder>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QUrl>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace tessera::core {

namespace {

QString keyOf(const QString& source, const ArticleSpec& spec) { return source + QLatin1Char('/') + spec.id; }

int topicRank(const QString& topic)
{
    const qsizetype at = articleTopics().indexOf(topic);
    return at < 0 ? int(articleTopics().size()) : int(at);
}

// A qrc:/ URL as a path QFile reads (":/…"); a path as it is.
QString filePathOf(const QString& fileOrUrl)
{
    if (fileOrUrl.startsWith(QLatin1String("qrc:")))
        return QLatin1Char(':') + QUrl(fileOrUrl).path();
    return fileOrUrl;
}

} // namespace

QList<Article> gatherArticles(const ArticleSources& sources)
{
    QList<Article> out;
    auto add = [&](const QString& source, const QString& sourceName, const ArticleSpec& spec, const QString& pageKey) {
        Article a{keyOf(source, spec), source, sourceName, spec, pageKey};
        if (!sources.hidden.contains(a.key))
            out << a;
    };
    for (const ArticleSpec& spec : sources.host)
        add(QLatin1String(kHostArticleSource), QStringLiteral("Tessera"), spec, spec.page);
    for (const ArticleSources::Module& m : sources.modules) {
        for (const ArticleSpec& spec : m.articles)
            add(m.id, m.name, spec, spec.page.isEmpty() ? QString() : m.id + QLatin1Char('/') + spec.page);
    }
    for (const ArticleSpec& spec : sources.clinic)
        add(QLatin1String(kClinicArticleSource), sources.clinicName, spec, spec.page);
    // Stable: within a topic, the order above.
    std::stable_sort(out.begin(), out.end(), [](const Article& a, const Article& b) {
        const int fa = a.spec.audience == ArticleAudience::Family, fb = b.spec.audience == ArticleAudience::Family;
        if (fa != fb)
            return fa < fb;
        if (fa) // family and friends: one part, in the order given
            return false;
        return topicRank(a.spec.topic) < topicRank(b.spec.topic);
    });
    return out;
}

ArticleSources articleSourcesFor(const PluginManager& plugins, const Profile& profile)
{
    return articleSourcesFor(plugins.running(), profile);
}

ArticleSources articleSourcesFor(const QList<const PluginRecord*>& modules, const Profile& profile)
{
    ArticleSources s;
    QString problem;
    s.host = hostArticles(&problem);
    if (!problem.isEmpty())
        logger("learn")->error("{}", problem);
    for (const PluginRecord* r : modules) {
        if (r->manifest && !r->manifest->articles.isEmpty())
            // Its name in the client's language, as the navigation shows it ("De Assessments"
            // under Spanish articles' lines, after issue 30).
            s.modules << ArticleSources::Module{r->id, Languages::manifestText(r->id, r->manifest->name), r->manifest->articles};
    }
    s.clinic = profile.learnArticles;
    s.clinicName = profile.setBy.isEmpty() ? profile.name : profile.setBy;
    s.hidden = profile.learnHidden;
    return s;
}

QList<ArticleSpec> hostArticles(QString* problem)
{
    QFile f(QStringLiteral(":/tessera/learn/index.json"));
    auto fail = [&](const QString& why) {
        if (problem)
            *problem = why;
        return QList<ArticleSpec>{};
    };
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Tessera's own articles are missing from the app (:/tessera/learn/index.json)"));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isArray())
        return fail(QStringLiteral(":/tessera/learn/index.json: %1").arg(error.errorString()));
    QList<ArticleSpec> out;
    const QJsonArray list = doc.array();
    for (qsizetype i = 0; i < list.size(); ++i) {
        ArticleSpec spec;
        if (const auto p = parseArticleSpec(list.at(i), ArticleSource::Host, {}, &spec))
            return fail(QStringLiteral(":/tessera/learn/index.json: [%1].%2: %3").arg(i).arg(p->field, p->reason));
        spec.file = QStringLiteral(":/tessera/learn/") + spec.file;
        out << spec;
    }
    return out;
}

namespace {

// `plain`: `markdown` read without HTML. Raw HTML: what Qt would make of it is
// not Markdown's plain structure (and an <img> would be fetched); told apart
// by reading it a second time with HTML.
QString problemIn(const QTextDocument& plain, const QString& markdown)
{
    QTextDocument withHtml;
    readMarkdownInto(withHtml, markdown, true);
    if (plain.toPlainText() != withHtml.toPlainText())
        return QStringLiteral("has HTML in it; articles are plain Markdown");
    for (QTextBlock block = plain.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                return QStringLiteral("has an image (%1); articles have none: an image could be fetched from anywhere")
                    .arg(it.fragment().charFormat().toImageFormat().name());
        }
    }
    return {};
}

QList<MarkdownLink> linksIn(const QTextDocument& doc)
{
    QList<MarkdownLink> out;
    QString lastHref; // a link in bold and plain parts is one link
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        lastHref.clear();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            const QString href = format.isAnchor() ? format.anchorHref() : QString();
            if (href.isEmpty()) {
                lastHref.clear();
                continue;
            }
            if (href == lastHref && !out.isEmpty()) {
                out.last().text += it.fragment().text();
                continue;
            }
            lastHref = href;
            out << MarkdownLink{it.fragment().text(), href};
        }
    }
    // Each target once (the first words for it).
    QList<MarkdownLink> unique;
    QSet<QString> seen;
    for (MarkdownLink& l : out) {
        l.text = l.text.simplified();
        if (!seen.contains(l.href)) {
            seen.insert(l.href);
            unique << l;
        }
    }
    return unique;
}

ArticleText refused(const QString& why)
{
    ArticleText t;
    t.problem = why;
    return t;
}

} // namespace

ArticleText readArticleFile(const QString& fileOrUrl)
{
    const QString path = filePathOf(fileOrUrl);
    QFile f(path);
    if (!f.exists())
        return refused(QStringLiteral("the file %1 is missing").arg(fileOrUrl));
    if (!f.open(QIODevice::ReadOnly))
        return refused(QStringLiteral("the file %1 cannot be read: %2").arg(fileOrUrl, f.errorString()));
    const QByteArray bytes = f.read(kMaxArticleBytes + 1);
    if (bytes.size() > kMaxArticleBytes)
        return refused(QStringLiteral("the file %1 is larger than %2 KB").arg(fileOrUrl).arg(kMaxArticleBytes / 1024));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    if (utf8.hasError())
        return refused(QStringLiteral("the file %1 is not UTF-8 text").arg(fileOrUrl));
    if (text.trimmed().isEmpty())
        return refused(QStringLiteral("the file %1 is empty").arg(fileOrUrl));
    QTextDocument plain;
    readMarkdownInto(plain, text);
    if (const QString why = problemIn(plain, text); !why.isEmpty())
        return refused(QStringLiteral("the file %1 %2").arg(fileOrUrl, why));
    return {text, QString(), plain.toPlainText(), linksIn(plain)};
}

ArticleText readArticle(const Article& article) { return readArticleFile(article.spec.file); }

void readMarkdownInto(QTextDocument& doc, const QString& markdown, bool html)
{
    QFont font = doc.defaultFont();
    font.setPixelSize(15);
    doc.setDefaultFont(font);
    doc.setMarkdown(markdown, html ? QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub)
                                   : QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                                     QTextDocument::MarkdownNoHTML));
}

QString markdownProblem(const QString& markdown)
{
    QTextDocument plain;
    readMarkdownInto(plain, markdown);
    return problemIn(plain, markdown);
}

QList<MarkdownLink> markdownLinks(const QString& markdown)
{
    QTextDocument doc;
    readMarkdownInto(doc, markdown);
    return linksIn(doc);
}

} // namespace tessera::core
