// The page for the people close to the client, as a PDF to hand over.
#pragma once

#include <QString>
#include <QStringList>

namespace tessera::sessions {

/// What the client wrote, in their own words, and the contacts from their
/// safety plan when they chose to add them.
struct SupportersPage {
    QString helps;
    QString notHelp;
    QString signs;
    QString support;
    QString worried;
    QStringList contacts;

    [[nodiscard]] bool isEmpty() const;
    /// The page as HTML (every word of the client's escaped).
    [[nodiscard]] QString html() const;
};

/// Writes `page` as a PDF at `path`, readable and writable by the client only
/// (0600), replacing the file in one step (a PDF cut short is never left).
/// Returns "" or what went wrong, naming the file.
QString writeSupportersPdf(const SupportersPage& page, const QString& path);

} // namespace tessera::sessions
