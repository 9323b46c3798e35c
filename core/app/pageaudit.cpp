#include "pageaudit.h"

#include <QFont>
#include <QFontInfo>

#include "host/host.h"
#include "host/languages.h"
#include "profile/crisisdefaults.h"
#include "store/journalstore.h"
#include "screenshot.h"
#include "host/logging.h"

#include <QAccessible>
#include <QColor>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QtMath>
#include <QFont>
#include <QJsonDocument>
#include <QLocale>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSaveFile>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace tessera::core {

namespace {

constexpr int kPageTimeoutMs = 30000;

// "Button_QMLTYPE_12" -> "Button"; "QQuickText" -> "Text".
QString typeName(const QObject* o)
{
    QString n = QString::fromLatin1(o->metaObject()->className());
    const int cut = n.indexOf(QLatin1String("_QML"));
    if (cut > 0)
        n.truncate(cut);
    if (n.startsWith(QLatin1String("QQuick")))
        n = n.mid(6);
    return n;
}

QString plain(QString text)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&")).replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    return text.simplified();
}

QString accessibleName(QQuickItem* item)
{
    if (QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(item))
        return iface->text(QAccessible::Name).trimmed();
    return {};
}

// Where an item is: its type, objectName, text, and the nearest named ancestors.
QString describe(QQuickItem* item)
{
    QString d = typeName(item);
    if (!item->objectName().isEmpty())
        d += QLatin1Char('#') + item->objectName();
    const QString text = plain(item->property("text").toString());
    if (!text.isEmpty())
        d += QStringLiteral(" \"%1\"").arg(text.left(60));
    int named = 0;
    for (QQuickItem* p = item->parentItem(); p && named < 2; p = p->parentItem()) {
        if (!p->objectName().isEmpty()) {
            d += QStringLiteral(" in %1#%2").arg(typeName(p), p->objectName());
            ++named;
        }
    }
    return d;
}

bool inheritsAny(const QObject* o, std::initializer_list<const char*> classes)
{
    for (const char* c : classes) {
        if (o->inherits(c))
            return true;
    }
    return false;
}

// Controls whose own parts (a field's text input, a slider's handle, a box's
// indicator) are theirs, not separate controls.
bool isCompositeControl(const QObject* o)
{
    return inheritsAny(o, {"QQuickAbstractButton", "QQuickComboBox", "QQuickSpinBox", "QQuickSlider", "QQuickRangeSlider",
                           "QQuickTextField", "QQuickTextArea", "QQuickDial", "QQuickTumbler"});
}

bool isField(const QObject* o)
{
    return inheritsAny(o, {"QQuickTextField", "QQuickTextArea", "QQuickComboBox", "QQuickSpinBox", "QQuickSlider",
                           "QQuickRangeSlider", "QQuickDial"});
}

bool insideComposite(QQuickItem* item)
{
    for (QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
        if (isCompositeControl(p))
            return true;
    }
    return false;
}

bool isInteractive(QQuickItem* item)
{
    if (insideComposite(item))
        return false;
    if (isCompositeControl(item))
        return true;
    if (inheritsAny(item, {"QQuickTextInput", "QQuickTextEdit"}))
        return !item->property("readOnly").toBool();
    return item->activeFocusOnTab();
}

void collect(QQuickItem* item, QList<QQuickItem*>& out)
{
    if (!item->isVisible() || item->opacity() <= 0.01)
        return;
    out << item;
    for (QQuickItem* child : item->childItems())
        collect(child, out);
}

bool isText(const QQuickItem* item) { return item->inherits("QQuickText"); }

// WCAG 2.1's contrast ratio of two colours (relative luminance, sRGB).
qreal contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const qreal la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The part of a text item its glyphs cover, in scene coordinates.
QRectF paintedRect(QQuickItem* t)
{
    // As wide as the glyphs reach: a word wider than its line runs past the item.
    const qreal cw = t->property("contentWidth").toReal();
    const bool clipped = t->clip();
    const qreal w = clipped ? std::min<qreal>(t->width(), cw) : (t->property("elide").toInt() != Qt::ElideNone ? std::min<qreal>(t->width(), cw) : cw);
    const qreal h = std::min<qreal>(t->height(), t->property("contentHeight").toReal());
    qreal x = 0;
    const int h_align = t->property("effectiveHorizontalAlignment").toInt();
    if (h_align & Qt::AlignRight)
        x = t->width() - w;
    else if (h_align & Qt::AlignHCenter)
        x = (t->width() - w) / 2;
    qreal y = 0;
    const int v_align = t->property("verticalAlignment").toInt();
    if (v_align & Qt::AlignBottom)
        y = t->height() - h;
    else if (v_align & Qt::AlignVCenter)
        y = (t->height() - h) / 2;
    return t->mapRectToScene(QRectF(x, y, w, h));
}

// The part of a text item a person can see: its glyphs, cut by every
// ancestor that clips (a list scrolled past it shows none of it).
QRectF visibleRect(QQuickItem* t)
{
    QRectF r = paintedRect(t);
    for (QQuickItem* p = t->parentItem(); p && !r.isEmpty(); p = p->parentItem()) {
        if (p->clip())
            r = r.intersected(p->mapRectToScene(QRectF(0, 0, p->width(), p->height())));
    }
    return r;
}

bool tabReaches(const QQuickItem* item)
{
    if (item->activeFocusOnTab())
        return true;
    for (const QQuickItem* child : item->childItems()) {
        if (tabReaches(child))
            return true;
    }
    return false;
}

// A row of a list that Tab enters as a whole and the arrow keys move through.
bool inKeyboardList(const QQuickItem* item)
{
    for (const QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
        if (p->inherits("QQuickItemView"))
            return p->activeFocusOnTab();
    }
    return false;
}

// A chip of a ChipPicker (the SDK's): one chip of the picker is its Tab stop
// and the arrow keys reach the others (its focusChip()).
bool inArrowKeyGroup(const QQuickItem* item)
{
    const QQuickItem* group = item->parentItem();
    if (!group || group->metaObject()->indexOfMethod("focusChip(QVariant)") < 0)
        return false;
    for (const QQuickItem* sibling : group->childItems()) {
        if (sibling != item && sibling->isVisible() && sibling->isEnabled() && tabReaches(sibling))
            return true;
    }
    return false;
}

bool isAncestor(const QQuickItem* a, const QQuickItem* b)
{
    for (const QQuickItem* p = b->parentItem(); p; p = p->parentItem()) {
        if (p == a)
            return true;
    }
    return false;
}

// What may appear on a page in no language of the app: numbers, dates the
// locale wrote, names of products and scales.
// `userText` longest first: a short text ("Sam") taken out first would break a
// longer one it is part of ("Coffee with Sam").
QString residualWords(QString text, const QStringList& userText)
{
    for (const QString& u : userText) {
        if (u.size() >= 2 && text.contains(u))
            text.replace(u, QStringLiteral(" "));
    }
    static const QRegularExpression addresses(QStringLiteral("(https?://|www\\.)\\S+|\\S+@\\S+"));
    text.remove(addresses); // web and mail addresses are not words of any language
    static const QStringList names{QStringLiteral("Tessera"), QStringLiteral("PHQ-9"), QStringLiteral("GAD-7"),
                                   QStringLiteral("AUDIT-C"), QStringLiteral("FHIR"), QStringLiteral("CSV"),
                                   QStringLiteral("PDF"), QStringLiteral("JSON"), QStringLiteral("LOINC"),
                                   QStringLiteral("Qt"), QStringLiteral("SQLite"), QStringLiteral("AM"), QStringLiteral("PM")};
    for (const QString& n : names)
        text.replace(n, QStringLiteral(" "));
    const QLocale locale;
    for (int i = 1; i <= 12; ++i) {
        for (auto format : {QLocale::LongFormat, QLocale::ShortFormat}) {
            text.replace(locale.monthName(i, format), QStringLiteral(" "));
            text.replace(locale.standaloneMonthName(i, format), QStringLiteral(" "));
        }
    }
    for (int i = 1; i <= 7; ++i) {
        for (auto format : {QLocale::LongFormat, QLocale::ShortFormat}) {
            text.replace(locale.dayName(i, format), QStringLiteral(" "));
            text.replace(locale.standaloneDayName(i, format), QStringLiteral(" "));
        }
    }
    QString letters;
    for (QChar c : text) {
        if (c.isLetter())
            letters += c;
    }
    return letters;
}

// In a language other than English: a month's or a day's English name, or a
// number written with English decimals ("5.4" where Spanish writes "5,4"), in
// text the app wrote. Qt writes them where QML formats a date or a number
// without the locale (`Qt.formatDate(d, "d MMMM")`, `x.toFixed(1)`): "Semana
// del 26 de October". Empty when there is none; the journal's own text
// (`userText`, longest first) is the client's and left alone.
QString englishDateOrNumber(QString text, const QStringList& userText)
{
    const QLocale locale;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return {};
    for (const QString& u : userText) {
        if (u.size() >= 2 && text.contains(u))
            text.replace(u, QStringLiteral(" "));
    }
    static const QRegularExpression names(QStringLiteral(
        "\\b(January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
        "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\b"));
    if (const QRegularExpressionMatch m = names.match(text); m.hasMatch())
        return QStringLiteral("the English date word \"%1\"").arg(m.captured(1));
    // One decimal point between digits, not a version ("SDK 2.6", "1.3.0") or a time.
    static const QRegularExpression decimal(QStringLiteral("(?<![\\d.])(?<!SDK )(?<!versión )\\d+\\.\\d+(?![\\d.])"));
    if (locale.decimalPoint() != QLatin1String(".")) {
        if (const QRegularExpressionMatch m = decimal.match(text); m.hasMatch())
            return QStringLiteral("the English decimal \"%1\"").arg(m.captured(0));
    }
    return {};
}

} // namespace

PageAudit::PageAudit(QQuickWindow* window, QString path, QStringList pages, QSet<QString> userText, QObject* parent)
    : QObject(parent), m_window(window), m_path(std::move(path)), m_pages(std::move(pages)), m_userText(userText.values())
{
    std::sort(m_userText.begin(), m_userText.end(),
              [](const QString& a, const QString& b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
    logger("host")->info("audit: {} pages, {} texts from the journal", m_pages.size(), m_userText.size());
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &PageAudit::poll);
    m_timer.start();
    m_elapsed.start();
}

QSet<QString> PageAudit::dataTexts(const Host& host)
{
    QSet<QString> out;
    std::function<void(const QJsonValue&)> visit = [&](const QJsonValue& v) {
        if (v.isString()) {
            // Sample entries were written in the marked language: their text carries marks.
            const QString s = v.toString().remove(QChar(Languages::kMark)).simplified();
            if (!s.isEmpty())
                out << s;
            // Longer text is often shown cut down to a line or a summary.
            for (const QString& line : v.toString().remove(QChar(Languages::kMark)).split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty())
                    out << line.simplified();
            }
        } else if (v.isArray()) {
            for (const QJsonValue& e : v.toArray())
                visit(e);
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                visit(it.value());
        }
    };
    if (JournalStore* store = host.store()) {
        sdk::EntryQuery q;
        q.limit = 1000;
        for (;;) {
            auto page = store->query(q);
            if (!page.ok())
                break;
            for (const sdk::Entry& e : page.value().entries) {
                visit(e.payload);
                visit(e.title);
                visit(QJsonArray::fromStringList(e.tags));
            }
            if (page.value().nextCursor.isEmpty())
                break;
            q.cursor = page.value().nextCursor;
        }
    }
    for (const CrisisContact& c : host.profile().crisisContacts + defaultCrisisContacts(QLocale::system(), nullptr))
        visit(QJsonArray{c.name, c.phone, c.text, c.web});
    return out;
}

void PageAudit::poll()
{
    if (m_index < 0) {
        if (!m_window->property("screenshotReady").toBool()) {
            if (m_elapsed.elapsed() > kPageTimeoutMs) {
                std::fprintf(stderr, "tessera: the window was not ready for the audit after %d ms\n", kPageTimeoutMs);
                QCoreApplication::exit(3);
            }
            return;
        }
        openNext();
        return;
    }
    if (m_elapsed.elapsed() > kPageTimeoutMs) {
        m_timer.stop();
        std::fprintf(stderr, "tessera: page %s was not ready for the audit after %d ms\n", qPrintable(m_pages.value(m_index)),
                     kPageTimeoutMs);
        QCoreApplication::exit(3);
        return;
    }
    if (!settledForCapture(m_window, m_framesToWait))
        return;
    QList<QQuickItem*> items;
    collect(m_window->contentItem(), items);
    QJsonObject page{{QStringLiteral("page"), m_pages.at(m_index)}, {QStringLiteral("texts"), shownTexts(items)},
                     {QStringLiteral("findings"), check(items)}};
    m_results.append(page);
    openNext();
}

void PageAudit::openNext()
{
    ++m_index;
    if (m_index >= m_pages.size()) {
        m_timer.stop();
        QSaveFile out(m_path);
        if (!out.open(QIODevice::WriteOnly)
            || out.write(QJsonDocument(QJsonObject{{QStringLiteral("pages"), m_results}}).toJson()) < 0 || !out.commit()) {
            std::fprintf(stderr, "tessera: could not write the audit to %s\n", qPrintable(m_path));
            QCoreApplication::exit(3);
            return;
        }
        logger("host")->info("audit of {} pages written", m_results.size());
        std::fprintf(stdout, "%s\n", qPrintable(m_path));
        QCoreApplication::exit(0);
        return;
    }
    m_framesToWait = 4;
    m_elapsed.restart();
    QMetaObject::invokeMethod(m_window, "open", Q_ARG(QVariant, m_pages.at(m_index)), Q_ARG(QVariant, QVariant()),
                              Q_ARG(QVariant, QVariant()));
}

QJsonArray PageAudit::shownTexts(const QList<QQuickItem*>& items)
{
    QJsonArray out;
    QSet<QString> seen;
    for (QQuickItem* item : items) {
        if (!isText(item))
            continue;
        const QString text = plain(item->property("text").toString()).remove(QChar(Languages::kMark));
        if (!text.isEmpty() && !seen.contains(text) && out.size() < 500) {
            seen << text;
            out.append(text);
        }
    }
    return out;
}

QJsonArray PageAudit::check(const QList<QQuickItem*>& items)
{
    QJsonArray findings;
    const auto add = [&findings](const char* kind, QQuickItem* item, const QString& detail) {
        findings.append(QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(kind)},
                                    {QStringLiteral("item"), describe(item)},
                                    {QStringLiteral("detail"), detail}});
    };

    QList<QQuickItem*> texts;
    for (QQuickItem* item : items) {
        if (isText(item) && !plain(item->property("text").toString()).isEmpty())
            texts << item;
    }
    const bool marking = Languages::marking();
    const auto translated = [](const QString& s) { return s.contains(QChar(Languages::kMark)); };

    // Controls: a name, a real label, reachable by Tab.
    for (QQuickItem* item : items) {
        if (!isInteractive(item))
            continue;
        const QString name = accessibleName(item);
        if (name.isEmpty()) {
            add("no-name", item, QStringLiteral("a screen reader says only its role"));
            continue;
        }
        if (marking && !translated(name) && residualWords(name, m_userText).size() > 1)
            add("untranslated", item, QStringLiteral("accessible name \"%1\"").arg(name));
        if (item->isEnabled() && !tabReaches(item) && !inKeyboardList(item) && !inArrowKeyGroup(item))
            add("no-focus", item, QStringLiteral("Tab never reaches it"));
        if (isField(item)) {
            const QString placeholder = item->property("placeholderText").toString().trimmed();
            const QString bare = plain(name).remove(QChar(Languages::kMark));
            if (!placeholder.isEmpty() && plain(placeholder).remove(QChar(Languages::kMark)) == bare) {
                add("placeholder-only", item, QStringLiteral("its name is its placeholder \"%1\"").arg(placeholder));
                continue;
            }
            // Near it: within 200 px above (400 beside), scaled with the text size (the
            // window's font is Theme.fontBody, 15 px at 100 %).
            const int bodyPixels = m_window->property("font").value<QFont>().pixelSize();
            const qreal scale = bodyPixels > 0 ? std::max(1.0, bodyPixels / 15.0) : 1.0;
            const QRectF at = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()))
                                  .adjusted(-400 * scale, -200 * scale, 400 * scale, 60 * scale);
            bool shown = false;
            for (QQuickItem* t : texts) {
                if (isAncestor(item, t))
                    continue;
                QString words = plain(t->property("text").toString()).remove(QChar(Languages::kMark));
                while (words.endsWith(QLatin1Char(':')) || words.endsWith(QLatin1Char('*')) || words.endsWith(QLatin1Char(' ')))
                    words.chop(1);
                // WCAG 2.5.3, label in name: what a person hears contains what they see.
                if (words.size() >= 2 && (bare.contains(words, Qt::CaseInsensitive) || words.contains(bare, Qt::CaseInsensitive))
                    && at.intersects(paintedRect(t))) { // where it is, scrolled into view or not
                    shown = true;
                    break;
                }
            }
            if (!shown)
                add("no-label", item, QStringLiteral("no text near it shows its name \"%1\"").arg(name));
        }
    }

    // Text: whole, apart from each other, translated.
    for (QQuickItem* t : texts) {
        const QString text = plain(t->property("text").toString());
        const qreal w = t->width(), h = t->height();
        const qreal cw = t->property("contentWidth").toReal(), ch = t->property("contentHeight").toReal();
        const bool wraps = t->property("wrapMode").toInt() != 0;
        // Scrolled into view or not.
        if (const QString english = englishDateOrNumber(text, m_userText); !english.isEmpty())
            add("untranslated", t, QStringLiteral("%1 in \"%2\"").arg(english, text.left(80)));
        const bool elides = t->property("elide").toInt() != Qt::ElideNone;
        if (w > 0 && !wraps && !elides && cw > w + 1.5)
            add("cut-off", t, QStringLiteral("%1 px of text in %2 px, neither wrapped nor elided").arg(qRound(cw)).arg(qRound(w)));
        else if (w > 0 && wraps && !elides && cw > w + 1.5)
            add("cut-off", t, QStringLiteral("a word %1 px wide on a line of %2 px").arg(qRound(cw)).arg(qRound(w)));
        else if (h > 0 && ch > h + 1.5 && t->property("maximumLineCount").toInt() >= 1000000 && !elides)
            add("cut-off", t, QStringLiteral("%1 px of lines in %2 px").arg(qRound(ch)).arg(qRound(h)));
        else if (elides && t->property("truncated").toBool() && text.size() <= 40) {
            // A command's label, cut short (a long one is a preview of an entry, shown in full when opened).
            for (QQuickItem* p = t->parentItem(); p; p = p->parentItem()) {
                if (p->inherits("QQuickAbstractButton")) {
                    add("cut-off", t, QStringLiteral("a button's label elided"));
                    break;
                }
            }
        }
        const QRectF r = paintedRect(t);
        if (visibleRect(t).isEmpty())
            continue; // scrolled out of sight
        for (QQuickItem* p = t->parentItem(); p; p = p->parentItem()) {
            if (p->inherits("QQuickFlickable"))
                break; // what scrolls out of view is not cut off
            if (p->clip()) {
                const QRectF box = p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
                if (!box.adjusted(-1, -1, 1, 1).contains(r)) {
                    add("cut-off", t, QStringLiteral("outside %1, which clips it").arg(typeName(p)));
                    break;
                }
            }
        }
        if (marking && !translated(text) && residualWords(text, m_userText).size() > 1)
            add("untranslated", t, QStringLiteral("\"%1\"").arg(text.left(80)));
    }
    // A box's chosen text (a ComboBox draws it in a text input of its own).
    for (QQuickItem* item : items) {
        if (!item->inherits("QQuickComboBox"))
            continue;
        auto* shown = item->property("contentItem").value<QQuickItem*>();
        if (!shown || !shown->isVisible())
            continue;
        const qreal cw = shown->property("contentWidth").toReal();
        const qreal w = shown->width() - shown->property("leftPadding").toReal() - shown->property("rightPadding").toReal();
        if (w > 0 && cw > w + 1.5)
            add("cut-off", item, QStringLiteral("its choice \"%1\" is %2 px in %3 px").arg(item->property("displayText").toString())
                                      .arg(qRound(cw)).arg(qRound(w)));
    }
    for (int i = 0; i < texts.size(); ++i) {
        const QRectF a = visibleRect(texts[i]);
        for (int j = i + 1; j < texts.size(); ++j) {
            if (isAncestor(texts[i], texts[j]) || isAncestor(texts[j], texts[i]))
                continue;
            const QRectF both = a.intersected(visibleRect(texts[j]));
            if (both.width() > 2 && both.height() > 2)
                add("overlap", texts[i], QStringLiteral("drawn over %1").arg(describe(texts[j])));
        }
    }
    // A field squeezed too narrow to type in (issue 30, thirteenth round: a mood's name
    // field was 10 px wide at 800x600 with 200 % text, which no text check sees while the
    // field is empty): narrower than three letters of its font.
    for (QQuickItem* item : items) {
        if (!item->isVisible() || !inheritsAny(item, {"QQuickTextField", "QQuickTextArea", "QQuickComboBox", "QQuickSpinBox"}))
            continue;
        const QFont font = item->property("font").value<QFont>();
        const qreal em = font.pixelSize() > 0 ? font.pixelSize() : QFontInfo(font).pixelSize();
        if (em > 0 && item->width() < 3 * em)
            add("squeezed", item, QStringLiteral("%1 px wide, less than three letters of its %2 px font").arg(qRound(item->width())).arg(qRound(em)));
    }
    // An edge too faint to see (WCAG 1.4.11, 3:1): a text field's or area's box, a check box's
    // or a radio button's square or circle, a switch's handle, whose border is what
    // shows where to type or what state it is in (issue 30, last round: the
    // palette's `mid`, Theme.border, gave them 1.4:1 on a card, and an off switch
    // was a pale blot). Against its own fill and the palette's base and window, the
    // colours it is drawn on.
    for (QQuickItem* item : items) {
        if (!item->isVisible() || !item->isEnabled() || item->property("readOnly").toBool()
            || !inheritsAny(item, {"QQuickTextField", "QQuickTextArea", "QQuickCheckBox", "QQuickRadioButton", "QQuickSwitch"}))
            continue;
        QList<QQuickItem*> parts;
        for (const char* name : {"indicator", "background"}) {
            if (auto* part = item->property(name).value<QQuickItem*>()) {
                parts << part;
                parts << part->childItems();
            }
        }
        for (QQuickItem* part : parts) {
            const auto* pen = part->inherits("QQuickRectangle") ? part->property("border").value<QObject*>() : nullptr;
            const QColor edge = pen ? pen->property("color").value<QColor>() : QColor();
            // A border never set reads as 1 px of opaque black (QQuickPen's defaults) and is
            // not drawn: the same values set on purpose are taken for it.
            const qreal width = pen ? pen->property("width").toReal() : 0;
            const bool unset = width == 1 && edge == QColor(Qt::black);
            if (!pen || width <= 0 || unset || edge.alpha() < 128 || !part->isVisible())
                continue;
            QList<QColor> behind;
            if (const QColor fill = part->property("color").value<QColor>(); fill.isValid() && fill.alpha() >= 128)
                behind << fill;
            if (const auto* palette = item->property("palette").value<QObject*>()) {
                behind << palette->property("base").value<QColor>() << palette->property("window").value<QColor>();
            }
            for (const QColor& under : behind) {
                if (const qreal ratio = contrast(edge, under); ratio < 3.0) {
                    add("faint-edge", item, QStringLiteral("its edge %1 reaches %2:1 against %3 (3:1 needed)")
                                                .arg(edge.name(), QString::number(ratio, 'f', 2), under.name()));
                    break;
                }
            }
            break; // one edge per control: the first drawn
        }
    }
    // A switch's groove too faint to see (1.5:1 asked here; WCAG asks nothing of it,
    // since the handle's edge shows the switch): off, it is the palette's midlight, and
    // in the dark theme that was 1.1:1 on a card, so an off switch read as a lone
    // circle, not as a switch (seen on Settings). Against the palette's base and window.
    for (QQuickItem* item : items) {
        if (!item->isVisible() || !item->isEnabled() || !item->inherits("QQuickSwitch"))
            continue;
        auto* groove = item->property("indicator").value<QQuickItem*>();
        if (!groove || !groove->isVisible() || !groove->inherits("QQuickRectangle"))
            continue;
        const QColor fill = groove->property("color").value<QColor>();
        const auto* palette = item->property("palette").value<QObject*>();
        if (!fill.isValid() || fill.alpha() < 128 || !palette)
            continue;
        for (const char* name : {"base", "window"}) {
            const QColor under = palette->property(name).value<QColor>();
            if (const qreal ratio = contrast(fill, under); ratio < 1.5) {
                add("faint-groove", item, QStringLiteral("its groove %1 reaches %2:1 against %3 (1.5:1 asked)")
                                              .arg(fill.name(), QString::number(ratio, 'f', 2), under.name()));
                break;
            }
        }
    }
    // A button's words too faint on its fill (WCAG 1.4.3, 4.5:1): the words of a
    // button drawn on a filled box (issue 30, last round: a highlighted button's
    // words were white in the dark theme too, 2.2:1 on its light blue, since the
    // windows' palette gave brightText a colour of its own rather than the
    // Theme's text on accent). Text items of the button's content against the
    // nearest opaque box under them: their own (a badge) or the button's fill.
    for (QQuickItem* item : items) {
        if (!item->isVisible() || !item->isEnabled() || !item->inherits("QQuickAbstractButton"))
            continue;
        auto* background = item->property("background").value<QQuickItem*>();
        const QColor fill = background && background->isVisible() && background->inherits("QQuickRectangle")
            ? background->property("color").value<QColor>()
            : QColor();
        auto* content = item->property("contentItem").value<QQuickItem*>();
        if (!fill.isValid() || fill.alpha() < 255 || !content)
            continue;
        QList<QQuickItem*> texts{content};
        for (qsizetype i = 0; i < texts.size(); ++i)
            texts << texts.at(i)->childItems();
        for (QQuickItem* text : std::as_const(texts)) {
            if (!text->isVisible() || !text->inherits("QQuickText") || text->property("text").toString().trimmed().isEmpty())
                continue;
            const QColor words = text->property("color").value<QColor>();
            if (words.alpha() < 255)
                continue;
            // On the nearest box of its own inside the button (a badge, a chip), else the button's.
            QColor under = fill;
            for (QQuickItem* up = text->parentItem(); up && up != item; up = up->parentItem()) {
                if (up->inherits("QQuickRectangle") && up->isVisible()) {
                    if (const QColor own = up->property("color").value<QColor>(); own.alpha() == 255) {
                        under = own;
                        break;
                    }
                }
            }
            if (const qreal ratio = contrast(words, under); ratio < 4.5) {
                add("faint-text", item, QStringLiteral("its words %1 reach %2:1 on %3 (4.5:1 needed)")
                                            .arg(words.name(), QString::number(ratio, 'f', 2), under.name()));
                break;
            }
        }
    }
    // A chart squashed below the height it asks for (issue 30: the questionnaire
    // results' totals chart kept a set height, and at 800x600 with 200 % text its
    // wrapped title and legend left the plot a flat line, its value labels drawn
    // on each other, which no text check sees: they are painted on a Canvas).
    for (QQuickItem* item : items) {
        if (!item->isVisible() || !item->inherits("QQuickCanvasItem"))
            continue;
        const qreal wanted = item->implicitHeight();
        if (wanted > 0 && item->height() < wanted - 1)
            add("squashed", item, QStringLiteral("%1 px high, less than the %2 px it asks for").arg(qRound(item->height())).arg(qRound(wanted)));
    }
    // Past the foot of its layout: a control (its box drawn) that a layout placed
    // taller than the layout itself, so it runs into what comes below (issue 30: Qt
    // 6.4's layouts drop a change of implicit height made while an outer layout
    // places them, and the "Show" boxes of reflective's and resilience's patterns kept
    // the height of two lines in a row of one, over the summary under them, in
    // Spanish at 200 % text). Text is left out: a label kept too tall is empty space
    // under its lines, which the overlap check sees if anything is drawn there.
    for (QQuickItem* item : items) {
        QQuickItem* layout = item->parentItem();
        if (!item->isVisible() || !item->inherits("QQuickControl") || !layout || !layout->inherits("QQuickLayout")
            || layout->clip())
            continue;
        const qreal past = item->y() + item->height() - layout->height();
        if (past > 1)
            add("spills", item, QStringLiteral("%1 px past the foot of its %2 px layout").arg(qRound(past)).arg(qRound(layout->height())));
    }
    // Past the window's side (issue 30, twelfth round: a form wider than an 800x600
    // window at 200 % text put its fields out of reach): text or a control that
    // reaches beyond the window's left or right edge, where nothing scrolls sideways
    // to bring it back. Once per part: not again for what is inside a reported item.
    {
        const qreal windowWidth = m_window->width();
        // What a person reads or uses: a control, or text with something in it.
        const auto isPart = [](QQuickItem* item) {
            return (isText(item) || isInteractive(item)) && !(isText(item) && plain(item->property("text").toString()).isEmpty());
        };
        const auto sceneRect = [](QQuickItem* item) {
            return isText(item) ? paintedRect(item) : item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        };
        QSet<QQuickItem*> reported;
        for (QQuickItem* item : items) {
            if (!isPart(item))
                continue;
            bool insideReported = false, scrollsSideways = false;
            for (QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
                insideReported = insideReported || reported.contains(p);
                if (p->inherits("QQuickFlickable") && p->property("contentWidth").toReal() > p->width() + 1
                    && (p->property("flickableDirection").toInt() & 1 /* HorizontalFlick */))
                    scrollsSideways = true;
            }
            if (insideReported || scrollsSideways)
                continue;
            const QRectF r = sceneRect(item);
            if (r.isEmpty())
                continue;
            const qreal past = std::max(r.right() - windowWidth, -r.left());
            if (past > 1.5) {
                reported << item;
                add("off-window", item, QStringLiteral("reaches %1 px past the window's %2 edge").arg(qRound(past))
                                            .arg(r.right() - windowWidth > -r.left() ? QStringLiteral("right") : QStringLiteral("left")));
            }
        }
        // Past its card's side (a helper saw Today's Open and Spanish Settings' fields
        // reach beyond the card they belong to, inside the window): text or a control
        // that reaches past the right edge of the nearest Pane or Frame around it that
        // draws a background. Once per part, not where a window edge was found already.
        QSet<QQuickItem*> cardsPast;
        for (QQuickItem* item : items) {
            if (!isPart(item) || reported.contains(item))
                continue;
            QQuickItem* card = nullptr;
            bool skip = false;
            for (QQuickItem* p = item->parentItem(); p && !card; p = p->parentItem()) {
                skip = skip || reported.contains(p) || p->inherits("QQuickFlickable");
                if (p->inherits("QQuickPane")) {
                    auto* background = p->property("background").value<QQuickItem*>();
                    if (background && background->isVisible())
                        card = p;
                }
            }
            if (!card || skip)
                continue;
            const QRectF r = sceneRect(item);
            const QRectF box = card->mapRectToScene(QRectF(0, 0, card->width(), card->height()));
            if (r.isEmpty() || box.isEmpty())
                continue;
            const qreal past = r.right() - box.right();
            if (past > 1.5) {
                reported << item;
                cardsPast.insert(card);
                add("off-card", item, QStringLiteral("reaches %1 px past the right edge of %2").arg(qRound(past)).arg(describe(card)));
            }
        }
        // Why, most often: an item a layout keeps at its own width (Layout.fillWidth not
        // set), wider than the layout was given. A layout given less than its minimum
        // lays everything out at that minimum, so the whole column runs past the window,
        // or past the card it is in.
        if (!reported.isEmpty()) {
            for (QQuickItem* item : items) {
                QQuickItem* layout = item->parentItem();
                if (!layout || !layout->inherits("QQuickLayout") || item->inherits("QQuickLayout") || !item->isVisible())
                    continue;
                const qreal implicit = item->implicitWidth();
                if (item->width() < implicit - 0.5)
                    continue; // not at its own width
                const qreal left = item->mapToScene(QPointF(0, 0)).x();
                QQuickItem* card = nullptr;
                for (QQuickItem* p = layout; p && !card && !item->inherits("QQuickFlow") /* its implicit width follows its width */;
                     p = p->parentItem()) {
                    if (cardsPast.contains(p))
                        card = p;
                }
                if (card) {
                    const qreal right = card->mapToScene(QPointF(card->width(), 0)).x();
                    if (left + implicit > right + 1.5)
                        add("too-wide", item, QStringLiteral("kept at its own width, %1 px, from x %2 in a card ending at x %3 (Layout.fillWidth?)")
                                                  .arg(qRound(implicit)).arg(qRound(left)).arg(qRound(right)));
                }
                if (left + implicit > windowWidth + 1.5)
                    add("too-wide", item, QStringLiteral("kept at its own width, %1 px, from x %2 in a window %3 wide (Layout.fillWidth?)")
                                              .arg(qRound(implicit)).arg(qRound(left)).arg(qRound(windowWidth)));
            }
        }
    }
    // Focus marks: each control Tab reaches, drawn focused and then not, must
    // look different around itself (a ring, a border, a highlight).
    const QRect window(QPoint(0, 0), m_window->size());
    if (!m_window->isActive()) {
        m_window->requestActivate(); // focus shows only in the active window
        QCoreApplication::processEvents();
    }
    for (QQuickItem* item : items) {
        if (!isInteractive(item) || !item->isEnabled())
            continue;
        QQuickItem* target = item;
        if (!item->activeFocusOnTab()) {
            // A field whose inner editor takes the focus (SpinBox, editable ComboBox).
            target = nullptr;
            for (QQuickItem* child : item->childItems()) {
                if (child->activeFocusOnTab() && child->isVisible())
                    target = child;
            }
            if (!target)
                continue;
        }
        target->forceActiveFocus(Qt::TabFocusReason); // may scroll the page to it
        if (!target->hasActiveFocus()) {
            add("no-focus-mark", item, QStringLiteral("it does not take the keyboard focus (window active: %1)").arg(m_window->isActive()));
            continue;
        }
        const QRect area = item->mapRectToScene(QRectF(0, 0, item->width(), item->height())).toAlignedRect().adjusted(-5, -5, 5, 5);
        if (!window.contains(area) || area.width() < 8 || area.height() < 8)
            continue; // partly out of the window: nothing fair to compare
        const QImage focused = m_window->grabWindow();
        // The focus goes to an empty item of the audit's own (giving it to the content
        // item would hand it straight back to the control, its scope's focused child).
        if (!m_neutral) {
            m_neutral = new QQuickItem(m_window->contentItem());
            m_neutral->setObjectName(QStringLiteral("pageAuditNeutral"));
        }
        m_neutral->forceActiveFocus();
        const QImage unfocused = m_window->grabWindow();
        if (focused.isNull() || unfocused.isNull() || focused.size() != unfocused.size())
            continue;
        const qreal dpr = focused.devicePixelRatio();
        const QRect pixels(qFloor(area.x() * dpr), qFloor(area.y() * dpr), qFloor(area.width() * dpr), qFloor(area.height() * dpr));
        int changed = 0;
        for (int y = std::max(0, pixels.top()); y <= std::min(focused.height() - 1, pixels.bottom()); ++y) {
            for (int x = std::max(0, pixels.left()); x <= std::min(focused.width() - 1, pixels.right()); ++x) {
                if (focused.pixel(x, y) != unfocused.pixel(x, y))
                    ++changed;
            }
        }
        if (changed < 20)
            add("no-focus-mark", item, QStringLiteral("focused and unfocused look the same (%1 pixels differ)").arg(changed));
    }
    return findings;
}

} // namespace tessera::core
