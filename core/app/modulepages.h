// Creates module pages and timeline cards, each in its module's own QML context.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

QT_BEGIN_NAMESPACE
class QQmlComponent;
class QQmlContext;
class QQmlEngine;
class QQuickItem;
QT_END_NAMESPACE

namespace tessera::core {

class PluginManager;
class TimelineModel;

/// The one way the shell shows a module's QML. A page or card is created in
/// a QML context of its own module, a child of the engine's root context,
/// which holds nothing: the shell's objects (`app`, `timeline`, `catalog`,
/// `safety`, `modulePages`) live in the shell's own context, a sibling, and
/// the module context also masks those names should a root context ever
/// hold them (the QML tests' does). So a module's QML sees only what the SDK
/// documents: its own `backend` (and `entryId`) on a page, the `entry` it is
/// given on a card, the Tessera.Ui types, and Qt's own. A page URL must be
/// one of the module's pages in its manifest and a card URL comes from the
/// manifest of the entry's module, never from QML.
class ModulePages : public QObject {
    Q_OBJECT
public:
    /// `timeline` may be null (no journal open): no cards then.
    ModulePages(const PluginManager& plugins, const TimelineModel* timeline, QObject* parent = nullptr);
    ~ModulePages() override;

    /// Creates the page `url` of the running module `moduleId` inside
    /// `container`, with `backend` and `entryId` set. Returns {page} or
    /// {error: a sentence for the person}.
    Q_INVOKABLE QVariantMap createPage(QQuickItem* container, const QString& moduleId, const QString& url,
                                       const QString& entryId, const QString& dueItemId = {});
    /// Creates the timeline card of the entry `entryId` (row `row` of the
    /// timeline model, a hint checked against the id) inside `container`,
    /// with `entry` set to {id, title, summary, mood, time, kindTitle,
    /// moduleColor, payload}. Returns {card} or {error}.
    Q_INVOKABLE QVariantMap createCard(QQuickItem* container, int row, const QString& entryId);
    /// A page left with writing its module keeps but has not saved (a
    /// check-in begun, then another page opened), of the modules whose pages
    /// were made this run: {key: its navigation key ("<module>/<page>"),
    /// entryId: the entry it opens with to give the writing back (a thought
    /// record's changes), or ""}; {} when none. `except` opened with
    /// `exceptEntry` (the page shown, whose own ModulePage.unsavedWriting
    /// counts) is passed over. Asked when the client quits.
    Q_INVOKABLE QVariantMap keptWritingFound(const QString& except = {}, const QString& exceptEntry = {}) const;

    /// The names of the shell's context objects, masked in module contexts.
    static QStringList shellNames();

private:
    QQmlContext* contextFor(QQmlEngine* engine, const QString& moduleId);
    QVariantMap create(QQuickItem* container, const QString& moduleId, const QString& url, const QVariantMap& properties,
                       const char* resultKey);

    const PluginManager& m_plugins;
    QPointer<const TimelineModel> m_timeline;
    QHash<QString, QPointer<QQmlContext>> m_contexts;
    QHash<QString, QPointer<QQmlComponent>> m_components;
    QStringList m_pagesMade; ///< modules whose pages were made, in order
};

} // namespace tessera::core
