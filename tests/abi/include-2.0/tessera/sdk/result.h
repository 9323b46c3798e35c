// Tessera SDK: errors as values.
#pragma once

#include <tessera/sdk/export.h>
#include <tessera/sdk/extension.h>

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tessera::sdk {

/// What kind of failure an Error reports. Values never change; new codes
/// may be added, so treat an unknown code like Internal. @since 1.0
enum class ErrorCode {
    InvalidArgument = 1,  ///< The caller passed something malformed (bad id, bad kind name).
    Validation = 2,       ///< A payload or field failed validation; Error::field names it.
    NotFound = 3,         ///< No entry (or link) with that id.
    PermissionDenied = 4, ///< The plugin's manifest does not grant this kind.
    Storage = 5,          ///< The journal file could not be read or written (disk full, read-only, corrupt).
    Conflict = 6,         ///< The operation does not fit the current state (e.g. restoring a live entry).
    Unavailable = 7,      ///< The service is not there (e.g. no plugin loaded to validate a kind).
    Internal = 8,         ///< A bug or an unexpected exception; the message says where.
};

/// A failure: a code for programs, a message for people, and the field it
/// concerns (a JSON path such as "moods[1].rating") when there is one.
/// Messages never contain the content of a client's entries.
/// @since 1.0
struct Error {
    ErrorCode code = ErrorCode::Internal; ///< What kind of failure.
    QString message;                       ///< For people: what went wrong and, where possible, what to do.
    QString field;                         ///< The JSON path of the field concerned, or empty.
    Extension ext{};                         ///< Fields added after 2.0 (see Extension). @since 2.0

    /// "field: message" when a field is set, else the message. @since 1.0
    [[nodiscard]] QString toString() const
    {
        return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
    }
};

/// Convenience constructor for Error. @since 1.0
inline Error makeError(ErrorCode code, QString message, QString field = {})
{
    return Error{code, std::move(message), std::move(field), {}};
}

/// The outcome of an operation that returns nothing: ok, or an Error.
/// @since 1.0
class [[nodiscard]] Status {
public:
    /// A successful status. @since 1.0
    Status() = default;
    /// A failed status. @since 1.0
    Status(Error error) : m_error(std::move(error)) {}

    /// Whether the operation succeeded. @since 1.0
    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    /// Same as ok(). @since 1.0
    explicit operator bool() const { return ok(); }
    /// The error; only meaningful when !ok(). @since 1.0
    [[nodiscard]] const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

/// The outcome of an operation that returns a T: the value, or an Error.
/// @since 1.0
template <typename T>
class [[nodiscard]] Result {
public:
    /// A successful result holding `value`. @since 1.0
    Result(T value) : m_value(std::move(value)) {}
    /// A failed result. @since 1.0
    Result(Error error) : m_value(std::move(error)) {}

    /// Whether the operation succeeded (a value is held). @since 1.0
    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_value); }
    /// Same as ok(). @since 1.0
    explicit operator bool() const { return ok(); }

    /// The value; only valid when ok(). On a temporary Result the value is
    /// moved out and returned by value, so `for (auto& e : journal.query(q).value().entries)`
    /// is safe (a reference into the dying temporary would not be). @since 1.0
    [[nodiscard]] const T& value() const& { return std::get<T>(m_value); }
    /// The value, modifiable; only valid when ok(). @since 1.0
    [[nodiscard]] T& value() & { return std::get<T>(m_value); }
    /// The value moved out of a temporary Result; only valid when ok(). @since 1.0
    [[nodiscard]] T value() && { return std::get<T>(std::move(m_value)); }
    /// Member access to the value; only valid when ok(). @since 1.0
    const T* operator->() const { return &value(); }
    /// The value; only valid when ok(). @since 1.0
    const T& operator*() const& { return value(); }

    /// The error; only valid when !ok(). @since 1.0
    [[nodiscard]] const Error& error() const { return std::get<Error>(m_value); }

    /// The value when ok, else the fallback. @since 1.0
    [[nodiscard]] T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    /// The status part of this result. @since 1.0
    [[nodiscard]] Status status() const { return ok() ? Status() : Status(error()); }

private:
    std::variant<T, Error> m_value;
};

} // namespace tessera::sdk
