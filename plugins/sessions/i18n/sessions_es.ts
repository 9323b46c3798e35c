<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AfterSessionPage</name>
    <message>
        <source>After a session</source>
        <translation>Después de una sesión</translation>
    </message>
    <message>
        <source>A few words while it is fresh: what you talked about, what to remember, and what you agreed to try.</source>
        <translation>Unas palabras mientras lo tienes reciente: de qué se habló, qué recordar y qué acordaste probar.</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>La sesión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Tipo de sesión</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Someone else (their role, no name needed; several separated by commas)</source>
        <translation>Otra persona (su papel, sin nombre; si son varias, separadas por comas)</translation>
    </message>
    <message>
        <source>e.g. my support worker</source>
        <translation>p. ej. mi trabajadora social</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>El grupo</translation>
    </message>
    <message>
        <source>What we talked about</source>
        <translation>De qué hablamos</translation>
    </message>
    <message>
        <source>Other members&apos; names are not asked for: what people share in a group stays in the group.</source>
        <translation>No se piden los nombres de los demás miembros: lo que se comparte en un grupo se queda en el grupo.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <source>What I want to try</source>
        <translation>Lo que quiero probar</translation>
    </message>
    <message>
        <source>What I want to remember</source>
        <translation>Lo que quiero recordar</translation>
    </message>
    <message>
        <source>Homework agreed</source>
        <translation>Tareas entre sesiones acordadas</translation>
    </message>
    <message>
        <source>Something to try before next time. Counted homework shows its progress from your entries since the session.</source>
        <translation>Algo que probar antes de la próxima vez. Las tareas que se cuentan muestran su avance a partir de tus entradas desde la sesión.</translation>
    </message>
    <message>
        <source>Add homework</source>
        <translation>Añadir una tarea entre sesiones</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <source>Next session&apos;s date</source>
        <translation>Fecha de la próxima sesión</translation>
    </message>
    <message>
        <source>Next session&apos;s time</source>
        <translation>Hora de la próxima sesión</translation>
    </message>
    <message>
        <source>I brought my list to this session: keep it with these notes and start a new list</source>
        <translation>Llevé mi lista a esta sesión: guardarla con estas notas y empezar una lista nueva</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the session&apos;s notes</source>
        <translation>Guardar las notas de la sesión</translation>
    </message>
</context>
<context>
    <name>AgendaItemRow</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove “%1” from the list</source>
        <translation>Quitar “%1” de la lista</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>My sessions</source>
        <translation>Mis sesiones</translation>
    </message>
    <message>
        <source>Your sessions and what you agreed in them.</source>
        <translation>Tus sesiones y lo que acordaste en ellas.</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>Después de una sesión</translation>
    </message>
    <message>
        <source>Write notes after a session</source>
        <translation>Escribir notas después de una sesión</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Todavía no hay sesiones</translation>
    </message>
    <message>
        <source>After your next session, write down a few words: what you talked about and what you agreed to try.</source>
        <translation>Después de tu próxima sesión, escribe unas palabras: de qué se habló y qué acordaste probar.</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>A lo largo del tiempo</translation>
    </message>
    <message>
        <source>Sessions each month and, under it, homework done of homework agreed. Homework that was hard to do is worth talking about next time: it is not a mark.</source>
        <translation>Las sesiones de cada mes y, debajo, las tareas entre sesiones hechas de las acordadas. Si una tarea costó, vale la pena hablarlo la próxima vez: no es una nota.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Show older sessions</source>
        <translation>Mostrar sesiones anteriores</translation>
    </message>
</context>
<context>
    <name>HomeworkEditRow</name>
    <message>
        <source>e.g. Three thought records</source>
        <translation>p. ej. Tres registros de pensamientos</translation>
    </message>
    <message>
        <source>Homework %1</source>
        <translation>Tarea entre sesiones %1</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Se cuenta a partir de</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>No se cuenta</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove homework %1</source>
        <translation>Quitar la tarea entre sesiones %1</translation>
    </message>
</context>
<context>
    <name>HomeworkRow</name>
    <message>
        <source>Done: %1</source>
        <translation>Hecha: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Sessions</source>
        <comment>sessions</comment>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Prepare for each therapy session, keep what was agreed and the homework between sessions, and write a page for the people close to you. Individual, family, couple, group and medication review sessions.</source>
        <comment>sessions</comment>
        <translation>Prepara cada sesión de terapia, guarda lo que se acordó y las tareas entre sesiones, y escribe una página para las personas cercanas a ti. Sesiones individuales, familiares, de pareja, de grupo y de revisión de la medicación.</translation>
    </message>
    <message>
        <source>Next session</source>
        <comment>sessions</comment>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <source>After a session</source>
        <comment>sessions</comment>
        <translation>Después de una sesión</translation>
    </message>
    <message>
        <source>My sessions</source>
        <comment>sessions</comment>
        <translation>Mis sesiones</translation>
    </message>
    <message>
        <source>People close to me</source>
        <comment>sessions</comment>
        <translation>Personas cercanas a mí</translation>
    </message>
    <message>
        <source>Session notes</source>
        <comment>sessions</comment>
        <translation>Notas de la sesión</translation>
    </message>
    <message>
        <source>For my next session</source>
        <comment>sessions</comment>
        <translation>Para mi próxima sesión</translation>
    </message>
    <message>
        <source>For the people close to me</source>
        <comment>sessions</comment>
        <translation>Para las personas cercanas a mí</translation>
    </message>
</context>
<context>
    <name>MarkedEntryRow</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Do not bring</source>
        <translation>No llevar</translation>
    </message>
    <message>
        <source>Do not bring %1 to my next session</source>
        <translation>No llevar %1 a mi próxima sesión</translation>
    </message>
</context>
<context>
    <name>MonthBar</name>
    <message numerus="yes">
        <source>%1: %n sessions</source>
        <translation>
            <numerusform>%1: %n sesión</numerusform>
            <numerusform>%1: %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>, homework %1 of %2 done</source>
        <translation>, tareas entre sesiones: %1 de %2 hechas</translation>
    </message>
</context>
<context>
    <name>NextSessionPage</name>
    <message>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <source>Gather what you want to talk about, so nothing important is forgotten on the day.</source>
        <translation>Reúne lo que quieres hablar, para que ese día no se te olvide nada importante.</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>Después de una sesión</translation>
    </message>
    <message>
        <source>Write notes after a session</source>
        <translation>Escribir notas después de una sesión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Your next session: %1</source>
        <translation>Tu próxima sesión: %1</translation>
    </message>
    <message>
        <source>No date yet. Add it to your notes after a session, and Tessera will remind you.</source>
        <translation>Todavía no hay fecha. Añádela a tus notas después de una sesión y Tessera te la recordará.</translation>
    </message>
    <message>
        <source>Last session: %1</source>
        <translation>Última sesión: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time (if you know it)</source>
        <translation>Hora (si la sabes)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Next session&apos;s date</source>
        <translation>Fecha de la próxima sesión</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Save the date</source>
        <translation>Guardar la fecha</translation>
    </message>
    <message>
        <source>Save the next session&apos;s date</source>
        <translation>Guardar la fecha de la próxima sesión</translation>
    </message>
    <message>
        <source>Things to bring</source>
        <translation>Temas para la sesión</translation>
    </message>
    <message>
        <source>Anything you want to talk about: a question, a worry, something that went well.</source>
        <translation>Cualquier cosa de la que quieras hablar: una pregunta, una preocupación, algo que salió bien.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Nada todavía.</translation>
    </message>
    <message>
        <source>Add something to bring</source>
        <translation>Añadir un tema para la sesión</translation>
    </message>
    <message>
        <source>e.g. Whether to go back to work full time</source>
        <translation>p. ej. Si volver a trabajar a jornada completa</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Añadir a la lista</translation>
    </message>
    <message>
        <source>Entries I marked</source>
        <translation>Entradas que marqué</translation>
    </message>
    <message>
        <source>On the timeline, choose “Bring to my next session” in an entry&apos;s menu to add it here. Sessions sees only the entries you mark.</source>
        <translation>En la línea de tiempo, elige “Llevar a mi próxima sesión” en el menú de una entrada para añadirla aquí. Sesiones solo ve las entradas que marcas.</translation>
    </message>
    <message>
        <source>None marked yet.</source>
        <translation>Todavía no has marcado ninguna.</translation>
    </message>
    <message>
        <source>Since my last session</source>
        <translation>Desde mi última sesión</translation>
    </message>
    <message>
        <source>A few words, or none: either can be left empty.</source>
        <translation>Unas palabras, o ninguna: puedes dejar cualquiera de los dos en blanco.</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Lo que fue bien</translation>
    </message>
    <message>
        <source>What was hard</source>
        <translation>Lo que costó</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save what went well and what was hard</source>
        <translation>Guardar lo que fue bien y lo que costó</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Homework from my last session</source>
        <translation>Tareas entre sesiones de mi última sesión</translation>
    </message>
    <message>
        <source>Anything due</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Questionnaires, check-ins and other things due are on Today. Your clinician may want to see a questionnaire before the session.</source>
        <translation>Los cuestionarios, los registros breves y otras cosas pendientes están en Hoy. Puede que tu profesional clínico quiera ver un cuestionario antes de la sesión.</translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation>Abrir Hoy</translation>
    </message>
    <message>
        <source>Next session&apos;s time (if you know it)</source>
        <translation>Hora (si la sabes) de la próxima sesión</translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message numerus="yes">
        <source>%n things agreed to try</source>
        <translation>
            <numerusform>%n cosa acordada para probar</numerusform>
            <numerusform>%n cosas acordadas para probar</numerusform>
        </translation>
    </message>
    <message>
        <source>Homework: %1 of %2 done</source>
        <translation>Tareas entre sesiones: %1 de %2 hechas</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Write the next session&apos;s date as YYYY-MM-DD.</source>
        <translation>Escribe la fecha de la próxima sesión como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Write the next session&apos;s time as HH:mm, for example 14:30.</source>
        <translation>Escribe la hora de la próxima sesión como HH:mm, por ejemplo 14:30.</translation>
    </message>
    <message>
        <source>Write the next session&apos;s date too.</source>
        <translation>Escribe también la fecha de la próxima sesión.</translation>
    </message>
    <message>
        <source>Individual session</source>
        <translation>Sesión individual</translation>
    </message>
    <message>
        <source>Family session</source>
        <translation>Sesión familiar</translation>
    </message>
    <message>
        <source>Couple session</source>
        <translation>Sesión de pareja</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Sesión de grupo</translation>
    </message>
    <message>
        <source>Medication review</source>
        <translation>Revisión de la medicación</translation>
    </message>
    <message>
        <source>my therapist</source>
        <translation>mi terapeuta</translation>
    </message>
    <message>
        <source>my psychiatrist</source>
        <translation>mi psiquiatra</translation>
    </message>
    <message>
        <source>my doctor</source>
        <translation>mi médico o médica</translation>
    </message>
    <message>
        <source>a nurse</source>
        <translation>personal de enfermería</translation>
    </message>
    <message>
        <source>my partner</source>
        <translation>mi pareja</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>mi padre o mi madre</translation>
    </message>
    <message>
        <source>my child</source>
        <translation>mi hijo o hija</translation>
    </message>
    <message>
        <source>a brother or sister</source>
        <translation>un hermano o una hermana</translation>
    </message>
    <message>
        <source>a friend</source>
        <translation>un amigo o una amiga</translation>
    </message>
    <message>
        <source>group members</source>
        <translation>miembros del grupo</translation>
    </message>
    <message>
        <source>the group&apos;s leader</source>
        <translation>quien dirige el grupo</translation>
    </message>
    <message>
        <source>For my next session</source>
        <translation>Para mi próxima sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n things to bring</source>
        <translation>
            <numerusform>%n tema para la sesión</numerusform>
            <numerusform>%n temas para la sesión</numerusform>
        </translation>
    </message>
    <message>
        <source>Write what you want to bring first.</source>
        <translation>Primero escribe el tema que quieres llevar.</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message numerus="yes">
        <source>%n things to try before next time</source>
        <translation>
            <numerusform>%n cosa para probar antes de la próxima vez</numerusform>
            <numerusform>%n cosas para probar antes de la próxima vez</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the session&apos;s date as YYYY-MM-DD.</source>
        <translation>Escribe la fecha de la sesión como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Write the session&apos;s time as HH:mm, for example 14:30.</source>
        <translation>Escribe la hora de la sesión como HH:mm, por ejemplo 14:30.</translation>
    </message>
    <message>
        <source>Choose at most %1 people for one session.</source>
        <translation>Elige como máximo %1 personas por sesión.</translation>
    </message>
    <message>
        <source>Brought to the session on %1</source>
        <translation>Se llevó a la sesión del %1</translation>
    </message>
    <message>
        <source>That homework is no longer in the session&apos;s notes.</source>
        <translation>Esa tarea entre sesiones ya no está en las notas de la sesión.</translation>
    </message>
    <message>
        <source>%1 of %2 since the session (%3)</source>
        <extracomment>&quot;2 of 3 since the session (Thought record)&quot;</extracomment>
        <translation>%1 de %2 desde la sesión (%3)</translation>
    </message>
    <message>
        <source>Only entries Sessions may read are counted: see Modules.</source>
        <translation>Solo cuentan las entradas que Sesiones puede leer: consulta Módulos.</translation>
    </message>
    <message>
        <source>Tessera cannot count your entries (%1) just now.</source>
        <translation>Tessera no puede contar tus entradas (%1) en este momento.</translation>
    </message>
    <message>
        <source>The entries you marked cannot be read just now.</source>
        <translation>Ahora mismo no se pueden leer las entradas que marcaste.</translation>
    </message>
    <message>
        <source>No contacts were found in your safety plan. If it has some, allow Sessions to read your safety plan (Modules).</source>
        <translation>No se encontraron contactos en tu plan de seguridad. Si tiene alguno, permite que Sesiones lea tu plan de seguridad (Módulos).</translation>
    </message>
    <message>
        <source>For the people close to me</source>
        <translation>Para las personas cercanas a mí</translation>
    </message>
    <message>
        <source>Choose a full path for the PDF, such as %1.</source>
        <translation>Elige una ruta completa para el PDF, como %1.</translation>
    </message>
    <message>
        <source>Write something on the page first, then save it.</source>
        <translation>Primero escribe algo en la página y después guárdala.</translation>
    </message>
    <message>
        <source>Therapy session</source>
        <translation>Sesión de terapia</translation>
    </message>
    <message>
        <source>Your list for it is on the Next session page</source>
        <translation>Tu lista para ella está en la página Próxima sesión</translation>
    </message>
    <message>
        <source>Written by me, in my own words, on %1.</source>
        <translation>Escrito por mí, con mis propias palabras, el %1.</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation>Lo que me ayuda</translation>
    </message>
    <message>
        <source>What does not help</source>
        <translation>Lo que no ayuda</translation>
    </message>
    <message>
        <source>Signs that I am struggling</source>
        <translation>Señales de que lo estoy pasando mal</translation>
    </message>
    <message>
        <source>How you can support me</source>
        <translation>Cómo puedes apoyarme</translation>
    </message>
    <message>
        <source>If you are worried about my safety</source>
        <translation>Si te preocupa mi seguridad</translation>
    </message>
    <message>
        <source>People and services from my safety plan</source>
        <translation>Personas y servicios de mi plan de seguridad</translation>
    </message>
    <message>
        <source>If you think my life is in danger now, call the emergency number (such as 999, 112 or 911) and stay with me if it is safe to.</source>
        <translation>Si crees que mi vida corre peligro ahora, llama al número de emergencias (como el 999, el 112 o el 911) y quédate conmigo si es seguro hacerlo.</translation>
    </message>
    <message>
        <source>%1: the PDF could not be written (%2)</source>
        <translation>%1: no se pudo escribir el PDF (%2)</translation>
    </message>
    <message>
        <source>%1: the PDF could not be made private to you, so it was not written</source>
        <translation>%1: no se pudo hacer que el PDF fuera solo tuyo, así que no se escribió</translation>
    </message>
</context>
<context>
    <name>SupportersPage</name>
    <message>
        <source>People close to me</source>
        <translation>Personas cercanas a mí</translation>
    </message>
    <message>
        <source>Help family and friends understand what helps you. The page holds what you write here and, if you add them, the contacts from your safety plan.</source>
        <translation>Ayuda a tu familia y a tus amistades a entender qué te ayuda. La página recoge lo que escribas aquí y, si los añades, los contactos de tu plan de seguridad.</translation>
    </message>
    <message>
        <source>In my words</source>
        <translation>Con mis palabras</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation>Lo que me ayuda</translation>
    </message>
    <message>
        <source>What does not help</source>
        <translation>Lo que no ayuda</translation>
    </message>
    <message>
        <source>Signs that I am struggling</source>
        <translation>Señales de que lo estoy pasando mal</translation>
    </message>
    <message>
        <source>How you can support me</source>
        <translation>Cómo puedes apoyarme</translation>
    </message>
    <message>
        <source>If you are worried about my safety</source>
        <translation>Si te preocupa mi seguridad</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>If you are worried about my safety, what to do</source>
        <translation>Si te preocupa mi seguridad, qué hacer</translation>
    </message>
    <message>
        <source>Add the people and services from my safety plan</source>
        <translation>Añadir las personas y los servicios de mi plan de seguridad</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the page for the people close to me</source>
        <translation>Guardar la página para las personas cercanas a mí</translation>
    </message>
    <message>
        <source>Print or share</source>
        <translation>Imprimir o compartir</translation>
    </message>
    <message>
        <source>Saving the PDF also saves this page. Only your account can open the file; a printed or shared copy can be read by whoever has it.</source>
        <translation>Al guardar el PDF también se guarda esta página. Solo tu cuenta puede abrir el archivo; una copia impresa o compartida la puede leer quien la tenga.</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Guardar el PDF como</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Open the PDF to print it</source>
        <translation>Abrir el PDF para imprimirlo</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
</TS>
