#include "callguard.h"

#include "hookwatchdog.h"

#include <QHash>
#include <QMetaMethod>
#include <QObject>

#include <QtCore/private/qobject_p.h>

#include <exception>
#include <optional>

namespace tessera::core {

namespace {

class CallGuard final : public QDynamicMetaObjectData {
public:
    CallGuard(QMetaObject* own, QString moduleId, ThrowHandler onThrow)
        : m_own(own), m_moduleId(std::move(moduleId)), m_onThrow(std::move(onThrow))
    {
    }

    QMetaObject* toDynamicMetaObject(QObject*) override { return m_own; }

    int metaCall(QObject* object, QMetaObject::Call call, int id, void** args) override
    {
        std::optional<HookWatchdog::Scope> watch;
        if (call == QMetaObject::InvokeMetaMethod)
            watch.emplace(m_moduleId, methodName(id));
        try {
            return object->qt_metacall(call, id, args);
        } catch (const std::exception& e) {
            caught(call, id, QString::fromUtf8(e.what()));
        } catch (...) {
            caught(call, id, QStringLiteral("an exception of unknown type"));
        }
        resetResult(call, id, args);
        return -1;
    }

    static bool isGuard(const QDynamicMetaObjectData* d) { return dynamic_cast<const CallGuard*>(d) != nullptr; }

private:
    // The call did not finish: its result becomes the type's default value
    // (false, 0, "", an empty list). The caller's storage holds a constructed
    // value (what moc's code assigns to), or, for a plain number, possibly
    // nothing in particular; destroying and default-constructing it is right
    // for both.
    void resetResult(QMetaObject::Call call, int id, void** args) const
    {
        if (!args || !args[0])
            return;
        QMetaType type;
        if (call == QMetaObject::InvokeMetaMethod && id >= 0 && id < m_own->methodCount())
            type = m_own->method(id).returnMetaType();
        else if (call == QMetaObject::ReadProperty && id >= 0 && id < m_own->propertyCount())
            type = m_own->property(id).metaType();
        if (!type.isValid() || type.id() == QMetaType::Void)
            return;
        type.destruct(args[0]);
        type.construct(args[0]);
    }

    QString methodName(int id)
    {
        auto it = m_names.constFind(id);
        if (it == m_names.cend())
            it = m_names.insert(id, QString::fromLatin1(m_own->method(id).name()) + QStringLiteral("()"));
        return *it;
    }

    void caught(QMetaObject::Call call, int id, const QString& what)
    {
        QString member;
        if (call == QMetaObject::InvokeMetaMethod)
            member = methodName(id);
        else if (id >= 0 && id < m_own->propertyCount())
            member = QStringLiteral("the property %1").arg(QString::fromLatin1(m_own->property(id).name()));
        else
            member = QStringLiteral("a call");
        if (m_onThrow)
            m_onThrow(m_moduleId, member, what);
    }

    QMetaObject* m_own;
    QString m_moduleId;
    ThrowHandler m_onThrow;
    QHash<int, QString> m_names;
};

} // namespace

bool installCallGuard(QObject* object, const QString& moduleId, ThrowHandler onThrow)
{
    if (!object)
        return false;
    QObjectPrivate* p = QObjectPrivate::get(object);
    if (p->metaObject)
        return false;
    auto* own = const_cast<QMetaObject*>(object->metaObject());
    p->metaObject = new CallGuard(own, moduleId, std::move(onThrow)); // deleted by QObject with the object
    return true;
}

bool hasCallGuard(const QObject* object)
{
    if (!object)
        return false;
    const QObjectPrivate* p = QObjectPrivate::get(const_cast<QObject*>(object));
    return p->metaObject && CallGuard::isGuard(p->metaObject);
}

} // namespace tessera::core
