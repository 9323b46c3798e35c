// What the relationships (IPT) module offers to choose from, in plain words
// of Tessera's own.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera::ipt {

/// One of the four problem areas of interpersonal therapy.
struct Area {
    QString code;        ///< grief, disputes, transitions, deficits (a stored id only: shown as social isolation and loneliness)
    QString title;
    QString explanation; ///< what it is, in plain words
    QString work;        ///< what working on it looks like
};

const QList<Area>& areas();
QStringList areaCodes();
QStringList circleCodes();   ///< inner, middle, outer
QStringList contactCodes();  ///< daily, weekly, monthly, rarely
QStringList stageCodes();    ///< renegotiation, impasse, dissolution
QStringList toneCodes();     ///< supportive, difficult, mixed
/// A readable label for any of the codes above.
QString label(const QString& code);
/// Code/label pairs for a picker: [{code, label}].
QList<QPair<QString, QString>> options(const QStringList& codes);

} // namespace tessera::ipt
