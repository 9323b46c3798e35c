#include "distortions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace tessera::cbt {

namespace {
QString t(const char* text) { return QCoreApplication::translate("Cbt", text); }
} // namespace

QList<Distortion> builtInDistortions()
{
    return {
        {QStringLiteral("all-or-nothing"), t("All-or-nothing thinking"),
         t("Seeing things in two boxes only, success or failure, with nothing in between."),
         t("I made one mistake in the report, so the whole thing is useless.")},
        {QStringLiteral("overgeneralising"), t("Overgeneralising"),
         t("Taking one event as proof that it will always go this way."),
         t("She didn't text back. Nobody ever wants to spend time with me.")},
        {QStringLiteral("mental-filter"), t("Mental filter"),
         t("Noticing only the bad part and letting it colour everything else."),
         t("The day was ruined because of that one comment.")},
        {QStringLiteral("discounting-positive"), t("Discounting the positive"),
         t("Explaining away good things as luck or as not counting."),
         t("They only said it went well to be kind.")},
        {QStringLiteral("jumping-to-conclusions"), t("Jumping to conclusions"),
         t("Deciding what others think (mind reading) or how things will turn out (fortune telling) without the facts."),
         t("He looked away, he must think I'm boring. The interview is bound to go badly.")},
        {QStringLiteral("magnifying"), t("Magnifying or shrinking"),
         t("Blowing problems up into disasters, or shrinking your strengths until they seem to vanish."),
         t("If I'm late once, I'll lose my job and everything will fall apart.")},
        {QStringLiteral("emotional-reasoning"), t("Emotional reasoning"),
         t("Taking a feeling as proof of a fact."),
         t("I feel useless, so I must be useless.")},
        {QStringLiteral("should-statements"), t("\"Should\" and \"must\" rules"),
         t("Holding yourself or others to rigid rules and feeling guilt or anger when they are broken."),
         t("I should be able to cope with this without help.")},
        {QStringLiteral("labelling"), t("Labelling"),
         t("Summing up a whole person, often yourself, with one harsh word after one event."),
         t("I forgot the appointment. I'm an idiot.")},
        {QStringLiteral("personalising"), t("Personalising and blaming"),
         t("Taking all the responsibility for something that had many causes, or putting all of it on someone else."),
         t("My son is struggling at school; it's entirely my fault.")},
    };
}

DistortionCatalogue::DistortionCatalogue(QString registryPath, const QJsonArray& customSettings, QStringList* problems)
    : m_registryPath(std::move(registryPath)), m_all(builtInDistortions())
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    auto upsert = [this](Distortion d) {
        for (Distortion& existing : m_all) {
            if (existing.id == d.id) {
                if (existing.custom)
                    existing = d;
                return;
            }
        }
        m_all << d;
    };
    // Everything remembered starts archived; the clinic's current list revives what it still offers.
    QFile f(m_registryPath);
    if (f.open(QIODevice::ReadOnly)) {
        for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array()) {
            const QJsonObject o = v.toObject();
            upsert({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString(),
                    o.value(QStringLiteral("explanation")).toString(), o.value(QStringLiteral("example")).toString(), true, true});
        }
    }
    for (qsizetype i = 0; i < customSettings.size(); ++i) {
        const QJsonObject o = customSettings.at(i).toObject();
        Distortion d{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString(),
                     o.value(QStringLiteral("explanation")).toString(), o.value(QStringLiteral("example")).toString(),
                     true, o.value(QStringLiteral("archived")).toBool(false)};
        if (!idPattern.match(d.id).hasMatch() || d.name.trimmed().isEmpty() || d.explanation.trimmed().isEmpty()) {
            if (problems)
                *problems << QStringLiteral("customDistortions[%1] needs an id (lowercase, digits, '-'), a name and an explanation").arg(i);
            continue;
        }
        bool builtIn = false;
        for (const Distortion& b : builtInDistortions())
            builtIn = builtIn || b.id == d.id;
        if (builtIn) {
            if (problems)
                *problems << QStringLiteral("customDistortions[%1]: \"%2\" is a built-in distortion").arg(i).arg(d.id);
            continue;
        }
        upsert(d);
    }
    save();
}

QList<Distortion> DistortionCatalogue::active() const
{
    QList<Distortion> out;
    for (const Distortion& d : m_all) {
        if (!d.archived)
            out << d;
    }
    return out;
}

const Distortion* DistortionCatalogue::find(const QString& id) const
{
    for (const Distortion& d : m_all) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

void DistortionCatalogue::save() const
{
    if (m_registryPath.isEmpty())
        return;
    QJsonArray custom;
    for (const Distortion& d : m_all) {
        if (d.custom)
            custom << QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name},
                                  {QStringLiteral("explanation"), d.explanation}, {QStringLiteral("example"), d.example}};
    }
    QDir().mkpath(QFileInfo(m_registryPath).absolutePath());
    QSaveFile f(m_registryPath);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(custom).toJson());
        f.commit();
    }
}

} // namespace tessera::cbt
