#include "clinicianreport.h"

#include "host/languages.h"
#include "host/logging.h"
#include "plugins/pluginmanager.h"
#include "safety/safetyplan.h"
#include "safety/supportservice.h"
#include "store/journalstore.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QMap>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <optional>

namespace tessera::core {

namespace {

// The report is laid out once, in CSS pixels (96 to the inch), and drawn
// scaled: the same pages at 300 dpi in the PDF and at any preview width.
constexpr double kLayoutDpi = 96.0;
constexpr double kMarginMm = 18.0;
// Charts are drawn at three times the layout resolution (288 dpi).
constexpr int kChartOversample = 3;
// A plain section lists at most this many entries, the latest (all are counted).
constexpr int kPlainRows = 200;
// The latest entries before the period a module gets, per kind.
constexpr int kEarlierPerKind = 200;

const QString kHostPluginId = QStringLiteral("tessera");

double mmToPx(double mm) { return mm / 25.4 * kLayoutDpi; }

QString esc(const QString& s) { return s.toHtmlEscaped(); }

// Plain text with its line breaks kept.
QString escLines(const QString& s) { return esc(s).replace(QLatin1Char('\n'), QStringLiteral("<br>")); }

// The locale's long date pattern without the weekday ("d MMMM yyyy").
QString longDatePattern(const QLocale& locale)
{
    QString pattern = locale.dateFormat(QLocale::LongFormat);
    pattern.remove(QRegularExpression(QStringLiteral("d{4}[,\\s]*")));
    return pattern.trimmed();
}

// A short day for a chart's axis: the long pattern without the year, the
// month abbreviated ("1 Sep", "Sep 1").
QString axisDate(const QDate& date, const QLocale& locale)
{
    QString pattern = longDatePattern(locale);
    pattern.remove(QRegularExpression(QStringLiteral("[,\\s]*y+[.\\s]*")));
    pattern.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    return locale.toString(date, pattern.trimmed());
}

QString number(double v, const QLocale& locale)
{
    return std::abs(v - std::round(v)) < 1e-9 ? locale.toString(qint64(std::llround(v))) : locale.toString(v, 'f', 1);
}

// A step of 1, 2 or 5 times a power of ten giving about `ticks` intervals.
double niceStep(double range, int ticks)
{
    const double raw = range / std::max(1, ticks);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= m * power)
            return m * power;
    }
    return 10 * power;
}

// A line chart in black and white: grey grid, black axes, a black line with
// a dot on every point; the value label up the left, dates along the
// bottom. `size` is in layout pixels.
QImage drawChart(const QList<sdk::ReportPoint>& points, const QDate& from, const QDate& to, double minimum,
                 double maximum, const QString& valueLabel, QSizeF size, const QLocale& locale)
{
    const double k = kChartOversample;
    QImage image(QSize(int(size.width() * k), int(size.height() * k)), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(kLayoutDpi * k / 0.0254));
    image.setDotsPerMeterY(int(kLayoutDpi * k / 0.0254));
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(k, k); // draw in layout pixels; fonts below are in pixels too
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    p.setFont(font);
    const QFontMetricsF fm(font, &image);
    const double labelWidth = fm.horizontalAdvance(number(maximum, locale).size() > number(minimum, locale).size()
                                                       ? number(maximum, locale) : number(minimum, locale));
    const QRectF plot(14 + labelWidth + 6, 6, size.width() - (14 + labelWidth + 6) - 12, size.height() - 6 - 22);
    const qint64 days = std::max<qint64>(1, from.daysTo(to));
    const auto xFor = [&](const QDate& d) { return plot.left() + plot.width() * double(from.daysTo(d)) / double(days); };
    const auto yFor = [&](double v) {
        v = std::clamp(v, minimum, maximum);
        return plot.bottom() - plot.height() * (v - minimum) / (maximum - minimum);
    };

    // Value grid and labels.
    const double range = maximum - minimum;
    const double step = niceStep(range, 6);
    const QPen grid(QColor(175, 175, 175), 0.6);
    p.setPen(QPen(Qt::black));
    for (double v = std::ceil(minimum / step) * step; v <= maximum + step * 1e-6; v += step) {
        const double y = yFor(v);
        p.setPen(grid);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(14, y - 8, labelWidth + 2, 16), Qt::AlignRight | Qt::AlignVCenter, number(v, locale));
    }
    // The value label, up the left side.
    p.save();
    p.translate(8, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2 - 40, -8, plot.height() + 80, 16), Qt::AlignCenter, valueLabel);
    p.restore();

    // Date ticks: about six, the first and last day included.
    const int ticks = int(std::min<qint64>(days, 6));
    QList<QDate> tickDays;
    for (int i = 0; i <= ticks; ++i)
        tickDays << from.addDays(qint64(std::llround(double(days) * i / std::max(1, ticks))));
    for (const QDate& d : tickDays) {
        const double x = xFor(d);
        p.setPen(grid);
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(Qt::black);
        const QString text = axisDate(d, locale);
        const double w = fm.horizontalAdvance(text) + 4;
        const double left = std::clamp(x - w / 2, 0.0, size.width() - w);
        p.drawText(QRectF(left, plot.bottom() + 4, w, 16), Qt::AlignCenter, text);
    }
    // Axes.
    p.setPen(QPen(Qt::black, 1.0));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());

    // The series.
    QList<sdk::ReportPoint> sorted = points;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const sdk::ReportPoint& a, const sdk::ReportPoint& b) { return a.date < b.date; });
    if (sorted.size() > 1) {
        QPainterPath line;
        line.moveTo(xFor(sorted.first().date), yFor(sorted.first().value));
        for (qsizetype i = 1; i < sorted.size(); ++i)
            line.lineTo(xFor(sorted[i].date), yFor(sorted[i].value));
        p.setPen(QPen(Qt::black, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(line);
    }
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    const double dot = sorted.size() > 60 ? 1.6 : 2.4;
    for (const sdk::ReportPoint& pt : std::as_const(sorted))
        p.drawEllipse(QPointF(xFor(pt.date), yFor(pt.value)), dot, dot);
    if (sorted.isEmpty()) {
        p.setPen(Qt::black);
        p.drawText(plot, Qt::AlignCenter, QCoreApplication::translate("ClinicianReport", "Nothing to show in this period"));
    }
    p.end();
    return image.convertToFormat(QImage::Format_Grayscale8);
}

struct Section {
    QString pluginId;
    QString title;
    QString moduleName;
    sdk::ReportRequest request;
    std::optional<sdk::ReportSection> own; // nullopt: the plain section
};


} // namespace

QPageSize::PageSizeId paperForLocale(const QLocale& locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::ElSalvador:
    case QLocale::Nicaragua:
    case QLocale::Panama:
    case QLocale::DominicanRepublic:
    case QLocale::PuertoRico:
    case QLocale::UnitedStatesVirginIslands:
    case QLocale::Belize:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

QString reportDate(const QDate& date, const QLocale& locale) { return locale.toString(date, longDatePattern(locale)); }

struct ClinicianReport::Impl {
    QImage layoutDevice{1, 1, QImage::Format_RGB32}; // gives the document its 96 dpi
    QTextDocument doc;
    QPageSize paper;
    QSizeF pageSize; // layout pixels
    QString period;
    QStringList titles;
    qint64 entries = 0;

    void drawPage(QPainter& painter, int index, double scale) const;
};

ClinicianReport::ClinicianReport() : d(std::make_unique<Impl>()) {}
ClinicianReport::~ClinicianReport() = default;

int ClinicianReport::pageCount() const { return d->doc.pageCount(); }
QStringList ClinicianReport::sectionTitles() const { return d->titles; }
qint64 ClinicianReport::entryCount() const { return d->entries; }

sdk::Result<std::unique_ptr<ClinicianReport>> ClinicianReport::build(const JournalStore& store,
                                                                      const PluginManager& plugins,
                                                                      const ReportOptions& options)
{
    const ShareSelection& selection = options.selection;
    if (!selection.from.isValid() || !selection.to.isValid())
        return sdk::makeError(sdk::ErrorCode::InvalidArgument,
                              QStringLiteral("the report needs a period with a first and a last day"), QStringLiteral("period"));
    if (selection.to < selection.from)
        return sdk::makeError(sdk::ErrorCode::InvalidArgument,
                              QStringLiteral("the period ends (%1) before it starts (%2)")
                                  .arg(selection.to.toString(Qt::ISODate), selection.from.toString(Qt::ISODate)),
                              QStringLiteral("period"));
    const QLocale locale;

    // ---- What the client chose: only through forEachSelected() ----
    QHash<QString, QList<sdk::Entry>> byModule;
    QMap<QDate, std::pair<double, int>> moodByDay;
    QMap<QString, std::pair<double, int>> moodByKind; // which ratings the chart averages, said under it
    qint64 drawnOn = 0;
    int supportOffered = 0;
    int supportUrgent = 0;
    auto selected = forEachSelected(store, selection, [&](const sdk::Entry& e) -> sdk::Status {
        if (e.pluginId == kHostPluginId) {
            // The host's own records are figures on page 1, not entries; they
            // come through the selection like the rest, so an untick or a
            // private mark keeps them out.
            if (e.kind == QLatin1String(SupportService::kRecordKind)) {
                ++supportOffered;
                supportUrgent += e.payload.value(QStringLiteral("urgent")).toBool() ? 1 : 0;
            }
            return {};
        }
        byModule[e.pluginId] << e;
        if (e.mood) {
            auto& day = moodByDay[e.localOccurredAt().date()];
            day.first += *e.mood;
            day.second += 1;
            auto& kind = moodByKind[e.kind];
            kind.first += *e.mood;
            kind.second += 1;
        }
        ++drawnOn;
        return {};
    });
    if (!selected.ok())
        return selected.error();

    // ---- Host figures: the safety plan's review date, when the client picked it ----
    QDate reviewedOn;
    const QString planKind = QString::fromLatin1(SafetyPlanStore::kKind);
    const bool planChosen = (selection.kinds.isEmpty() || selection.kinds.contains(planKind))
        && (selection.modules.isEmpty() || selection.modules.contains(kHostPluginId));
    bool planShown = false;
    if (planChosen) {
        sdk::EntryQuery q;
        q.kinds = {planKind};
        q.limit = 1;
        auto page = store.query(q);
        if (!page.ok())
            return page.error();
        const bool hidden = !page->entries.isEmpty() && page->entries.first().isPrivate() && !selection.includePrivate;
        if (!page->entries.isEmpty() && !hidden)
            reviewedOn = SafetyPlan::fromEntry(page->entries.first()).reviewedOn;
        planShown = !hidden;
    }
    const QString supportKind = QString::fromLatin1(SupportService::kRecordKind);
    const bool supportShown = (selection.kinds.isEmpty() || selection.kinds.contains(supportKind))
        && (selection.modules.isEmpty() || selection.modules.contains(kHostPluginId));

    // ---- Each module's section, in load order (then modules not running) ----
    QStringList order;
    for (const PluginRecord* r : plugins.running()) {
        if (byModule.contains(r->id))
            order << r->id;
    }
    QStringList others;
    for (auto it = byModule.cbegin(); it != byModule.cend(); ++it) {
        if (!order.contains(it.key()))
            others << it.key();
    }
    others.sort();
    order += others;

    ShareSelection before = selection; // for the entries before the period: the same choice, no period
    before.from = QDate();
    before.to = QDate();
    QList<Section> sections;
    for (const QString& id : std::as_const(order)) {
        Section s;
        s.pluginId = id;
        const PluginRecord* record = plugins.find(id);
        s.moduleName = record && record->manifest ? Languages::manifestText(id, record->manifest->name) : id;
        s.request.from = selection.from;
        s.request.to = selection.to;
        s.request.entries = byModule.value(id);
        QStringList kinds;
        if (record && record->manifest) {
            for (const KindSpec& k : record->manifest->kinds)
                kinds << id + QLatin1Char('/') + k.name;
        }
        for (const sdk::Entry& e : std::as_const(s.request.entries)) {
            if (!kinds.contains(e.kind))
                kinds << e.kind;
        }
        kinds.erase(std::remove_if(kinds.begin(), kinds.end(),
                                   [&](const QString& k) {
                                       return (!selection.kinds.isEmpty() && !selection.kinds.contains(k))
                                           || (!selection.modules.isEmpty() && !selection.modules.contains(id));
                                   }),
                    kinds.end());
        s.request.kinds = kinds;
        // Up to kEarlierPerKind of the latest entries of each kind before the period.
        for (const QString& kind : std::as_const(kinds)) {
            sdk::EntryQuery q;
            q.kinds = {kind};
            q.to = selection.from.startOfDay(Qt::UTC).addSecs(kMaxEntryOffsetSeconds);
            q.limit = kEarlierPerKind;
            QList<sdk::Entry> found;
            while (found.size() < kEarlierPerKind) {
                auto page = store.query(q);
                if (!page.ok())
                    return page.error();
                for (const sdk::Entry& e : std::as_const(page->entries)) {
                    if (found.size() < kEarlierPerKind && e.localOccurredAt().date() < selection.from && before.admits(e))
                        found << e;
                }
                if (page->nextCursor.isEmpty())
                    break;
                q.cursor = page->nextCursor;
            }
            std::reverse(found.begin(), found.end());
            s.request.earlier += found;
        }
        std::stable_sort(s.request.earlier.begin(), s.request.earlier.end(),
                         [](const sdk::Entry& a, const sdk::Entry& b) { return a.occurredAt < b.occurredAt; });
        if (plugins.hasReportSection(id))
            s.own = plugins.reportSection(id, s.request);
        s.title = s.own && !s.own->title.trimmed().isEmpty() ? s.own->title.trimmed() : s.moduleName;
        sections << s;
    }

    // ---- The document ----
    std::unique_ptr<ClinicianReport> report(new ClinicianReport);
    Impl& r = *report->d;
    r.entries = drawnOn;
    r.paper = QPageSize(options.paper);
    r.pageSize = r.paper.size(QPageSize::Point) * (kLayoutDpi / 72.0);
    r.layoutDevice.setDotsPerMeterX(int(std::lround(kLayoutDpi / 0.0254)));
    r.layoutDevice.setDotsPerMeterY(int(std::lround(kLayoutDpi / 0.0254)));
    r.period = QCoreApplication::translate("ClinicianReport", "%1 to %2").arg(reportDate(selection.from, locale), reportDate(selection.to, locale));
    const double margin = mmToPx(kMarginMm);
    const double contentWidth = r.pageSize.width() - 2 * margin;

    QTextDocument& doc = r.doc;
    doc.documentLayout()->setPaintDevice(&r.layoutDevice);
    doc.setUseDesignMetrics(true); // the same line breaks whatever the output's resolution
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(10);
    doc.setDefaultFont(body);
    doc.setDefaultStyleSheet(QStringLiteral(
        "body { color: #000000; }"
        "h1 { font-size: 18pt; font-weight: bold; margin-bottom: 4px; }"
        "h2 { font-size: 14pt; font-weight: bold; margin-top: 14px; margin-bottom: 6px; }"
        "h3 { font-size: 11.5pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }"
        "p { margin-top: 0px; margin-bottom: 6px; }"
        "p.caption { font-weight: bold; margin-top: 10px; margin-bottom: 4px; }"
        "p.note { font-size: 9pt; margin-top: 3px; }"
        "th { font-weight: bold; background-color: #e8e8e8; text-align: left; }"
        "td, th { padding: 3px; }"));
    doc.setPageSize(r.pageSize);

    int chartNumber = 0;
    const auto chartImg = [&](const QList<sdk::ReportPoint>& points, double minimum, double maximum,
                              const QString& valueLabel, double height) {
        const QSizeF size(contentWidth, height);
        const QImage image = drawChart(points, selection.from, selection.to, minimum, maximum, valueLabel, size, locale);
        const QUrl url(QStringLiteral("chart:%1").arg(++chartNumber));
        doc.addResource(QTextDocument::ImageResource, url, QVariant(image));
        return QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
            .arg(url.toString())
            .arg(int(size.width()))
            .arg(int(size.height()));
    };
    // `compact`: the first page's figures, in smaller type, so they fit on it.
    const auto table = [&](const QStringList& columns, const QList<QStringList>& rows, const QList<int>& widths = {},
                           bool compact = false) {
        const QString cell = compact ? QStringLiteral(" style=\"font-size: 8.5pt;\"") : QString();
        QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"%1\" "
                                      "style=\"border-color: #000000; border-style: solid;\"><thead><tr>")
                           .arg(compact ? 2 : 3);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString width = c < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths[c]) : QString();
            html += QStringLiteral("<th%1%2>%3</th>").arg(width, cell, esc(columns[c]));
        }
        html += QStringLiteral("</tr></thead>");
        for (const QStringList& row : rows) {
            html += QStringLiteral("<tr>");
            for (qsizetype c = 0; c < columns.size(); ++c)
                html += QStringLiteral("<td%1>%2</td>").arg(cell, escLines(row.value(c)));
            html += QStringLiteral("</tr>");
        }
        return html + QStringLiteral("</table>");
    };

    QString html = QStringLiteral("<html><body>");
    // ---- Page 1: the headline page ----
    html += QStringLiteral("<h1>%1</h1>").arg(esc(QCoreApplication::translate("ClinicianReport", "Tessera report for the clinician")));
    html += QStringLiteral("<p><b>%1</b> %2 (%3)</p>")
                .arg(esc(QCoreApplication::translate("ClinicianReport", "Period:")), esc(r.period),
                     esc(selection.from.daysTo(selection.to) == 0 ? QCoreApplication::translate("ClinicianReport", "1 day")
                                                                  : QCoreApplication::translate("ClinicianReport", "%1 days").arg(selection.from.daysTo(selection.to) + 1)));
    const QDateTime now = QDateTime::currentDateTime();
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(QCoreApplication::translate("ClinicianReport", "Made on %1 at %2.").arg(reportDate(now.date(), locale), now.time().toString(QStringLiteral("HH:mm")))));
    QStringList names;
    for (const Section& s : std::as_const(sections))
        names << s.moduleName;
    QString shared = drawnOn == 0 ? QCoreApplication::translate("ClinicianReport", "No entries were chosen for this period.")
                                  : QCoreApplication::translate("ClinicianReport", "Shared by the client: %1 %2 from %3.")
                                        .arg(locale.toString(drawnOn), drawnOn == 1 ? QCoreApplication::translate("ClinicianReport", "entry") : QCoreApplication::translate("ClinicianReport", "entries"),
                                             names.join(QStringLiteral(", ")));
    shared += QLatin1Char(' ')
              + (selection.includePrivate ? QCoreApplication::translate("ClinicianReport", "Entries the client marked private are included, as chosen for this report.")
                                          : QCoreApplication::translate("ClinicianReport", "Entries the client marked private are left out."));
    html += QStringLiteral("<p>%1</p>").arg(esc(shared));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("ClinicianReport", "Mood over the period")));
    QList<sdk::ReportPoint> mood;
    double sum = 0;
    double lowest = 10;
    double highest = 0;
    int ratings = 0;
    for (auto it = moodByDay.cbegin(); it != moodByDay.cend(); ++it) {
        sdk::ReportPoint p;
        p.date = it.key();
        p.value = it->first / it->second;
        mood << p;
        sum += it->first;
        ratings += it->second;
        lowest = std::min(lowest, p.value);
        highest = std::max(highest, p.value);
    }
    html += chartImg(mood, 0, 10, QCoreApplication::translate("ClinicianReport", "Mood (0-10)"), 150);
    if (mood.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("ClinicianReport", "The chosen entries have no mood ratings in this period.")));
    } else {
        const QString days = locale.toString(mood.size()), period = locale.toString(selection.from.daysTo(selection.to) + 1),
                      average = locale.toString(sum / ratings, 'f', 1), low = locale.toString(lowest, 'f', 1),
                      high = locale.toString(highest, 'f', 1);
        // The mean of the days, as the timeline's chart says it (a day rated three times counts
        // once there): a clinician saw 6.1 in the app and 5.9 here, and no reason.
        double daysSum = 0;
        for (const sdk::ReportPoint& p : std::as_const(mood))
            daysSum += p.value;
        const QString dailyAverage = locale.toString(daysSum / mood.size(), 'f', 1);
        // "once", not "1 times" (the CLI draws the report without catalogues, so no plural forms).
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(ratings == 1
                                 ? QCoreApplication::translate("ClinicianReport", "Mood was rated once in the %1 days: %2 out of 10.")
                                       .arg(period, average)
                                 : QCoreApplication::translate("ClinicianReport", "Mood was rated %1 times on %2 of the %3 days; the average of all the ratings was %4 out of 10 "
                                "(daily averages from %5 to %6, their average %7, as the app's mood chart gives it).")
                                       .arg(locale.toString(ratings), days, period, average, low, high, dailyAverage)));
        // Modules rate mood at different moments (a check-in, after an
        // activity): say which ratings the chart mixes, each with its average.
        QStringList parts;
        for (auto it = moodByKind.cbegin(); it != moodByKind.cend(); ++it) {
            QString title = it.key();
            if (const auto info = plugins.kindInfo(it.key()); info && !info->title.isEmpty())
                title = info->title; // its module's name for it, in the client's language
            parts << (it->second == 1 ? QCoreApplication::translate("ClinicianReport", "%1: one rating of %2")
                                            .arg(title, locale.toString(it->first, 'f', 1))
                                      : QCoreApplication::translate("ClinicianReport", "%1: %2 ratings, average %3")
                                            .arg(title, locale.toString(it->second), locale.toString(it->first / it->second, 'f', 1)));
        }
        html += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("ClinicianReport", "The ratings come from: %1.").arg(parts.join(QStringLiteral("; ")))));
    }

    html += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("ClinicianReport", "At a glance")));
    QList<QStringList> figures;
    if (planShown)
        figures << QStringList{QCoreApplication::translate("ClinicianReport", "Safety plan"), QCoreApplication::translate("ClinicianReport", "Last reviewed"),
                               reviewedOn.isValid() ? reportDate(reviewedOn, locale) : QCoreApplication::translate("ClinicianReport", "Not reviewed yet"), QString()};
    if (supportShown) {
        // The area is who offered it (Tessera itself, not a module); the measure names it once.
        figures << QStringList{QStringLiteral("Tessera"), QCoreApplication::translate("ClinicianReport", "Support offered"),
                               supportOffered == 0   ? QCoreApplication::translate("ClinicianReport", "Not offered")
                               : supportOffered == 1 ? QCoreApplication::translate("ClinicianReport", "Once")
                                                     : QCoreApplication::translate("ClinicianReport", "%1 times").arg(locale.toString(supportOffered)),
                               QCoreApplication::translate("ClinicianReport", "Tessera's support notice (crisis page and safety plan), shown when a module noticed a "
                                  "sign of risk%1.")
                                   .arg(supportUrgent > 0 ? QCoreApplication::translate("ClinicianReport", "; %1 of them urgent").arg(locale.toString(supportUrgent))
                                                          : QString())};
    }
    for (const Section& s : std::as_const(sections)) {
        if (!s.own)
            continue;
        for (const sdk::ReportFigure& f : s.own->headlines)
            figures << QStringList{s.moduleName, f.label, f.value, f.detail};
    }
    html += table({QCoreApplication::translate("ClinicianReport", "Area"), QCoreApplication::translate("ClinicianReport", "Measure"), QCoreApplication::translate("ClinicianReport", "Figure"), QCoreApplication::translate("ClinicianReport", "Note")}, figures, {15, 18, 22, 45}, true);

    // ---- The sections ----
    for (const Section& s : std::as_const(sections)) {
        r.titles << s.title;
        html += QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>").arg(esc(s.title));
        const qsizetype n = s.request.entries.size();
        QString intro = n == 1 ? QCoreApplication::translate("ClinicianReport", "1 entry in the period") : QCoreApplication::translate("ClinicianReport", "%1 entries in the period").arg(locale.toString(n));
        if (s.title != s.moduleName)
            intro = QCoreApplication::translate("ClinicianReport", "%1 (module: %2)").arg(intro, s.moduleName);
        html += QStringLiteral("<p class=\"note\">%1.</p>").arg(esc(intro));
        if (s.own) {
            for (const sdk::ReportBlock& b : s.own->blocks) {
                switch (b.type) {
                case sdk::ReportBlock::Type::Heading:
                    html += QStringLiteral("<h3>%1</h3>").arg(esc(b.text));
                    break;
                case sdk::ReportBlock::Type::Paragraph:
                    html += QStringLiteral("<p>%1</p>").arg(escLines(b.text));
                    break;
                case sdk::ReportBlock::Type::Table:
                    if (!b.text.isEmpty())
                        html += QStringLiteral("<p class=\"caption\">%1</p>").arg(esc(b.text));
                    html += table(b.columns, b.rows);
                    break;
                case sdk::ReportBlock::Type::Chart:
                    if (!b.text.isEmpty())
                        html += QStringLiteral("<p class=\"caption\">%1</p>").arg(esc(b.text));
                    html += chartImg(b.points, b.minimum, b.maximum, b.valueLabel, 170);
                    break;
                }
            }
            continue;
        }
        // The plain section: how many of each kind, then the entries.
        const PluginRecord* record = plugins.find(s.pluginId);
        const auto kindTitle = [&](const QString& kind) {
            if (record && record->manifest) {
                if (const KindSpec* k = record->manifest->kind(kind.section(QLatin1Char('/'), 1)); k && !k->title.isEmpty())
                    return Languages::manifestText(record->id, k->title);
            }
            return kind.section(QLatin1Char('/'), 1);
        };
        QMap<QString, int> perKind;
        bool anyMood = false;
        for (const sdk::Entry& e : s.request.entries) {
            perKind[kindTitle(e.kind)] += 1;
            anyMood = anyMood || e.mood.has_value();
        }
        QStringList counts;
        for (auto it = perKind.cbegin(); it != perKind.cend(); ++it)
            counts << QStringLiteral("%1: %2").arg(it.key(), locale.toString(it.value()));
        html += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("ClinicianReport", "Entries by kind: %1.").arg(counts.join(QStringLiteral("; ")))));
        QStringList columns{QCoreApplication::translate("ClinicianReport", "Date"), QCoreApplication::translate("ClinicianReport", "Kind"), QCoreApplication::translate("ClinicianReport", "Title")};
        if (anyMood)
            columns << QCoreApplication::translate("ClinicianReport", "Mood");
        QList<QStringList> rows;
        for (qsizetype i = std::max<qsizetype>(0, n - kPlainRows); i < n; ++i) {
            const sdk::Entry& e = s.request.entries[i];
            QStringList row{locale.toString(e.localOccurredAt().date(), QLocale::ShortFormat), kindTitle(e.kind), e.title};
            if (anyMood)
                row << (e.mood ? QString::number(*e.mood) : QString());
            rows << row;
        }
        html += table(columns, rows, anyMood ? QList<int>{16, 24, 52, 8} : QList<int>{16, 24, 60});
        if (n > kPlainRows)
            html += QStringLiteral("<p class=\"note\">%1</p>")
                        .arg(esc(QCoreApplication::translate("ClinicianReport", "The latest %1 of the %2 entries are listed; the counts above cover them all.")
                                     .arg(locale.toString(kPlainRows), locale.toString(n))));
    }
    html += QStringLiteral("</body></html>");
    doc.setHtml(html);
    // The page margins, on every page (after setHtml(), which resets the root frame).
    QTextFrameFormat root = doc.rootFrame()->frameFormat();
    root.setMargin(0);
    root.setLeftMargin(margin);
    root.setRightMargin(margin);
    root.setTopMargin(margin);
    root.setBottomMargin(margin);
    doc.rootFrame()->setFrameFormat(root);
    (void)doc.pageCount(); // lays the document out now, not on the first page drawn
    return report;
}

void ClinicianReport::Impl::drawPage(QPainter& painter, int index, double scale) const
{
    painter.save();
    painter.scale(scale, scale);
    painter.fillRect(QRectF(QPointF(0, 0), pageSize), Qt::white);
    painter.save();
    painter.translate(0, -index * pageSize.height());
    const QRectF view(0, index * pageSize.height(), pageSize.width(), pageSize.height());
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = view;
    context.palette.setColor(QPalette::Text, Qt::black);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();

    // Header (after the first page) and footer, in the margins.
    const double margin = mmToPx(kMarginMm);
    const double width = pageSize.width() - 2 * margin;
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPixelSize(11); // 8.25 pt, in layout pixels (the painter is scaled)
    painter.setFont(small);
    painter.setPen(Qt::black);
    if (index > 0) {
        const QRectF header(margin, margin - mmToPx(10), width, mmToPx(6));
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, QCoreApplication::translate("ClinicianReport", "Tessera - shared by the client"));
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, period);
        painter.setPen(QPen(QColor(120, 120, 120), 0.5));
        painter.drawLine(QPointF(margin, margin - mmToPx(3)), QPointF(margin + width, margin - mmToPx(3)));
        painter.setPen(Qt::black);
    }
    const QRectF footer(margin, pageSize.height() - margin + mmToPx(4), width, mmToPx(6));
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, period);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, QCoreApplication::translate("ClinicianReport", "Page %1 of %2").arg(index + 1).arg(doc.pageCount()));
    painter.restore();
}

QImage ClinicianReport::renderPage(int index, int widthPixels) const
{
    if (index < 0 || index >= pageCount() || widthPixels <= 0)
        return {};
    const double scale = widthPixels / d->pageSize.width();
    QImage image(QSize(widthPixels, int(std::lround(d->pageSize.height() * scale))), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(kLayoutDpi * scale / 0.0254));
    image.setDotsPerMeterY(int(kLayoutDpi * scale / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    d->drawPage(painter, index, scale);
    painter.end();
    return image;
}

sdk::Status ClinicianReport::writePdf(const QString& path) const
{
    const auto failed = [&path](const QString& why) {
        return sdk::makeError(sdk::ErrorCode::Storage, QStringLiteral("%1: %2").arg(path, why));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(d->paper);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QCoreApplication::translate("ClinicianReport", "Tessera report for the clinician: %1").arg(d->period));
        writer.setCreator(QStringLiteral("Tessera"));
        QPainter painter;
        if (!painter.begin(&writer))
            return failed(QStringLiteral("the PDF could not be started"));
        const double scale = 300.0 / kLayoutDpi;
        for (int i = 0; i < pageCount(); ++i) {
            if (i > 0 && !writer.newPage())
                return failed(QStringLiteral("page %1 could not be started").arg(i + 1));
            d->drawPage(painter, i, scale);
        }
        if (!painter.end())
            return failed(QStringLiteral("the PDF could not be finished"));
    }
    if (file.error() != QFileDevice::NoError)
        return failed(file.errorString());
    if (!file.commit())
        return failed(file.errorString());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace tessera::core
