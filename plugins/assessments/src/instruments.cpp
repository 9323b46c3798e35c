// The questions and answers are used exactly as published: changing them
// breaks their validity (issue 22), so they are not in "our own words". They
// go through the catalogue (context "Instruments") only so that an official
// translation can replace them (issue 29: the Spanish PHQ-9 and GAD-7 of the
// same source, word for word); a language without one shows the English.
//
// Sources of the wording:
//  - PHQ-9 and GAD-7: the PHQ screeners by Drs. Robert L. Spitzer, Janet B.W.
//    Williams, Kurt Kroenke and colleagues, with an educational grant from
//    Pfizer Inc. "No permission required to reproduce, translate, display or
//    distribute." (the forms' own statement; www.phqscreeners.com).
//  - AUDIT-C: questions 1-3 of the WHO Alcohol Use Disorders Identification
//    Test (Babor, Higgins-Biddle, Saunders, Monteiro, WHO 2001), public domain;
//    scoring of the three consumption questions per Bush et al. 1998.
//
// LOINC codes (the loinc.org panel pages, and the FHIR examples that use them):
//  - PHQ-9 panel 44249-1, total 44261-6; items 44250-9, 44255-8, 44259-0,
//    44254-1, 44251-7, 44258-2, 44252-5, 44253-3, 44260-8; the "how difficult"
//    item 69722-7 (loinc.org/44249-1; the Argonaut/US Core FHIR
//    Questionnaire "questionnaire-44249-1" uses these as linkIds).
//  - GAD-7 panel 69737-5, total 70274-6; items 69725-0, 68509-9, 69733-4,
//    69734-2, 69735-9, 69689-8, 69736-7 (loinc.org/69737-5; HL7
//    personal-health-record-format-ig, QuestionnaireResponse-ScoredAssessment-GAD7.fsh).
//  - AUDIT-C panel 72109-2, total 75626-2; items 68518-0, 68519-8, 68520-6
//    (loinc.org/72109-2; the US Core FHIR AUDIT-C Questionnaire example).
#include "instruments.h"

#include <QCoreApplication>
#include <QLocale>

namespace tessera::assessments {

namespace {

QString tx(const char* text) { return QCoreApplication::translate("Instruments", text); }

QList<Option> frequency()
{
    return {{tx(QT_TRANSLATE_NOOP("Instruments", "Not at all")), 0},
            {tx(QT_TRANSLATE_NOOP("Instruments", "Several days")), 1},
            {tx(QT_TRANSLATE_NOOP("Instruments", "More than half the days")), 2},
            {tx(QT_TRANSLATE_NOOP("Instruments", "Nearly every day")), 3}};
}

QList<Option> five(const char* a, const char* b, const char* c, const char* d, const char* e)
{
    return {{tx(a), 0}, {tx(b), 1}, {tx(c), 2}, {tx(d), 3}, {tx(e), 4}};
}

QString pfizer()
{
    return tx(QT_TRANSLATE_NOOP("Instruments",
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational "
    "grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute."));
}

Instrument makePhq9()
{
    Instrument i;
    i.id = QStringLiteral("phq9");
    i.name = QStringLiteral("PHQ-9");
    i.fullName = tx(QT_TRANSLATE_NOOP("Instruments", "Patient Health Questionnaire (PHQ-9)"));
    i.stem = tx(QT_TRANSLATE_NOOP("Instruments", "Over the last 2 weeks, how often have you been bothered by any of the following problems?"));
    i.panelCode = QStringLiteral("44249-1");
    i.totalCode = QStringLiteral("44261-6");
    const char* texts[] = {
        QT_TRANSLATE_NOOP("Instruments", "Little interest or pleasure in doing things"),
        QT_TRANSLATE_NOOP("Instruments", "Feeling down, depressed, or hopeless"),
        QT_TRANSLATE_NOOP("Instruments", "Trouble falling or staying asleep, or sleeping too much"),
        QT_TRANSLATE_NOOP("Instruments", "Feeling tired or having little energy"),
        QT_TRANSLATE_NOOP("Instruments", "Poor appetite or overeating"),
        QT_TRANSLATE_NOOP("Instruments", "Feeling bad about yourself — or that you are a failure or have let yourself or your family down"),
        QT_TRANSLATE_NOOP("Instruments", "Trouble concentrating on things, such as reading the newspaper or watching television"),
        QT_TRANSLATE_NOOP("Instruments", "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so "
         "fidgety or restless that you have been moving around a lot more than usual"),
        QT_TRANSLATE_NOOP("Instruments", "Thoughts that you would be better off dead or of hurting yourself in some way")};
    const char* codes[] = {"44250-9", "44255-8", "44259-0", "44254-1", "44251-7",
                           "44258-2", "44252-5", "44253-3", "44260-8"};
    for (int n = 0; n < 9; ++n)
        i.items << Item{n + 1, QString::fromLatin1(codes[n]), tx(texts[n]), frequency()};
    i.difficulty = Item{10, QStringLiteral("69722-7"),
                        tx(QT_TRANSLATE_NOOP("Instruments", "If you checked off any problems, how difficult have these problems made it for "
                                       "you to do your work, take care of things at home, or get along with other people?")),
                        {{tx(QT_TRANSLATE_NOOP("Instruments", "Not difficult at all")), 0},
                         {tx(QT_TRANSLATE_NOOP("Instruments", "Somewhat difficult")), 1},
                         {tx(QT_TRANSLATE_NOOP("Instruments", "Very difficult")), 2},
                         {tx(QT_TRANSLATE_NOOP("Instruments", "Extremely difficult")), 3}}};
    i.maxTotal = 27;
    i.source = QStringLiteral("PHQ-9. ") + pfizer();
    return i;
}

Instrument makeGad7()
{
    Instrument i;
    i.id = QStringLiteral("gad7");
    i.name = QStringLiteral("GAD-7");
    i.fullName = tx(QT_TRANSLATE_NOOP("Instruments", "Generalized Anxiety Disorder 7-item scale (GAD-7)"));
    i.stem = tx(QT_TRANSLATE_NOOP("Instruments", "Over the last 2 weeks, how often have you been bothered by the following problems?"));
    i.panelCode = QStringLiteral("69737-5");
    i.totalCode = QStringLiteral("70274-6");
    const char* texts[] = {QT_TRANSLATE_NOOP("Instruments", "Feeling nervous, anxious or on edge"),
                           QT_TRANSLATE_NOOP("Instruments", "Not being able to stop or control worrying"),
                           QT_TRANSLATE_NOOP("Instruments", "Worrying too much about different things"),
                           QT_TRANSLATE_NOOP("Instruments", "Trouble relaxing"),
                           QT_TRANSLATE_NOOP("Instruments", "Being so restless that it is hard to sit still"),
                           QT_TRANSLATE_NOOP("Instruments", "Becoming easily annoyed or irritable"),
                           QT_TRANSLATE_NOOP("Instruments", "Feeling afraid as if something awful might happen")};
    const char* codes[] = {"69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"};
    for (int n = 0; n < 7; ++n)
        i.items << Item{n + 1, QString::fromLatin1(codes[n]), tx(texts[n]), frequency()};
    i.maxTotal = 21;
    i.source = QStringLiteral("GAD-7. ") + pfizer();
    return i;
}

Instrument makeAuditC()
{
    Instrument i;
    i.id = QStringLiteral("audit-c");
    i.name = QStringLiteral("AUDIT-C");
    i.fullName = tx(QT_TRANSLATE_NOOP("Instruments", "Alcohol Use Disorders Identification Test – Consumption (AUDIT-C)"));
    i.panelCode = QStringLiteral("72109-2");
    i.totalCode = QStringLiteral("75626-2");
    i.items << Item{1, QStringLiteral("68518-0"), tx(QT_TRANSLATE_NOOP("Instruments", "How often do you have a drink containing alcohol?")),
                    five(QT_TRANSLATE_NOOP("Instruments", "Never"), QT_TRANSLATE_NOOP("Instruments", "Monthly or less"), QT_TRANSLATE_NOOP("Instruments", "2-4 times a month"), QT_TRANSLATE_NOOP("Instruments", "2-3 times a week"), QT_TRANSLATE_NOOP("Instruments", "4 or more times a week"))};
    i.items << Item{2, QStringLiteral("68519-8"),
                    tx(QT_TRANSLATE_NOOP("Instruments", "How many drinks containing alcohol do you have on a typical day when you are drinking?")),
                    five(QT_TRANSLATE_NOOP("Instruments", "1 or 2"), QT_TRANSLATE_NOOP("Instruments", "3 or 4"), QT_TRANSLATE_NOOP("Instruments", "5 or 6"), QT_TRANSLATE_NOOP("Instruments", "7 to 9"), QT_TRANSLATE_NOOP("Instruments", "10 or more"))};
    i.items << Item{3, QStringLiteral("68520-6"), tx(QT_TRANSLATE_NOOP("Instruments", "How often do you have six or more drinks on one occasion?")),
                    five(QT_TRANSLATE_NOOP("Instruments", "Never"), QT_TRANSLATE_NOOP("Instruments", "Less than monthly"), QT_TRANSLATE_NOOP("Instruments", "Monthly"), QT_TRANSLATE_NOOP("Instruments", "Weekly"), QT_TRANSLATE_NOOP("Instruments", "Daily or almost daily"))};
    i.maxTotal = 12;
    i.source = tx(QT_TRANSLATE_NOOP("Instruments", "AUDIT-C: questions 1-3 of the AUDIT, World Health Organization; in the public domain."));
    return i;
}

// Made again when the language changes (Settings applies it at once); one
// copy per thread, so a pointer from instrument() stays valid on its thread.
const QList<Instrument>& all()
{
    thread_local QList<Instrument> list;
    thread_local QString madeFor;
    const QString now = QLocale().name() + tx(QT_TRANSLATE_NOOP("Instruments", "Not at all"));
    if (list.isEmpty() || now != madeFor) {
        list = {makePhq9(), makeGad7(), makeAuditC()};
        madeFor = now;
    }
    return list;
}

} // namespace

QStringList instrumentIds()
{
    return {QStringLiteral("phq9"), QStringLiteral("gad7"), QStringLiteral("audit-c")};
}

const Instrument* instrument(const QString& id)
{
    for (const Instrument& i : all()) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

} // namespace tessera::assessments
