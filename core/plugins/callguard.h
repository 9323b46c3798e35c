// Catches a C++ exception escaping a module object's method when a page (or
// anything else going through Qt's meta-call) calls it.
#pragma once

#include <QString>

#include <functional>

class QObject;

namespace tessera::core {

/// Called on the object's thread after a module method threw: the module,
/// the method ("saveRecord()") and the exception's what() (never arguments:
/// they may be entry content).
using ThrowHandler = std::function<void(const QString& moduleId, const QString& method, const QString& what)>;

/// Puts a guard between Qt's meta-call and `object`'s own qt_metacall():
/// QMetaObject::metacall(), which the QML engine uses to call a Q_INVOKABLE
/// method or slot, then runs the call inside try/catch, so an exception
/// from module code becomes a logged error, a default return value and a
/// call to `onThrow`, not std::terminate() from inside Qt. Each call is also
/// timed by the hook watchdog ("stopped responding in saveRecord()").
///
/// It is a QDynamicMetaObjectData (Qt private API, as QQmlPropertyMap uses
/// one) that reports the object's own meta-object unchanged, so
/// qobject_cast, properties, signals and QML bindings work as before. What
/// it cannot catch: property reads and writes from QML (the engine calls the
/// class's static meta-call directly), and direct C++ or pointer-to-member
/// calls; an exception there still ends the process, and the crash handler
/// then names the module (SafeMode).
///
/// Returns false (and does nothing) when the object already has a dynamic
/// meta-object of its own (a QQmlPropertyMap, a QML-declared type).
bool installCallGuard(QObject* object, const QString& moduleId, ThrowHandler onThrow);

/// Whether `object` has the guard.
bool hasCallGuard(const QObject* object);

} // namespace tessera::core
