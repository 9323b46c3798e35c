// Tessera SDK test helpers: GoogleTest prints Qt's text and JSON as text.
#pragma once

// Include it in a module's GoogleTest files: a failed EXPECT_EQ on two
// QStrings then shows "\"three-things\"" instead of "2-byte object <74-00 ...>".
// GoogleTest finds these by argument-dependent lookup, so they live where the
// Qt types do, in the global namespace. Header-only: nothing is linked.
// Not included by pluginharness.h, so a test file with printers of its own
// keeps building. @since 2.6.1

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <ostream>

inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

inline void PrintTo(const QStringList& list, std::ostream* os)
{
    *os << '[';
    for (qsizetype i = 0; i < list.size(); ++i)
        *os << (i ? ", \"" : "\"") << list.at(i).toStdString() << '"';
    *os << ']';
}

inline void PrintTo(const QJsonObject& o, std::ostream* os)
{
    *os << QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}
