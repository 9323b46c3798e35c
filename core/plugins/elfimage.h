// Reading a module's library as a file, without loading it: its exported
// symbols and the static data they point at (`tessera-cli plugins check`).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace tessera::core {

/// An ELF shared library read from disk and checked field by field. Nothing
/// in it is mapped or run: every offset, size and count is checked against
/// the file before it is used, so a truncated, damaged or hostile file is
/// refused with a reason (error()), never read out of bounds.
///
/// Little-endian ELF only (both classes), which is every platform Tessera
/// builds for; a big-endian file is refused by name.
class ElfImage {
public:
    /// A symbol's address (as linked, before relocation) and size.
    struct Symbol {
        quint64 value = 0;
        quint64 size = 0;
        unsigned char type = 0; ///< STT_FUNC, STT_OBJECT, ...
    };

    /// Reads the file (at most `maxBytes`) and parses it.
    static ElfImage read(const QString& path, qint64 maxBytes = 512ll * 1024 * 1024);
    /// Parses the bytes of an ELF file; `name` is used in error messages only.
    static ElfImage parse(QByteArray bytes, const QString& name);

    /// False when the file could not be parsed; error() says why.
    [[nodiscard]] bool valid() const { return m_error.isEmpty(); }
    /// "lib/x.so is not an ELF file (it does not start with \x7fELF)", ...
    [[nodiscard]] const QString& error() const { return m_error; }

    [[nodiscard]] bool is64() const { return m_is64; }
    [[nodiscard]] unsigned machine() const { return m_machine; }
    [[nodiscard]] const QByteArray& bytes() const { return m_bytes; }

    /// Whether the library defines and exports `name` (a global or weak,
    /// default- or protected-visibility symbol of its dynamic symbol table).
    [[nodiscard]] bool exports(const char* name) const;
    [[nodiscard]] std::optional<Symbol> exportedSymbol(const char* name) const;
    /// A symbol of the full symbol table (.symtab), local ones included;
    /// nothing when the library was stripped.
    [[nodiscard]] std::optional<Symbol> symbol(const char* name) const;

    /// The file's bytes at a (link-time) address of a loaded segment; nothing
    /// when [address, address + size) is not wholly in the file.
    [[nodiscard]] std::optional<QByteArray> bytesAt(quint64 address, quint64 size) const;
    /// The pointer stored at `address` as the loader would set it before
    /// adding the load address: the addend of a RELATIVE relocation there, or
    /// the word in the file. Nothing when it cannot be read.
    [[nodiscard]] std::optional<quint64> pointerAt(quint64 address) const;
    /// The NUL-terminated string at `address`, at most `maxLength` bytes;
    /// nothing when it is not wholly in the file or is longer.
    [[nodiscard]] std::optional<QByteArray> stringAt(quint64 address, qsizetype maxLength) const;

private:
    struct Segment {
        quint64 address = 0;
        quint64 offset = 0;
        quint64 fileSize = 0;
    };
    /// A symbol table and its string table, both checked to lie in the file.
    struct SymbolTable {
        quint64 offset = 0;
        quint64 count = 0;
        quint64 stringsOffset = 0;
        quint64 stringsSize = 0;
    };
    /// A REL or RELA table, checked to lie in the file.
    struct RelocationTable {
        quint64 offset = 0;
        quint64 count = 0;
        bool withAddend = false;
    };
    template <typename Traits>
    bool parseAs();
    template <typename Traits>
    std::optional<Symbol> find(const SymbolTable& table, const char* name, bool exportedOnly) const;
    template <typename Traits>
    std::optional<quint64> relativeAddend(quint64 address) const;
    bool fail(const QString& reason);

    QByteArray m_bytes;
    QString m_name;
    QString m_error;
    bool m_is64 = true;
    unsigned m_machine = 0;
    QList<Segment> m_segments;
    std::optional<SymbolTable> m_dynamic; ///< .dynsym
    std::optional<SymbolTable> m_full;    ///< .symtab (absent when stripped)
    QList<RelocationTable> m_relocations;
};

} // namespace tessera::core
