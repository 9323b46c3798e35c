#include "sharecontroller.h"

#include "host/host.h"
#include "host/languages.h"
#include "host/logging.h"
#include "interchange/clinicianreport.h"
#include "interchange/csvexport.h"
#include "interchange/fhirexport.h"
#include "plugins/pluginmanager.h"
#include "safety/safetyplan.h"
#include "safety/supportservice.h"
#include "store/journalstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

#include "host/qstringformatter.h"

#include <spdlog/spdlog.h>

namespace tessera::core {

namespace {

constexpr int kDefaultDays = 90;

// The host's own kinds a report can show on its first page (the safety plan's
// review date, how often support was offered): picked like a module's kinds.
const QString kHostId = QStringLiteral("tessera");
QList<std::pair<QString, QString>> hostKinds()
{
    return {{QString::fromLatin1(SafetyPlanStore::kKind), QCoreApplication::translate("Share", "When my safety plan was last reviewed")},
            {QString::fromLatin1(SupportService::kRecordKind), QCoreApplication::translate("Share", "How often support was offered")}};
}

QDate parseDay(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return pattern.match(text.trimmed()).hasMatch() ? QDate::fromString(text.trimmed(), Qt::ISODate) : QDate();
}

// `path`, or "name (2).ext", "name (3).ext"... when it is taken: a share never
// overwrites an earlier one.
QString freePath(const QString& path)
{
    if (!QFileInfo::exists(path))
        return path;
    const QFileInfo info(path);
    const QString suffix = info.isDir() || info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    const QString base = suffix.isEmpty() ? path : path.left(path.size() - suffix.size());
    for (int n = 2; n < 1000; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
    return path;
}

} // namespace

ShareController::ShareController(Host& host, QObject* parent) : QObject(parent), m_host(host)
{
    m_to = QDate::currentDate();
    m_from = m_to.addDays(-(kDefaultDays - 1));
    m_paper = paperForLocale(QLocale::system()) /* the computer's country, not the app's language (issue 29) */ == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
    // Every kind of every running module is picked to start with: the
    // client unticks what stays private to them (and sees it in the preview).
    // Not a kind named "draft": work not finished (plugin-guide.md).
    for (const PluginRecord* r : m_host.plugins().running()) {
        if (!r->manifest)
            continue;
        for (const KindSpec& k : r->manifest->kinds) {
            if (!k.isDraft())
                m_chosenKinds.insert(k.fullName);
        }
    }
    for (const auto& [kind, title] : hostKinds())
        m_chosenKinds.insert(kind);
    m_recount.setSingleShot(true);
    m_recount.setInterval(120);
    connect(&m_recount, &QTimer::timeout, this, &ShareController::recount);
    if (JournalStore* store = m_host.store()) {
        connect(store, &JournalStore::reset, this, [this] { if (m_active) m_recount.start(); });
        connect(store, &JournalStore::entryChanged, this, [this] { if (m_active) m_recount.start(); });
    }
    m_destination = defaultDestination();
    m_previewKey = QUuid::createUuid().toString(QUuid::Id128);
    rebuildModules();
}

ShareController::~ShareController() = default;

bool ShareController::available() const { return m_host.store() != nullptr; }

void ShareController::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    emit activeChanged();
    if (m_active)
        recount();
}

QString ShareController::fromDate() const { return m_from.isValid() ? m_from.toString(Qt::ISODate) : QString(); }
QString ShareController::toDate() const { return m_to.isValid() ? m_to.toString(Qt::ISODate) : QString(); }

void ShareController::setFromDate(const QString& date)
{
    const QDate d = parseDay(date);
    if (d == m_from && d.isValid())
        return;
    m_from = d;
    choicesChanged();
}

void ShareController::setToDate(const QString& date)
{
    const QDate d = parseDay(date);
    if (d == m_to && d.isValid())
        return;
    m_to = d;
    choicesChanged();
}

void ShareController::usePeriod(int days)
{
    if (days < 1)
        return;
    m_to = QDate::currentDate();
    m_from = m_to.addDays(-(days - 1));
    choicesChanged();
}

QString ShareController::periodProblem() const
{
    if (!m_from.isValid())
        return QCoreApplication::translate("Share", "Write the first day as year-month-day, for example %1.").arg(QDate::currentDate().addDays(-89).toString(Qt::ISODate));
    if (!m_to.isValid())
        return QCoreApplication::translate("Share", "Write the last day as year-month-day, for example %1.").arg(QDate::currentDate().toString(Qt::ISODate));
    if (m_from > m_to)
        return QCoreApplication::translate("Share", "The first day comes after the last day.");
    return {};
}

void ShareController::setIncludePrivate(bool include)
{
    if (m_includePrivate == include)
        return;
    m_includePrivate = include;
    choicesChanged();
}

void ShareController::setFormat(const QString& format)
{
    static const QStringList formats{QStringLiteral("pdf"), QStringLiteral("fhir"), QStringLiteral("csv")};
    if (!formats.contains(format) || format == m_format)
        return;
    m_format = format;
    if (!m_destinationEdited) {
        m_destination = defaultDestination();
        emit destinationChanged();
    }
    choicesChanged();
}

void ShareController::setPaper(const QString& paper)
{
    if ((paper != QLatin1String("a4") && paper != QLatin1String("letter")) || paper == m_paper)
        return;
    m_paper = paper;
    choicesChanged();
}

void ShareController::setPseudonym(const QString& pseudonym)
{
    if (pseudonym == m_pseudonym)
        return;
    m_pseudonym = pseudonym;
    emit selectionChanged();
}

void ShareController::setDestination(const QString& path)
{
    if (path == m_destination)
        return;
    m_destination = path;
    m_destinationEdited = !path.trimmed().isEmpty();
    if (!m_destinationEdited)
        m_destination = defaultDestination();
    emit destinationChanged();
}

QString ShareController::defaultDestination() const
{
    QSettings settings(QDir(m_host.dataDir()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QString folder = settings.value(QStringLiteral("exportFolder")).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString day = QDate::currentDate().toString(Qt::ISODate);
    QString name;
    if (m_format == QLatin1String("fhir"))
        name = QStringLiteral("tessera-fhir-%1.json").arg(day);
    else if (m_format == QLatin1String("csv"))
        name = QStringLiteral("tessera-csv-%1").arg(day);
    else
        name = QStringLiteral("tessera-report-%1.pdf").arg(day);
    return QDir::toNativeSeparators(QDir(folder).filePath(name));
}

void ShareController::setKindChosen(const QString& kind, bool chosen)
{
    if (chosen == m_chosenKinds.contains(kind))
        return;
    if (chosen)
        m_chosenKinds.insert(kind);
    else
        m_chosenKinds.remove(kind);
    choicesChanged();
}

void ShareController::setModuleChosen(const QString& moduleId, bool chosen)
{
    if (moduleId == kHostId) {
        for (const auto& [kind, title] : hostKinds()) {
            if (chosen)
                m_chosenKinds.insert(kind);
            else
                m_chosenKinds.remove(kind);
        }
        choicesChanged();
        return;
    }
    const PluginRecord* r = m_host.plugins().find(moduleId);
    if (!r || !r->manifest)
        return;
    for (const KindSpec& k : r->manifest->kinds) {
        if (chosen && !k.isDraft()) // a draft is ticked by name only
            m_chosenKinds.insert(k.fullName);
        else if (!chosen)
            m_chosenKinds.remove(k.fullName);
    }
    choicesChanged();
}

void ShareController::choicesChanged()
{
    emit selectionChanged();
    if (m_previewCurrent) {
        m_previewCurrent = false;
        emit previewChanged();
    }
    rebuildModules();
    if (m_active)
        m_recount.start();
}

ShareSelection ShareController::selection() const
{
    ShareSelection s;
    s.from = m_from;
    s.to = m_to;
    // Only kinds of running modules that are ticked: never "every kind".
    for (const PluginRecord* r : m_host.plugins().running()) {
        if (!r->manifest)
            continue;
        for (const KindSpec& k : r->manifest->kinds) {
            if (m_chosenKinds.contains(k.fullName))
                s.kinds << k.fullName;
        }
    }
    for (const auto& [kind, title] : hostKinds()) {
        if (m_chosenKinds.contains(kind))
            s.kinds << kind;
    }
    s.includePrivate = m_includePrivate;
    return s;
}

void ShareController::recount()
{
    m_counts.clear();
    m_entryCount = 0;
    m_privateCount = 0;
    JournalStore* store = m_host.store();
    if (store && periodProblem().isEmpty()) {
        ShareSelection all = selection();
        all.kinds.clear();
        for (const PluginRecord* r : m_host.plugins().running()) {
            if (r->manifest) {
                for (const KindSpec& k : r->manifest->kinds)
                    all.kinds << k.fullName;
            }
        }
        for (const auto& [kind, title] : hostKinds())
            all.kinds << kind;
        all.includePrivate = true;
        if (!all.kinds.isEmpty()) {
            auto counted = forEachSelected(*store, all, [this](const sdk::Entry& e) {
                const bool chosen = m_chosenKinds.contains(e.kind);
                if (e.isPrivate()) {
                    if (chosen)
                        ++m_privateCount;
                    if (!m_includePrivate)
                        return sdk::Status();
                }
                ++m_counts[e.kind];
                if (chosen)
                    ++m_entryCount;
                return sdk::Status();
            }, false);
            if (!counted.ok())
                logger("host")->warn("share: counting entries failed: {}", counted.error().message);
        }
    }
    rebuildModules();
}

void ShareController::rebuildModules()
{
    m_modules.clear();
    QVariantList layout;
    for (const PluginRecord* r : m_host.plugins().running()) {
        if (!r->manifest || r->manifest->kinds.isEmpty())
            continue;
        QVariantList kinds;
        QVariantList kindLayout;
        int chosen = 0;
        int finished = 0; // kinds not named "draft", and how many of them are chosen
        int finishedChosen = 0;
        int count = 0;
        for (const KindSpec& k : r->manifest->kinds) {
            const bool on = m_chosenKinds.contains(k.fullName);
            chosen += on ? 1 : 0;
            if (!k.isDraft()) {
                ++finished;
                finishedChosen += on ? 1 : 0;
            }
            const int n = m_counts.value(k.fullName);
            if (on)
                count += n;
            const QString title = k.title.isEmpty() ? k.name : Languages::manifestText(r->id, k.title);
            kinds << QVariantMap{{QStringLiteral("kind"), k.fullName},
                                 {QStringLiteral("title"), title},
                                 {QStringLiteral("chosen"), on},
                                 {QStringLiteral("count"), n}};
            kindLayout << QVariantMap{{QStringLiteral("kind"), k.fullName}, {QStringLiteral("title"), title}};
        }
        // The module's box is ticked when all its finished kinds are (all its kinds, for a
        // module of drafts only); its drafts are ticked by name.
        const int whole = finished > 0 ? finished : int(r->manifest->kinds.size());
        const int wholeChosen = finished > 0 ? finishedChosen : chosen;
        const QString name = Languages::manifestText(r->id, r->manifest->name);
        layout << QVariantMap{{QStringLiteral("id"), r->id},
                              {QStringLiteral("name"), name},
                              {QStringLiteral("kinds"), kindLayout}};
        m_modules << QVariantMap{{QStringLiteral("id"), r->id},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("chosen"), wholeChosen == whole},
                                 {QStringLiteral("partly"), chosen > 0 && wholeChosen < whole},
                                 {QStringLiteral("count"), count},
                                 {QStringLiteral("kinds"), kinds}};
    }
    QVariantList kinds;
    QVariantList kindLayout;
    int chosen = 0;
    int count = 0;
    for (const auto& [kind, title] : hostKinds()) {
        const bool on = m_chosenKinds.contains(kind);
        chosen += on ? 1 : 0;
        const int n = m_counts.value(kind);
        count += on ? n : 0;
        kinds << QVariantMap{{QStringLiteral("kind"), kind}, {QStringLiteral("title"), title},
                             {QStringLiteral("chosen"), on}, {QStringLiteral("count"), n}};
        kindLayout << QVariantMap{{QStringLiteral("kind"), kind}, {QStringLiteral("title"), title}};
    }
    layout << QVariantMap{{QStringLiteral("id"), kHostId},
                          {QStringLiteral("name"), QCoreApplication::translate("Share", "Safety plan and support (figures on the first page)")},
                          {QStringLiteral("kinds"), kindLayout}};
    m_modules << QVariantMap{{QStringLiteral("id"), kHostId},
                             {QStringLiteral("name"), QCoreApplication::translate("Share", "Safety plan and support (figures on the first page)")},
                             {QStringLiteral("chosen"), chosen == kinds.size()},
                             {QStringLiteral("partly"), chosen > 0 && chosen < kinds.size()},
                             {QStringLiteral("count"), count},
                             {QStringLiteral("kinds"), kinds}};
    if (layout != m_moduleLayout) {
        m_moduleLayout = layout;
        emit moduleLayoutChanged();
    }
    emit countsChanged();
}

QString ShareController::summary() const
{
    if (!available())
        return QCoreApplication::translate("Share", "The journal is not open.");
    if (const QString problem = periodProblem(); !problem.isEmpty())
        return problem;
    const QLocale locale;
    const QString period = QCoreApplication::translate("Share", "%1 to %2").arg(locale.toString(m_from, QLocale::LongFormat),
                                               locale.toString(m_to, QLocale::LongFormat));
    QString text = QCoreApplication::translate("Share", "%n entries from %1 will be shared.", nullptr, m_entryCount).arg(period);
    if (m_privateCount > 0) {
        text += QLatin1Char(' ')
            + (m_includePrivate ? QCoreApplication::translate("Share", "That includes %n entries you marked private.", nullptr, m_privateCount)
                                : QCoreApplication::translate("Share", "%n entries you marked private are left out.", nullptr, m_privateCount));
    }
    return text;
}

int ShareController::previewPages() const { return m_report ? m_report->pageCount() : 0; }

QString ShareController::previewSource() const
{
    return QStringLiteral("image://share-preview/") + m_previewKey;
}

QImage ShareController::previewImage(const QString& key, int index, int width) const
{
    if (key != m_previewKey || !m_report || index < 0 || index >= m_report->pageCount())
        return {};
    return m_report->renderPage(index, qBound(200, width, 2400));
}

QString ShareController::preview()
{
    const QString said = buildPreview();
    setLastFailed(!said.isEmpty());
    return said;
}

QString ShareController::buildPreview()
{
    JournalStore* store = m_host.store();
    if (!store)
        return QCoreApplication::translate("Share", "The journal is not open.");
    if (const QString problem = periodProblem(); !problem.isEmpty())
        return problem;
    ReportOptions options;
    options.selection = selection();
    options.paper = m_paper == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    auto report = ClinicianReport::build(*store, m_host.plugins(), options);
    if (!report.ok()) {
        logger("host")->warn("share: the report preview failed: {}", report.error().message);
        return report.error().message;
    }
    m_report = std::move(report.value());
    ++m_previewRevision;
    m_previewCurrent = true;
    emit previewChanged();
    return {};
}

QString ShareController::save()
{
    bool ok = false;
    const QString said = doSave(ok);
    setLastFailed(!ok);
    return said;
}

void ShareController::setLastFailed(bool failed)
{
    if (m_lastFailed == failed)
        return;
    m_lastFailed = failed;
    emit lastFailedChanged();
}

QString ShareController::doSave(bool& ok)
{
    ok = false;
    JournalStore* store = m_host.store();
    if (!store)
        return QCoreApplication::translate("Share", "The journal is not open.");
    if (const QString problem = periodProblem(); !problem.isEmpty())
        return problem;
    if (selection().kinds.isEmpty())
        return QCoreApplication::translate("Share", "Pick at least one kind of entry to share.");
    const QString wanted = QDir::fromNativeSeparators(m_destination.trimmed());
    if (wanted.isEmpty() || QFileInfo(wanted).isRelative())
        return QCoreApplication::translate("Share", "Write the full path of the file to save, for example %1.").arg(defaultDestination());
    const QString path = freePath(wanted);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString shown = QDir::toNativeSeparators(path);

    if (m_format == QLatin1String("csv")) {
        CsvOptions options;
        auto files = exportCsvFolder(*store, selection(), options, path);
        if (!files.ok())
            return files.error().message;
        qint64 rows = 0;
        for (const CsvFile& f : files.value())
            rows += f.rows;
        logger("host")->info("shared {} entries as CSV ({} files)", rows, files.value().size());
        ok = true;
    return QCoreApplication::translate("Share", "Saved %n entries as CSV files in %1.", nullptr, int(rows)).arg(shown);
    }
    if (m_format == QLatin1String("fhir")) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QCoreApplication::translate("Share", "Could not write %1: %2").arg(shown, file.errorString());
        FhirOptions options;
        options.patientPseudonym = m_pseudonym.trimmed();
        auto n = exportFhir(*store, m_host.plugins(), selection(), options, file);
        if (!n.ok())
            return n.error().message;
        if (!file.commit())
            return QCoreApplication::translate("Share", "Could not write %1: %2").arg(shown, file.errorString());
        logger("host")->info("shared {} FHIR resources", n.value());
        ok = true;
    return QCoreApplication::translate("Share", "Saved %n FHIR resources to %1.", nullptr, int(n.value())).arg(shown);
    }
    if (!m_previewCurrent || !m_report) {
        if (const QString problem = preview(); !problem.isEmpty())
            return problem;
    }
    if (sdk::Status s = m_report->writePdf(path); !s.ok())
        return s.error().message;
    logger("host")->info("shared a {}-page report", m_report->pageCount());
    ok = true;
    return QCoreApplication::translate("Share", "Saved the report (%n pages) to %1.", nullptr, m_report->pageCount()).arg(shown);
}

} // namespace tessera::core
