// A module's start reads a window, not its history (issue 18; the rule is in
// docs/plugin-guide.md, "A module's start"). Built once per bundled module by
// tessera_add_start_test(): the module is loaded through the SDK's test
// harness on a journal of 20,000 entries of its own kinds, made from its own
// sample entries one every half hour back in time (about 14 months, denser
// than any client writes), then started again; the harness counts the
// entries and payload bytes it reads through its journal until it is idle.
// A count, not a time: it cannot flake, and it fails whenever a start reads
// a whole history, however fast the machine.
#include <tessera/sdk/testing/pluginharness.h>

#include "testsupport.h"

#include <QDateTime>

using namespace tessera;

namespace {

constexpr int kEntries = 20000;

TEST(ModuleStart, ReadsAWindowNotTheWholeHistory)
{
    sdk::testing::PluginHarness h(tessera::test::bundledPluginDir() + QStringLiteral("/" START_TEST_MODULE_ID));
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    const QString prefix = h.pluginId() + QLatin1Char('/');

    sdk::SampleRequest request;
    request.now = QDateTime::currentDateTimeUtc();
    request.days = 120;
    QList<sdk::EntryDraft> samples;
    for (sdk::EntryDraft d : h.plugin().sampleEntries(request)) {
        if (!d.kind.contains(QLatin1Char('/')))
            d.kind = prefix + d.kind;
        if (d.kind.startsWith(prefix))
            samples << d;
    }
    ASSERT_FALSE(samples.isEmpty()) << "the module has no sample entries of its own kinds to build the journal from";
    QList<sdk::EntryDraft> drafts;
    drafts.reserve(kEntries);
    for (int i = 0; i < kEntries; ++i) {
        sdk::EntryDraft d = samples.at(i % samples.size());
        d.occurredAt = request.now.addSecs(-qint64(i) * 1800);
        drafts << d;
    }
    auto stored = h.addManyAsHost(drafts);
    ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    ASSERT_EQ(*stored, kEntries);

    h.restart();
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    const auto reads = h.reads();
    test::report(QStringLiteral("module-start-reads"),
                 QStringLiteral("%1: start on %2 entries read %3 entries (%4 KB of payload; window %5), %6 aggregates")
                     .arg(h.pluginId()).arg(kEntries).arg(reads.entries).arg(reads.payloadBytes / 1024.0, 0, 'f', 1)
                     .arg(START_TEST_MAX_ENTRIES).arg(reads.aggregates));
    EXPECT_LE(reads.entries, START_TEST_MAX_ENTRIES)
        << "the module's start read more entries than its window: read a page, or use Journal::aggregate()";
    EXPECT_LE(reads.payloadBytes, START_TEST_MAX_PAYLOAD_BYTES);
}

} // namespace
