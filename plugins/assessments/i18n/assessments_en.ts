<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Assessments</name>
    <message>
        <source>%1 questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on your schedule: fill it in whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done today. Next on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A few minutes, every %n days</source>
        <translation>
            <numerusform>A few minutes, every day</numerusform>
            <numerusform>A few minutes, every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no questionnaire called &quot;%1&quot; here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That questionnaire is no longer in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a questionnaire first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no question %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the answers to question %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the PHQ-9 has this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not finished (%2 of %3 answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it to carry on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 is not answered yet: &quot;%2&quot;. Every question needs an answer before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions %1 are not answered yet (the first: &quot;%2&quot;). Every question needs an answer before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the usual cut-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the usual cut-off for women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or above the usual cut-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few signs of depression over the last two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some signs of depression over the last two weeks. Worth keeping an eye on, together with your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moderate level of depression over the last two weeks. Your clinician can use this to plan your care with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depression has been weighing on you quite a lot. Please share this with your clinician: it helps them help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depression has been weighing on you heavily. This is a hard time and you do not have to carry it alone: please talk with your clinician soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few signs of anxiety over the last two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some anxiety over the last two weeks. Worth keeping an eye on, together with your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moderate level of anxiety over the last two weeks. Your clinician can use this to plan your care with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety has been weighing on you heavily. You do not have to carry it alone: please share this with your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drinking is below the usual cut-offs (3 for women, 4 for men).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers reach the usual cut-off for women (3), which is lower than the one for men (4). It may be worth talking your drinking over with your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are at or above the usual cut-offs (4 for men, 3 for women). Drinking and low mood often go together; it may help to talk it over with your clinician, who can look at it with you without judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as last time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lower than last time (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 higher than last time (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of 5 points or more is usually seen as a real change, not just the ordinary ups and downs of a few weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rise of 5 points or more is worth mentioning to your clinician. Harder weeks happen, and they can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lower than your first one (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 higher than your first one (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as your first one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since your first one, that is a change of 5 points or more, which is usually seen as a real change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score under 5 is what clinicians call remission. That is good to see; keep going at your own pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is half or less of your first score, which clinicians call a response to treatment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsReport</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 on %2 (first in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 on %2 (before the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1; one result, nothing earlier to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (5 points or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remission (under 5, from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response (half or less of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item 9 (%1) was answered &apos;%2&apos; on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (0-%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total (0-%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaires were completed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 item 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered above 0 in %1 of %2 PHQ-9 results in the period (thoughts of being better off dead or of self-harm)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FillPage</name>
    <message>
        <source>Fill in a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the answer closest to how things have been.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for answering that honestly. Thoughts like these are heavy to carry, and you do not have to carry them alone. Your safety plan and the people you can contact now are one step away: in the notice Tessera has just shown, and under Need help now? at any time. Nobody reads your answers as you write them and Tessera is not an emergency service: if you might act on these thoughts, call your local emergency number now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored, and you may leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Thank you. Please look after yourself: your safety plan and people who can help are one step away, under Need help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Thank you for taking the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts this questionnaire again; the unfinished one goes to the bin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than half the days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient Health Questionnaire (PHQ-9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the last 2 weeks, how often have you been bothered by any of the following problems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little interest or pleasure in doing things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling down, depressed, or hopeless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble falling or staying asleep, or sleeping too much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling tired or having little energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor appetite or overeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling bad about yourself — or that you are a failure or have let yourself or your family down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble concentrating on things, such as reading the newspaper or watching television</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts that you would be better off dead or of hurting yourself in some way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not difficult at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhat difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extremely difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generalized Anxiety Disorder 7-item scale (GAD-7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the last 2 weeks, how often have you been bothered by the following problems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling nervous, anxious or on edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not being able to stop or control worrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worrying too much about different things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble relaxing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being so restless that it is hard to sit still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becoming easily annoyed or irritable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling afraid as if something awful might happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcohol Use Disorders Identification Test – Consumption (AUDIT-C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often do you have a drink containing alcohol?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-4 times a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-3 times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 or more times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many drinks containing alcohol do you have on a typical day when you are drinking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 or 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 or 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often do you have six or more drinks on one occasion?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily or almost daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUDIT-C: questions 1-3 of the AUDIT, World Health Organization; in the public domain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Assessments</source>
        <comment>assessments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <comment>assessments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in a questionnaire</source>
        <comment>assessments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire results</source>
        <comment>assessments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 mood questionnaire</source>
        <comment>assessments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7 anxiety questionnaire</source>
        <comment>assessments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUDIT-C drinking questionnaire</source>
        <comment>assessments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire not finished</source>
        <comment>assessments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short standard questionnaires (PHQ-9 for mood, GAD-7 for anxiety, AUDIT-C for drinking), as often as your clinician suggests, so you and your clinician can see how things are going over time.</source>
        <comment>assessments</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short standard questionnaires, so you and your clinician can see how things change over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time (%1): %2 of %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have answered %1 of %2 questions so far; your answers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These questionnaires are not a diagnosis. They put a number on how things have been lately, to talk over with your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <source>This question is not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the usual cut-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the usual cut-off for women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or above the usual cut-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than half the days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, total %2 of %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question 9, thoughts of being better off dead or of hurting yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Questionnaire results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the totals mean, and how they have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once you fill this questionnaire in, your total and what it means show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one to see each answer you gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (not scored)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsChart</name>
    <message>
        <source>Totals over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s); the latest total is %1.</source>
        <translation>
            <numerusform>%n result; the latest total is %1.</numerusform>
            <numerusform>%n results; the latest total is %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
