// The rules of sdk::ReportSection, asserted directly (issue 23): what the
// host's tidyReportSection() would drop or cut. For the bundled modules'
// report tests, which build a section from a ReportRequest and check it.
#pragma once

#include <tessera/sdk/plugin.h>
#include <tessera/sdk/report.h>

#include <gtest/gtest.h>

#include <QDateTime>
#include <QString>

#include <algorithm>
#include <optional>

namespace tessera::test {

inline bool isOneLine(const QString& s)
{
    return !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r'));
}

/// Every figure and block of `section` keeps the limits of report.h for
/// `request` (at most 4 figures, label/value 1-60 characters on one line,
/// detail at most 160; at most 200 blocks, text at most 4000; tables of 1-8
/// columns, rows of as many cells, at most 500 rows, none empty; charts with
/// minimum below maximum and every point inside the period and the range).
inline void expectWithinReportLimits(const sdk::ReportSection& section, const sdk::ReportRequest& request)
{
    EXPECT_TRUE(isOneLine(section.title));
    EXPECT_LE(section.headlines.size(), 4);
    for (qsizetype i = 0; i < section.headlines.size(); ++i) {
        const sdk::ReportFigure& f = section.headlines.at(i);
        SCOPED_TRACE(QStringLiteral("headlines[%1] %2").arg(i).arg(f.label).toStdString());
        EXPECT_FALSE(f.label.isEmpty());
        EXPECT_FALSE(f.value.isEmpty());
        EXPECT_LE(f.label.size(), 60);
        EXPECT_LE(f.value.size(), 60);
        EXPECT_LE(f.detail.size(), 160);
        EXPECT_TRUE(isOneLine(f.label) && isOneLine(f.value) && isOneLine(f.detail));
    }
    EXPECT_LE(section.blocks.size(), 200);
    for (qsizetype i = 0; i < section.blocks.size(); ++i) {
        const sdk::ReportBlock& b = section.blocks.at(i);
        SCOPED_TRACE(QStringLiteral("blocks[%1] %2").arg(i).arg(b.text.left(40)).toStdString());
        EXPECT_LE(b.text.size(), 4000);
        switch (b.type) {
        case sdk::ReportBlock::Type::Heading:
        case sdk::ReportBlock::Type::Paragraph:
            EXPECT_FALSE(b.text.trimmed().isEmpty());
            break;
        case sdk::ReportBlock::Type::Table:
            EXPECT_GE(b.columns.size(), 1);
            EXPECT_LE(b.columns.size(), 8);
            EXPECT_GE(b.rows.size(), 1) << "no empty tables";
            EXPECT_LE(b.rows.size(), 500);
            for (const QStringList& row : b.rows)
                EXPECT_EQ(row.size(), b.columns.size());
            break;
        case sdk::ReportBlock::Type::Chart:
            EXPECT_LT(b.minimum, b.maximum);
            EXPECT_GE(b.points.size(), 1);
            EXPECT_LE(b.points.size(), 1000);
            for (const sdk::ReportPoint& p : b.points) {
                EXPECT_TRUE(p.date.isValid());
                EXPECT_GE(p.date, request.from);
                EXPECT_LE(p.date, request.to);
                EXPECT_GE(p.value, b.minimum);
                EXPECT_LE(p.value, b.maximum);
            }
            break;
        }
    }
}

/// Every text of `section` (title, figures, block texts, columns, cells), one per line:
/// for asserting that something is or is not in it.
inline QString reportText(const sdk::ReportSection& section)
{
    QStringList all{section.title};
    for (const sdk::ReportFigure& f : section.headlines)
        all << f.label << f.value << f.detail;
    for (const sdk::ReportBlock& b : section.blocks) {
        all << b.text << b.columns.join(QLatin1Char('\t')) << b.valueLabel;
        for (const QStringList& row : b.rows)
            all << row.join(QLatin1Char('\t'));
    }
    return all.join(QLatin1Char('\n'));
}

/// The blocks of `section` of type `type`.
inline QList<sdk::ReportBlock> blocksOf(const sdk::ReportSection& section, sdk::ReportBlock::Type type)
{
    QList<sdk::ReportBlock> out;
    for (const sdk::ReportBlock& b : section.blocks) {
        if (b.type == type)
            out << b;
    }
    return out;
}

/// A request for the `days` days up to `now` from `plugin`'s own
/// sampleEntries() (as the demo journal holds them): those in the period in
/// `entries`, those before in `earlier`, oldest first; every kind.
inline sdk::ReportRequest samplesRequest(const sdk::Plugin& plugin, const QString& pluginId, const QDateTime& now, int days = 90)
{
    sdk::SampleRequest sr;
    sr.now = now;
    sr.days = days;
    sdk::ReportRequest r;
    r.to = now.date();
    r.from = r.to.addDays(-(days - 1));
    QList<sdk::Entry> all;
    int n = 0;
    for (const sdk::EntryDraft& d : plugin.sampleEntries(sr)) {
        sdk::Entry e;
        e.id = QStringLiteral("sample-%1").arg(++n);
        e.pluginId = pluginId;
        e.kind = d.kind.contains(QLatin1Char('/')) ? d.kind : pluginId + QLatin1Char('/') + d.kind;
        e.occurredAt = d.occurredAt.toUTC();
        e.title = d.title;
        e.summary = d.summary;
        e.mood = d.mood;
        e.payload = d.payload;
        e.createdAt = e.updatedAt = e.occurredAt;
        if (!r.kinds.contains(e.kind))
            r.kinds << e.kind;
        all << e;
    }
    std::stable_sort(all.begin(), all.end(), [](const sdk::Entry& a, const sdk::Entry& b) { return a.occurredAt < b.occurredAt; });
    for (const sdk::Entry& e : all) {
        const QDate day = e.localOccurredAt().date();
        if (day < r.from)
            r.earlier << e;
        else if (day <= r.to)
            r.entries << e;
    }
    return r;
}


/// The section the host hands on (`viaHost`, from PluginManager::reportSection)
/// is within the limits, has figures, and is the module's own builder's
/// (`direct`) whole: the host's checks dropped nothing.
inline void expectTheHostKeepsTheSection(const std::optional<sdk::ReportSection>& viaHost,
                                         const sdk::ReportSection& direct, const sdk::ReportRequest& request)
{
    ASSERT_TRUE(viaHost.has_value());
    expectWithinReportLimits(*viaHost, request);
    EXPECT_FALSE(viaHost->headlines.isEmpty());
    EXPECT_EQ(viaHost->headlines.size(), direct.headlines.size());
    EXPECT_EQ(viaHost->blocks.size(), direct.blocks.size());
    EXPECT_EQ(reportText(*viaHost), reportText(direct));
}

} // namespace tessera::test
