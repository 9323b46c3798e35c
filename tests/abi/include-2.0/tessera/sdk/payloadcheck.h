// Tessera SDK: declarative checks for entry payloads.
#pragma once

#include <tessera/sdk/export.h>
#include <tessera/sdk/result.h>

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace tessera::sdk {

/// Checks the fields of a JSON payload and remembers the first problem, with
/// its JSON path ("moods[1].rating") and a reason a person can act on. Meant
/// for Plugin::validatePayload():
///
/// @code
/// PayloadCheck c(payload);
/// c.requireString("situation", 2000)
///  .requireArray("moods", 1, 12, [](PayloadCheck& mood) {
///      mood.requireString("name", 60).requireInt("intensity", 0, 100);
///  })
///  .optionalInt("belief", 0, 100);
/// return c.status();
/// @endcode
///
/// After the first failure later checks do nothing, so the error points at
/// the first bad field.
/// @since 1.0
class TESSERA_SDK_EXPORT PayloadCheck {
public:
    /// Checks one element of an array or a nested object. @since 1.0
    using Each = std::function<void(PayloadCheck&)>;

    /// Checks `object`; `path` prefixes field names in errors (for nesting). @since 1.0
    explicit PayloadCheck(QJsonObject object, QString path = {});
    /// @since 2.0
    ~PayloadCheck();
    PayloadCheck(const PayloadCheck&) = delete;
    PayloadCheck& operator=(const PayloadCheck&) = delete;

    /// A non-empty string (after trimming) of at most maxLength characters. @since 1.0
    PayloadCheck& requireString(const QString& key, int maxLength = 4000);
    /// Absent, null, or a string of at most maxLength characters. @since 1.0
    PayloadCheck& optionalString(const QString& key, int maxLength = 4000);
    /// A whole number in [min, max]. @since 1.0
    PayloadCheck& requireInt(const QString& key, int min, int max);
    /// Absent, null, or a whole number in [min, max]. @since 1.0
    PayloadCheck& optionalInt(const QString& key, int min, int max);
    /// A number in [min, max]. @since 1.0
    PayloadCheck& requireNumber(const QString& key, double min, double max);
    /// Absent, null, or a number in [min, max]. @since 1.0
    PayloadCheck& optionalNumber(const QString& key, double min, double max);
    /// Absent, null, or true/false. @since 1.0
    PayloadCheck& optionalBool(const QString& key);
    /// A string equal to one of `allowed`. @since 1.0
    PayloadCheck& requireOneOf(const QString& key, const QStringList& allowed);
    /// Absent, null, or a string equal to one of `allowed`. @since 1.0
    PayloadCheck& optionalOneOf(const QString& key, const QStringList& allowed);
    /// An ISO 8601 date ("2026-03-01") or date-time. @since 1.0
    PayloadCheck& requireDate(const QString& key);
    /// Absent, null, or an ISO 8601 date or date-time. @since 1.0
    PayloadCheck& optionalDate(const QString& key);
    /// Absent, null, or an array of at most maxItems strings of at most maxLength characters. @since 1.0
    PayloadCheck& optionalStringList(const QString& key, int maxItems = 100, int maxLength = 200);
    /// An array of minItems..maxItems strings, each non-empty after trimming
    /// and at most maxLength characters ("three good things": 3, 3). An error
    /// names the element ("things[2]"). @since 2.0
    PayloadCheck& requireStringList(const QString& key, int minItems, int maxItems, int maxLength = 200);
    /// An array of objects with minItems..maxItems elements, each checked by `each`. @since 1.0
    PayloadCheck& requireArray(const QString& key, int minItems, int maxItems, const Each& each);
    /// Absent, null, or an array of objects with at most maxItems elements, each checked by `each`. @since 1.0
    PayloadCheck& optionalArray(const QString& key, int maxItems, const Each& each);
    /// Absent, null, or an object checked by `each`. @since 1.0
    PayloadCheck& optionalObject(const QString& key, const Each& each);
    /// Records a failure of a rule the helpers above do not cover. @since 1.0
    PayloadCheck& fail(const QString& key, const QString& reason);
    /// Runs `rule` only while no failure is recorded; it may call fail(). @since 1.0
    PayloadCheck& check(const std::function<void(PayloadCheck&)>& rule);

    /// The object being checked. @since 1.0
    [[nodiscard]] const QJsonObject& object() const;
    /// Whether every check so far passed. @since 1.0
    [[nodiscard]] bool ok() const;
    /// Ok, or ErrorCode::Validation with the field and the reason. @since 1.0
    [[nodiscard]] Status status() const;

private:
    PayloadCheck& arrayOf(const QString& key, bool required, int minItems, int maxItems, const Each& each);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tessera::sdk
