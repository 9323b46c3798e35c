<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>EpisodePage</name>
    <message>
        <source>A moment with someone</source>
        <translation>Un momento con alguien</translation>
    </message>
    <message>
        <source>A moment with someone that stayed with you, big or small. There are no right answers: write it the way you remember it.</source>
        <translation>Un momento con alguien que se te quedó dentro, grande o pequeño. No hay respuestas correctas: escríbelo tal como lo recuerdas.</translation>
    </message>
    <message>
        <source>Save what you are writing first (or empty the fields): it would be lost.</source>
        <translation>Primero guarda lo que estás escribiendo (o vacía los campos): si no, se perdería.</translation>
    </message>
    <message>
        <source>Write when as a date and a time, like %1 and 14:30.</source>
        <translation>Escribe cuándo como una fecha y una hora, por ejemplo %1 y 14:30.</translation>
    </message>
    <message>
        <source>Saved. Patterns with people counts the words you chose.</source>
        <translation>Guardado. Patrones con las personas cuenta las palabras que elegiste.</translation>
    </message>
    <message>
        <source>Changing a moment</source>
        <translation>Cambiar un momento</translation>
    </message>
    <message>
        <source>The moment</source>
        <translation>El momento</translation>
    </message>
    <message>
        <source>Who it was with and what happened are needed; everything else is up to you.</source>
        <translation>Solo es necesario indicar con quién fue y qué pasó; todo lo demás depende de ti.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>Any words: a name, or &quot;my sister&quot;, &quot;someone at work&quot;</source>
        <translation>Cualquier palabra: un nombre, o &quot;mi hermana&quot;, &quot;alguien del trabajo&quot;</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>What I wanted from them</source>
        <translation>Qué quería de esa persona</translation>
    </message>
    <message>
        <source>What I wanted, in a few words (to find it again)</source>
        <translation>Qué quería, en pocas palabras (para volver a encontrarlo)</translation>
    </message>
    <message>
        <source>How they responded</source>
        <translation>Cómo respondió</translation>
    </message>
    <message>
        <source>What they did or said, or, if it did not happen, how you expected them to respond.</source>
        <translation>Qué hizo o dijo, o, si no llegó a pasar, cómo esperabas que respondiera.</translation>
    </message>
    <message>
        <source>This is how I expected them to respond</source>
        <translation>Así es como esperaba que respondiera</translation>
    </message>
    <message>
        <source>How they responded, in a few words</source>
        <translation>Cómo respondió, en pocas palabras</translation>
    </message>
    <message>
        <source>How I responded, and how I felt</source>
        <translation>Cómo respondí yo y cómo me sentí</translation>
    </message>
    <message>
        <source>How I responded, and how I felt afterwards</source>
        <translation>Cómo respondí yo y cómo me sentí después</translation>
    </message>
    <message>
        <source>How I responded, in a few words</source>
        <translation>Cómo respondí yo, en pocas palabras</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Anything this touches on that you notice in other moments too. Optional.</source>
        <translation>Cualquier cosa que toque este momento y que notes también en otros. Opcional.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the moment</source>
        <translation>Guardar el momento</translation>
    </message>
    <message>
        <source>Start a new moment</source>
        <translation>Empezar un momento nuevo</translation>
    </message>
    <message>
        <source>Patterns with people</source>
        <translation>Patrones con las personas</translation>
    </message>
    <message>
        <source>Open patterns with people</source>
        <translation>Abrir Patrones con las personas</translation>
    </message>
    <message>
        <source>Recent moments</source>
        <translation>Momentos recientes</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Reflective journal</source>
        <comment>reflective</comment>
        <translation>Diario reflexivo</translation>
    </message>
    <message>
        <source>Notice the patterns in your relationships and in your thoughts over time: moments with people that mattered, reflections with gentle prompts, and the themes you keep coming back to, in your own words.</source>
        <comment>reflective</comment>
        <translation>Observa los patrones en tus relaciones y en tus pensamientos a lo largo del tiempo: momentos con personas que te importaron, reflexiones con sugerencias amables y los temas a los que sigues volviendo, con tus propias palabras.</translation>
    </message>
    <message>
        <source>A moment with someone</source>
        <comment>reflective</comment>
        <translation>Un momento con alguien</translation>
    </message>
    <message>
        <source>Reflect</source>
        <comment>reflective</comment>
        <translation>Reflexionar</translation>
    </message>
    <message>
        <source>Patterns with people</source>
        <comment>reflective</comment>
        <translation>Patrones con las personas</translation>
    </message>
    <message>
        <source>Themes over time</source>
        <comment>reflective</comment>
        <translation>Temas a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Reflection</source>
        <comment>reflective</comment>
        <translation>Reflexión</translation>
    </message>
</context>
<context>
    <name>PatternsPage</name>
    <message>
        <source>Patterns with people</source>
        <translation>Patrones con las personas</translation>
    </message>
    <message>
        <source>Your own words from the moments you wrote down, and how often they come back. Something to wonder about, and to bring to a session if you like.</source>
        <translation>Tus propias palabras de los momentos que anotaste, y cuántas veces se repiten. Algo sobre lo que preguntarte, y que puedes llevar a una sesión si quieres.</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>the last month</source>
        <translation>el último mes</translation>
    </message>
    <message>
        <source>the last 3 months</source>
        <translation>los últimos 3 meses</translation>
    </message>
    <message>
        <source>the last 12 months</source>
        <translation>los últimos 12 meses</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>todo</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Todavía no hay nada que mostrar</translation>
    </message>
    <message>
        <source>No moments written down in this time. Write down a few moments with people, with a few words for each part, or show a longer time: patterns show here as they come back.</source>
        <translation>No hay momentos anotados en este periodo. Anota algunos momentos con personas, con unas palabras para cada parte, o muestra un periodo más largo: los patrones aparecen aquí a medida que se repiten.</translation>
    </message>
    <message>
        <source>Write about a moment</source>
        <translation>Escribir sobre un momento</translation>
    </message>
    <message>
        <source>What comes back together</source>
        <translation>Lo que se repite junto</translation>
    </message>
    <message>
        <source>A wish, their response and yours, found together in two or more moments.</source>
        <translation>Un deseo, la respuesta de la otra persona y la tuya, que aparecen juntos en dos o más momentos.</translation>
    </message>
    <message>
        <source>What I wanted</source>
        <translation>Lo que quería</translation>
    </message>
    <message>
        <source>moments, and with whom</source>
        <translation>momentos, y con quién</translation>
    </message>
    <message>
        <source>How they responded</source>
        <translation>Cómo respondió</translation>
    </message>
    <message>
        <source>or how I expected them to</source>
        <translation>o cómo esperaba que respondiera</translation>
    </message>
    <message>
        <source>How I responded and felt</source>
        <translation>Cómo respondí y me sentí</translation>
    </message>
    <message>
        <source>Who the moments were with</source>
        <translation>Con quién fueron los momentos</translation>
    </message>
    <message>
        <source>moments</source>
        <translation>momentos</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <comment>moments</comment>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurringRow</name>
    <message>
        <source>I wanted:</source>
        <translation>Yo quería:</translation>
    </message>
    <message>
        <source>they:</source>
        <translation>la otra persona:</translation>
    </message>
    <message>
        <source>I:</source>
        <translation>yo:</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>I wanted</source>
        <translation>Yo quería</translation>
    </message>
    <message>
        <source>They</source>
        <translation>La otra persona</translation>
    </message>
    <message>
        <source>I</source>
        <translation>Yo</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last on %1</source>
        <translation>
            <numerusform>%n vez, la última el %1</numerusform>
            <numerusform>%n veces, la última el %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReflectPage</name>
    <message>
        <source>Reflect</source>
        <translation>Reflexionar</translation>
    </message>
    <message>
        <source>A few prompts to think with between sessions. Answer any of them, or none today: each is optional.</source>
        <translation>Algunas preguntas para pensar entre sesiones. Responde a cualquiera, o a ninguna hoy: todas son opcionales.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>Recuerdos</translation>
    </message>
    <message>
        <source>Did a memory come to mind today? Sometimes an old feeling turns up in something that happens now.</source>
        <translation>¿Te vino hoy algún recuerdo a la mente? A veces un sentimiento antiguo aparece en algo que pasa ahora.</translation>
    </message>
    <message>
        <source>A memory that came to mind</source>
        <translation>Un recuerdo que me vino a la mente</translation>
    </message>
    <message>
        <source>How it connects to now, if it does</source>
        <translation>Cómo se relaciona con el presente, si es que lo hace</translation>
    </message>
    <message>
        <source>How it connects to now</source>
        <translation>Cómo se relaciona con el presente</translation>
    </message>
    <message>
        <source>A dream</source>
        <translation>Un sueño</translation>
    </message>
    <message>
        <source>What you remember of it, and how it felt. No need to make sense of it.</source>
        <translation>Lo que recuerdas de él y cómo te sentiste. No hace falta que tenga sentido.</translation>
    </message>
    <message>
        <source>Therapy and my therapist</source>
        <translation>La terapia y mi terapeuta</translation>
    </message>
    <message>
        <source>It is common, and useful, to notice feelings about therapy itself: warmth, annoyance, worry about what your therapist thinks. They are worth bringing to a session.</source>
        <translation>Es habitual, y útil, notar sentimientos sobre la propia terapia: cariño, enfado, preocupación por lo que piense tu terapeuta. Vale la pena llevarlos a una sesión.</translation>
    </message>
    <message>
        <source>Feelings about therapy or my therapist</source>
        <translation>Sentimientos sobre la terapia o mi terapeuta</translation>
    </message>
    <message>
        <source>Moving away from feelings</source>
        <translation>Alejarse de los sentimientos</translation>
    </message>
    <message>
        <source>Everyone steps away from hard feelings sometimes: keeping busy, a screen, a joke, sleep. Noticing how you do it can be interesting in itself.</source>
        <translation>Todo el mundo se aleja a veces de los sentimientos difíciles: tener siempre algo que hacer, una pantalla, una broma, dormir. Darte cuenta de cómo lo haces puede ser interesante en sí mismo.</translation>
    </message>
    <message>
        <source>Ways I noticed myself avoiding feelings</source>
        <translation>Formas en que me di cuenta de que evitaba sentimientos</translation>
    </message>
    <message>
        <source>A theme I keep returning to</source>
        <translation>Un tema al que vuelvo una y otra vez</translation>
    </message>
    <message>
        <source>Themes, in a few words (Themes over time counts them)</source>
        <translation>Temas, en pocas palabras (Temas a lo largo del tiempo los cuenta)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the reflection</source>
        <translation>Guardar la reflexión</translation>
    </message>
    <message>
        <source>Themes over time</source>
        <translation>Temas a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Open themes over time</source>
        <translation>Abrir Temas a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Recent reflections</source>
        <translation>Reflexiones recientes</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Save what you are writing first (or empty the fields): it would be lost.</source>
        <translation>Primero guarda lo que estás escribiendo (o vacía los campos): si no, se perdería.</translation>
    </message>
</context>
<context>
    <name>ThemeCard</name>
    <message>
        <source>%1 entries, from %2 to %3</source>
        <translation>%1 entradas, del %2 al %3</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open %1, %2</source>
        <translation>Abrir %1, %2</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <source>Themes over time</source>
        <translation>Temas a lo largo del tiempo</translation>
    </message>
    <message>
        <source>The themes you gave your moments and reflections, most often first. They are yours: what they mean is for you, and your therapist if you like, to explore.</source>
        <translation>Los temas que diste a tus momentos y reflexiones, los más frecuentes primero. Son tuyos: explorar lo que significan te corresponde a ti, y a tu terapeuta si quieres.</translation>
    </message>
    <message>
        <source>If you use the Sessions module, you can bring an entry to your next session: choose &quot;Bring to my next session&quot; on its card in the timeline.</source>
        <translation>Si usas el módulo Sesiones, puedes llevar una entrada a tu próxima sesión: elige &quot;Llevar a mi próxima sesión&quot; en su tarjeta de la línea de tiempo.</translation>
    </message>
    <message>
        <source>No themes yet</source>
        <translation>Todavía no hay temas</translation>
    </message>
    <message>
        <source>Give a moment or a reflection a theme or two, in your own words, and it shows here.</source>
        <translation>Ponle uno o dos temas a un momento o a una reflexión, con tus propias palabras, y aparecerá aquí.</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Reflexionar</translation>
    </message>
</context>
<context>
    <name>tessera::reflective::ReflectiveBackend</name>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters: shorten it a little.</source>
        <translation>&quot;%1&quot; tiene más de %2 caracteres: acórtalo un poco.</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>What I wanted from them</source>
        <translation>Qué quería de esa persona</translation>
    </message>
    <message>
        <source>How they responded</source>
        <translation>Cómo respondió</translation>
    </message>
    <message>
        <source>How I responded, and how I felt afterwards</source>
        <translation>Cómo respondí yo y cómo me sentí después</translation>
    </message>
    <message>
        <source>Say who the moment was with, in any words: &quot;my sister&quot;, &quot;someone at work&quot;.</source>
        <translation>Di con quién fue el momento, con cualquier palabra: &quot;mi hermana&quot;, &quot;alguien del trabajo&quot;.</translation>
    </message>
    <message>
        <source>Write a few words about what happened.</source>
        <translation>Escribe unas palabras sobre qué pasó.</translation>
    </message>
    <message>
        <source>The time is still to come: write about a moment that has happened.</source>
        <translation>Ese momento todavía no ha llegado: escribe sobre un momento que ya haya pasado.</translation>
    </message>
    <message>
        <source>A memory that came to mind</source>
        <translation>Un recuerdo que me vino a la mente</translation>
    </message>
    <message>
        <source>How it connects to now</source>
        <translation>Cómo se relaciona con el presente</translation>
    </message>
    <message>
        <source>A dream</source>
        <translation>Un sueño</translation>
    </message>
    <message>
        <source>Feelings about therapy or my therapist</source>
        <translation>Sentimientos sobre la terapia o mi terapeuta</translation>
    </message>
    <message>
        <source>Ways I noticed myself avoiding feelings</source>
        <translation>Formas en que me di cuenta de que evitaba sentimientos</translation>
    </message>
    <message>
        <source>A theme I keep returning to</source>
        <translation>Un tema al que vuelvo una y otra vez</translation>
    </message>
    <message>
        <source>Write something for any one of the prompts; the others can stay empty.</source>
        <translation>Escribe algo en cualquiera de las preguntas; las demás pueden quedar vacías.</translation>
    </message>
    <message>
        <source>No moments written down in this time yet.</source>
        <translation>Todavía no hay momentos anotados en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%n moments written down. No wish, response and feeling have come together twice yet.</source>
        <translation>
            <numerusform>%n momento anotado. Todavía no se ha repetido dos veces la misma combinación de deseo, respuesta y sentimiento.</numerusform>
            <numerusform>%n momentos anotados. Todavía no se ha repetido dos veces la misma combinación de deseo, respuesta y sentimiento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moments written down. In your words, this came back most often: wanting &quot;%1&quot;, they &quot;%2&quot;, and you &quot;%3&quot;.</source>
        <translation>
            <numerusform>%n momento anotado. En tus palabras, esto es lo que más se repitió: querer &quot;%1&quot;, la otra persona &quot;%2&quot; y tú &quot;%3&quot;.</numerusform>
            <numerusform>%n momentos anotados. En tus palabras, esto es lo que más se repitió: querer &quot;%1&quot;, la otra persona &quot;%2&quot; y tú &quot;%3&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>A moment with %1</source>
        <translation>Un momento con %1</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
</context>
</TS>
