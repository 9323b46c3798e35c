#include "languages.h"

#include "host/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <spdlog/spdlog.h>

#include <map>
#include <memory>

namespace tessera::core {

namespace {

// "marked": every string that goes through a translation comes back as its
// English source with an invisible mark in front (see Languages::resolve()).
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char* /*context*/, const char* sourceText, const char* /*disambiguation*/,
                      int /*n*/) const override
    {
        if (!sourceText || !*sourceText)
            return {};
        return QChar(Languages::kMark) + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

struct State {
    QString choice;
    QLocale locale = QLocale::system();
    std::unique_ptr<QTranslator> qt;     // Qt's own text (standard buttons), when Debian's package has it
    std::unique_ptr<QTranslator> host;   // always installed last
    std::map<QString, std::unique_ptr<QTranslator>> modules;
    QStringList moduleIds;               // in the order they were added
    bool used = false;                   // use() was called (tessera-cli never does: English)
};

State& state()
{
    static State s;
    return s;
}

bool isMarked(const QString& choice) { return choice == QLatin1String("marked"); }

void removeAll()
{
    State& s = state();
    for (auto& [id, t] : s.modules)
        QCoreApplication::removeTranslator(t.get());
    s.modules.clear();
    if (s.qt)
        QCoreApplication::removeTranslator(s.qt.get());
    if (s.host)
        QCoreApplication::removeTranslator(s.host.get());
    s.qt.reset();
    s.host.reset();
}

// The host's catalogue goes (back) on top of every other.
void installHostLast()
{
    State& s = state();
    if (!s.host)
        return;
    QCoreApplication::removeTranslator(s.host.get());
    QCoreApplication::installTranslator(s.host.get());
}

// `name`_<lang>.qm from `folder` for the current language; a language without a
// catalogue gets the English one (its plural forms: "1 entry").
bool loadCatalogue(QTranslator& t, const QString& name, const QString& folder)
{
    // English by its one file name: load(QLocale, ...) looks for a dozen names in the
    // resources, 0.4 M instructions a catalogue (issue 30, twelfth round). Under the C
    // locale, and for every English locale, straight to it.
    const QLocale::Language language = state().locale.language();
    return (language != QLocale::C && language != QLocale::English && t.load(state().locale, name, QStringLiteral("_"), folder))
           || t.load(folder + QLatin1Char('/') + name + QStringLiteral("_en.qm"));
}

void loadModule(const QString& id)
{
    State& s = state();
    if (!s.used || isMarked(s.choice))
        return; // (English has catalogues too, its plural forms: also under the C locale)
    auto t = std::make_unique<QTranslator>();
    if (!loadCatalogue(*t, id, QStringLiteral(":/tessera/i18n/") + id))
        return; // no catalogue: the module's English text as written
    QCoreApplication::installTranslator(t.get());
    s.modules[id] = std::move(t);
    logger("host")->debug("module {}: {} text from its catalogue", id.toStdString(), s.locale.name().toStdString());
}

} // namespace

QList<Languages::Language> Languages::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("es"), QStringLiteral("Español")}};
}

QLocale Languages::resolve(const QString& choice)
{
    if (choice.isEmpty())
        return QLocale::system();
    if (isMarked(choice))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    for (const Language& l : available()) {
        if (l.code == choice)
            // Spanish as written in Spain unless the system says which Spanish.
            return QLocale::system().language() == QLocale(choice).language() ? QLocale::system() : QLocale(choice);
    }
    return QLocale::system();
}

QString Languages::savedChoice(const QString& dataDir)
{
    return QSettings(QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        .value(QStringLiteral("language"), QString())
        .toString();
}

QLocale Languages::use(const QString& choice)
{
    removeAll();
    State& s = state();
    s.used = true;
    s.choice = choice;
    s.locale = resolve(choice);
    QLocale::setDefault(s.locale);
    if (isMarked(choice)) {
        s.host = std::make_unique<MarkingTranslator>();
        QCoreApplication::installTranslator(s.host.get());
        return s.locale;
    }
    if (s.locale.language() != QLocale::C) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(s.locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            s.qt = std::move(qt);
        }
    }
    // The host's catalogue also under the C locale (a system with no language set, CI,
    // a service): English's plural forms come from it ("(1 entries)" on Share before).
    auto host = std::make_unique<QTranslator>();
    if (loadCatalogue(*host, QStringLiteral("tessera"), QStringLiteral(":/tessera/i18n/host")))
        s.host = std::move(host);
    for (const QString& id : s.moduleIds)
        loadModule(id);
    if (s.host)
        QCoreApplication::installTranslator(s.host.get());
    return s.locale;
}

void Languages::addModule(const QString& id)
{
    State& s = state();
    if (!s.moduleIds.contains(id))
        s.moduleIds << id;
    if (s.modules.count(id))
        return;
    loadModule(id);
    installHostLast();
}

QString Languages::manifestText(const QString& moduleId, const QString& text)
{
    if (text.isEmpty() || !state().used)
        return text;
    const QByteArray source = text.toUtf8();
    const QByteArray id = moduleId.toUtf8();
    return QCoreApplication::translate("Manifest", source.constData(), id.constData());
}

QString Languages::choice() { return state().choice; }

bool Languages::marking() { return isMarked(state().choice); }

} // namespace tessera::core
