// What the mindfulness module teaches: the practices with their phases and
// cues, and the eight weeks of the course. All wording is Tessera's own.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera::mbct {

struct Phase {
    QString title;
    QString cue;
    int share = 1; ///< relative length within the practice
};

struct Practice {
    QString code;
    QString title;
    QString description;
    int minutes = 0;     ///< default length
    bool fixedLength = false; ///< the breathing space is always three minutes
    QList<Phase> phases;
    /// Lengths offered as a choice, in minutes (the body scan: 20, or about
    /// 45 as in the course); empty when one default length is enough.
    QList<int> lengths = {};
};

struct CourseWeek {
    int week = 0;
    QString title;
    QString theme;
    QStringList homePractice;
};

/// Every practice, in the order the practice page offers them.
const QList<Practice>& practices();
/// The practice with this code, or nullptr.
const Practice* practice(const QString& code);
QStringList practiceCodes();
/// The phase lengths in milliseconds for `minutes` of the practice (shares kept).
QList<qint64> phaseLengths(const Practice& p, int minutes);

/// The eight weeks, in order.
const QList<CourseWeek>& course();

/// The four kinds of early warning sign and the three levels of the plan.
QStringList signCategories();
QStringList levelCodes();
/// The actions the red zone of the staying-well plan starts with, until the
/// client writes their own: contact the clinician, use the safety plan.
QStringList redZoneDefaults();
/// A readable label for a sign category, level or practice code.
QString label(const QString& code);

} // namespace tessera::mbct
