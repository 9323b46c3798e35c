#include "articlespec.h"

#include "host/displaytext.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

namespace tessera::core {

const QStringList& articleTopics()
{
    // "In a crisis" first: someone looking for help now should not scroll past the rest.
    static const QStringList topics{QStringLiteral("crisis"),     QStringLiteral("understanding"),
                                    QStringLiteral("treatment"),  QStringLiteral("techniques"),
                                    QStringLiteral("medicines"),  QStringLiteral("everyday"),
                                    QStringLiteral("staying-well")};
    return topics;
}

bool isKnownArticleTopic(const QString& topic) { return articleTopics().contains(topic); }

QString audienceName(ArticleAudience audience)
{
    return audience == ArticleAudience::Family ? QStringLiteral("family") : QStringLiteral("client");
}

namespace {

// One line, and no control or text-direction characters (see displaytext.h).
bool oneLine(const QString& s) { return !hasControlCharacters(s); }

} // namespace

std::optional<ArticleProblem> parseArticleSpec(const QJsonValue& value, ArticleSource source, const QStringList& pageIds,
                                               ArticleSpec* out)
{
    if (!value.isObject())
        return ArticleProblem{QString(), QStringLiteral("must be an object with id, title, audience, minutes, topic and file")};
    const QJsonObject o = value.toObject();
    static const QSet<QString> known{QStringLiteral("id"),     QStringLiteral("title"), QStringLiteral("summary"),
                                     QStringLiteral("audience"), QStringLiteral("minutes"), QStringLiteral("topic"),
                                     QStringLiteral("page"),   QStringLiteral("file")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return ArticleProblem{escapeForDisplay(it.key()), QStringLiteral("is not an article field (known: id, title, summary, audience, "
                                                           "minutes, topic, page, file)")};
    }
    ArticleSpec a;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*\\z"));
    const QJsonValue id = o.value(QLatin1String("id"));
    if (!id.isString() || !idPattern.match(id.toString()).hasMatch() || id.toString().size() > 64)
        return ArticleProblem{QStringLiteral("id"), QStringLiteral("must be 1-64 lower-case letters, digits and dashes, "
                                                                   "e.g. \"thought-records\"")};
    a.id = id.toString();

    const QJsonValue title = o.value(QLatin1String("title"));
    if (!title.isString() || title.toString().trimmed().isEmpty() || title.toString().size() > 80 || !oneLine(title.toString()))
        return ArticleProblem{QStringLiteral("title"), QStringLiteral("must be 1-80 characters on one line")};
    a.title = title.toString().trimmed();

    if (const QJsonValue summary = o.value(QLatin1String("summary")); !summary.isUndefined()) {
        if (!summary.isString() || summary.toString().size() > 160 || !oneLine(summary.toString()))
            return ArticleProblem{QStringLiteral("summary"), QStringLiteral("must be at most 160 characters on one line")};
        a.summary = summary.toString().trimmed();
    }

    const QString audience = o.value(QLatin1String("audience")).toString();
    if (audience == QLatin1String("client"))
        a.audience = ArticleAudience::Client;
    else if (audience == QLatin1String("family"))
        a.audience = ArticleAudience::Family;
    else
        return ArticleProblem{QStringLiteral("audience"),
                              QStringLiteral("must be \"client\" (for the person using Tessera) or \"family\" (for family and friends)")};

    const QJsonValue minutes = o.value(QLatin1String("minutes"));
    const double m = minutes.toDouble(-1);
    if (!minutes.isDouble() || m < 1 || m > 60 || m != double(int(m)))
        return ArticleProblem{QStringLiteral("minutes"), QStringLiteral("must be a whole number of minutes to read, 1-60")};
    a.minutes = int(m);

    static const QRegularExpression topicPattern(QStringLiteral("^[a-z][a-z-]{0,39}\\z"));
    const QJsonValue topic = o.value(QLatin1String("topic"));
    if (!topic.isString() || !topicPattern.match(topic.toString()).hasMatch())
        return ArticleProblem{QStringLiteral("topic"), QStringLiteral("must be one of %1").arg(articleTopics().join(QStringLiteral(", ")))};
    a.topic = topic.toString();

    if (const QJsonValue page = o.value(QLatin1String("page")); !page.isUndefined()) {
        if (!page.isString() || page.toString().isEmpty())
            return ArticleProblem{QStringLiteral("page"), QStringLiteral("must name a page")};
        a.page = page.toString();
        if (source == ArticleSource::Module && !pageIds.contains(a.page))
            return ArticleProblem{QStringLiteral("page"), QStringLiteral("names no page in \"pages\" (\"%1\"; the module has: %2)")
                                                              .arg(escapeForDisplay(a.page), pageIds.join(QStringLiteral(", ")))};
        static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9][a-z0-9.-]*(/[a-z0-9][a-z0-9-]*)?\\z"));
        if (source != ArticleSource::Module && !keyPattern.match(a.page).hasMatch())
            return ArticleProblem{QStringLiteral("page"),
                                  QStringLiteral("must be a page of the app, e.g. \"cbt/record\", \"safety-plan\" or \"crisis\"")};
    }

    const QJsonValue file = o.value(QLatin1String("file"));
    const QString f = file.toString();
    if (!file.isString() || f.isEmpty() || !f.endsWith(QLatin1String(".md")))
        return ArticleProblem{QStringLiteral("file"), QStringLiteral("must name a Markdown file (.md)")};
    switch (source) {
    case ArticleSource::Module:
        if (!f.startsWith(QLatin1String("qrc:/")))
            return ArticleProblem{QStringLiteral("file"),
                                  QStringLiteral("must be a qrc:/ URL of a file in the module's resources, e.g. "
                                                 "\"qrc:/qt/qml/Tessera/Plugins/Sleep/articles/%1.md\"").arg(a.id)};
        break;
    case ArticleSource::Profile:
        if (f.startsWith(QLatin1String("qrc:")) || f.contains(QLatin1String("://")))
            return ArticleProblem{QStringLiteral("file"), QStringLiteral("must be a path, relative to the profile's folder")};
        break;
    case ArticleSource::Host:
        if (f.contains(QLatin1Char('/')))
            return ArticleProblem{QStringLiteral("file"), QStringLiteral("must be a file name")};
        break;
    }
    a.file = f;
    *out = a;
    return std::nullopt;
}

} // namespace tessera::core
