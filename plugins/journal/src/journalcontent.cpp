#include "journalcontent.h"

#include <QCoreApplication>

namespace tessera::journal {

QStringList feelingWords()
{
    return {
        QCoreApplication::translate("Journal", "sad"),         QCoreApplication::translate("Journal", "low"),
        QCoreApplication::translate("Journal", "empty"),       QCoreApplication::translate("Journal", "hopeless"),
        QCoreApplication::translate("Journal", "worthless"),   QCoreApplication::translate("Journal", "trapped"),
        QCoreApplication::translate("Journal", "ashamed"),     QCoreApplication::translate("Journal", "guilty"),
        QCoreApplication::translate("Journal", "numb"),        QCoreApplication::translate("Journal", "lonely"),
        QCoreApplication::translate("Journal", "overwhelmed"), QCoreApplication::translate("Journal", "tired"),
        QCoreApplication::translate("Journal", "anxious"),     QCoreApplication::translate("Journal", "tense"),
        QCoreApplication::translate("Journal", "irritable"),   QCoreApplication::translate("Journal", "restless"),
        QCoreApplication::translate("Journal", "okay"),        QCoreApplication::translate("Journal", "calm"),
        QCoreApplication::translate("Journal", "hopeful"),     QCoreApplication::translate("Journal", "content"),
        QCoreApplication::translate("Journal", "grateful"),    QCoreApplication::translate("Journal", "connected"),
        QCoreApplication::translate("Journal", "energised"),
    };
}

QStringList writingPrompts()
{
    return {
        QCoreApplication::translate("Journal", "What has been on your mind today?"),
        QCoreApplication::translate("Journal", "What was the hardest moment today, and how did you get through it?"),
        QCoreApplication::translate("Journal", "Name one small thing that went a little better than expected."),
        QCoreApplication::translate("Journal", "Who did you talk to today, and how did it leave you feeling?"),
        QCoreApplication::translate("Journal", "What does your body feel like right now?"),
        QCoreApplication::translate("Journal", "If a friend were in your place this week, what would you say to them?"),
        QCoreApplication::translate("Journal", "What would make tomorrow a bit easier?"),
    };
}

} // namespace tessera::journal
