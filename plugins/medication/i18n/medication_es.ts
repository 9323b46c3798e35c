<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AssessmentTotals</name>
    <message>
        <source>%1, total 0-%2</source>
        <translation>%1, puntuación 0-%2</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Ninguna en este periodo.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 earlier in the period, not listed</source>
        <translation>Anteriores en el periodo, no listadas: %1</translation>
    </message>
</context>
<context>
    <name>EffectsPage</name>
    <message>
        <source>Effects</source>
        <translation>Efectos</translation>
    </message>
    <message>
        <source>Notes for your prescriber on side effects and on how well things seem to work.</source>
        <translation>Notas para quien te lo recetó sobre los efectos secundarios y sobre qué tal parecen funcionar los medicamentos.</translation>
    </message>
    <message>
        <source>A side effect</source>
        <translation>Un efecto secundario</translation>
    </message>
    <message>
        <source>What you noticed</source>
        <translation>Lo que notaste</translation>
    </message>
    <message>
        <source>e.g. dry mouth</source>
        <translation>p. ej., boca seca</translation>
    </message>
    <message>
        <source>Which medicine</source>
        <translation>Qué medicamento</translation>
    </message>
    <message>
        <source>Not sure which</source>
        <translation>No sé cuál</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>0 · barely</source>
        <translation>0 · apenas</translation>
    </message>
    <message>
        <source>1 · mild</source>
        <translation>1 · leve</translation>
    </message>
    <message>
        <source>2 · moderate</source>
        <translation>2 · moderada</translation>
    </message>
    <message>
        <source>3 · severe</source>
        <translation>3 · grave</translation>
    </message>
    <message>
        <source>Add side effect</source>
        <translation>Añadir efecto secundario</translation>
    </message>
    <message>
        <source>A severe side effect is worth telling your prescriber about soon: please contact them, today if you can. If you feel very unwell or unsafe, use Need help now? on the left.</source>
        <translation>Conviene contarle pronto un efecto secundario grave a quien te lo recetó: ponte en contacto, hoy si puedes. Si te encuentras muy mal o no te sientes a salvo, usa ¿Necesitas ayuda ahora?, a la izquierda.</translation>
    </message>
    <message>
        <source> · since %1</source>
        <translation> · desde %1</translation>
    </message>
    <message>
        <source>Mark as stopped</source>
        <translation>Marcar como terminado</translation>
    </message>
    <message>
        <source>Mark %1 as stopped</source>
        <translation>Marcar como terminado: %1</translation>
    </message>
    <message>
        <source>Show older side effects</source>
        <translation>Mostrar efectos secundarios anteriores</translation>
    </message>
    <message>
        <source>How well does %1 seem to work?</source>
        <translation>¿Qué tal parece funcionar %1?</translation>
    </message>
    <message>
        <source>Your last rating: %1 of 10.</source>
        <translation>Tu última valoración: %1 de 10.</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message>
        <source>0 · not at all</source>
        <translation>0 · nada</translation>
    </message>
    <message>
        <source>10 · very well</source>
        <translation>10 · muy bien</translation>
    </message>
    <message>
        <source>A note for your prescriber (optional), e.g. sleeping better</source>
        <translation>Una nota para quien te lo recetó (opcional), p. ej., duermo mejor</translation>
    </message>
    <message>
        <source>Note with the rating for %1 (optional)</source>
        <translation>Nota con la valoración de %1 (opcional)</translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation>Guardar valoración</translation>
    </message>
    <message>
        <source>Save rating for %1</source>
        <translation>Guardar la valoración de %1</translation>
    </message>
    <message>
        <source>Ratings over the last 90 days</source>
        <translation>Valoraciones de los últimos 90 días</translation>
    </message>
    <message>
        <source>How bad, 0 to 3</source>
        <translation>Intensidad: cuánto molesta, de 0 a 3</translation>
    </message>
    <message>
        <source>Note with the rating</source>
        <translation>Nota con la valoración</translation>
    </message>
    <message>
        <source>Since: leave it empty for today, or type a date like 2026-03-01</source>
        <translation>Desde: déjalo vacío para hoy, o escribe una fecha como 2026-03-01</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Medication</source>
        <comment>medication</comment>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Today&apos;s medicines</source>
        <comment>medication</comment>
        <translation>Medicamentos de hoy</translation>
    </message>
    <message>
        <source>My medicines</source>
        <comment>medication</comment>
        <translation>Mis medicamentos</translation>
    </message>
    <message>
        <source>Effects</source>
        <comment>medication</comment>
        <translation>Efectos</translation>
    </message>
    <message>
        <source>Appointment summary</source>
        <comment>medication</comment>
        <translation>Resumen para la cita</translation>
    </message>
    <message>
        <source>Medicine</source>
        <comment>medication</comment>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <comment>medication</comment>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Side effect</source>
        <comment>medication</comment>
        <translation>Efecto secundario</translation>
    </message>
    <message>
        <source>How well it works</source>
        <comment>medication</comment>
        <translation>Qué tal funciona</translation>
    </message>
    <message>
        <source>Question for my prescriber</source>
        <comment>medication</comment>
        <translation>Pregunta para quien me lo recetó</translation>
    </message>
    <message>
        <source>Keep a record of your medicines, the doses you take or miss, side effects and how well they seem to work, and take a summary to your next appointment. It records; it never advises on dosing.</source>
        <comment>medication</comment>
        <translation>Lleva un registro de tus medicamentos, de las dosis que tomas o te saltas, de los efectos secundarios y de lo bien que parecen funcionar, y lleva un resumen a tu próxima cita. Solo registra; nunca da consejos sobre las dosis.</translation>
    </message>
</context>
<context>
    <name>Medication</name>
    <message>
        <source>as needed</source>
        <translation>según necesidad</translation>
    </message>
    <message>
        <source>PHQ-9 (depression)</source>
        <translation>PHQ-9 (depresión)</translation>
    </message>
    <message>
        <source>GAD-7 (anxiety)</source>
        <translation>GAD-7 (ansiedad)</translation>
    </message>
    <message>
        <source>moderately severe</source>
        <translation>moderadamente grave</translation>
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
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Taken late</source>
        <translation>Tomada tarde</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No tomada</translation>
    </message>
    <message>
        <source>Not yet recorded</source>
        <translation>Aún sin registrar</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Dose due at %1</source>
        <translation>Dosis prevista a las %1</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Según necesidad</translation>
    </message>
    <message>
        <source>Side effect: %1</source>
        <translation>Efecto secundario: %1</translation>
    </message>
    <message>
        <source>%1 · %2%3</source>
        <translation>%1 · %2%3</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>ya pasó</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>continúa</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>%1 seems to help: %2 of 10</source>
        <translation>%1 parece ayudar: %2 de 10</translation>
    </message>
    <message>
        <source>Question for my prescriber</source>
        <translation>Pregunta para quien me lo recetó</translation>
    </message>
    <message>
        <source> · asked</source>
        <translation> · preguntada</translation>
    </message>
    <message>
        <source>No medicine with that key.</source>
        <translation>No hay ningún medicamento con esa clave.</translation>
    </message>
    <message>
        <source>Describe the side effect first.</source>
        <translation>Primero describe el efecto secundario.</translation>
    </message>
    <message>
        <source>Move the slider to the rating you mean first.</source>
        <translation>Primero mueve el control deslizante hasta la valoración que quieras.</translation>
    </message>
    <message>
        <source>Write the question first.</source>
        <translation>Primero escribe la pregunta.</translation>
    </message>
    <message>
        <source>Mood over this period</source>
        <translation>Ánimo en este periodo</translation>
    </message>
    <message>
        <source>  No mood recorded in these days.</source>
        <translation>  No se registró el ánimo en estos días.</translation>
    </message>
    <message>
        <source>Mood over this period (0 lowest, 10 best), from 1 check-in</source>
        <translation>Ánimo en este periodo (0 el más bajo, 10 el mejor), a partir de 1 registro de ánimo</translation>
    </message>
    <message>
        <source>Mood over this period (0 lowest, 10 best), from %1 check-ins</source>
        <translation>Ánimo en este periodo (0 el más bajo, 10 el mejor), a partir de %1 registros de ánimo</translation>
    </message>
    <message>
        <source>  Average %1, lowest %2, highest %3</source>
        <translation>  Media %1, mínimo %2, máximo %3</translation>
    </message>
    <message>
        <source>  First half of the period %1, second half %2</source>
        <translation>  Primera mitad del periodo %1, segunda mitad %2</translation>
    </message>
    <message>
        <source>Questionnaires in this period</source>
        <translation>Cuestionarios de este periodo</translation>
    </message>
    <message>
        <source>  %1, total 0-%2</source>
        <translation>  %1, puntuación 0-%2</translation>
    </message>
    <message>
        <source>    None in this period.</source>
        <translation>    Ninguna en este periodo.</translation>
    </message>
    <message>
        <source>    (%1 earlier in the period, not listed)</source>
        <translation>    (anteriores en el periodo, no listadas: %1)</translation>
    </message>
    <message>
        <source>    %1: %2</source>
        <translation>    %1: %2</translation>
    </message>
    <message>
        <source>    %1: %2, %3</source>
        <translation>    %1: %2, %3</translation>
    </message>
    <message>
        <source>  Totals you fill in with the Assessments module appear here, once Medication may read them.</source>
        <translation>  Las puntuaciones que completes con el módulo Evaluaciones aparecen aquí, una vez que Medicación pueda leerlas.</translation>
    </message>
    <message>
        <source>Medication summary, %1 to %2</source>
        <translation>Resumen de medicación, del %1 al %2</translation>
    </message>
    <message>
        <source>What was recorded in Tessera. It is a record, not advice.</source>
        <translation>Lo que se registró en Tessera. Es un registro, no un consejo.</translation>
    </message>
    <message>
        <source>  For: %1</source>
        <translation>  Para: %1</translation>
    </message>
    <message>
        <source>  Times taken as needed: %1</source>
        <translation>  Veces tomado según necesidad: %1</translation>
    </message>
    <message>
        <source>  Doses taken: %1 of %2 scheduled (%3)</source>
        <translation>  Dosis tomadas: %1 de %2 previstas (%3)</translation>
    </message>
    <message>
        <source>  How well it seems to work (0-10): %1, one rating</source>
        <translation>  Qué tal parece funcionar (0-10): %1, una valoración</translation>
    </message>
    <message>
        <source>  How well it seems to work (0-10): first %1, latest %2, %3 ratings</source>
        <translation>  Qué tal parece funcionar (0-10): primera %1, última %2, %3 valoraciones</translation>
    </message>
    <message>
        <source>  Changed on %1; before that: %2</source>
        <translation>  Cambiado el %1; antes: %2</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source> (since %1)</source>
        <translation> (desde %1)</translation>
    </message>
    <message>
        <source>  None recorded.</source>
        <translation>  Ninguno registrado.</translation>
    </message>
    <message>
        <source>Questions for my prescriber</source>
        <translation>Preguntas para quien me lo recetó</translation>
    </message>
    <message>
        <source>  None written down.</source>
        <translation>  Ninguna anotada.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>This dose is no longer on the list for that day.</source>
        <translation>Esta dosis ya no está en la lista de ese día.</translation>
    </message>
    <message>
        <source>This dose was already recorded. You can change it on the Today page.</source>
        <translation>Esta dosis ya estaba registrada. Puedes cambiarla en la página Hoy.</translation>
    </message>
    <message>
        <source>The dose could not be recorded.</source>
        <translation>No se pudo registrar la dosis.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>  Doses taken: %1 of %2 scheduled since it was added to Tessera on %3 (%4)</source>
        <translation>  Dosis tomadas: %1 de %2 previstas desde que se añadió a Tessera el %3 (%4)</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Write the medicine&apos;s name, as on the label.</source>
        <translation>Escribe el nombre del medicamento, como en la etiqueta.</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Add the times of day you take it, such as 08:00 (several with commas: 08:00, 20:00), or tick As needed.</source>
        <translation>Añade las horas del día en que lo tomas, como 08:00 (varias con comas: 08:00, 20:00), o marca Según necesidad.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Write the day you started it as year-month-day, such as 2026-12-01.</source>
        <translation>Escribe el día en que empezaste como año-mes-día, por ejemplo 2026-12-01.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Write the day you stopped it as year-month-day, such as 2026-12-01, on or after the day you started; or leave it empty.</source>
        <translation>Escribe el día en que lo dejaste como año-mes-día, por ejemplo 2026-12-01, el mismo día del inicio o después; o déjalo vacío.</translation>
    </message>
    <message>
        <source>Last refill</source>
        <translation>Última reposición</translation>
    </message>
    <message>
        <source>Write the day of the last refill as year-month-day, such as 2026-12-01.</source>
        <translation>Escribe el día de la última reposición como año-mes-día, por ejemplo 2026-12-01.</translation>
    </message>
    <message>
        <source>Days&apos; supply</source>
        <translation>Días de suministro</translation>
    </message>
    <message>
        <source>With a last refill, say how many days it lasts (1 to 400).</source>
        <translation>Con una última reposición, indica cuántos días dura (de 1 a 400).</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Quién lo recetó</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
</context>
<context>
    <name>MedicationReport</name>
    <message>
        <source>Taken late</source>
        <translation>Tomada tarde</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Sin tomar</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomadas</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>según necesidad</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>a las %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No medication records in this period.</source>
        <translation>No hay registros de medicación en este periodo.</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>A medicine not in the report</source>
        <translation>Un medicamento que no está en el informe</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Según necesidad</translation>
    </message>
    <message>
        <source>Not in the report</source>
        <translation>No está en el informe</translation>
    </message>
    <message>
        <source>Medicines taken as planned</source>
        <translation>Medicamentos tomados según lo previsto</translation>
    </message>
    <message>
        <source>%1 of %2 planned doses in the period</source>
        <translation>%1 de %2 dosis previstas en el periodo</translation>
    </message>
    <message>
        <source>Doses logged</source>
        <translation>Dosis registradas</translation>
    </message>
    <message>
        <source>%1 taken, %2 not taken (as logged; the medicines&apos; plans are not in the report)</source>
        <translation>tomadas: %1, sin tomar: %2 (según lo registrado; las pautas de los medicamentos no están en el informe)</translation>
    </message>
    <message>
        <source>Side effects noted</source>
        <translation>Efectos secundarios anotados</translation>
    </message>
    <message>
        <source>%1 still ongoing when last noted</source>
        <translation>seguían presentes la última vez que se anotaron: %1</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Per medicine, in the period</source>
        <translation>Por medicamento, en el periodo</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Planned doses</source>
        <translation>Dosis previstas</translation>
    </message>
    <message>
        <source>Helps (latest, 0-10)</source>
        <translation>Ayuda (última, 0-10)</translation>
    </message>
    <message>
        <source>The medicines themselves were not included, so doses are counted as logged: taken or taken late, and not taken or skipped.</source>
        <translation>Los medicamentos en sí no se incluyeron, así que las dosis se cuentan tal como se registraron: tomadas o tomadas tarde, y sin tomar u omitidas.</translation>
    </message>
    <message>
        <source>Doses not taken, with the reason written</source>
        <translation>Dosis sin tomar, con el motivo anotado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Resolved on %1</source>
        <translation>Resuelto el %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Continúa</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>Side effects the client noted</source>
        <translation>Efectos secundarios que anotó el paciente</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>How strong</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>Cambio de detalles</translation>
    </message>
    <message>
        <source>Details changed; now: %1</source>
        <translation>Cambio de detalles; ahora: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Changes to medicines</source>
        <translation>Cambios en los medicamentos</translation>
    </message>
    <message>
        <source>Changes in the period, as the client recorded them</source>
        <translation>Cambios en el periodo, tal como los registró el paciente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Preguntada</translation>
    </message>
    <message>
        <source>Still to ask</source>
        <translation>Por preguntar</translation>
    </message>
    <message>
        <source>Questions for the prescriber</source>
        <translation>Preguntas para quien lo recetó</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita el</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
</context>
<context>
    <name>MedicineForm</name>
    <message>
        <source>Edit medicine</source>
        <translation>Editar medicamento</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <source>Copy what is on the label or the prescription.</source>
        <translation>Copia lo que pone en la etiqueta o en la receta.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>e.g. 50 mg</source>
        <translation>p. ej., 50 mg</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>e.g. 1 tablet</source>
        <translation>p. ej., 1 comprimido</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>e.g. by mouth</source>
        <translation>p. ej., por vía oral</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía de administración</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>e.g. 08:00, 20:00</source>
        <translation>p. ej., 08:00, 20:00</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Horas del día</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Según necesidad</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Please don&apos;t stop an antidepressant without talking to your prescriber first: stopping suddenly can make you feel unwell, and they can help you plan it.</source>
        <translation>Por favor, no dejes un antidepresivo sin hablar antes con quien te lo recetó: dejarlo de golpe puede hacer que te encuentres mal, y esa persona puede ayudarte a planificarlo.</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Quién lo recetó</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>what it is for</source>
        <translation>para qué es</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué es</translation>
    </message>
    <message>
        <source>Last refill</source>
        <translation>Última reposición</translation>
    </message>
    <message>
        <source>Last refill date</source>
        <translation>Fecha de la última reposición</translation>
    </message>
    <message>
        <source>Days&apos; supply</source>
        <translation>Días de suministro</translation>
    </message>
    <message>
        <source>Days of supply at the refill</source>
        <translation>Días de suministro en la reposición</translation>
    </message>
    <message>
        <source>Save medicine</source>
        <translation>Guardar medicamento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>Until %1: %2</source>
        <translation>Hasta el %1: %2</translation>
    </message>
</context>
<context>
    <name>MedicinesPage</name>
    <message>
        <source>My medicines</source>
        <translation>Mis medicamentos</translation>
    </message>
    <message>
        <source>What you take, as prescribed, and how it has gone.</source>
        <translation>Lo que tomas, tal como te lo recetaron, y cómo ha ido.</translation>
    </message>
    <message>
        <source>Good to know: in the first weeks of an antidepressant, or after the dose changes, mood can get worse and some people have thoughts of suicide. This is more likely under 25. If it happens to you, contact your prescriber straight away, or use Need help now? on the left.</source>
        <translation>Conviene saberlo: en las primeras semanas con un antidepresivo, o después de un cambio de dosis, el ánimo puede empeorar y algunas personas tienen pensamientos de suicidio. Es más probable en menores de 25 años. Si te pasa, contacta enseguida con quien te lo recetó, o usa ¿Necesitas ayuda ahora?, a la izquierda.</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <source>Many doses are recorded, so these figures cover the last %1 days. The appointment summary counts every dose in its period.</source>
        <translation>Hay muchas dosis registradas, así que estas cifras cubren los últimos %1 días. El resumen para la cita cuenta todas las dosis de su periodo.</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (finalizado)</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>Times taken as needed in the last 7 days: %1</source>
        <translation>Veces tomado según necesidad en los últimos 7 días: %1</translation>
    </message>
    <message>
        <source>Doses taken: %1 over 7 days, %2 over 30 days</source>
        <translation>Dosis tomadas: %1 en 7 días, %2 en 30 días</translation>
    </message>
    <message>
        <source>Doses taken: %1 over the last %2 days</source>
        <translation>Dosis tomadas: %1 en los últimos %2 días</translation>
    </message>
    <message>
        <source>About %1 days of supply left: time to arrange a refill</source>
        <translation>Quedan unos %1 días de suministro: es momento de pedir más</translation>
    </message>
    <message>
        <source>About %1 days of supply left</source>
        <translation>Quedan unos %1 días de suministro</translation>
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
        <source>Show more medicines</source>
        <translation>Mostrar más medicamentos</translation>
    </message>
    <message>
        <source>none due</source>
        <translation>ninguna prevista</translation>
    </message>
    <message>
        <source>Doses taken: none to count yet</source>
        <translation>Dosis tomadas: todavía nada que contar</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Appointment summary</source>
        <translation>Resumen para la cita</translation>
    </message>
    <message>
        <source>Take this to your next appointment, or send it ahead.</source>
        <translation>Llévalo a tu próxima cita, o envíalo antes.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 2 weeks</source>
        <translation>Últimas 2 semanas</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Save as a text file</source>
        <translation>Guardar como archivo de texto</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Questions for my prescriber</source>
        <translation>Preguntas para quien me lo recetó</translation>
    </message>
    <message>
        <source>Write down what you want to ask as it comes to you; each question is in the summary until you mark it asked.</source>
        <translation>Anota lo que quieras preguntar según se te ocurra; cada pregunta aparece en el resumen hasta que la marques como preguntada.</translation>
    </message>
    <message>
        <source>e.g. Could I take it in the evening instead?</source>
        <translation>p. ej., ¿Podría tomarlo mejor por la noche?</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <source>Mark as asked</source>
        <translation>Marcar como preguntada</translation>
    </message>
    <message>
        <source>Mark as asked: %1</source>
        <translation>Marcar como preguntada: %1</translation>
    </message>
    <message>
        <source>Show older questions</source>
        <translation>Mostrar preguntas anteriores</translation>
    </message>
    <message>
        <source>Questionnaires in this period</source>
        <translation>Cuestionarios de este periodo</translation>
    </message>
    <message>
        <source>Your PHQ-9 and GAD-7 totals from Assessments, as they go into the summary. They are for talking over with your prescriber.</source>
        <translation>Tus puntuaciones del PHQ-9 y del GAD-7 de Evaluaciones, tal como van en el resumen. Son para hablarlas con quien te lo recetó.</translation>
    </message>
    <message>
        <source>Summary text</source>
        <translation>Texto del resumen</translation>
    </message>
    <message>
        <source>Questions for my prescriber: a new question</source>
        <translation>Preguntas para quien me lo recetó: una pregunta nueva</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today&apos;s medicines</source>
        <translation>Medicamentos de hoy</translation>
    </message>
    <message>
        <source>Record each dose when you have taken it, or if it was not taken. This is a record for you and your prescriber; it does not give advice on doses.</source>
        <translation>Registra cada dosis cuando la hayas tomado, o si no se tomó. Es un registro para ti y para quien te lo recetó; no da consejos sobre las dosis.</translation>
    </message>
    <message>
        <source>No medicines yet</source>
        <translation>Aún no hay medicamentos</translation>
    </message>
    <message>
        <source>Add them under My medicines, as your prescriber gave them to you.</source>
        <translation>Añádelos en Mis medicamentos, tal como te los indicó quien te los recetó.</translation>
    </message>
    <message>
        <source>Scheduled for today</source>
        <translation>Previsto para hoy</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 a las %2: %3</translation>
    </message>
    <message>
        <source>Record %1 at %2 as %3</source>
        <translation>Registrar %1 de las %2 como %3</translation>
    </message>
    <message>
        <source>Why it was not taken, if you want to say (optional)</source>
        <translation>Por qué no se tomó, si quieres decirlo (opcional)</translation>
    </message>
    <message>
        <source>Reason the dose was not taken (optional)</source>
        <translation>Motivo por el que no se tomó la dosis (opcional)</translation>
    </message>
    <message>
        <source>Save as %1</source>
        <translation>Guardar como %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel, leave the dose not yet recorded</source>
        <translation>Cancelar y dejar la dosis sin registrar</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Según necesidad</translation>
    </message>
    <message>
        <source>%1 in the last 7 days</source>
        <translation>%1 en los últimos 7 días</translation>
    </message>
    <message>
        <source>Took a dose</source>
        <translation>Tomé una dosis</translation>
    </message>
    <message>
        <source>Took a dose of %1</source>
        <translation>Tomé una dosis de %1</translation>
    </message>
</context>
</TS>
