// Issue 29: what a screen reader hears. scripts/screen-reader-walk starts the
// real app on an X display (Xvfb) with the accessibility bus (AT-SPI, what
// Orca reads), presses Tab from the top of a page and, after each key, asks
// AT-SPI which object has the focus. Every stop must say something beyond its
// role (a name or a description; Qt 6.4 withholds both for a password field),
// the keyboard must never lose the focus, and "?" must open the shortcuts
// with the focus on their Close button.
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tessera;

namespace {

QStringList walk(const QString& page, int tabs, const QString& language = {})
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("heard.txt"));
    QStringList args{QStringLiteral(TESSERA_SOURCE_DIR "/scripts/screen-reader-walk"), QStringLiteral("--build"),
                     QStringLiteral(TESSERA_BUILD_DIR)};
    if (!language.isEmpty())
        args << QStringLiteral("--language") << language;
    args << page << QString::number(tabs) << out;
    const auto r = test::runProcess(QStringLiteral("/bin/bash"), args, 180000);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    QFile f(out);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void expectEveryStopSpoken(const QString& page, const QStringList& heard, int tabs)
{
    ASSERT_EQ(heard.size(), tabs + 2) << page.toStdString() << ":\n" << heard.join(QLatin1Char('\n')).toStdString();
    for (int i = 0; i < tabs; ++i) {
        const QStringList parts = heard.at(i).split(QStringLiteral(" | "));
        ASSERT_EQ(parts.size(), 3) << heard.at(i).toStdString();
        EXPECT_NE(parts.at(0), QStringLiteral("(nothing)")) << page.toStdString() << ": Tab " << i + 1 << " lost the focus";
        // Qt 6.4 gives AT-SPI no name or description for a password field (its
        // QQuickAccessibleAttached withholds them): known, in docs/accessibility.md.
        if (parts.at(0) == QLatin1String("password text"))
            continue;
        EXPECT_FALSE(parts.at(1).trimmed().isEmpty() && parts.at(2).trimmed().isEmpty())
            << page.toStdString() << ": Tab " << i + 1 << " reached a " << parts.at(0).toStdString()
            << " a screen reader can only call by its role";
    }
    EXPECT_TRUE(heard.at(tabs).startsWith(QStringLiteral("after ?: push button | ")))
        << page.toStdString() << ": " << heard.at(tabs).toStdString();
}

} // namespace

TEST(ScreenReaderTest, CheckInPageIsSpokenStopByStop)
{
    // Nine stops: the feelings are one (the arrow keys move between them), not 23.
    const QStringList heard = walk(QStringLiteral("journal/checkin"), 9);
    expectEveryStopSpoken(QStringLiteral("journal/checkin"), heard, 9);
    // Help first, then the page's fields in order, each with its label.
    EXPECT_TRUE(heard.value(0).startsWith(QStringLiteral("push button | Need help now?"))) << heard.value(0).toStdString();
    EXPECT_TRUE(heard.join(QLatin1Char('\n')).contains(QStringLiteral("slider | How is your mood right now?")));
    EXPECT_TRUE(heard.join(QLatin1Char('\n')).contains(QStringLiteral("check box | Feeling: sad | 1 of 23; the arrow keys move between them")))
        << heard.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(heard.join(QLatin1Char('\n')).contains(QStringLiteral("| Anything to add? |")));
    EXPECT_TRUE(heard.value(8).startsWith(QStringLiteral("push button | Save check-in"))) << heard.value(8).toStdString();
    EXPECT_TRUE(heard.value(9).contains(QStringLiteral("Close the keyboard shortcuts"))) << heard.value(9).toStdString();
}

TEST(ScreenReaderTest, SettingsPageIsSpokenStopByStop)
{
    const QStringList heard = walk(QStringLiteral("settings"), 26);
    expectEveryStopSpoken(QStringLiteral("settings"), heard, 26);
    EXPECT_TRUE(heard.join(QLatin1Char('\n')).contains(QStringLiteral("combo box | Language")));
    EXPECT_TRUE(heard.join(QLatin1Char('\n')).contains(QStringLiteral("combo box | Text size")));
}

TEST(ScreenReaderTest, SpanishCrisisPageIsSpokenInSpanish)
{
    const QStringList heard = walk(QStringLiteral("crisis"), 8, QStringLiteral("es"));
    expectEveryStopSpoken(QStringLiteral("crisis"), heard, 8);
    EXPECT_TRUE(heard.value(0).startsWith(QStringLiteral("push button | ¿Necesitas ayuda ahora?"))) << heard.value(0).toStdString();
    // The emergency line and the plan's steps are stops, each read on one line (a
    // keyboard-only try found Tab went past them).
    const QString all = heard.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("label | Si estás en peligro ahora"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("label | Señales de alerta. "))) << all.toStdString();
}
