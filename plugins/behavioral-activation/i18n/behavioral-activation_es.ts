<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Activities</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Esta vez no</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>accomplishment %1, enjoyment %2</source>
        <translation>logro %1, disfrute %2</translation>
    </message>
    <message>
        <source>accomplishment %1</source>
        <translation>logro %1</translation>
    </message>
    <message>
        <source>enjoyment %1</source>
        <translation>disfrute %1</translation>
    </message>
    <message>
        <source>mood %1 to %2</source>
        <translation>ánimo de %1 a %2</translation>
    </message>
    <message>
        <source>%1 · 1 activity</source>
        <translation>%1 · 1 actividad</translation>
    </message>
    <message>
        <source>%1 · %2 activities</source>
        <translation>%1 · %2 actividades</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Previsto: %1</translation>
    </message>
    <message>
        <source>Choose a day and a time like 18:00.</source>
        <translation>Elige un día y una hora, por ejemplo 18:00.</translation>
    </message>
    <message>
        <source>That time has not come yet: choose a time that has passed.</source>
        <translation>Esa hora aún no ha llegado: elige una hora que ya haya pasado.</translation>
    </message>
    <message>
        <source>Say what you did first.</source>
        <translation>Primero escribe qué hiciste.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message>
        <source>An hour ago</source>
        <translation>Hace una hora</translation>
    </message>
    <message>
        <source>Two hours ago</source>
        <translation>Hace dos horas</translation>
    </message>
    <message>
        <source>This morning</source>
        <translation>Esta mañana</translation>
    </message>
    <message>
        <source>Please keep what got in the way under 500 characters.</source>
        <translation>Por favor, escribe lo que se interpuso en menos de 500 caracteres.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>This week has more plans than fit here: showing the first %1.</source>
        <translation>Esta semana tiene más planes de los que caben aquí: se muestran los %1 primeros.</translation>
    </message>
    <message>
        <source>%1 mood, once</source>
        <translation>%1 de ánimo, una vez</translation>
    </message>
    <message>
        <source>%1 mood, %2 times</source>
        <translation>%1 de ánimo, %2 veces</translation>
    </message>
    <message>
        <source>An activity shows here once you have logged it at least twice with your mood before and after.</source>
        <translation>Una actividad aparece aquí cuando la has registrado al menos dos veces con tu ánimo antes y después.</translation>
    </message>
    <message>
        <source>Log activities with your mood before and after to see which ones lift it.</source>
        <translation>Registra actividades con tu ánimo antes y después para ver cuáles lo mejoran.</translation>
    </message>
    <message>
        <source>Log activities with your mood before and after to see which parts of life lift it.</source>
        <translation>Registra actividades con tu ánimo antes y después para ver qué áreas de la vida lo mejoran.</translation>
    </message>
    <message>
        <source>This plan is no longer on the list for that day.</source>
        <translation>Este plan ya no está en la lista de ese día.</translation>
    </message>
    <message>
        <source>This plan was already marked. You can change it on My week.</source>
        <translation>Este plan ya estaba marcado. Puedes cambiarlo en Mi semana.</translation>
    </message>
    <message>
        <source>The plan could not be marked.</source>
        <translation>No se pudo marcar el plan.</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Education and career</source>
        <translation>Formación y trabajo</translation>
    </message>
    <message>
        <source>Recreation and interests</source>
        <translation>Ocio e intereses</translation>
    </message>
    <message>
        <source>Mind, body and spirituality</source>
        <translation>Mente, cuerpo y espiritualidad</translation>
    </message>
    <message>
        <source>Daily responsibilities</source>
        <translation>Responsabilidades diarias</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>Qt date pattern for a day and month, as in &quot;Week of 30 November&quot; (Spanish: d &apos;de&apos; MMMM)</extracomment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
</context>
<context>
    <name>BaReport</name>
    <message>
        <source>No activities or plans in this period.</source>
        <translation>No hay actividades ni planes en este periodo.</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Actividades hechas</translation>
    </message>
    <message>
        <source>%1 of %2 planned done</source>
        <translation>%1 de %2 previstas hechas</translation>
    </message>
    <message>
        <source>mood change %1 on average</source>
        <translation>cambio de ánimo de %1 de media</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Most frequent activities (mood change: after minus before, 0-10, where both were rated)</source>
        <translation>Actividades más frecuentes (cambio de ánimo: después menos antes, 0-10, cuando se valoraron ambos)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Mood change on average</source>
        <translation>Cambio de ánimo medio</translation>
    </message>
    <message>
        <source>By life area</source>
        <translation>Por área de la vida</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Plans not done, with what got in the way</source>
        <translation>Planes no hechos, con lo que se interpuso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What got in the way</source>
        <translation>Lo que se interpuso</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>What matters</source>
        <translation>Lo que importa</translation>
    </message>
    <message>
        <source>Activities that serve it</source>
        <translation>Actividades que lo apoyan</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>What helps</source>
        <translation>Lo que ayuda</translation>
    </message>
    <message>
        <source>From the last 90 days: how your mood changed (after minus before) around the activities you logged with both.</source>
        <translation>De los últimos 90 días: cómo cambió tu ánimo (después menos antes) con las actividades que registraste con ambos valores.</translation>
    </message>
    <message>
        <source>Activities and your mood</source>
        <translation>Las actividades y tu ánimo</translation>
    </message>
    <message>
        <source>By part of life</source>
        <translation>Por área de la vida</translation>
    </message>
    <message>
        <source>Plans done, by week</source>
        <translation>Planes hechos, por semana</translation>
    </message>
    <message>
        <source>No plans yet.</source>
        <translation>Aún no hay planes.</translation>
    </message>
    <message>
        <source>Week of %1: %2 of %3 done (%4 %)</source>
        <translation>Semana del %1: %2 de %3 hechos (%4 %)</translation>
    </message>
    <message>
        <source>This week by part of life</source>
        <translation>Esta semana por área de la vida</translation>
    </message>
    <message>
        <source>Each dot is an activity you logged.</source>
        <translation>Cada punto es una actividad que registraste.</translation>
    </message>
    <message>
        <source>%1, %2: %3 logged</source>
        <translation>%1, %2, actividades registradas: %3</translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation>nada registrado</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>Registrar una actividad</translation>
    </message>
    <message>
        <source>Anything counts: getting dressed, a call, a walk. Noticing how it felt is the point.</source>
        <translation>Todo cuenta: vestirte, una llamada, un paseo. Lo importante es notar cómo te sentó.</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>¿Qué hiciste?</translation>
    </message>
    <message>
        <source>e.g. Walk in the park</source>
        <translation>p. ej., Paseo por el parque</translation>
    </message>
    <message>
        <source>From your values</source>
        <translation>De tus valores</translation>
    </message>
    <message>
        <source>Part of life</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Another day</source>
        <translation>Otro día</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>How was it?</source>
        <translation>¿Qué tal fue?</translation>
    </message>
    <message>
        <source>Move only the sliders you want to record; the others are left out.</source>
        <translation>Mueve solo los controles que quieras registrar; los demás se quedan fuera.</translation>
    </message>
    <message>
        <source>Sense of accomplishment</source>
        <translation>Sensación de logro</translation>
    </message>
    <message>
        <source>0 · none</source>
        <translation>0 · nada</translation>
    </message>
    <message>
        <source>10 · a lot</source>
        <translation>10 · mucho</translation>
    </message>
    <message>
        <source>Enjoyment</source>
        <translation>Disfrute</translation>
    </message>
    <message>
        <source>Mood before</source>
        <translation>Ánimo antes</translation>
    </message>
    <message>
        <source>0 · very low</source>
        <translation>0 · muy bajo</translation>
    </message>
    <message>
        <source>10 · very good</source>
        <translation>10 · muy bueno</translation>
    </message>
    <message>
        <source>Mood after</source>
        <translation>Ánimo después</translation>
    </message>
    <message>
        <source>Who was there, where, anything else (optional)</source>
        <translation>Quién estaba, dónde, cualquier otra cosa (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Activity deleted.</source>
        <translation>Actividad borrada.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save activity</source>
        <translation>Guardar actividad</translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation>Registrada.</translation>
    </message>
    <message>
        <source>Recently</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>At what time, like 18:00</source>
        <translation>A qué hora, por ejemplo 18:00</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Activities</source>
        <comment>behavioral-activation</comment>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Notice what you do and how it affects your mood, choose activities that matter to you, plan them into your week, and see which ones lift your mood.</source>
        <comment>behavioral-activation</comment>
        <translation>Observa lo que haces y cómo afecta a tu ánimo, elige actividades que te importen, planéalas en tu semana y descubre cuáles te levantan el ánimo.</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <comment>behavioral-activation</comment>
        <translation>Registrar una actividad</translation>
    </message>
    <message>
        <source>My week</source>
        <comment>behavioral-activation</comment>
        <translation>Mi semana</translation>
    </message>
    <message>
        <source>Values</source>
        <comment>behavioral-activation</comment>
        <translation>Valores</translation>
    </message>
    <message>
        <source>What helps</source>
        <comment>behavioral-activation</comment>
        <translation>Lo que ayuda</translation>
    </message>
    <message>
        <source>Activity</source>
        <comment>behavioral-activation</comment>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>behavioral-activation</comment>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Planned activity</source>
        <comment>behavioral-activation</comment>
        <translation>Actividad planificada</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Activities chosen for what matters to you are easier to start and more rewarding to finish.</source>
        <translation>Las actividades elegidas por lo que te importa cuestan menos de empezar y dan más satisfacción al terminarlas.</translation>
    </message>
    <message>
        <source>%1 (difficulty %2 of 10)</source>
        <translation>%1 (dificultad %2 de 10)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this value? You can undo it straight after.</source>
        <translation>¿Quitar este valor? Podrás deshacerlo justo después.</translation>
    </message>
    <message>
        <source>Show more values</source>
        <translation>Mostrar más valores</translation>
    </message>
    <message>
        <source>Value removed.</source>
        <translation>Valor quitado.</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Editar valor</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Añadir un valor</translation>
    </message>
    <message>
        <source>Part of life</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>What matters to you here, e.g. being a reliable friend</source>
        <translation>Lo que te importa aquí, p. ej., que mis amistades puedan contar conmigo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>An activity that serves it</source>
        <translation>Una actividad que lo apoye</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Difficulty, 1 easy to 10 hard</source>
        <translation>Dificultad, de 1 fácil a 10 difícil</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Añadir una actividad</translation>
    </message>
    <message>
        <source>Save value</source>
        <translation>Guardar valor</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>My week</source>
        <translation>Mi semana</translation>
    </message>
    <message>
        <source>Plan a few things that matter to you. Done or not, each one teaches you something.</source>
        <translation>Planea algunas cosas que te importen. Las hagas o no, cada una te enseña algo.</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>%1 logged</source>
        <translation>Registradas: %1</translation>
    </message>
    <message>
        <source>What got in the way: %1</source>
        <translation>Lo que se interpuso: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the plan %1</source>
        <translation>Quitar el plan %1</translation>
    </message>
    <message>
        <source>Plan removed.</source>
        <translation>Plan quitado.</translation>
    </message>
    <message>
        <source>Plan an activity</source>
        <translation>Planear una actividad</translation>
    </message>
    <message>
        <source>Pick from your values, easiest first, or write your own.</source>
        <translation>Elige entre tus valores, de la más fácil a la más difícil, o escribe la tuya.</translation>
    </message>
    <message>
        <source>From your values</source>
        <translation>De tus valores</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Activity to plan</source>
        <translation>Actividad que planear</translation>
    </message>
    <message>
        <source>Part of life</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>Time, like 18:00</source>
        <translation>Hora, por ejemplo 18:00</translation>
    </message>
    <message>
        <source>Plan it</source>
        <translation>Planearla</translation>
    </message>
    <message>
        <source>How was it? Move only the sliders you want to record; the others are left out.</source>
        <translation>¿Qué tal fue? Mueve solo los controles que quieras registrar; los demás se quedan fuera.</translation>
    </message>
    <message>
        <source>Sense of accomplishment</source>
        <translation>Sensación de logro</translation>
    </message>
    <message>
        <source>0 · none</source>
        <translation>0 · nada</translation>
    </message>
    <message>
        <source>10 · a lot</source>
        <translation>10 · mucho</translation>
    </message>
    <message>
        <source>Enjoyment</source>
        <translation>Disfrute</translation>
    </message>
    <message>
        <source>Mood before</source>
        <translation>Ánimo antes</translation>
    </message>
    <message>
        <source>0 · very low</source>
        <translation>0 · muy bajo</translation>
    </message>
    <message>
        <source>10 · very good</source>
        <translation>10 · muy bueno</translation>
    </message>
    <message>
        <source>Mood after</source>
        <translation>Ánimo después</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save: %1, %2</source>
        <translation>Guardar: %1, %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>That happens, and it tells you something. What got in the way? (optional)</source>
        <translation>Pasa, y eso también te dice algo. ¿Qué se interpuso? (opcional)</translation>
    </message>
    <message>
        <source>e.g. too tired, it rained, someone cancelled</source>
        <translation>p. ej., demasiado cansancio, llovió, alguien canceló</translation>
    </message>
    <message>
        <source>What got in the way (optional)</source>
        <translation>Lo que se interpuso (opcional)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
</context>
</TS>
