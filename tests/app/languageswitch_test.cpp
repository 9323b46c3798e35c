// Settings promises "Pages change language at once". A module page is made
// anew when it is opened, and reads its module's text then: after a switch of
// language, none of it may still be in the language the modules started in.
// Found trying it: the mindfulness course, IPT's problem areas and the
// Resilience practices' steps were built once per process and stayed in the
// first language until Tessera was started again.
//
// Every bundled module, through the real plugin manager: started in English,
// switched to Spanish; every text its backend's properties give is looked up
// in the module's own Spanish catalogue, and none may be a message the
// catalogue translates.
#include "host/languages.h"

#include "moduletest.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMetaProperty>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace tessera;

namespace {

const QStringList kModules{QStringLiteral("journal"),     QStringLiteral("behavioral-activation"), QStringLiteral("cbt"),
                           QStringLiteral("goals"),       QStringLiteral("medication"),            QStringLiteral("mbct"),
                           QStringLiteral("ipt"),         QStringLiteral("assessments"),           QStringLiteral("sessions"),
                           QStringLiteral("resilience"),  QStringLiteral("reflective")};

/// source text -> its Spanish, for the module's finished messages that differ.
QHash<QString, QString> spanishOf(const QString& module)
{
    QHash<QString, QString> out;
    QFile f(QDir(test::fixtureSourceDir() + QStringLiteral("/../..")).filePath(QStringLiteral("plugins/%1/i18n/%1_es.ts").arg(module)));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << f.fileName().toStdString();
    QXmlStreamReader xml(&f);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().value(QStringLiteral("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!unfinished && !text.isEmpty() && text != source && !source.contains(QLatin1Char('%')))
                out.insert(source, text);
        }
    }
    return out;
}

void collect(const QVariant& v, const QString& where, QHash<QString, QString>* texts)
{
    if (v.typeId() == QMetaType::QString) {
        texts->insert(v.toString(), where);
    } else if (v.typeId() == QMetaType::QStringList) {
        for (const QString& s : v.toStringList())
            texts->insert(s, where);
    } else if (v.typeId() == QMetaType::QVariantList) {
        const QVariantList list = v.toList();
        for (qsizetype i = 0; i < list.size(); ++i)
            collect(list.at(i), QStringLiteral("%1[%2]").arg(where).arg(i), texts);
    } else if (v.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            collect(it.value(), where + QLatin1Char('.') + it.key(), texts);
    }
}

/// Every text the backend's own properties give, with where it was found.
QHash<QString, QString> textsOf(QObject* backend)
{
    QHash<QString, QString> texts;
    const QMetaObject* meta = backend->metaObject();
    for (int i = QObject::staticMetaObject.propertyCount(); i < meta->propertyCount(); ++i) {
        const QMetaProperty p = meta->property(i);
        collect(p.read(backend), QString::fromLatin1(p.name()), &texts);
    }
    return texts;
}

class LanguageSwitch : public test::ModuleTest {
protected:
    void TearDown() override { core::Languages::use(QStringLiteral("en")); }
};

} // namespace

TEST_F(LanguageSwitch, AModulePageOpenedAfterTheSwitchHasNoTextLeftInTheOldLanguage)
{
    for (const QString& module : kModules) {
        SCOPED_TRACE(module.toStdString());
        core::Languages::use(QStringLiteral("en"));
        start(kModules, module);
        const QHash<QString, QString> english = textsOf(backend);
        ASSERT_FALSE(english.isEmpty());
        core::Languages::use(QStringLiteral("es"));
        plugins->refreshForLanguage(); // as the app does when the language is switched in Settings
        const QHash<QString, QString> spanish = spanishOf(module);
        ASSERT_FALSE(spanish.isEmpty());
        const QHash<QString, QString> after = textsOf(backend);
        int left = 0;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (spanish.contains(it.key())) {
                ++left;
                ADD_FAILURE() << it.value().toStdString() << " is still \"" << it.key().toStdString() << "\", not \""
                              << spanish.value(it.key()).toStdString() << "\"";
            }
        }
        EXPECT_EQ(left, 0);
    }
}
