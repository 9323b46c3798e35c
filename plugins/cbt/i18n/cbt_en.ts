<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cbt</name>
    <message>
        <source>Finished record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got stronger by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rose by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eased by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, steps done: %2 of 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 % to %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 % to %3 %, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belief in the hot thought %1 % to %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is not a thought record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a balanced thought (step 6) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coping card needs some words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished records in these weeks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1: moods stayed about the same on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1: moods changed for the better by %2 points on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1: moods changed for the worse by %2 points on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, moods were better after %2 and worse after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 showed no change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows your newest %1 records, back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-or-nothing thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeing things in two boxes only, success or failure, with nothing in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I made one mistake in the report, so the whole thing is useless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgeneralising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking one event as proof that it will always go this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>She didn&apos;t text back. Nobody ever wants to spend time with me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticing only the bad part and letting it colour everything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day was ruined because of that one comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounting the positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explaining away good things as luck or as not counting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They only said it went well to be kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumping to conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding what others think (mind reading) or how things will turn out (fortune telling) without the facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He looked away, he must think I&apos;m boring. The interview is bound to go badly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnifying or shrinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blowing problems up into disasters, or shrinking your strengths until they seem to vanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I&apos;m late once, I&apos;ll lose my job and everything will fall apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking a feeling as proof of a fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel useless, so I must be useless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Should&quot; and &quot;must&quot; rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding yourself or others to rigid rules and feeling guilt or anger when they are broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I should be able to cope with this without help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summing up a whole person, often yourself, with one harsh word after one event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I forgot the appointment. I&apos;m an idiot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalising and blaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking all the responsibility for something that had many causes, or putting all of it on someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My son is struggling at school; it&apos;s entirely my fault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CbtReport</name>
    <message>
        <source>No thought records or coping cards in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moods %1 points better on average (0-100), before to after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moods %1 points harder on average (0-100), before to after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moods rated 0-100, before and after the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moods before→after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coping cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopingCardCard</name>
    <message>
        <source>Coping card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coping card · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopingCardsPage</name>
    <message>
        <source>Coping cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced thoughts you worked out before. Read one when the old thought comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coping cards yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a thought record, keep its balanced thought here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written after: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coping card text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this card? You can undo it straight after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your finished thought records over the last %1 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood change after a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points, by week; below 0: worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns, last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None tagged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n record(s)</source>
        <translation>
            <numerusform>Week of %1: %n record</numerusform>
            <numerusform>Week of %1: %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Thought records</source>
        <comment>cbt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch a difficult thought, weigh the evidence, and find a more balanced view, in the seven steps of a CBT thought record. Keep helpful thoughts as coping cards.</source>
        <comment>cbt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New thought record</source>
        <comment>cbt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My thought records</source>
        <comment>cbt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coping cards</source>
        <comment>cbt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <comment>cbt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought record</source>
        <comment>cbt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coping card</source>
        <comment>cbt</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodRow</name>
    <message>
        <source>How strong, 0-100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mood, e.g. anxious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a pleasant feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick for a good feeling, such as hopeful or calm: when it grows, that counts as a change for the better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mood %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 % · not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 % · as strong as it gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet: move the slider (arrow keys work too).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>My thought records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up where you left off, whenever you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished records yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a thought keeps pulling you down, a thought record helps you look at it more evenly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepSection</name>
    <message>
        <source>%1 · %2 ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of 7: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThoughtRecordPage</name>
    <message>
        <source>Thought record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New thought record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow a difficult moment down and look at it from more than one side. You can stop after any step and save a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Well done for working it through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a draft. Finish it any time from My thought records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet: move the slider (arrow keys work too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where were you, who was there, what was happening?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name each feeling and how strong it was, from 0 to 100 %. Tick “Pleasant” for a good feeling, such as hopeful or calm, so that its rise counts as a change for the better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went through your mind? Mark the one that carries the most feeling as the hot thought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much do you believe the hot thought?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the hot thought fit any of these patterns?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 &lt;i&gt;For example: “%3”&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for the hot thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts that support it: what happened, not how it felt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence against the hot thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts that do not fit it. What would a good friend point out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A balanced thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fairer way to see it that takes both sides into account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much do you believe the balanced thought?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now, how strong is each mood, and how much do you believe the hot thought?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now, 0-100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood %1 has no name yet: name it in step 2 to rate it again here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much do you believe the hot thought now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this thought record? You can undo it straight after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought record deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save finished record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the balanced thought as a coping card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your coping cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes from before are here, not saved yet. Save finished record keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThoughtRow</name>
    <message>
        <source>What went through your mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as the hot thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this thought</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
