// The "Share with my clinician" page's backend (issue 23): what the client
// picks (period, modules and kinds, private entries or not, the format), a
// preview, then the file.
#pragma once

#include "interchange/shareselection.h"

#include <QDate>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QVariantList>

#include <memory>

namespace tessera::core {

class ClinicianReport;
class Host;

/// Backs qml/SharePage.qml. Nothing leaves the journal but what the client
/// picked: the selection is built from the page's choices alone, and every
/// format reads entries through ShareSelection (private entries left out
/// unless `includePrivate`). While its page is open (`active`) it counts
/// what would be shared, and follows changes to the journal.
///
/// Formats: "pdf" (the clinician report), "fhir" (FHIR R4 JSON), "csv" (a
/// folder, one file per kind), "json" (a Tessera export another Tessera can
/// import). Every action returns the sentence to show; no entry's text goes
/// to the log.
class ShareController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    /// The period: "yyyy-MM-dd" strings for the page's fields.
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY selectionChanged)
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY selectionChanged)
    /// "" when the period is valid, else what is wrong with it.
    Q_PROPERTY(QString periodProblem READ periodProblem NOTIFY selectionChanged)
    /// One map per running module with kinds: id, name, chosen (all its
    /// kinds picked), partly (some), kinds: [{kind, title, chosen, count}],
    /// count (its entries in the period that would be shared).
    Q_PROPERTY(QVariantList modules READ modules NOTIFY countsChanged)
    /// The same modules and kinds without their state: [{id, name, kinds:
    /// [{kind, title}]}]. It changes only when the running modules do, so a
    /// page can lay its boxes out from it and keep them (and the keyboard
    /// focus) while `modules` changes with every tick and count.
    Q_PROPERTY(QVariantList moduleLayout READ moduleLayout NOTIFY moduleLayoutChanged)
    Q_PROPERTY(bool includePrivate READ includePrivate WRITE setIncludePrivate NOTIFY selectionChanged)
    /// "pdf", "fhir", "csv" or "json".
    Q_PROPERTY(QString format READ format WRITE setFormat NOTIFY selectionChanged)
    /// "a4" or "letter" (the PDF's paper; starts from the locale).
    Q_PROPERTY(QString paper READ paper WRITE setPaper NOTIFY selectionChanged)
    /// FHIR only: a pseudonym the clinic knows the client by (empty: no Patient).
    Q_PROPERTY(QString pseudonym READ pseudonym WRITE setPseudonym NOTIFY selectionChanged)
    /// Entries that would be shared, and private ones in the period of the
    /// picked kinds (shared only with includePrivate).
    Q_PROPERTY(int entryCount READ entryCount NOTIFY countsChanged)
    Q_PROPERTY(int privateCount READ privateCount NOTIFY countsChanged)
    /// One sentence saying what is picked, for the page and screen readers.
    Q_PROPERTY(QString summary READ summary NOTIFY countsChanged)
    /// The preview of the PDF: its pages (0 before a preview or for other
    /// formats); each page is image://share-preview/<revision>/<index>.
    Q_PROPERTY(int previewPages READ previewPages NOTIFY previewChanged)
    Q_PROPERTY(int previewRevision READ previewRevision NOTIFY previewChanged)
    /// Whether the preview shows the current choices (false once they change).
    Q_PROPERTY(bool previewCurrent READ previewCurrent NOTIFY previewChanged)
    /// The preview's image URLs start with this, then "/<revision>/<index>".
    /// It holds a random key: the image provider is the engine's, so a
    /// module's page could name it, but cannot know the key (modules never
    /// see the shell's context, where `share` lives).
    Q_PROPERTY(QString previewSource READ previewSource CONSTANT)
    /// Whether the last Save or Preview failed (its sentence then says why).
    Q_PROPERTY(bool lastFailed READ lastFailed NOTIFY lastFailedChanged)
    /// Where the file (or, for CSV, the folder) will be written.
    Q_PROPERTY(QString destination READ destination WRITE setDestination NOTIFY destinationChanged)

public:
    explicit ShareController(Host& host, QObject* parent = nullptr);
    ~ShareController() override;

    [[nodiscard]] bool available() const;
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);
    [[nodiscard]] QString fromDate() const;
    void setFromDate(const QString& date);
    [[nodiscard]] QString toDate() const;
    void setToDate(const QString& date);
    [[nodiscard]] QString periodProblem() const;
    [[nodiscard]] QVariantList modules() const { return m_modules; }
    [[nodiscard]] QVariantList moduleLayout() const { return m_moduleLayout; }
    [[nodiscard]] bool includePrivate() const { return m_includePrivate; }
    void setIncludePrivate(bool include);
    [[nodiscard]] QString format() const { return m_format; }
    void setFormat(const QString& format);
    [[nodiscard]] QString paper() const { return m_paper; }
    void setPaper(const QString& paper);
    [[nodiscard]] QString pseudonym() const { return m_pseudonym; }
    void setPseudonym(const QString& pseudonym);
    [[nodiscard]] int entryCount() const { return m_entryCount; }
    [[nodiscard]] int privateCount() const { return m_privateCount; }
    [[nodiscard]] QString summary() const;
    [[nodiscard]] int previewPages() const;
    [[nodiscard]] int previewRevision() const { return m_previewRevision; }
    [[nodiscard]] bool previewCurrent() const { return m_previewCurrent; }
    [[nodiscard]] QString previewSource() const;
    [[nodiscard]] bool lastFailed() const { return m_lastFailed; }
    [[nodiscard]] QString destination() const { return m_destination; }
    void setDestination(const QString& path);

    /// The last `days` days, today included.
    Q_INVOKABLE void usePeriod(int days);
    /// Picks or drops one kind ("goals/checkin"), or every kind of a module.
    Q_INVOKABLE void setKindChosen(const QString& kind, bool chosen);
    Q_INVOKABLE void setModuleChosen(const QString& moduleId, bool chosen);
    /// Builds the PDF preview from the current choices; returns "" or what failed.
    Q_INVOKABLE QString preview();
    /// Writes the file in the chosen format; returns the sentence to show.
    Q_INVOKABLE QString save();

    /// The selection the current choices make (tests and the CLI's twin).
    [[nodiscard]] ShareSelection selection() const;
    /// Page `index` of the preview, `width` pixels wide; null when none, or
    /// when `key` is not this controller's preview key.
    [[nodiscard]] QImage previewImage(const QString& key, int index, int width) const;

signals:
    void activeChanged();
    void selectionChanged();
    void countsChanged();
    void moduleLayoutChanged();
    void previewChanged();
    void destinationChanged();
    void lastFailedChanged();

private:
    void choicesChanged();
    QString doSave(bool& ok);
    QString buildPreview();
    void setLastFailed(bool failed);
    void recount();
    void rebuildModules();
    QString defaultDestination() const;
    Host& m_host;
    bool m_active = false;
    QDate m_from;
    QDate m_to;
    QSet<QString> m_chosenKinds;
    bool m_includePrivate = false;
    QString m_format = QStringLiteral("pdf");
    QString m_paper;
    QString m_pseudonym;
    QString m_destination;
    bool m_destinationEdited = false;
    QVariantList m_modules;
    QVariantList m_moduleLayout;
    QHash<QString, int> m_counts;
    int m_entryCount = 0;
    int m_privateCount = 0;
    std::unique_ptr<ClinicianReport> m_report;
    int m_previewRevision = 0;
    bool m_previewCurrent = false;
    QTimer m_recount;
    QString m_previewKey;
    bool m_lastFailed = false;
};

} // namespace tessera::core
