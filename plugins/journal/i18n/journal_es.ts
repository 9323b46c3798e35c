<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CheckinPage</name>
    <message>
        <source>Your check-in</source>
        <translation>Tu registro del día</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registro del día</translation>
    </message>
    <message>
        <source>Change anything, then save. Earlier versions are kept.</source>
        <translation>Cambia lo que quieras y guarda. Las versiones anteriores se conservan.</translation>
    </message>
    <message>
        <source>A moment to notice how you are. There are no wrong answers.</source>
        <translation>Un momento para notar cómo estás. No hay respuestas incorrectas.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>How is your mood right now?</source>
        <translation>¿Cómo está tu ánimo ahora mismo?</translation>
    </message>
    <message>
        <source>0 · the lowest it gets</source>
        <translation>0 · lo más bajo posible</translation>
    </message>
    <message>
        <source>10 · the best it gets</source>
        <translation>10 · lo mejor posible</translation>
    </message>
    <message>
        <source>Move the slider to where your mood is (arrow keys work too).</source>
        <translation>Mueve el control deslizante hasta donde está tu ánimo (también puedes usar las flechas del teclado).</translation>
    </message>
    <message>
        <source>Words that fit</source>
        <translation>Palabras que encajan</translation>
    </message>
    <message>
        <source>Pick any that describe how you feel. Pick none if none fit.</source>
        <translation>Elige las que describan cómo te sientes. Si ninguna encaja, no elijas ninguna.</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Anything to add?</source>
        <translation>¿Algo que añadir?</translation>
    </message>
    <message>
        <source>Optional: what happened, what helped, what did not.</source>
        <translation>Opcional: qué pasó, qué te ayudó, qué no.</translation>
    </message>
    <message>
        <source>Check-in deleted.</source>
        <translation>Registro del día eliminado.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Guardar registro del día</translation>
    </message>
    <message>
        <source>Choose your mood on the slider first.</source>
        <translation>Primero elige tu ánimo en el control deslizante.</translation>
    </message>
    <message>
        <source>Saved. Thank you for checking in on a hard day. Your safety plan and people you can contact are one step away, under Need help now?</source>
        <translation>Guardado. Gracias por hacer tu registro en un día difícil. Tu plan de seguridad y las personas con quienes puedes contactar están a un paso, en ¿Necesitas ayuda ahora?</translation>
    </message>
    <message>
        <source>Saved. Thank you for checking in.</source>
        <translation>Guardado. Gracias por hacer tu registro del día.</translation>
    </message>
    <message>
        <source>Your weeks</source>
        <translation>Tus semanas</translation>
    </message>
    <message>
        <source>Average mood of your check-ins, week by week. You checked in on %1 days in the last two weeks.</source>
        <translation>Ánimo medio de tus registros del día, semana a semana. Días con registro en las últimas dos semanas: %1.</translation>
    </message>
    <message>
        <source>Average mood of your check-ins, week by week.</source>
        <translation>Ánimo medio de tus registros del día, semana a semana.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <extracomment>Qt date pattern for a day and month, as in &quot;Week of 30 November&quot;</extracomment>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>%1 (1 check-in)</source>
        <translation>%1 (1 registro)</translation>
    </message>
    <message>
        <source>%1 (%2 check-ins)</source>
        <translation>%1 (%2 registros)</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>You can move it again until you save.</source>
        <translation>Puedes moverlo de nuevo hasta que guardes.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>sad</source>
        <translation>triste</translation>
    </message>
    <message>
        <source>low</source>
        <translation>con el ánimo bajo</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>con sensación de vacío</translation>
    </message>
    <message>
        <source>hopeless</source>
        <translation>sin esperanza</translation>
    </message>
    <message>
        <source>worthless</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>trapped</source>
        <translation>sin salida</translation>
    </message>
    <message>
        <source>ashamed</source>
        <translation>con vergüenza</translation>
    </message>
    <message>
        <source>guilty</source>
        <translation>culpable</translation>
    </message>
    <message>
        <source>numb</source>
        <translation>sin sentir nada</translation>
    </message>
    <message>
        <source>lonely</source>
        <translation>con sensación de soledad</translation>
    </message>
    <message>
        <source>overwhelmed</source>
        <translation>con agobio</translation>
    </message>
    <message>
        <source>tired</source>
        <translation>con cansancio</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>con ansiedad</translation>
    </message>
    <message>
        <source>tense</source>
        <translation>con tensión</translation>
    </message>
    <message>
        <source>irritable</source>
        <translation>irritable</translation>
    </message>
    <message>
        <source>restless</source>
        <translation>con inquietud</translation>
    </message>
    <message>
        <source>okay</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>en calma</translation>
    </message>
    <message>
        <source>hopeful</source>
        <translation>con esperanza</translation>
    </message>
    <message>
        <source>content</source>
        <translation>a gusto</translation>
    </message>
    <message>
        <source>grateful</source>
        <translation>con gratitud</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>cerca de los demás</translation>
    </message>
    <message>
        <source>energised</source>
        <translation>con energía</translation>
    </message>
    <message>
        <source>What has been on your mind today?</source>
        <translation>¿En qué has estado pensando hoy?</translation>
    </message>
    <message>
        <source>What was the hardest moment today, and how did you get through it?</source>
        <translation>¿Cuál fue el momento más difícil de hoy y cómo saliste adelante?</translation>
    </message>
    <message>
        <source>Name one small thing that went a little better than expected.</source>
        <translation>Nombra algo pequeño que haya salido un poco mejor de lo que esperabas.</translation>
    </message>
    <message>
        <source>Who did you talk to today, and how did it leave you feeling?</source>
        <translation>¿Con quién hablaste hoy y cómo te sentiste después?</translation>
    </message>
    <message>
        <source>What does your body feel like right now?</source>
        <translation>¿Cómo sientes tu cuerpo ahora mismo?</translation>
    </message>
    <message>
        <source>If a friend were in your place this week, what would you say to them?</source>
        <translation>Si una persona amiga estuviera en tu lugar esta semana, ¿qué le dirías?</translation>
    </message>
    <message>
        <source>What would make tomorrow a bit easier?</source>
        <translation>¿Qué haría que mañana fuera un poco más fácil?</translation>
    </message>
    <message>
        <source>Check-in: mood %1 of 10</source>
        <translation>Registro del día: ánimo %1 de 10</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <source>Choose a mood from 0 to 10.</source>
        <translation>Elige tu ánimo del 0 al 10.</translation>
    </message>
    <message>
        <source>Write something before saving.</source>
        <translation>Escribe algo antes de guardar.</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Registro del día</translation>
    </message>
    <message>
        <source>Checked in today</source>
        <translation>Registro de hoy hecho</translation>
    </message>
    <message>
        <source>How are you feeling? A minute is enough.</source>
        <translation>¿Cómo te sientes? Basta con un minuto.</translation>
    </message>
</context>
<context>
    <name>JournalReport</name>
    <message>
        <source>The table shows the latest %1 of %2.</source>
        <translation>La tabla muestra los %1 más recientes de %2.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros del día</translation>
    </message>
    <message>
        <source>average mood %1 (0-10)</source>
        <translation>ánimo medio %1 (0-10)</translation>
    </message>
    <message>
        <source>no mood given</source>
        <translation>ánimo sin indicar</translation>
    </message>
    <message>
        <source>Mood by day (the day&apos;s average)</source>
        <translation>Ánimo por día (la media del día)</translation>
    </message>
    <message>
        <source>Mood (0-10)</source>
        <translation>Ánimo (0-10)</translation>
    </message>
    <message>
        <source>Feelings chosen most often: %1.</source>
        <translation>Sentimientos elegidos con más frecuencia: %1.</translation>
    </message>
    <message>
        <source>Check-ins in the period</source>
        <translation>Registros del día en el periodo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Written entries</source>
        <translation>Entradas escritas</translation>
    </message>
    <message>
        <source>Written entries in the period (the start of each)</source>
        <translation>Entradas escritas en el periodo (el comienzo de cada una)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>No written entries in this period.</source>
        <translation>No hay entradas escritas en este periodo.</translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation>No hay registros del día en este periodo.</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Journal</source>
        <comment>journal</comment>
        <translation>Diario</translation>
    </message>
    <message>
        <source>A safe place to write: quick mood check-ins with feeling words, and free journal entries with gentle optional prompts.</source>
        <comment>journal</comment>
        <translation>Un lugar seguro para escribir: registros rápidos del ánimo con palabras para lo que sientes, y entradas libres en el diario con sugerencias amables y opcionales.</translation>
    </message>
    <message>
        <source>Check in</source>
        <comment>journal</comment>
        <translation>Registro del día</translation>
    </message>
    <message>
        <source>Write</source>
        <comment>journal</comment>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Check-in</source>
        <comment>journal</comment>
        <translation>Registro del día</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <comment>journal</comment>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <source>Journal entry not finished</source>
        <comment>journal</comment>
        <translation>Entrada del diario sin terminar</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>This is your space. Write as much or as little as you like.</source>
        <translation>Este es tu espacio. Escribe tanto o tan poco como quieras.</translation>
    </message>
    <message>
        <source>A prompt, if it helps</source>
        <translation>Una sugerencia, si te ayuda</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>Tus palabras</translation>
    </message>
    <message>
        <source>Start anywhere.</source>
        <translation>Empieza por donde quieras.</translation>
    </message>
    <message>
        <source>Your words: the journal text</source>
        <translation>Tus palabras: el texto del diario</translation>
    </message>
    <message>
        <source>Kept as a draft while you write.</source>
        <translation>Se guarda como borrador mientras escribes.</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Entrada eliminada.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Guardar entrada</translation>
    </message>
    <message>
        <source>Saved to your journal.</source>
        <translation>Guardado en tu diario.</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Descartar el borrador</translation>
    </message>
    <message>
        <source>Discard what you wrote? It goes to the Bin, where you can bring it back.</source>
        <translation>¿Descartar lo que escribiste? Va a la Papelera, desde donde puedes recuperarlo.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>The draft is in the Bin.</source>
        <translation>El borrador está en la Papelera.</translation>
    </message>
</context>
</TS>
