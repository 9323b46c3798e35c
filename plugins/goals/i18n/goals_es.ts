<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>GoalCard</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 de %2 pasos hechos</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <source>A good goal is specific, measurable, achievable, relevant to you and has a date to look back on.</source>
        <translation>Una buena meta es específica, medible, alcanzable, relevante para ti y tiene una fecha para repasarla.</translation>
    </message>
    <message>
        <source>Started from your plan in problem solving. Change anything you like, then save the goal.</source>
        <translation>Creada a partir de tu plan de resolución de problemas. Cambia lo que quieras y luego guarda la meta.</translation>
    </message>
    <message>
        <source>What you want to do</source>
        <translation>Lo que quieres hacer</translation>
    </message>
    <message>
        <source>e.g. Walk for 20 minutes on three days each week</source>
        <translation>p. ej., Caminar 20 minutos tres días cada semana</translation>
    </message>
    <message>
        <source>Measure it by my PHQ-9 total</source>
        <translation>Medirla con mi puntuación del PHQ-9</translation>
    </message>
    <message>
        <source>The total of the PHQ-9 questionnaire in Assessments; lower is better</source>
        <translation>La puntuación del cuestionario PHQ-9 en Evaluaciones; cuanto más baja, mejor</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Se mide por</translation>
    </message>
    <message>
        <source>PHQ-9 total</source>
        <translation>Puntuación del PHQ-9</translation>
    </message>
    <message>
        <source>e.g. walks a week</source>
        <translation>p. ej., paseos por semana</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>e.g. walks</source>
        <translation>p. ej., paseos</translation>
    </message>
    <message>
        <source>Starting from</source>
        <translation>Punto de partida</translation>
    </message>
    <message>
        <source>Aiming for below</source>
        <translation>Objetivo: por debajo de</translation>
    </message>
    <message>
        <source>Aiming for</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>p. ej., 10</translation>
    </message>
    <message>
        <source>Aiming for a PHQ-9 total below</source>
        <translation>Objetivo: una puntuación del PHQ-9 por debajo de</translation>
    </message>
    <message>
        <source>Look back on</source>
        <translation>Repasarla el</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>How often to check in</source>
        <translation>Cada cuánto revisarla</translation>
    </message>
    <message>
        <source>Why this matters to you</source>
        <translation>Por qué te importa</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>What might get in the way</source>
        <translation>Qué podría interponerse</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Obstáculos</translation>
    </message>
    <message>
        <source>What or who can help</source>
        <translation>Qué o quién puede ayudar</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>%1: covered</source>
        <translation>%1: cumplido</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>To make it %1: %2</source>
        <translation>Para que sea %1: %2</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Break it into small steps and tick them off.</source>
        <translation>Divídela en pasos pequeños y ve marcándolos.</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Añadir un paso</translation>
    </message>
    <message>
        <source>Counts from your other modules</source>
        <translation>Lo que cuenta desde tus otros módulos</translation>
    </message>
    <message>
        <source>Let entries you make elsewhere count towards this goal, e.g. check-ins or activities. Other modules appear here once you have entries in them.</source>
        <translation>Deja que las entradas que haces en otros sitios cuenten para esta meta, p. ej., registros de ánimo o actividades. Los otros módulos aparecen aquí cuando tienes entradas en ellos.</translation>
    </message>
    <message>
        <source>Counts towards the goal</source>
        <translation>Cuenta para la meta</translation>
    </message>
    <message>
        <source>Aim per week</source>
        <translation>Objetivo por semana</translation>
    </message>
    <message>
        <source>%1 so far this week</source>
        <translation>%1 en lo que va de semana</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Goal is</source>
        <translation>La meta está</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Estado de la meta</translation>
    </message>
    <message>
        <source>How it is going</source>
        <translation>Cómo va</translation>
    </message>
    <message>
        <source>Delete this goal? You can undo it straight after.</source>
        <translation>¿Borrar esta meta? Podrás deshacerlo justo después.</translation>
    </message>
    <message>
        <source>Goal deleted.</source>
        <translation>Meta borrada.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save goal</source>
        <translation>Guardar meta</translation>
    </message>
    <message>
        <source>Goal saved. Check in on it as you go.</source>
        <translation>Meta guardada. Revísala sobre la marcha.</translation>
    </message>
    <message>
        <source>Saved. The earlier version is kept.</source>
        <translation>Guardado. Se conserva la versión anterior.</translation>
    </message>
    <message>
        <source>How is it going? Your PHQ-9 totals come from Assessments; add a note in your own words if you like.</source>
        <translation>¿Cómo va? Tus puntuaciones del PHQ-9 vienen de Evaluaciones; si quieres, añade una nota con tus propias palabras.</translation>
    </message>
    <message>
        <source>Where are you now?</source>
        <translation>¿En qué punto estás ahora?</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valor actual</translation>
    </message>
    <message>
        <source>A note, if you like</source>
        <translation>Una nota, si quieres</translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation>Nota de la revisión</translation>
    </message>
    <message>
        <source>Add check-in</source>
        <translation>Añadir revisión</translation>
    </message>
    <message>
        <source>Progress towards %1 %2</source>
        <translation>Progreso hacia %1 %2</translation>
    </message>
    <message>
        <source>%1: %2%3%4</source>
        <translation>%1: %2%3%4</translation>
    </message>
    <message>
        <source>Linked entries</source>
        <translation>Entradas vinculadas</translation>
    </message>
    <message>
        <source>Entries from your other modules that you counted towards this goal.</source>
        <translation>Entradas de tus otros módulos que contaste para esta meta.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Count it</source>
        <translation>Contarla</translation>
    </message>
    <message>
        <source>Count %1 towards this goal</source>
        <translation>Contar %1 para esta meta</translation>
    </message>
    <message>
        <source>Look back on, as year-month-day</source>
        <translation>Revisar el, como año-mes-día</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>&quot;%1&quot; is a good thing to hope for. What would you be doing when it comes true? Name something you could see yourself do, and when or where, like &quot;Walk to the park on Saturday morning&quot;.</source>
        <translation>&quot;%1&quot; es algo bueno que desear. ¿Qué estarías haciendo cuando se cumpla? Nombra algo que te imagines haciendo, y cuándo o dónde, como &quot;Caminar hasta el parque el sábado por la mañana&quot;.</translation>
    </message>
    <message>
        <source>Say what you will do that someone could see, and when, where or how often, like &quot;Call my sister on Sunday evenings&quot;.</source>
        <translation>Di qué harás que alguien pudiera ver, y cuándo, dónde o cada cuánto, como &quot;Llamar a mi hermana los domingos por la tarde&quot;.</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Específica</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Medible</translation>
    </message>
    <message>
        <source>Choose what you will count or rate, and the number you are aiming for.</source>
        <translation>Elige qué vas a contar o valorar, y el número al que apuntas.</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Alcanzable</translation>
    </message>
    <message>
        <source>Note where you are starting from, and what might get in the way or help.</source>
        <translation>Anota tu punto de partida y qué podría interponerse o ayudarte.</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Relevante</translation>
    </message>
    <message>
        <source>Write down why this matters to you.</source>
        <translation>Escribe por qué te importa.</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Acotada en el tiempo</translation>
    </message>
    <message>
        <source>Pick a date to look back on it.</source>
        <translation>Elige una fecha para repasarla.</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>mínima</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>moderately severe</source>
        <translation>moderadamente grave</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>look back on %1</source>
        <translation>repaso el %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 de %2 pasos hechos</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Progreso: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No goal for this entry.</source>
        <translation>No hay ninguna meta para esta entrada.</translation>
    </message>
    <message>
        <source>Describe the goal first.</source>
        <translation>Primero describe la meta.</translation>
    </message>
    <message>
        <source>Aiming for: choose the PHQ-9 total to get below, a whole number from 1 to 27.</source>
        <translation>Objetivo: elige la puntuación del PHQ-9 por debajo de la que quieres quedar, un número entero del 1 al 27.</translation>
    </message>
    <message>
        <source>Starting from: a PHQ-9 total is a whole number from 0 to 27.</source>
        <translation>Punto de partida: una puntuación del PHQ-9 es un número entero del 0 al 27.</translation>
    </message>
    <message>
        <source>Goals cannot see this. If it is a plan from problem solving, allow Goals to read your problem worksheets on its card in Modules, then try again.</source>
        <translation>Metas no puede ver esto. Si es un plan de resolución de problemas, permite que Metas lea tus hojas de problemas desde su tarjeta en Módulos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your latest %1 check-ins</source>
        <translation>Tus %1 revisiones más recientes</translation>
    </message>
    <message>
        <source>That step is not part of this goal.</source>
        <translation>Ese paso no forma parte de esta meta.</translation>
    </message>
    <message>
        <source>No PHQ-9 total to show yet</source>
        <translation>Aún no hay puntuación del PHQ-9 que mostrar</translation>
    </message>
    <message>
        <source>PHQ-9 total %1 on %2</source>
        <translation>Puntuación del PHQ-9: %1 el %2</translation>
    </message>
    <message>
        <source>%1 · below %2</source>
        <translation>%1 · por debajo de %2</translation>
    </message>
    <message>
        <source>%1 · aiming for below %2</source>
        <translation>%1 · objetivo: por debajo de %2</translation>
    </message>
    <message>
        <source>There is no PHQ-9 total to show yet. Once you fill one in under Assessments, and allow Goals to read your totals (it asks once, or see Modules), your latest total will show here.</source>
        <translation>Aún no hay ninguna puntuación del PHQ-9 que mostrar. Cuando completes un PHQ-9 en Evaluaciones y permitas que Metas lea tus puntuaciones (lo pregunta una vez, o mira en Módulos), tu puntuación más reciente aparecerá aquí.</translation>
    </message>
    <message>
        <source>The Assessments module is not installed here, so there is no PHQ-9 total to follow yet. You can still keep this goal and check in on it in your own words.</source>
        <translation>El módulo Evaluaciones no está instalado aquí, así que aún no hay ninguna puntuación del PHQ-9 que seguir. Aun así, puedes mantener esta meta y revisarla con tus propias palabras.</translation>
    </message>
    <message>
        <source>Your latest PHQ-9 total is %1, from %2.</source>
        <translation>Tu puntuación más reciente del PHQ-9 es %1, del %2.</translation>
    </message>
    <message>
        <source>Your latest PHQ-9 total is %1 (%2), from %3.</source>
        <translation>Tu puntuación más reciente del PHQ-9 es %1 (%2), del %3.</translation>
    </message>
    <message>
        <source>Latest %1 of %2 %3</source>
        <translation>Último: %1 de %2 %3</translation>
    </message>
    <message>
        <source>%1 of %2 this week</source>
        <translation>%1 de %2 esta semana</translation>
    </message>
    <message>
        <source>look-back date passed (%1)</source>
        <translation>la fecha de repaso ya pasó (%1)</translation>
    </message>
    <message>
        <source>Goal check-in</source>
        <translation>Revisión de una meta</translation>
    </message>
    <message>
        <source>Checked in today. Thank you.</source>
        <translation>Revisada hoy. Gracias.</translation>
    </message>
    <message>
        <source>%1: a short check-in on one of your goals</source>
        <translation>%1: una breve revisión de una de tus metas</translation>
    </message>
    <message>
        <source>Ready since %1</source>
        <translation>Disponible desde el %1</translation>
    </message>
    <message>
        <source>Look back on a goal</source>
        <translation>Repasar una meta</translation>
    </message>
    <message>
        <source>The look-back date you chose is today</source>
        <translation>La fecha de repaso que elegiste es hoy</translation>
    </message>
    <message>
        <source>The look-back date was %1</source>
        <translation>La fecha de repaso fue el %1</translation>
    </message>
    <message>
        <source>Check in: %1</source>
        <translation>Revisar: %1</translation>
    </message>
    <message>
        <source>Look back: %1</source>
        <translation>Repasar: %1</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>Mejorando</translation>
    </message>
    <message>
        <source>Harder lately</source>
        <translation>Más difícil últimamente</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Conseguida</translation>
    </message>
    <message>
        <source>Not reached this time</source>
        <translation>No alcanzada esta vez</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
</context>
<context>
    <name>GoalsReport</name>
    <message>
        <source>PHQ-9 total, aiming for below %1</source>
        <translation>Puntuación del PHQ-9, objetivo: por debajo de %1</translation>
    </message>
    <message>
        <source>PHQ-9 total</source>
        <translation>Puntuación del PHQ-9</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (desde %1)</translation>
    </message>
    <message>
        <source>No check-in in the period</source>
        <translation>Sin revisiones en el periodo</translation>
    </message>
    <message>
        <source>%1 (no figure given)</source>
        <translation>%1 (sin cifra)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Progress: </source>
        <translation>Progreso: </translation>
    </message>
    <message>
        <source>No goals were set or checked in on in this period.</source>
        <translation>En este periodo no se fijaron ni se revisaron metas.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>%1 of %2 improving or achieved</source>
        <translation>%1 de %2 mejorando o conseguidas</translation>
    </message>
    <message>
        <source>goals checked in on in the period: %1 of %2; %3 check-ins, each goal&apos;s latest counted</source>
        <translation>metas revisadas en el periodo: %1 de %2; %3 revisiones, contando la última de cada meta</translation>
    </message>
    <message>
        <source>1 goal</source>
        <translation>1 meta</translation>
    </message>
    <message>
        <source>%1 goals</source>
        <translation>%1 metas</translation>
    </message>
    <message>
        <source>no check-ins in the period</source>
        <translation>sin revisiones en el periodo</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>Último progreso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Goals</source>
        <comment>goals</comment>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Set realistic, specific goals with your clinician, break them into steps, check in on progress, and let entries from your other modules count towards them.</source>
        <comment>goals</comment>
        <translation>Fija metas realistas y concretas con tu profesional clínico, divídelas en pasos, revisa cómo avanzas y deja que las entradas de tus otros módulos cuenten para ellas.</translation>
    </message>
    <message>
        <source>My goals</source>
        <comment>goals</comment>
        <translation>Mis metas</translation>
    </message>
    <message>
        <source>New goal</source>
        <comment>goals</comment>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <source>Goal</source>
        <comment>goals</comment>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Goal check-in</source>
        <comment>goals</comment>
        <translation>Revisión de una meta</translation>
    </message>
</context>
<context>
    <name>MilestoneRow</name>
    <message>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <source>A step, e.g. find a route near home</source>
        <translation>Un paso, p. ej., buscar una ruta cerca de casa</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Step date</source>
        <translation>Fecha del paso</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Quitar este paso</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>My goals</source>
        <translation>Mis metas</translation>
    </message>
    <message>
        <source>Small, specific steps you chose, and how they are going.</source>
        <translation>Pasos pequeños y concretos que elegiste, y cómo van.</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Aún no hay metas</translation>
    </message>
    <message>
        <source>Choose one small thing you would like to do more of, with your clinician if you can.</source>
        <translation>Elige algo pequeño que te gustaría hacer más, con tu profesional clínico si puedes.</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximas fechas</translation>
    </message>
    <message>
        <source>Goals with a look-back date in the next two weeks.</source>
        <translation>Metas con fecha de repaso en las próximas dos semanas.</translation>
    </message>
    <message>
        <source>Open goals</source>
        <translation>Metas abiertas</translation>
    </message>
    <message>
        <source>Finished or stopped</source>
        <translation>Terminadas o detenidas</translation>
    </message>
    <message>
        <source>Show older goals</source>
        <translation>Mostrar metas anteriores</translation>
    </message>
    <message>
        <source>Adds your older goals to the lists above</source>
        <translation>Añade tus metas anteriores a las listas de arriba</translation>
    </message>
</context>
<context>
    <name>TotalMeasure</name>
    <message>
        <source>Your PHQ-9 total</source>
        <translation>Tu puntuación del PHQ-9</translation>
    </message>
    <message>
        <source>Lower totals mean the symptoms bothered you less over the two weeks before. Totals go up and down; they are something to talk over with your clinician, not a mark of how well you are doing.</source>
        <translation>Una puntuación más baja significa que los síntomas te molestaron menos en las dos semanas anteriores. Las puntuaciones suben y bajan; son algo para hablar con tu profesional clínico, no una nota de lo bien que lo estás haciendo.</translation>
    </message>
    <message>
        <source>PHQ-9 totals, aiming for below %1</source>
        <translation>Puntuaciones del PHQ-9, objetivo: por debajo de %1</translation>
    </message>
    <message>
        <source>PHQ-9 totals</source>
        <translation>Puntuaciones del PHQ-9</translation>
    </message>
    <message>
        <source>0 to 27; lower is fewer symptoms</source>
        <translation>De 0 a 27; más baja, menos síntomas</translation>
    </message>
</context>
</TS>
