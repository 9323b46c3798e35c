<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AfterSessionPage</name>
    <message>
        <source>After a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words while it is fresh: what you talked about, what to remember, and what you agreed to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else (their role, no name needed; several separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. my support worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other members&apos; names are not asked for: what people share in a group stays in the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to try before next time. Counted homework shows its progress from your entries since the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I brought my list to this session: keep it with these notes and start a new list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaItemRow</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>My sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sessions and what you agreed in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write notes after a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your next session, write down a few words: what you talked about and what you agreed to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions each month and, under it, homework done of homework agreed. Homework that was hard to do is worth talking about next time: it is not a mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeworkEditRow</name>
    <message>
        <source>e.g. Three thought records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove homework %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeworkRow</name>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Sessions</source>
        <comment>sessions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for each therapy session, keep what was agreed and the homework between sessions, and write a page for the people close to you. Individual, family, couple, group and medication review sessions.</source>
        <comment>sessions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session</source>
        <comment>sessions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a session</source>
        <comment>sessions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My sessions</source>
        <comment>sessions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People close to me</source>
        <comment>sessions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session notes</source>
        <comment>sessions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For my next session</source>
        <comment>sessions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the people close to me</source>
        <comment>sessions</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkedEntryRow</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not bring %1 to my next session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthBar</name>
    <message numerus="yes">
        <source>%1: %n sessions</source>
        <translation>
            <numerusform>%1: %n session</numerusform>
            <numerusform>%1: %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>, homework %1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextSessionPage</name>
    <message>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gather what you want to talk about, so nothing important is forgotten on the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write notes after a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date yet. Add it to your notes after a session, and Tessera will remind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (if you know it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session&apos;s time (if you know it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the next session&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you want to talk about: a question, a worry, something that went well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Whether to go back to work full time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries I marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the timeline, choose “Bring to my next session” in an entry&apos;s menu to add it here. Sessions sees only the entries you mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None marked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, or none: either can be left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what went well and what was hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework from my last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires, check-ins and other things due are on Today. Your clinician may want to see a questionnaire before the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n things agreed to try</source>
        <translation>
            <numerusform>%n thing agreed to try</numerusform>
            <numerusform>%n things agreed to try</numerusform>
        </translation>
    </message>
    <message>
        <source>Homework: %1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Write the next session&apos;s date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the next session&apos;s time as HH:mm, for example 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the next session&apos;s date too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couple session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my psychiatrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a brother or sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group&apos;s leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For my next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n things to bring</source>
        <translation>
            <numerusform>%n thing to bring</numerusform>
            <numerusform>%n things to bring</numerusform>
        </translation>
    </message>
    <message>
        <source>Write what you want to bring first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n things to try before next time</source>
        <translation>
            <numerusform>%n thing to try before next time</numerusform>
            <numerusform>%n things to try before next time</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the session&apos;s date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the session&apos;s time as HH:mm, for example 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at most %1 people for one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought to the session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That homework is no longer in the session&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 since the session (%3)</source>
        <extracomment>&quot;2 of 3 since the session (Thought record)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries Sessions may read are counted: see Modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera cannot count your entries (%1) just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries you marked cannot be read just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts were found in your safety plan. If it has some, allow Sessions to read your safety plan (Modules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the people close to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a full path for the PDF, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something on the page first, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list for it is on the Next session page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by me, in my own words, on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does not help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs that I am struggling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you can support me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are worried about my safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and services from my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you think my life is in danger now, call the emergency number (such as 999, 112 or 911) and stay with me if it is safe to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the PDF could not be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the PDF could not be made private to you, so it was not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportersPage</name>
    <message>
        <source>People close to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help family and friends understand what helps you. The page holds what you write here and, if you add them, the contacts from your safety plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does not help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs that I am struggling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you can support me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are worried about my safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are worried about my safety, what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people and services from my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the page for the people close to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PDF also saves this page. Only your account can open the file; a printed or shared copy can be read by whoever has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF to print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
