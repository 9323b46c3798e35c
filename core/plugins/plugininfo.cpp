#include "plugininfo.h"

#include "elfimage.h"

#include <elf.h>

#include <cstddef>
#include <cstring>
#include <optional>

namespace tessera::core {

namespace {

// The checks both readers share, on the fields as found.
PluginBinaryInfo checked(std::size_t size, std::size_t needed, unsigned major, unsigned minor,
                         const std::optional<QByteArray>& pluginId)
{
    PluginBinaryInfo out;
    // The 2.0 fields end with pluginId; later SDKs only append.
    if (size < needed) {
        out.problem = QStringLiteral("says it is %1 bytes, too small for the SDK 2.0 fields (%2 bytes)").arg(size).arg(needed);
        return out;
    }
    if (!pluginId || pluginId->isEmpty()) {
        out.problem = QStringLiteral("has no module id; build the module with tessera_add_plugin()");
        return out;
    }
    out.sdkMajor = major;
    out.sdkMinor = minor;
    out.pluginId = QString::fromUtf8(*pluginId);
    out.valid = true;
    return out;
}

// Module ids are short; a longer "string" is not one.
constexpr qsizetype kMaxIdLength = 255;

quint32 word32(const QByteArray& bytes, qsizetype at)
{
    quint32 v = 0;
    std::memcpy(&v, bytes.constData() + at, 4);
    return v;
}

// The address the code of tessera_plugin_info() loads and returns, read
// (never run) from its first instructions, as TESSERA_PLUGIN() compiles:
// x86-64 `lea rax, [rip + d]` (after an optional endbr64 and frame set-up),
// AArch64 `adrp x0, page; add x0, x0, #off` (after an optional bti/paciasp).
std::optional<quint64> addressLoadedBy(const ElfImage& library, quint64 function)
{
    const std::optional<QByteArray> code = library.bytesAt(function, 16);
    if (!code)
        return std::nullopt;
    const auto* c = reinterpret_cast<const unsigned char*>(code->constData());
    if (library.machine() == EM_X86_64) {
        qsizetype i = 0;
        if (std::memcmp(c, "\xf3\x0f\x1e\xfa", 4) == 0) // endbr64
            i += 4;
        if (std::memcmp(c + i, "\x55\x48\x89\xe5", 4) == 0) // push rbp; mov rbp, rsp
            i += 4;
        if (i + 7 > code->size() || std::memcmp(c + i, "\x48\x8d\x05", 3) != 0) // lea rax, [rip + disp32]
            return std::nullopt;
        const auto disp = static_cast<qint32>(word32(*code, i + 3));
        return function + quint64(i + 7) + quint64(qint64(disp));
    }
    if (library.machine() == EM_AARCH64) {
        qsizetype i = 0;
        const quint32 first = word32(*code, 0);
        if (first == 0xd503245f || first == 0xd503233f) // bti c; paciasp
            i += 4;
        const quint32 adrp = word32(*code, i);
        const quint32 add = word32(*code, i + 4);
        if ((adrp & 0x9f00001f) != 0x90000000 || (add & 0xffc003ff) != 0x91000000)
            return std::nullopt;
        qint64 imm = (qint64((adrp >> 5) & 0x7ffff) << 2) | ((adrp >> 29) & 0x3);
        if (imm & (qint64(1) << 20))
            imm -= qint64(1) << 21;
        const quint64 page = ((function + quint64(i)) & ~quint64(0xfff)) + quint64(imm << 12);
        return page + ((add >> 10) & 0xfff);
    }
    return std::nullopt;
}

} // namespace

PluginBinaryInfo readPluginInfo(sdk::PluginInfoFunction* info)
{
    const TesseraPluginInfo* raw = nullptr;
    try {
        raw = info ? info() : nullptr;
    } catch (...) {
        PluginBinaryInfo out;
        out.problem = QStringLiteral("threw an exception");
        return out;
    }
    if (!raw) {
        PluginBinaryInfo out;
        out.problem = QStringLiteral("returned nothing");
        return out;
    }
    constexpr std::size_t needed = offsetof(TesseraPluginInfo, pluginId) + sizeof(const char*);
    std::optional<QByteArray> id;
    if (raw->size >= needed && raw->pluginId)
        id = QByteArray(raw->pluginId);
    return checked(raw->size, needed, raw->sdkMajor, raw->sdkMinor, id);
}

PluginBinaryInfo readPluginInfo(const ElfImage& library)
{
    PluginBinaryInfo out;
    const auto function = library.exportedSymbol(sdk::kInfoSymbol);
    if (!function) {
        out.problem = QStringLiteral("is not exported");
        return out;
    }
    // TesseraPluginInfo as laid out in the library: three 32-bit fields,
    // then the pointer, aligned to its own size.
    const quint64 pointerSize = library.is64() ? 8 : 4;
    const quint64 pointerOffset = library.is64() ? 16 : 12;
    const std::size_t needed = std::size_t(pointerOffset + pointerSize);

    std::optional<quint64> address;
    if (auto local = library.symbol("_ZZ19tessera_plugin_infoE4info"); local && local->type == STT_OBJECT)
        address = local->value;
    else
        address = addressLoadedBy(library, function->value);
    if (!address) {
        out.problem = QStringLiteral("cannot be read from the file (it does not return a TesseraPluginInfo as "
                                     "TESSERA_PLUGIN() writes it)");
        return out;
    }
    const std::optional<QByteArray> head = library.bytesAt(*address, 12);
    if (!head) {
        out.problem = QStringLiteral("points outside the library's data");
        return out;
    }
    const quint32 size = word32(*head, 0);
    std::optional<QByteArray> id;
    if (size >= needed) {
        const std::optional<quint64> pointer = library.pointerAt(*address + pointerOffset);
        if (pointer && *pointer != 0)
            id = library.stringAt(*pointer, kMaxIdLength);
    }
    return checked(size, needed, word32(*head, 4), word32(*head, 8), id);
}

QString builtSdkProblem(const PluginBinaryInfo& info, int manifestMajor, int manifestMinor, int hostMajor, int hostMinor)
{
    if (int(info.sdkMajor) != manifestMajor || int(info.sdkMinor) < manifestMinor)
        return QStringLiteral("the manifest says SDK %1.%2 but the library was built with SDK %3.%4; rebuild the "
                              "module or correct \"sdkVersion\" in plugin.json")
            .arg(manifestMajor).arg(manifestMinor).arg(info.sdkMajor).arg(info.sdkMinor);
    if (int(info.sdkMajor) != hostMajor || int(info.sdkMinor) > hostMinor)
        return QStringLiteral("the library was built with SDK %1.%2, newer than this Tessera's SDK %3.%4; update "
                              "Tessera, or rebuild the module against SDK %3.%4")
            .arg(info.sdkMajor).arg(info.sdkMinor).arg(hostMajor).arg(hostMinor);
    return {};
}

} // namespace tessera::core
