<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Cbt</name>
    <message>
        <source>Finished record</source>
        <translation>Registro terminado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>got stronger by %1</source>
        <translation>se hizo más fuerte en %1</translation>
    </message>
    <message>
        <source>faded by %1</source>
        <translation>perdió fuerza en %1</translation>
    </message>
    <message>
        <source>rose by %1</source>
        <translation>aumentó en %1</translation>
    </message>
    <message>
        <source>eased by %1</source>
        <translation>se suavizó en %1</translation>
    </message>
    <message>
        <source>Thought record</source>
        <translation>Registro de pensamientos</translation>
    </message>
    <message>
        <source>%1, steps done: %2 of 7</source>
        <translation>%1, pasos hechos: %2 de 7</translation>
    </message>
    <message>
        <source>%1 %2 % to %3 %</source>
        <translation>%1 del %2 % al %3 %</translation>
    </message>
    <message>
        <source>%1 %2 % to %3 %, %4</source>
        <translation>%1 del %2 % al %3 %, %4</translation>
    </message>
    <message>
        <source>belief in the hot thought %1 % to %2 %</source>
        <translation>creencia en el pensamiento caliente del %1 % al %2 %</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>A partir de: %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>That entry is not a thought record.</source>
        <translation>Esa entrada no es un registro de pensamientos.</translation>
    </message>
    <message>
        <source>Write a balanced thought (step 6) first.</source>
        <translation>Primero escribe un pensamiento equilibrado (paso 6).</translation>
    </message>
    <message>
        <source>A coping card needs some words.</source>
        <translation>Una tarjeta de afrontamiento necesita algo de texto.</translation>
    </message>
    <message>
        <source>No finished records in these weeks yet.</source>
        <translation>Aún no hay registros terminados en estas semanas.</translation>
    </message>
    <message>
        <source>Week of %1: moods stayed about the same on average.</source>
        <translation>Semana del %1: de media, los estados de ánimo se mantuvieron más o menos igual.</translation>
    </message>
    <message>
        <source>Week of %1: moods changed for the better by %2 points on average.</source>
        <translation>Semana del %1: de media, los estados de ánimo cambiaron a mejor en %2 puntos.</translation>
    </message>
    <message>
        <source>Week of %1: moods changed for the worse by %2 points on average.</source>
        <translation>Semana del %1: de media, los estados de ánimo cambiaron a peor en %2 puntos.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <source>Over %1 weeks</source>
        <translation>En %1 semanas</translation>
    </message>
    <message>
        <source>%1, moods were better after %2 and worse after %3</source>
        <translation>%1, los estados de ánimo mejoraron tras %2 y empeoraron tras %3</translation>
    </message>
    <message>
        <source>; %1 showed no change.</source>
        <translation>; sin cambios en %1.</translation>
    </message>
    <message>
        <source>The chart shows your newest %1 records, back to %2.</source>
        <translation>El gráfico muestra tus %1 registros más recientes, desde el %2.</translation>
    </message>
    <message>
        <source>All-or-nothing thinking</source>
        <translation>Pensamiento de todo o nada</translation>
    </message>
    <message>
        <source>Seeing things in two boxes only, success or failure, with nothing in between.</source>
        <translation>Ver las cosas en solo dos casillas, éxito o fracaso, sin nada en medio.</translation>
    </message>
    <message>
        <source>I made one mistake in the report, so the whole thing is useless.</source>
        <translation>Cometí un error en el informe, así que no sirve para nada.</translation>
    </message>
    <message>
        <source>Overgeneralising</source>
        <translation>Generalizar en exceso</translation>
    </message>
    <message>
        <source>Taking one event as proof that it will always go this way.</source>
        <translation>Tomar un hecho aislado como prueba de que siempre irá así.</translation>
    </message>
    <message>
        <source>She didn&apos;t text back. Nobody ever wants to spend time with me.</source>
        <translation>No me contestó el mensaje. Nadie quiere pasar tiempo conmigo nunca.</translation>
    </message>
    <message>
        <source>Mental filter</source>
        <translation>Filtro mental</translation>
    </message>
    <message>
        <source>Noticing only the bad part and letting it colour everything else.</source>
        <translation>Fijarse solo en la parte mala y dejar que tiña todo lo demás.</translation>
    </message>
    <message>
        <source>The day was ruined because of that one comment.</source>
        <translation>Ese único comentario me arruinó el día.</translation>
    </message>
    <message>
        <source>Discounting the positive</source>
        <translation>Descartar lo positivo</translation>
    </message>
    <message>
        <source>Explaining away good things as luck or as not counting.</source>
        <translation>Quitar valor a lo bueno diciendo que fue suerte o que no cuenta.</translation>
    </message>
    <message>
        <source>They only said it went well to be kind.</source>
        <translation>Solo dijeron que salió bien por amabilidad.</translation>
    </message>
    <message>
        <source>Jumping to conclusions</source>
        <translation>Sacar conclusiones precipitadas</translation>
    </message>
    <message>
        <source>Deciding what others think (mind reading) or how things will turn out (fortune telling) without the facts.</source>
        <translation>Dar por hecho lo que piensan los demás (leer la mente) o cómo saldrán las cosas (adivinar el futuro) sin tener los datos.</translation>
    </message>
    <message>
        <source>He looked away, he must think I&apos;m boring. The interview is bound to go badly.</source>
        <translation>Apartó la mirada, seguro que piensa que le aburro. La entrevista va a salir mal seguro.</translation>
    </message>
    <message>
        <source>Magnifying or shrinking</source>
        <translation>Magnificar o minimizar</translation>
    </message>
    <message>
        <source>Blowing problems up into disasters, or shrinking your strengths until they seem to vanish.</source>
        <translation>Inflar los problemas hasta convertirlos en desastres, o encoger tus puntos fuertes hasta que parecen desaparecer.</translation>
    </message>
    <message>
        <source>If I&apos;m late once, I&apos;ll lose my job and everything will fall apart.</source>
        <translation>Si llego tarde una vez, perderé el trabajo y todo se vendrá abajo.</translation>
    </message>
    <message>
        <source>Emotional reasoning</source>
        <translation>Razonamiento emocional</translation>
    </message>
    <message>
        <source>Taking a feeling as proof of a fact.</source>
        <translation>Tomar un sentimiento como prueba de un hecho.</translation>
    </message>
    <message>
        <source>I feel useless, so I must be useless.</source>
        <translation>Me siento inútil, así que debo de ser inútil.</translation>
    </message>
    <message>
        <source>&quot;Should&quot; and &quot;must&quot; rules</source>
        <translation>Reglas de &quot;debería&quot; y &quot;tengo que&quot;</translation>
    </message>
    <message>
        <source>Holding yourself or others to rigid rules and feeling guilt or anger when they are broken.</source>
        <translation>Exigirte a ti o a los demás reglas rígidas y sentir culpa o enfado cuando no se cumplen.</translation>
    </message>
    <message>
        <source>I should be able to cope with this without help.</source>
        <translation>Debería poder con esto sin ayuda.</translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation>Poner etiquetas</translation>
    </message>
    <message>
        <source>Summing up a whole person, often yourself, with one harsh word after one event.</source>
        <translation>Resumir a toda una persona, a menudo a ti, con una palabra dura por un solo hecho.</translation>
    </message>
    <message>
        <source>I forgot the appointment. I&apos;m an idiot.</source>
        <translation>Se me olvidó la cita. Soy idiota.</translation>
    </message>
    <message>
        <source>Personalising and blaming</source>
        <translation>Personalizar y culpar</translation>
    </message>
    <message>
        <source>Taking all the responsibility for something that had many causes, or putting all of it on someone else.</source>
        <translation>Cargar con toda la responsabilidad de algo que tuvo muchas causas, o echársela toda a otra persona.</translation>
    </message>
    <message>
        <source>My son is struggling at school; it&apos;s entirely my fault.</source>
        <translation>A mi hijo le está costando el colegio; es todo culpa mía.</translation>
    </message>
</context>
<context>
    <name>CbtReport</name>
    <message>
        <source>No thought records or coping cards in this period.</source>
        <translation>No hay registros de pensamientos ni tarjetas de afrontamiento en este periodo.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezado</translation>
    </message>
    <message>
        <source>Thought records</source>
        <translation>Registros de pensamientos</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>terminados: %1</translation>
    </message>
    <message>
        <source>moods %1 points better on average (0-100), before to after</source>
        <translation>estados de ánimo %1 puntos mejor de media (0-100), de antes a después</translation>
    </message>
    <message>
        <source>moods %1 points harder on average (0-100), before to after</source>
        <translation>estados de ánimo %1 puntos más difíciles de media (0-100), de antes a después</translation>
    </message>
    <message>
        <source>Moods rated 0-100, before and after the record</source>
        <translation>Estados de ánimo valorados de 0 a 100, antes y después del registro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Thinking patterns</source>
        <translation>Patrones de pensamiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Coping cards</source>
        <translation>Tarjetas de afrontamiento</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita el</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Moods before→after</source>
        <translation>Estados de ánimo antes→después</translation>
    </message>
</context>
<context>
    <name>CopingCardCard</name>
    <message>
        <source>Coping card: %1</source>
        <translation>Tarjeta de afrontamiento: %1</translation>
    </message>
    <message>
        <source>Coping card · %1</source>
        <translation>Tarjeta de afrontamiento · %1</translation>
    </message>
</context>
<context>
    <name>CopingCardsPage</name>
    <message>
        <source>Coping cards</source>
        <translation>Tarjetas de afrontamiento</translation>
    </message>
    <message>
        <source>Balanced thoughts you worked out before. Read one when the old thought comes back.</source>
        <translation>Pensamientos equilibrados a los que llegaste antes. Lee uno cuando vuelva el pensamiento de siempre.</translation>
    </message>
    <message>
        <source>No coping cards yet</source>
        <translation>Aún no hay tarjetas de afrontamiento</translation>
    </message>
    <message>
        <source>After a thought record, keep its balanced thought here.</source>
        <translation>Después de un registro de pensamientos, guarda aquí su pensamiento equilibrado.</translation>
    </message>
    <message>
        <source>Written after: %1 (%2)</source>
        <translation>Escrita después de: %1 (%2)</translation>
    </message>
    <message>
        <source>Coping card text</source>
        <translation>Texto de la tarjeta de afrontamiento</translation>
    </message>
    <message>
        <source>Save card</source>
        <translation>Guardar tarjeta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit this card</source>
        <translation>Editar esta tarjeta</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Quitar tarjeta</translation>
    </message>
    <message>
        <source>Remove this card? You can undo it straight after.</source>
        <translation>¿Quitar esta tarjeta? Podrás deshacerlo justo después.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Show older cards</source>
        <translation>Mostrar tarjetas anteriores</translation>
    </message>
    <message>
        <source>Card removed.</source>
        <translation>Tarjeta quitada.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>From your finished thought records over the last %1 weeks.</source>
        <translation>A partir de tus registros de pensamientos terminados de las últimas %1 semanas.</translation>
    </message>
    <message>
        <source>Mood change after a record</source>
        <translation>Cambio de ánimo tras un registro</translation>
    </message>
    <message>
        <source>points, by week; below 0: worse</source>
        <translation>puntos, por semana; por debajo de 0: peor</translation>
    </message>
    <message>
        <source>Patterns, last 30 days</source>
        <translation>Patrones, últimos 30 días</translation>
    </message>
    <message>
        <source>Patterns, last 90 days</source>
        <translation>Patrones, últimos 90 días</translation>
    </message>
    <message>
        <source>None tagged yet.</source>
        <translation>Aún no has marcado ninguno.</translation>
    </message>
    <message>
        <source>Records per week</source>
        <translation>Registros por semana</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n record(s)</source>
        <translation>
            <numerusform>Semana del %1: %n registro</numerusform>
            <numerusform>Semana del %1: %n registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Thought records</source>
        <comment>cbt</comment>
        <translation>Registros de pensamientos</translation>
    </message>
    <message>
        <source>Catch a difficult thought, weigh the evidence, and find a more balanced view, in the seven steps of a CBT thought record. Keep helpful thoughts as coping cards.</source>
        <comment>cbt</comment>
        <translation>Detecta un pensamiento difícil, sopesa las pruebas y encuentra una mirada más equilibrada, en los siete pasos de un registro de pensamientos de la TCC. Guarda los pensamientos que te ayudan como tarjetas de afrontamiento.</translation>
    </message>
    <message>
        <source>New thought record</source>
        <comment>cbt</comment>
        <translation>Nuevo registro de pensamientos</translation>
    </message>
    <message>
        <source>My thought records</source>
        <comment>cbt</comment>
        <translation>Mis registros de pensamientos</translation>
    </message>
    <message>
        <source>Coping cards</source>
        <comment>cbt</comment>
        <translation>Tarjetas de afrontamiento</translation>
    </message>
    <message>
        <source>Insights</source>
        <comment>cbt</comment>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Thought record</source>
        <comment>cbt</comment>
        <translation>Registro de pensamientos</translation>
    </message>
    <message>
        <source>Coping card</source>
        <comment>cbt</comment>
        <translation>Tarjeta de afrontamiento</translation>
    </message>
</context>
<context>
    <name>MoodRow</name>
    <message>
        <source>How strong, 0-100 %</source>
        <translation>Intensidad, 0-100 %</translation>
    </message>
    <message>
        <source>A mood, e.g. anxious</source>
        <translation>Un estado de ánimo, p. ej., ansiedad</translation>
    </message>
    <message>
        <source>Mood name</source>
        <translation>Nombre del estado de ánimo</translation>
    </message>
    <message>
        <source>Pleasant</source>
        <translation>Agradable</translation>
    </message>
    <message>
        <source>%1 is a pleasant feeling</source>
        <translation>%1 es un sentimiento agradable</translation>
    </message>
    <message>
        <source>This mood</source>
        <translation>Este estado de ánimo</translation>
    </message>
    <message>
        <source>Tick for a good feeling, such as hopeful or calm: when it grows, that counts as a change for the better.</source>
        <translation>Márcalo si es un sentimiento bueno, como la esperanza o la calma: cuando aumenta, cuenta como un cambio a mejor.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the mood %1</source>
        <translation>Quitar el estado de ánimo %1</translation>
    </message>
    <message>
        <source>0 % · not at all</source>
        <translation>0 % · nada</translation>
    </message>
    <message>
        <source>100 % · as strong as it gets</source>
        <translation>100 % · lo más intenso posible</translation>
    </message>
    <message>
        <source>Not rated yet: move the slider (arrow keys work too).</source>
        <translation>Aún sin valorar: mueve el control deslizante (también funcionan las teclas de flecha).</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>My thought records</source>
        <translation>Mis registros de pensamientos</translation>
    </message>
    <message>
        <source>Drafts to finish</source>
        <translation>Borradores por terminar</translation>
    </message>
    <message>
        <source>Pick up where you left off, whenever you are ready.</source>
        <translation>Retoma donde lo dejaste, cuando quieras.</translation>
    </message>
    <message>
        <source>Show older drafts</source>
        <translation>Mostrar borradores anteriores</translation>
    </message>
    <message>
        <source>Finished records</source>
        <translation>Registros terminados</translation>
    </message>
    <message>
        <source>Thought record</source>
        <translation>Registro de pensamientos</translation>
    </message>
    <message>
        <source>Show older records</source>
        <translation>Mostrar registros anteriores</translation>
    </message>
    <message>
        <source>No finished records yet</source>
        <translation>Aún no hay registros terminados</translation>
    </message>
    <message>
        <source>When a thought keeps pulling you down, a thought record helps you look at it more evenly.</source>
        <translation>Cuando un pensamiento no deja de hundirte, un registro de pensamientos te ayuda a mirarlo de forma más equilibrada.</translation>
    </message>
</context>
<context>
    <name>StepSection</name>
    <message>
        <source>%1 · %2 ✓</source>
        <translation>%1 · %2 ✓</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Step %1 of 7: %2</source>
        <translation>Paso %1 de 7: %2</translation>
    </message>
</context>
<context>
    <name>ThoughtRecordPage</name>
    <message>
        <source>Thought record</source>
        <translation>Registro de pensamientos</translation>
    </message>
    <message>
        <source>New thought record</source>
        <translation>Nuevo registro de pensamientos</translation>
    </message>
    <message>
        <source>Slow a difficult moment down and look at it from more than one side. You can stop after any step and save a draft.</source>
        <translation>Repasa con calma un momento difícil y míralo desde más de un lado. Puedes parar después de cualquier paso y guardar un borrador.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>Saved. Well done for working it through.</source>
        <translation>Guardado. Bien hecho por trabajarlo hasta el final.</translation>
    </message>
    <message>
        <source>Saved as a draft. Finish it any time from My thought records.</source>
        <translation>Guardado como borrador. Termínalo cuando quieras desde Mis registros de pensamientos.</translation>
    </message>
    <message>
        <source>Not rated yet: move the slider (arrow keys work too).</source>
        <translation>Aún sin valorar: mueve el control deslizante (también funcionan las teclas de flecha).</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Where were you, who was there, what was happening?</source>
        <translation>¿Dónde estabas, quién estaba allí, qué estaba pasando?</translation>
    </message>
    <message>
        <source>Moods</source>
        <translation>Estados de ánimo</translation>
    </message>
    <message>
        <source>Name each feeling and how strong it was, from 0 to 100 %. Tick “Pleasant” for a good feeling, such as hopeful or calm, so that its rise counts as a change for the better.</source>
        <translation>Nombra cada sentimiento y su intensidad, de 0 a 100 %. Marca “Agradable” si es un sentimiento bueno, como la esperanza o la calma, para que su aumento cuente como un cambio a mejor.</translation>
    </message>
    <message>
        <source>Add another mood</source>
        <translation>Añadir otro estado de ánimo</translation>
    </message>
    <message>
        <source>Automatic thoughts</source>
        <translation>Pensamientos automáticos</translation>
    </message>
    <message>
        <source>What went through your mind? Mark the one that carries the most feeling as the hot thought.</source>
        <translation>¿Qué se te pasó por la cabeza? Marca como pensamiento caliente el que tenga más carga emocional.</translation>
    </message>
    <message>
        <source>Add another thought</source>
        <translation>Añadir otro pensamiento</translation>
    </message>
    <message>
        <source>How much do you believe the hot thought?</source>
        <translation>¿Cuánto te crees el pensamiento caliente?</translation>
    </message>
    <message>
        <source>Does the hot thought fit any of these patterns?</source>
        <translation>¿Encaja el pensamiento caliente con alguno de estos patrones?</translation>
    </message>
    <message>
        <source>Thinking pattern</source>
        <translation>Patrón de pensamiento</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 &lt;i&gt;For example: “%3”&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 &lt;i&gt;Por ejemplo: “%3”&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Evidence for the hot thought</source>
        <translation>Pruebas a favor del pensamiento caliente</translation>
    </message>
    <message>
        <source>Facts that support it: what happened, not how it felt.</source>
        <translation>Hechos que lo apoyan: lo que pasó, no cómo te sentiste.</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>Pruebas a favor</translation>
    </message>
    <message>
        <source>Evidence against the hot thought</source>
        <translation>Pruebas en contra del pensamiento caliente</translation>
    </message>
    <message>
        <source>Facts that do not fit it. What would a good friend point out?</source>
        <translation>Hechos que no encajan con él. ¿Qué te haría ver una buena amistad?</translation>
    </message>
    <message>
        <source>Evidence against</source>
        <translation>Pruebas en contra</translation>
    </message>
    <message>
        <source>A balanced thought</source>
        <translation>Un pensamiento equilibrado</translation>
    </message>
    <message>
        <source>A fairer way to see it that takes both sides into account.</source>
        <translation>Una forma más justa de verlo, que tenga en cuenta las dos partes.</translation>
    </message>
    <message>
        <source>Balanced thought</source>
        <translation>Pensamiento equilibrado</translation>
    </message>
    <message>
        <source>How much do you believe the balanced thought?</source>
        <translation>¿Cuánto te crees el pensamiento equilibrado?</translation>
    </message>
    <message>
        <source>Rate again</source>
        <translation>Vuelve a valorar</translation>
    </message>
    <message>
        <source>Now, how strong is each mood, and how much do you believe the hot thought?</source>
        <translation>Ahora, ¿qué intensidad tiene cada estado de ánimo y cuánto te crees el pensamiento caliente?</translation>
    </message>
    <message>
        <source>Now, 0-100 %</source>
        <translation>Ahora, 0-100 %</translation>
    </message>
    <message>
        <source>Mood %1 has no name yet: name it in step 2 to rate it again here.</source>
        <translation>El estado de ánimo %1 aún no tiene nombre: pónselo en el paso 2 para volver a valorarlo aquí.</translation>
    </message>
    <message>
        <source>How much do you believe the hot thought now?</source>
        <translation>¿Cuánto te crees ahora el pensamiento caliente?</translation>
    </message>
    <message>
        <source>Delete this thought record? You can undo it straight after.</source>
        <translation>¿Borrar este registro de pensamientos? Podrás deshacerlo justo después.</translation>
    </message>
    <message>
        <source>Thought record deleted.</source>
        <translation>Registro de pensamientos borrado.</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Guardar como borrador</translation>
    </message>
    <message>
        <source>Save finished record</source>
        <translation>Guardar registro terminado</translation>
    </message>
    <message>
        <source>Keep the balanced thought as a coping card</source>
        <translation>Guardar el pensamiento equilibrado como tarjeta de afrontamiento</translation>
    </message>
    <message>
        <source>Added to your coping cards.</source>
        <translation>Añadido a tus tarjetas de afrontamiento.</translation>
    </message>
    <message>
        <source>Your changes from before are here, not saved yet. Save finished record keeps them.</source>
        <translation>Aquí están tus cambios de antes, todavía sin guardar. «Guardar registro terminado» los conserva.</translation>
    </message>
    <message>
        <source>Show the saved record</source>
        <translation>Mostrar el registro guardado</translation>
    </message>
</context>
<context>
    <name>ThoughtRow</name>
    <message>
        <source>What went through your mind?</source>
        <translation>¿Qué se te pasó por la cabeza?</translation>
    </message>
    <message>
        <source>Automatic thought</source>
        <translation>Pensamientos automáticos</translation>
    </message>
    <message>
        <source>Hot thought</source>
        <translation>Pensamiento caliente</translation>
    </message>
    <message>
        <source>Mark as the hot thought</source>
        <translation>Marcar como pensamiento caliente</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this thought</source>
        <translation>Quitar este pensamiento</translation>
    </message>
</context>
</TS>
