// The questions and answers are used exactly as published: changing them
// breaks their validity (issue 22), so they are not in "our own words" and
// are not passed through tr(); only an official translation may replace them.
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

namespace tessera::assessments {

namespace {

QList<Option> frequency()
{
    return {{QStringLiteral("Not at all"), 0},
            {QStringLiteral("Several days"), 1},
            {QStringLiteral("More than half the days"), 2},
            {QStringLiteral("Nearly every day"), 3}};
}

QList<Option> five(const char* a, const char* b, const char* c, const char* d, const char* e)
{
    return {{QString::fromUtf8(a), 0}, {QString::fromUtf8(b), 1}, {QString::fromUtf8(c), 2},
            {QString::fromUtf8(d), 3}, {QString::fromUtf8(e), 4}};
}

const QString kPfizer = QStringLiteral(
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational "
    "grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.");

Instrument makePhq9()
{
    Instrument i;
    i.id = QStringLiteral("phq9");
    i.name = QStringLiteral("PHQ-9");
    i.fullName = QStringLiteral("Patient Health Questionnaire (PHQ-9)");
    i.stem = QStringLiteral("Over the last 2 weeks, how often have you been bothered by any of the following problems?");
    i.panelCode = QStringLiteral("44249-1");
    i.totalCode = QStringLiteral("44261-6");
    const char* texts[] = {
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself \u2014 or that you are a failure or have let yourself or your family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        ("Moving or speaking so slowly that other people could have noticed? Or the opposite \u2014 being so "
         "fidgety or restless that you have been moving around a lot more than usual"),
        "Thoughts that you would be better off dead or of hurting yourself in some way"};
    const char* codes[] = {"44250-9", "44255-8", "44259-0", "44254-1", "44251-7",
                           "44258-2", "44252-5", "44253-3", "44260-8"};
    for (int n = 0; n < 9; ++n)
        i.items << Item{n + 1, QString::fromLatin1(codes[n]), QString::fromUtf8(texts[n]), frequency()};
    i.difficulty = Item{10, QStringLiteral("69722-7"),
                        QStringLiteral("If you checked off any problems, how difficult have these problems made it for "
                                       "you to do your work, take care of things at home, or get along with other people?"),
                        {{QStringLiteral("Not difficult at all"), 0},
                         {QStringLiteral("Somewhat difficult"), 1},
                         {QStringLiteral("Very difficult"), 2},
                         {QStringLiteral("Extremely difficult"), 3}}};
    i.maxTotal = 27;
    i.source = QStringLiteral("PHQ-9. ") + kPfizer;
    return i;
}

Instrument makeGad7()
{
    Instrument i;
    i.id = QStringLiteral("gad7");
    i.name = QStringLiteral("GAD-7");
    i.fullName = QStringLiteral("Generalized Anxiety Disorder 7-item scale (GAD-7)");
    i.stem = QStringLiteral("Over the last 2 weeks, how often have you been bothered by the following problems?");
    i.panelCode = QStringLiteral("69737-5");
    i.totalCode = QStringLiteral("70274-6");
    const char* texts[] = {"Feeling nervous, anxious or on edge",
                           "Not being able to stop or control worrying",
                           "Worrying too much about different things",
                           "Trouble relaxing",
                           "Being so restless that it is hard to sit still",
                           "Becoming easily annoyed or irritable",
                           "Feeling afraid as if something awful might happen"};
    const char* codes[] = {"69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"};
    for (int n = 0; n < 7; ++n)
        i.items << Item{n + 1, QString::fromLatin1(codes[n]), QString::fromUtf8(texts[n]), frequency()};
    i.maxTotal = 21;
    i.source = QStringLiteral("GAD-7. ") + kPfizer;
    return i;
}

Instrument makeAuditC()
{
    Instrument i;
    i.id = QStringLiteral("audit-c");
    i.name = QStringLiteral("AUDIT-C");
    i.fullName = QStringLiteral("Alcohol Use Disorders Identification Test \u2013 Consumption (AUDIT-C)");
    i.panelCode = QStringLiteral("72109-2");
    i.totalCode = QStringLiteral("75626-2");
    i.items << Item{1, QStringLiteral("68518-0"), QStringLiteral("How often do you have a drink containing alcohol?"),
                    five("Never", "Monthly or less", "2-4 times a month", "2-3 times a week", "4 or more times a week")};
    i.items << Item{2, QStringLiteral("68519-8"),
                    QStringLiteral("How many drinks containing alcohol do you have on a typical day when you are drinking?"),
                    five("1 or 2", "3 or 4", "5 or 6", "7 to 9", "10 or more")};
    i.items << Item{3, QStringLiteral("68520-6"), QStringLiteral("How often do you have six or more drinks on one occasion?"),
                    five("Never", "Less than monthly", "Monthly", "Weekly", "Daily or almost daily")};
    i.maxTotal = 12;
    i.source = QStringLiteral("AUDIT-C: questions 1-3 of the AUDIT, World Health Organization; in the public domain.");
    return i;
}

const QList<Instrument>& all()
{
    static const QList<Instrument> list{makePhq9(), makeGad7(), makeAuditC()};
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
