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
} // namespace

QList<Distortion> builtInDistortions()
{
    return {
        {QStringLiteral("all-or-nothing"), QCoreApplication::translate("Cbt", "All-or-nothing thinking"),
         QCoreApplication::translate("Cbt", "Seeing things in two boxes only, success or failure, with nothing in between."),
         QCoreApplication::translate("Cbt", "I made one mistake in the report, so the whole thing is useless.")},
        {QStringLiteral("overgeneralising"), QCoreApplication::translate("Cbt", "Overgeneralising"),
         QCoreApplication::translate("Cbt", "Taking one event as proof that it will always go this way."),
         QCoreApplication::translate("Cbt", "She didn't text back. Nobody ever wants to spend time with me.")},
        {QStringLiteral("mental-filter"), QCoreApplication::translate("Cbt", "Mental filter"),
         QCoreApplication::translate("Cbt", "Noticing only the bad part and letting it colour everything else."),
         QCoreApplication::translate("Cbt", "The day was ruined because of that one comment.")},
        {QStringLiteral("discounting-positive"), QCoreApplication::translate("Cbt", "Discounting the positive"),
         QCoreApplication::translate("Cbt", "Explaining away good things as luck or as not counting."),
         QCoreApplication::translate("Cbt", "They only said it went well to be kind.")},
        {QStringLiteral("jumping-to-conclusions"), QCoreApplication::translate("Cbt", "Jumping to conclusions"),
         QCoreApplication::translate("Cbt", "Deciding what others think (mind reading) or how things will turn out (fortune telling) without the facts."),
         QCoreApplication::translate("Cbt", "He looked away, he must think I'm boring. The interview is bound to go badly.")},
        {QStringLiteral("magnifying"), QCoreApplication::translate("Cbt", "Magnifying or shrinking"),
         QCoreApplication::translate("Cbt", "Blowing problems up into disasters, or shrinking your strengths until they seem to vanish."),
         QCoreApplication::translate("Cbt", "If I'm late once, I'll lose my job and everything will fall apart.")},
        {QStringLiteral("emotional-reasoning"), QCoreApplication::translate("Cbt", "Emotional reasoning"),
         QCoreApplication::translate("Cbt", "Taking a feeling as proof of a fact."),
         QCoreApplication::translate("Cbt", "I feel useless, so I must be useless.")},
        {QStringLiteral("should-statements"), QCoreApplication::translate("Cbt", "\"Should\" and \"must\" rules"),
         QCoreApplication::translate("Cbt", "Holding yourself or others to rigid rules and feeling guilt or anger when they are broken."),
         QCoreApplication::translate("Cbt", "I should be able to cope with this without help.")},
        {QStringLiteral("labelling"), QCoreApplication::translate("Cbt", "Labelling"),
         QCoreApplication::translate("Cbt", "Summing up a whole person, often yourself, with one harsh word after one event."),
         QCoreApplication::translate("Cbt", "I forgot the appointment. I'm an idiot.")},
        {QStringLiteral("personalising"), QCoreApplication::translate("Cbt", "Personalising and blaming"),
         QCoreApplication::translate("Cbt", "Taking all the responsibility for something that had many causes, or putting all of it on someone else."),
         QCoreApplication::translate("Cbt", "My son is struggling at school; it's entirely my fault.")},
    };
}

void DistortionCatalogue::retranslate()
{
    const QList<Distortion> builtIn = builtInDistortions();
    for (qsizetype i = 0; i < builtIn.size() && i < m_all.size(); ++i) {
        Distortion& d = m_all[i];
        if (!d.custom && d.id == builtIn[i].id) {
            d.name = builtIn[i].name;
            d.explanation = builtIn[i].explanation;
            d.example = builtIn[i].example;
        }
    }
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
        m_stored = f.readAll();
        for (const QJsonValue& v : QJsonDocument::fromJson(m_stored).array()) {
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

void DistortionCatalogue::save()
{
    if (m_registryPath.isEmpty())
        return;
    QJsonArray custom;
    for (const Distortion& d : m_all) {
        if (d.custom)
            custom << QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name},
                                  {QStringLiteral("explanation"), d.explanation}, {QStringLiteral("example"), d.example}};
    }
    // Written only when it changes: the module is made at every start, and an
    // unchanged file written through to the disk (fdatasync) made every start
    // wait for it (issue 30).
    const QByteArray json = QJsonDocument(custom).toJson();
    if (json == m_stored)
        return;
    QDir().mkpath(QFileInfo(m_registryPath).absolutePath());
    QSaveFile f(m_registryPath);
    if (f.open(QIODevice::WriteOnly) && f.write(json) == json.size() && f.commit())
        m_stored = json;
}

} // namespace tessera::cbt
