<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EpisodePage</name>
    <message>
        <source>A moment with someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moment with someone that stayed with you, big or small. There are no right answers: write it the way you remember it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what you are writing first (or empty the fields): it would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write when as a date and a time, like %1 and 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Patterns with people counts the words you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it was with and what happened are needed; everything else is up to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any words: a name, or &quot;my sister&quot;, &quot;someone at work&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I wanted from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I wanted, in a few words (to find it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they did or said, or, if it did not happen, how you expected them to respond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how I expected them to respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they responded, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I responded, and how I felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I responded, and how I felt afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I responded, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything this touches on that you notice in other moments too. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns with people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open patterns with people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent moments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Reflective journal</source>
        <comment>reflective</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice the patterns in your relationships and in your thoughts over time: moments with people that mattered, reflections with gentle prompts, and the themes you keep coming back to, in your own words.</source>
        <comment>reflective</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moment with someone</source>
        <comment>reflective</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect</source>
        <comment>reflective</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns with people</source>
        <comment>reflective</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes over time</source>
        <comment>reflective</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <comment>reflective</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternsPage</name>
    <message>
        <source>Patterns with people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own words from the moments you wrote down, and how often they come back. Something to wonder about, and to bring to a session if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moments written down in this time. Write down a few moments with people, with a few words for each part, or show a longer time: patterns show here as they come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What comes back together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wish, their response and yours, found together in two or more moments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moments, and with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or how I expected them to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I responded and felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the moments were with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <comment>moments</comment>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurringRow</name>
    <message>
        <source>I wanted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last on %1</source>
        <translation>
            <numerusform>%n time, last on %1</numerusform>
            <numerusform>%n times, last on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReflectPage</name>
    <message>
        <source>Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few prompts to think with between sessions. Answer any of them, or none today: each is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did a memory come to mind today? Sometimes an old feeling turns up in something that happens now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A memory that came to mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it connects to now, if it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it connects to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you remember of it, and how it felt. No need to make sense of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy and my therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is common, and useful, to notice feelings about therapy itself: warmth, annoyance, worry about what your therapist thinks. They are worth bringing to a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings about therapy or my therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving away from feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone steps away from hard feelings sometimes: keeping busy, a screen, a joke, sleep. Noticing how you do it can be interesting in itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways I noticed myself avoiding feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme I keep returning to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes, in a few words (Themes over time counts them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open themes over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what you are writing first (or empty the fields): it would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeCard</name>
    <message>
        <source>%1 entries, from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <source>Themes over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The themes you gave your moments and reflections, most often first. They are yours: what they mean is for you, and your therapist if you like, to explore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you use the Sessions module, you can bring an entry to your next session: choose &quot;Bring to my next session&quot; on its card in the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No themes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a moment or a reflection a theme or two, in your own words, and it shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::reflective::ReflectiveBackend</name>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters: shorten it a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I wanted from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I responded, and how I felt afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the moment was with, in any words: &quot;my sister&quot;, &quot;someone at work&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a few words about what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is still to come: write about a moment that has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A memory that came to mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it connects to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings about therapy or my therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways I noticed myself avoiding feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme I keep returning to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something for any one of the prompts; the others can stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moments written down in this time yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n moments written down. No wish, response and feeling have come together twice yet.</source>
        <translation>
            <numerusform>%n moment written down. No wish, response and feeling have come together twice yet.</numerusform>
            <numerusform>%n moments written down. No wish, response and feeling have come together twice yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moments written down. In your words, this came back most often: wanting &quot;%1&quot;, they &quot;%2&quot;, and you &quot;%3&quot;.</source>
        <translation>
            <numerusform>%n moment written down. In your words, this came back most often: wanting &quot;%1&quot;, they &quot;%2&quot;, and you &quot;%3&quot;.</numerusform>
            <numerusform>%n moments written down. In your words, this came back most often: wanting &quot;%1&quot;, they &quot;%2&quot;, and you &quot;%3&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>A moment with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
