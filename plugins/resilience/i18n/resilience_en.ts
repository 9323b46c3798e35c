<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Manifest</name>
    <message>
        <source>Resilience</source>
        <comment>resilience</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work through a problem step by step, keep a stress log and see its patterns, practise calm breathing, muscle relaxation and grounding, and keep a toolbox of what helps you cope.</source>
        <comment>resilience</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solve a problem</source>
        <comment>resilience</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress log</source>
        <comment>resilience</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress patterns</source>
        <comment>resilience</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relax</source>
        <comment>resilience</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My coping toolbox</source>
        <comment>resilience</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem worksheet</source>
        <comment>resilience</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaxation practice</source>
        <comment>resilience</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coping toolbox</source>
        <comment>resilience</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionRow</name>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove option %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionWeigh</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsides for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsides for me of option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsides for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsides for others of option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downsides for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downsides for me of option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downsides for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downsides for others of option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well could this work for me, all in all?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very well</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternsPage</name>
    <message>
        <source>Stress patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your stress log shows over the weeks. Patterns are a place to start, not a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 6 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a few entries in your stress log, this page shows what sets stress off and what helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the stress log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What set it off most often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times, and stress on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how much lower afterwards, when noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no level noted afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lower</source>
        <comment>stress afterwards</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 higher</source>
        <comment>stress afterwards</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 noted</source>
        <comment>entries with a level afterwards</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stress on average, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stress on average, weeks starting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStepRow</name>
    <message>
        <source>Step %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemCard</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>Solve a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a problem feels too big, take it one step at a time. You can stop at any step and come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved. It is in your list to come back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Earlier versions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheets you started, the newest first. Continue one, or start with a new problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a new problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. A problem written down is often easier to work on than one kept in your head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it in concrete terms: what happens, when, where and with whom. One problem at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. What I want instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A realistic goal: something you could notice when it is better, even a small change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. My options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As many ways as you can think of, even odd ones. Do not judge them yet: that comes next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Weighing them up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each option: what is good and what is hard about it, for you and for the people around you, now and later. Every box is optional: write what comes to mind. Then how well it could work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Choosing one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your options, the ones you rated highest first. Choose one to try; you can come back to the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 out of 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not weighed up yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. My plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small steps, each with a day if you can. It helps to think of what you need, who could help, and what might get in the way. Tick a step when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an option above: this plan is for the one you choose. Until then it is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is a goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Want to track it over the coming weeks? Make it a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To track it as a goal, turn on Goals in Modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this plan a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. After trying it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>However it went, you learn something. If it did not work, another option or a smaller step may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have tried it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier versions of this worksheet are kept.</source>
        <translation>
            <numerusform>%n earlier version of this worksheet is kept.</numerusform>
            <numerusform>%n earlier versions of this worksheet are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the problem in a few words first, so this worksheet can be kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelaxPage</name>
    <message>
        <source>Relax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few quiet minutes for your body and mind. Rate your stress before and after, if you like, to see what works for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe with the circle: in as it grows, out as it shrinks. A longer out-breath than in-breath helps the body settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tense one group of muscles for five seconds, then let go for fifteen and notice the difference. About four minutes. Go gently: leave out any part that hurts or is injured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come back to the here and now through your senses, one step at a time, as slowly as you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold after breathing in (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause after breathing out (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 4, out 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm: in 4, out 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square: 4, 4, 4, 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm: square, 4 seconds each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 5, out 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm: in 5, out 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How stressed I feel now (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As stressed as I get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this one out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out %1 and go on to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done for taking this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of practice. However it felt, it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent practices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Resilience</name>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters: shorten it a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make both hands into fists and squeeze. Then let them fall open and soft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bend your arms and press your elbows to your sides. Then let your arms hang loose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift your shoulders up towards your ears. Then let them drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press your head gently back against the chair. Then let it rest where it is comfortable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise your eyebrows as high as they go. Then let your forehead go smooth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eyes and face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screw up your eyes and nose. Then let your face go slack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press your teeth together. Then let your mouth fall slightly open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a deep breath and pull your shoulder blades together. Then breathe out and let go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stomach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull your stomach in tight. Then let it go soft and breathe into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press your heels into the floor and tighten your thighs. Then let your legs go heavy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curl your toes down. Then let them spread and rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five things you can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around slowly. Name five things you can see, small ones too: a colour, a shadow, a corner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four things you can hear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen. Name four sounds, near or far: traffic, your breath, a clock, birds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three things you can feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice three things touching you: your feet on the floor, the chair, the air on your skin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two things you can smell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice two smells, or two you like and can bring to mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing you can taste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice one taste, or take a sip of water and notice it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calm breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle relaxation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck and shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work or study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warm shower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When I am out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe slowly: in for 4, out for 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name five things I can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warm shower or bath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step outside for five minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to a song I like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the worry down and leave it for the morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold something cold, like a glass of water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighing them up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StressPage</name>
    <message>
        <source>Stress log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note a stressful moment while it is fresh. Over a few weeks, the patterns show what sets stress off and what helps you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write when as a date and a time, like %1 and 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to your stress log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened and how stressed you felt are needed; everything else is up to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How stressed I felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As stressed as I get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my body and mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I felt it in my body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went through my mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I did, and what helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can say how stressed I felt afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How stressed I felt afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to my stress log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open stress patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress %1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 afterwards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolRow</name>
    <message>
        <source>Take out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it helps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It means contacting someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it means contacting someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolboxPage</name>
    <message>
        <source>My coping toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The things that help you, ready for when you need them. Add what works for you, in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something that helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It means contacting someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call, a message, a visit: your safety plan offers it with the people who help, not as something to do on your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n things</source>
        <translation>
            <numerusform>%n thing</numerusform>
            <numerusform>%n things</numerusform>
        </translation>
    </message>
    <message>
        <source>Your toolbox is empty. Start with one thing that has helped you before, however small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas others find helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add any that might suit you; you can change when they help afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::resilience::ResilienceBackend</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of 7: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the problem first, in a sentence or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot;: write when as a date like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the option you will try first: the plan&apos;s steps are for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the option you tried before saying how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how it went, from 0 to 10, or untick &quot;I have tried it&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a few words about what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how stressed you felt, from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went through my mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is still to come: a stress log is for what has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night (0-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning (6-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon (12-18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening (18-24)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stress log entries in these weeks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries in these weeks; stress averaged %1 out of 10.</source>
        <translation>
            <numerusform>%n entry in these weeks; stress averaged %1 out of 10.</numerusform>
            <numerusform>%n entries in these weeks; stress averaged %1 out of 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most often set off by: %1 (%n times).</source>
        <translation>
            <numerusform>Most often set off by: %1 (%n time).</numerusform>
            <numerusform>Most often set off by: %1 (%n times).</numerusform>
        </translation>
    </message>
    <message>
        <source>What helped most: %1 (stress %2 lower afterwards, on average).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in and out for 2 to 12 seconds each, and hold for at most 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from 1 to 30 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress %1 before, %2 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, hold %2, out %3, pause %4 (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a practice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what helps you, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in your toolbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your toolbox holds %1 things; take one out to add another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is no longer in your toolbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress %1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>stress %1 before, %2 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My coping toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n things that help</source>
        <translation>
            <numerusform>%n thing that helps</numerusform>
            <numerusform>%n things that help</numerusform>
        </translation>
    </message>
</context>
</TS>
