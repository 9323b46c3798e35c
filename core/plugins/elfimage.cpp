#include "elfimage.h"

#include <QDir>
#include <QFile>

#include <elf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include <cstring>
#include <limits>
#include <type_traits>

namespace tessera::core {

namespace {

struct Elf32Traits {
    using Ehdr = Elf32_Ehdr;
    using Shdr = Elf32_Shdr;
    using Phdr = Elf32_Phdr;
    using Sym = Elf32_Sym;
    using Rel = Elf32_Rel;
    using Rela = Elf32_Rela;
    using Word = quint32;
    static quint32 relocationType(quint64 info) { return ELF32_R_TYPE(info); }
};

struct Elf64Traits {
    using Ehdr = Elf64_Ehdr;
    using Shdr = Elf64_Shdr;
    using Phdr = Elf64_Phdr;
    using Sym = Elf64_Sym;
    using Rel = Elf64_Rel;
    using Rela = Elf64_Rela;
    using Word = quint64;
    static quint32 relocationType(quint64 info) { return ELF64_R_TYPE(info); }
};

// The relocation type that means "load address + addend" on each machine.
std::optional<quint32> relativeType(unsigned machine)
{
    switch (machine) {
    case EM_X86_64: return R_X86_64_RELATIVE;
    case EM_386: return R_386_RELATIVE;
    case EM_AARCH64: return R_AARCH64_RELATIVE;
    case EM_ARM: return R_ARM_RELATIVE;
    case EM_RISCV: return 3;   // R_RISCV_RELATIVE
    case EM_PPC64: return R_PPC64_RELATIVE;
    default: return std::nullopt;
    }
}

// Tables larger than this are refused: real modules have a few thousand
// symbols, and a hostile file must not make us walk millions of entries.
constexpr quint64 kMaxEntries = 4'000'000;

} // namespace

bool ElfImage::fail(const QString& reason)
{
    m_error = QStringLiteral("%1 %2").arg(m_name, reason);
    return false;
}

ElfImage ElfImage::read(const QString& path, qint64 maxBytes)
{
    ElfImage image;
    image.m_name = QDir::toNativeSeparators(path);
    // Opened without blocking and checked to be a regular file: a FIFO named
    // like a library must not hang the check.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        image.fail(QStringLiteral("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return image;
    }
    struct stat st {};
    QFile file;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        image.fail(QStringLiteral("is not a regular file"));
        return image;
    }
    if (qint64(st.st_size) > maxBytes) {
        image.fail(QStringLiteral("is %1 MB, larger than any module library could be (at most %2 MB)")
                       .arg(qint64(st.st_size) / (1024 * 1024)).arg(maxBytes / (1024 * 1024)));
        return image;
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        image.fail(QStringLiteral("is larger than any module library could be (at most %1 MB)").arg(maxBytes / (1024 * 1024)));
        return image;
    }
    return parse(std::move(bytes), path);
}

ElfImage ElfImage::parse(QByteArray bytes, const QString& name)
{
    ElfImage image;
    image.m_name = QDir::toNativeSeparators(name);
    image.m_bytes = std::move(bytes);
    const QByteArray& b = image.m_bytes;
    if (b.size() < EI_NIDENT || std::memcmp(b.constData(), ELFMAG, SELFMAG) != 0) {
        image.fail(QStringLiteral("is not a library for this computer (it is not an ELF file)"));
        return image;
    }
    if (b[EI_DATA] != ELFDATA2LSB) {
        image.fail(QStringLiteral("is not a library for this computer (it is not little-endian)"));
        return image;
    }
    if (b[EI_CLASS] == ELFCLASS64) {
        image.m_is64 = true;
        image.parseAs<Elf64Traits>();
    } else if (b[EI_CLASS] == ELFCLASS32) {
        image.m_is64 = false;
        image.parseAs<Elf32Traits>();
    } else {
        image.fail(QStringLiteral("is not a library for this computer (unknown ELF class %1)").arg(int(b[EI_CLASS])));
    }
    return image;
}

namespace {

// Whether [offset, offset + count * entrySize) lies in a file of `size` bytes.
bool inFile(quint64 offset, quint64 count, quint64 entrySize, quint64 size)
{
    if (offset > size)
        return false;
    if (entrySize != 0 && count > (size - offset) / entrySize)
        return false;
    return true;
}

template <typename T>
bool readAt(const QByteArray& b, quint64 offset, T* out)
{
    static_assert(std::is_trivially_copyable_v<T>);
    if (!inFile(offset, 1, sizeof(T), quint64(b.size())))
        return false;
    std::memcpy(out, b.constData() + offset, sizeof(T));
    return true;
}

} // namespace

template <typename Traits>
bool ElfImage::parseAs()
{
    using Ehdr = typename Traits::Ehdr;
    using Shdr = typename Traits::Shdr;
    using Phdr = typename Traits::Phdr;
    using Sym = typename Traits::Sym;
    const quint64 size = quint64(m_bytes.size());

    Ehdr eh{};
    if (!readAt(m_bytes, 0, &eh))
        return fail(QStringLiteral("is cut short (%1 bytes, less than an ELF header)").arg(size));
    if (eh.e_type != ET_DYN)
        return fail(QStringLiteral("is not a shared library (ELF type %1)").arg(eh.e_type));
    m_machine = eh.e_machine;

    // Program headers: the loadable segments, to turn addresses into file offsets.
    if (eh.e_phnum == 0 || eh.e_phentsize != sizeof(Phdr) || !inFile(eh.e_phoff, eh.e_phnum, sizeof(Phdr), size))
        return fail(QStringLiteral("is damaged: its program headers are missing or outside the file"));
    for (quint64 i = 0; i < eh.e_phnum; ++i) {
        Phdr ph{};
        readAt(m_bytes, eh.e_phoff + i * sizeof(Phdr), &ph);
        if (ph.p_type != PT_LOAD)
            continue;
        if (!inFile(ph.p_offset, 1, ph.p_filesz, size) || ph.p_filesz > size)
            return fail(QStringLiteral("is damaged: a loadable segment lies outside the file"));
        if (ph.p_vaddr > std::numeric_limits<quint64>::max() - ph.p_filesz)
            return fail(QStringLiteral("is damaged: a loadable segment's address overflows"));
        m_segments.append({quint64(ph.p_vaddr), quint64(ph.p_offset), quint64(ph.p_filesz)});
    }

    // Section headers: the symbol tables and relocations.
    if (eh.e_shnum == 0 || eh.e_shentsize != sizeof(Shdr) || !inFile(eh.e_shoff, eh.e_shnum, sizeof(Shdr), size))
        return fail(QStringLiteral("is damaged or stripped of its section headers, so its exports cannot be read"));
    auto section = [&](quint64 index, Shdr* out) {
        return index < eh.e_shnum && readAt(m_bytes, eh.e_shoff + index * sizeof(Shdr), out);
    };
    const std::optional<quint32> relative = relativeType(m_machine);
    for (quint64 i = 0; i < eh.e_shnum; ++i) {
        Shdr sh{};
        section(i, &sh);
        if (sh.sh_type == SHT_DYNSYM || sh.sh_type == SHT_SYMTAB) {
            const QString which = sh.sh_type == SHT_DYNSYM ? QStringLiteral("dynamic symbol table")
                                                             : QStringLiteral("symbol table");
            Shdr strings{};
            if (sh.sh_entsize != sizeof(Sym) || !inFile(sh.sh_offset, 1, sh.sh_size, size) || sh.sh_size > size
                || !section(sh.sh_link, &strings) || strings.sh_type != SHT_STRTAB
                || !inFile(strings.sh_offset, 1, strings.sh_size, size) || strings.sh_size > size)
                return fail(QStringLiteral("is damaged: its %1 lies outside the file").arg(which));
            const quint64 count = sh.sh_size / sizeof(Sym);
            if (count > kMaxEntries)
                return fail(QStringLiteral("has %1 entries in its %2, more than any module could have").arg(count).arg(which));
            const SymbolTable table{quint64(sh.sh_offset), count, quint64(strings.sh_offset), quint64(strings.sh_size)};
            (sh.sh_type == SHT_DYNSYM ? m_dynamic : m_full) = table;
        } else if ((sh.sh_type == SHT_RELA || sh.sh_type == SHT_REL) && relative) {
            const bool withAddend = sh.sh_type == SHT_RELA;
            const quint64 entry = withAddend ? sizeof(typename Traits::Rela) : sizeof(typename Traits::Rel);
            if (sh.sh_entsize != entry || !inFile(sh.sh_offset, 1, sh.sh_size, size) || sh.sh_size > size)
                return fail(QStringLiteral("is damaged: a relocation table lies outside the file"));
            if (sh.sh_size / entry > kMaxEntries)
                return fail(QStringLiteral("has more relocations than any module could have"));
            m_relocations.append({quint64(sh.sh_offset), sh.sh_size / entry, withAddend});
        }
    }
    if (!m_dynamic)
        return fail(QStringLiteral("has no dynamic symbol table, so it exports nothing"));
    return true;
}

template <typename Traits>
std::optional<ElfImage::Symbol> ElfImage::find(const SymbolTable& table, const char* name, bool exportedOnly) const
{
    using Sym = typename Traits::Sym;
    const qsizetype length = qsizetype(std::strlen(name));
    const char* strings = m_bytes.constData() + table.stringsOffset;
    for (quint64 i = 0; i < table.count; ++i) {
        Sym s{};
        if (!readAt(m_bytes, table.offset + i * sizeof(Sym), &s))
            return std::nullopt;
        // The name must end (with its NUL) inside the string table.
        if (s.st_name >= table.stringsSize || table.stringsSize - s.st_name < quint64(length) + 1)
            continue;
        if (std::memcmp(strings + s.st_name, name, size_t(length) + 1) != 0)
            continue;
        if (s.st_shndx == SHN_UNDEF)
            continue;
        if (exportedOnly) {
            const unsigned bind = ELF64_ST_BIND(s.st_info); // the same for both classes
            const unsigned visibility = ELF64_ST_VISIBILITY(s.st_other);
            if ((bind != STB_GLOBAL && bind != STB_WEAK && bind != STB_GNU_UNIQUE)
                || (visibility != STV_DEFAULT && visibility != STV_PROTECTED))
                continue;
        }
        return Symbol{quint64(s.st_value), quint64(s.st_size), static_cast<unsigned char>(ELF64_ST_TYPE(s.st_info))};
    }
    return std::nullopt;
}

std::optional<ElfImage::Symbol> ElfImage::exportedSymbol(const char* name) const
{
    if (!valid() || !m_dynamic)
        return std::nullopt;
    return m_is64 ? find<Elf64Traits>(*m_dynamic, name, true) : find<Elf32Traits>(*m_dynamic, name, true);
}

bool ElfImage::exports(const char* name) const { return exportedSymbol(name).has_value(); }

std::optional<ElfImage::Symbol> ElfImage::symbol(const char* name) const
{
    if (!valid() || !m_full)
        return std::nullopt;
    return m_is64 ? find<Elf64Traits>(*m_full, name, false) : find<Elf32Traits>(*m_full, name, false);
}

std::optional<QByteArray> ElfImage::bytesAt(quint64 address, quint64 size) const
{
    if (!valid())
        return std::nullopt;
    for (const Segment& s : m_segments) {
        if (address < s.address || address - s.address > s.fileSize || size > s.fileSize - (address - s.address))
            continue;
        return m_bytes.mid(qsizetype(s.offset + (address - s.address)), qsizetype(size));
    }
    return std::nullopt;
}

template <typename Traits>
std::optional<quint64> ElfImage::relativeAddend(quint64 address) const
{
    const std::optional<quint32> relative = relativeType(m_machine);
    if (!relative)
        return std::nullopt;
    for (const RelocationTable& t : m_relocations) {
        if (!t.withAddend)
            continue; // REL keeps the addend in place: the word in the file
        using Rela = typename Traits::Rela;
        for (quint64 i = 0; i < t.count; ++i) {
            Rela r{};
            if (!readAt(m_bytes, t.offset + i * sizeof(Rela), &r))
                break;
            if (quint64(r.r_offset) == address && Traits::relocationType(r.r_info) == *relative)
                return quint64(static_cast<typename Traits::Word>(r.r_addend));
        }
    }
    return std::nullopt;
}

std::optional<quint64> ElfImage::pointerAt(quint64 address) const
{
    if (!valid())
        return std::nullopt;
    if (auto addend = m_is64 ? relativeAddend<Elf64Traits>(address) : relativeAddend<Elf32Traits>(address))
        return addend;
    const quint64 width = m_is64 ? 8 : 4;
    const std::optional<QByteArray> word = bytesAt(address, width);
    if (!word)
        return std::nullopt;
    if (m_is64) {
        quint64 v = 0;
        std::memcpy(&v, word->constData(), 8);
        return v;
    }
    quint32 v = 0;
    std::memcpy(&v, word->constData(), 4);
    return v;
}

std::optional<QByteArray> ElfImage::stringAt(quint64 address, qsizetype maxLength) const
{
    if (!valid())
        return std::nullopt;
    for (const Segment& s : m_segments) {
        if (address < s.address || address - s.address >= s.fileSize)
            continue;
        const quint64 start = s.offset + (address - s.address);
        const quint64 available = s.fileSize - (address - s.address);
        const qsizetype window = qsizetype(qMin<quint64>(available, quint64(maxLength) + 1));
        const char* p = m_bytes.constData() + start;
        const void* end = std::memchr(p, '\0', size_t(window));
        if (!end)
            return std::nullopt;
        return QByteArray(p, static_cast<const char*>(end) - p);
    }
    return std::nullopt;
}

} // namespace tessera::core
