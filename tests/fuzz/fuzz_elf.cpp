// libFuzzer target: the ELF reader behind `tessera-cli plugins check`, which
// reads module libraries (anyone's files) without loading them. Its seed,
// corpus/fuzz_elf/tiny-module.so, is a 2 KB library with the two entry points,
// built from tiny-module.c beside it (also an input: not ELF):
//   gcc -shared -fPIC -Os -nostdlib -fno-asynchronous-unwind-tables -Wl,-z,max-page-size=16
//       -Wl,-z,common-page-size=16 -Wl,-z,noseparate-code -Wl,-z,norelro -Wl,--build-id=none
#include "plugins/elfimage.h"
#include "plugins/plugininfo.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tessera::core;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const ElfImage image = ElfImage::parse(bytes, QStringLiteral("fuzz/libx.so"));
    if (!image.valid()) {
        // Every refusal names the file.
        if (!image.error().startsWith(QStringLiteral("fuzz/libx.so ")))
            __builtin_trap();
        return 0;
    }
    (void)image.exports(tessera::sdk::kInfoSymbol);
    (void)image.exports(tessera::sdk::kFactorySymbol);
    const PluginBinaryInfo info = readPluginInfo(image);
    if (!info.valid && info.problem.isEmpty())
        __builtin_trap();
    return 0;
}
