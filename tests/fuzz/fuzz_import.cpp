// libFuzzer target: JSON import (tessera-cli import, the app's import), from
// parsing the file to writing its entries into a journal.
#include "interchange/exporter.h"
#include "store/journalstore.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace tessera;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto parsed = core::parseJsonExport(bytes, QStringLiteral("fuzz/export.json"));
    if (!parsed.ok()) {
        if (!parsed.error().message.contains(QStringLiteral("export.json")))
            __builtin_trap();
        return 0;
    }
    auto store = core::JournalStore::open(QStringLiteral(":memory:"));
    if (!store.ok())
        __builtin_trap();
    auto imported = store.value()->importEntries(parsed.value());
    if (imported.ok()) {
        // What was imported reads back.
        for (const sdk::Entry& e : parsed.value()) {
            if (!e.id.isEmpty() && !store.value()->get(e.id).ok())
                __builtin_trap();
        }
    }
    return 0;
}
