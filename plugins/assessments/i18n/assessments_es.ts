<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Assessments</name>
    <message numerus="yes">
        <source>A few minutes, every %n days</source>
        <translation>
            <numerusform>Unos minutos, cada %n día</numerusform>
            <numerusform>Unos minutos, cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>%1 questionnaire</source>
        <translation>Cuestionario %1</translation>
    </message>
    <message>
        <source>Not on your schedule: fill it in whenever you like.</source>
        <translation>No está en tu calendario: respóndelo cuando quieras.</translation>
    </message>
    <message>
        <source>Done today. Next on %1.</source>
        <translation>Hecho hoy. El próximo: %1.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>Ready since %1</source>
        <translation>Disponible desde el %1</translation>
    </message>
    <message>
        <source>Next on %1</source>
        <translation>Próximo: %1</translation>
    </message>
    <message>
        <source>Done. Thank you.</source>
        <translation>Hecho. Gracias.</translation>
    </message>
    <message>
        <source>There is no questionnaire called &quot;%1&quot; here.</source>
        <translation>Aquí no hay ningún cuestionario llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>That questionnaire is no longer in your journal.</source>
        <translation>Ese cuestionario ya no está en tu diario.</translation>
    </message>
    <message>
        <source>Choose a questionnaire first.</source>
        <translation>Primero elige un cuestionario.</translation>
    </message>
    <message>
        <source>%1 has no question %2.</source>
        <translation>El %1 no tiene una pregunta %2.</translation>
    </message>
    <message>
        <source>Choose one of the answers to question %1.</source>
        <translation>Elige una de las respuestas de la pregunta %1.</translation>
    </message>
    <message>
        <source>Only the PHQ-9 has this question.</source>
        <translation>Solo el PHQ-9 tiene esta pregunta.</translation>
    </message>
    <message>
        <source>Choose one of the answers.</source>
        <translation>Elige una de las respuestas.</translation>
    </message>
    <message>
        <source>%1, not finished (%2 of %3 answered)</source>
        <translation>%1, sin terminar (%2 de %3 respondidas)</translation>
    </message>
    <message>
        <source>Open it to carry on where you left off.</source>
        <translation>Ábrelo para seguir donde lo dejaste.</translation>
    </message>
    <message>
        <source>Question %1 is not answered yet: &quot;%2&quot;. Every question needs an answer before saving.</source>
        <translation>La pregunta %1 aún no tiene respuesta: &quot;%2&quot;. Todas las preguntas necesitan una respuesta antes de guardar.</translation>
    </message>
    <message>
        <source>Questions %1 are not answered yet (the first: &quot;%2&quot;). Every question needs an answer before saving.</source>
        <translation>Las preguntas %1 aún no tienen respuesta (la primera: &quot;%2&quot;). Todas las preguntas necesitan una respuesta antes de guardar.</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(sin responder)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>Below the usual cut-offs</source>
        <translation>Por debajo de los puntos de corte habituales</translation>
    </message>
    <message>
        <source>At the usual cut-off for women</source>
        <translation>En el punto de corte habitual para mujeres</translation>
    </message>
    <message>
        <source>At or above the usual cut-offs</source>
        <translation>En los puntos de corte habituales o por encima</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Mínima</translation>
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
        <source>Moderately severe</source>
        <translation>Moderadamente grave</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Few signs of depression over the last two weeks.</source>
        <translation>Pocas señales de depresión en las últimas dos semanas.</translation>
    </message>
    <message>
        <source>Some signs of depression over the last two weeks. Worth keeping an eye on, together with your clinician.</source>
        <translation>Algunas señales de depresión en las últimas dos semanas. Vale la pena seguirlas de cerca, junto con tu profesional clínico.</translation>
    </message>
    <message>
        <source>A moderate level of depression over the last two weeks. Your clinician can use this to plan your care with you.</source>
        <translation>Un nivel moderado de depresión en las últimas dos semanas. Tu profesional clínico puede usar esto para planificar tu atención contigo.</translation>
    </message>
    <message>
        <source>Depression has been weighing on you quite a lot. Please share this with your clinician: it helps them help you.</source>
        <translation>La depresión te ha estado pesando bastante. Por favor, compártelo con tu profesional clínico: así puede ayudarte mejor.</translation>
    </message>
    <message>
        <source>Depression has been weighing on you heavily. This is a hard time and you do not have to carry it alone: please talk with your clinician soon.</source>
        <translation>La depresión te ha estado pesando mucho. Es un momento difícil y no tienes que cargar con ello a solas: por favor, habla pronto con tu profesional clínico.</translation>
    </message>
    <message>
        <source>Few signs of anxiety over the last two weeks.</source>
        <translation>Pocas señales de ansiedad en las últimas dos semanas.</translation>
    </message>
    <message>
        <source>Some anxiety over the last two weeks. Worth keeping an eye on, together with your clinician.</source>
        <translation>Algo de ansiedad en las últimas dos semanas. Vale la pena seguirla de cerca, junto con tu profesional clínico.</translation>
    </message>
    <message>
        <source>A moderate level of anxiety over the last two weeks. Your clinician can use this to plan your care with you.</source>
        <translation>Un nivel moderado de ansiedad en las últimas dos semanas. Tu profesional clínico puede usar esto para planificar tu atención contigo.</translation>
    </message>
    <message>
        <source>Anxiety has been weighing on you heavily. You do not have to carry it alone: please share this with your clinician.</source>
        <translation>La ansiedad te ha estado pesando mucho. No tienes que cargar con ello a solas: por favor, compártelo con tu profesional clínico.</translation>
    </message>
    <message>
        <source>Your drinking is below the usual cut-offs (3 for women, 4 for men).</source>
        <translation>Tu consumo de alcohol está por debajo de los puntos de corte habituales (3 para mujeres, 4 para hombres).</translation>
    </message>
    <message>
        <source>Your answers reach the usual cut-off for women (3), which is lower than the one for men (4). It may be worth talking your drinking over with your clinician.</source>
        <translation>Tus respuestas alcanzan el punto de corte habitual para mujeres (3), que es más bajo que el de los hombres (4). Puede valer la pena hablar de tu consumo de alcohol con tu profesional clínico.</translation>
    </message>
    <message>
        <source>Your answers are at or above the usual cut-offs (4 for men, 3 for women). Drinking and low mood often go together; it may help to talk it over with your clinician, who can look at it with you without judgement.</source>
        <translation>Tus respuestas están en los puntos de corte habituales o por encima (4 para hombres, 3 para mujeres). El alcohol y el ánimo bajo suelen ir juntos; puede ayudarte hablarlo con tu profesional clínico, que puede revisarlo contigo sin juzgarte.</translation>
    </message>
    <message>
        <source>The same as last time (%1).</source>
        <translation>Igual que la última vez (%1).</translation>
    </message>
    <message>
        <source>%1 lower than last time (%2).</source>
        <translation>%1 menos que la última vez (%2).</translation>
    </message>
    <message>
        <source>%1 higher than last time (%2).</source>
        <translation>%1 más que la última vez (%2).</translation>
    </message>
    <message>
        <source>A change of 5 points or more is usually seen as a real change, not just the ordinary ups and downs of a few weeks.</source>
        <translation>Un cambio de 5 puntos o más suele considerarse un cambio real, no solo los altibajos normales de unas semanas.</translation>
    </message>
    <message>
        <source>A rise of 5 points or more is worth mentioning to your clinician. Harder weeks happen, and they can help.</source>
        <translation>Vale la pena comentarle a tu profesional clínico una subida de 5 puntos o más. Hay semanas más difíciles, y te puede ayudar.</translation>
    </message>
    <message>
        <source>%1 lower than your first one (%2).</source>
        <translation>%1 menos que tu primer resultado (%2).</translation>
    </message>
    <message>
        <source>%1 higher than your first one (%2).</source>
        <translation>%1 más que tu primer resultado (%2).</translation>
    </message>
    <message>
        <source>The same as your first one (%1).</source>
        <translation>Igual que tu primer resultado (%1).</translation>
    </message>
    <message>
        <source>Since your first one, that is a change of 5 points or more, which is usually seen as a real change.</source>
        <translation>Desde tu primer resultado, es un cambio de 5 puntos o más, lo que suele considerarse un cambio real.</translation>
    </message>
    <message>
        <source>A score under 5 is what clinicians call remission. That is good to see; keep going at your own pace.</source>
        <translation>Una puntuación por debajo de 5 es lo que los profesionales clínicos llaman remisión. Es bueno verlo; sigue a tu propio ritmo.</translation>
    </message>
    <message>
        <source>That is half or less of your first score, which clinicians call a response to treatment.</source>
        <translation>Es la mitad o menos de tu primera puntuación, lo que los profesionales clínicos llaman respuesta al tratamiento.</translation>
    </message>
</context>
<context>
    <name>AssessmentsReport</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from %1 on %2 (first in the period)</source>
        <translation>partiendo de %1 el %2 (el primero del periodo)</translation>
    </message>
    <message>
        <source>from %1 on %2 (before the period)</source>
        <translation>partiendo de %1 el %2 (antes del periodo)</translation>
    </message>
    <message>
        <source>on %1; one result, nothing earlier to compare with</source>
        <translation>el %1; un solo resultado, nada anterior con qué comparar</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>cambio %1</translation>
    </message>
    <message>
        <source> (5 points or more)</source>
        <translation> (5 puntos o más)</translation>
    </message>
    <message>
        <source>remission (under 5, from %1)</source>
        <translation>remisión (menos de 5, partiendo de %1)</translation>
    </message>
    <message>
        <source>response (half or less of %1)</source>
        <translation>respuesta (la mitad o menos de %1)</translation>
    </message>
    <message>
        <source>Item 9 (%1) was answered &apos;%2&apos; on %3.</source>
        <translation>El ítem 9 (%1) se respondió &apos;%2&apos; el %3.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Total (0-%1)</source>
        <translation>Total (0-%1)</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>How difficult</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>%1 results in the period</source>
        <translation>Resultados del %1 en el periodo</translation>
    </message>
    <message>
        <source>%1 totals</source>
        <translation>Totales del %1</translation>
    </message>
    <message>
        <source>%1 total (0-%2)</source>
        <translation>Total del %1 (0-%2)</translation>
    </message>
    <message>
        <source>No questionnaires were completed in this period.</source>
        <translation>No se completó ningún cuestionario en este periodo.</translation>
    </message>
    <message>
        <source>PHQ-9 item 9</source>
        <translation>Ítem 9 del PHQ-9</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2</source>
        <translation>&apos;%1&apos; el %2</translation>
    </message>
    <message>
        <source>answered above 0 in %1 of %2 PHQ-9 results in the period (thoughts of being better off dead or of self-harm)</source>
        <translation>respondido por encima de 0 en %1 de %2 resultados del PHQ-9 del periodo (pensamientos de que estaría mejor muerto(a) o de hacerse daño)</translation>
    </message>
</context>
<context>
    <name>FillPage</name>
    <message>
        <source>Fill in a questionnaire</source>
        <translation>Responder un cuestionario</translation>
    </message>
    <message>
        <source>Choose the answer closest to how things have been.</source>
        <translation>Elige la respuesta que más se acerque a cómo han ido las cosas.</translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation>Cuestionario:</translation>
    </message>
    <message>
        <source>Fill in %1</source>
        <translation>Responder el %1</translation>
    </message>
    <message>
        <source>One question at a time</source>
        <translation>Una pregunta cada vez</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answered</source>
        <translation>%1: %2 de %3 respondidas</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <source>Thank you for answering that honestly. Thoughts like these are heavy to carry, and you do not have to carry them alone. Your safety plan and the people you can contact now are one step away: in the notice Tessera has just shown, and under Need help now? at any time. Nobody reads your answers as you write them and Tessera is not an emergency service: if you might act on these thoughts, call your local emergency number now.</source>
        <translation>Gracias por responder con sinceridad. Pensamientos así pesan mucho, y no tienes que cargar con ellos a solas. Tu plan de seguridad y las personas con las que puedes contactar ahora están a un paso: en el aviso que Tessera acaba de mostrar y, en cualquier momento, en ¿Necesitas ayuda ahora? Nadie lee tus respuestas mientras las escribes y Tessera no es un servicio de emergencias: si crees que podrías actuar según estos pensamientos, llama ahora a tu número local de emergencias.</translation>
    </message>
    <message>
        <source>Not scored, and you may leave it out</source>
        <translation>No puntúa y puedes dejarla sin responder</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Guardar el %1</translation>
    </message>
    <message>
        <source>Saved. Thank you. Please look after yourself: your safety plan and people who can help are one step away, under Need help now?</source>
        <translation>Guardado. Gracias. Por favor, cuídate: tu plan de seguridad y personas que pueden ayudarte están a un paso, en ¿Necesitas ayuda ahora?</translation>
    </message>
    <message>
        <source>Saved. Thank you for taking the time.</source>
        <translation>Guardado. Gracias por dedicarle tu tiempo.</translation>
    </message>
    <message>
        <source>See the results</source>
        <translation>Ver los resultados</translation>
    </message>
    <message>
        <source>Clear my answers</source>
        <translation>Borrar mis respuestas</translation>
    </message>
    <message>
        <source>Starts this questionnaire again; the unfinished one goes to the bin</source>
        <translation>Empieza este cuestionario de nuevo; el que está sin terminar va a la papelera</translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>Not at all</source>
        <translation>Ningún día</translation>
    </message>
    <message>
        <source>Several days</source>
        <translation>Varios días</translation>
    </message>
    <message>
        <source>More than half the days</source>
        <translation>Más de la mitad de los días</translation>
    </message>
    <message>
        <source>Nearly every day</source>
        <translation>Casi todos los días</translation>
    </message>
    <message>
        <source>Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.</source>
        <translation>Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.</translation>
    </message>
    <message>
        <source>Patient Health Questionnaire (PHQ-9)</source>
        <translation>Cuestionario sobre la salud del paciente-9 (PHQ-9)</translation>
    </message>
    <message>
        <source>Over the last 2 weeks, how often have you been bothered by any of the following problems?</source>
        <translation>Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?</translation>
    </message>
    <message>
        <source>Little interest or pleasure in doing things</source>
        <translation>Poco interés o placer en hacer cosas</translation>
    </message>
    <message>
        <source>Feeling down, depressed, or hopeless</source>
        <translation>Se ha sentido decaído(a), deprimido(a) o sin esperanzas</translation>
    </message>
    <message>
        <source>Trouble falling or staying asleep, or sleeping too much</source>
        <translation>Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado</translation>
    </message>
    <message>
        <source>Feeling tired or having little energy</source>
        <translation>Se ha sentido cansado(a) o con poca energía</translation>
    </message>
    <message>
        <source>Poor appetite or overeating</source>
        <translation>Sin apetito o ha comido en exceso</translation>
    </message>
    <message>
        <source>Feeling bad about yourself — or that you are a failure or have let yourself or your family down</source>
        <translation>Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia</translation>
    </message>
    <message>
        <source>Trouble concentrating on things, such as reading the newspaper or watching television</source>
        <translation>Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión</translation>
    </message>
    <message>
        <source>Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual</source>
        <translation>¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal</translation>
    </message>
    <message>
        <source>Thoughts that you would be better off dead or of hurting yourself in some way</source>
        <translation>Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera</translation>
    </message>
    <message>
        <source>If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?</source>
        <translation>Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?</translation>
    </message>
    <message>
        <source>Not difficult at all</source>
        <translation>No ha sido difícil</translation>
    </message>
    <message>
        <source>Somewhat difficult</source>
        <translation>Un poco difícil</translation>
    </message>
    <message>
        <source>Very difficult</source>
        <translation>Muy difícil</translation>
    </message>
    <message>
        <source>Extremely difficult</source>
        <translation>Extremadamente difícil</translation>
    </message>
    <message>
        <source>Generalized Anxiety Disorder 7-item scale (GAD-7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the last 2 weeks, how often have you been bothered by the following problems?</source>
        <translation>Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?</translation>
    </message>
    <message>
        <source>Feeling nervous, anxious or on edge</source>
        <translation>Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta</translation>
    </message>
    <message>
        <source>Not being able to stop or control worrying</source>
        <translation>No ha sido capaz de parar o controlar su preocupación</translation>
    </message>
    <message>
        <source>Worrying too much about different things</source>
        <translation>Se ha preocupado demasiado por motivos diferentes</translation>
    </message>
    <message>
        <source>Trouble relaxing</source>
        <translation>Ha tenido dificultad para relajarse</translation>
    </message>
    <message>
        <source>Being so restless that it is hard to sit still</source>
        <translation>Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)</translation>
    </message>
    <message>
        <source>Becoming easily annoyed or irritable</source>
        <translation>Se ha molestado o irritado fácilmente</translation>
    </message>
    <message>
        <source>Feeling afraid as if something awful might happen</source>
        <translation>Ha tenido miedo de que algo terrible fuera a pasar</translation>
    </message>
    <message>
        <source>Alcohol Use Disorders Identification Test – Consumption (AUDIT-C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often do you have a drink containing alcohol?</source>
        <translation>¿Con qué frecuencia consume alguna bebida alcohólica?</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Monthly or less</source>
        <translation>Una o menos veces al mes</translation>
    </message>
    <message>
        <source>2-4 times a month</source>
        <translation>De 2 a 4 veces al mes</translation>
    </message>
    <message>
        <source>2-3 times a week</source>
        <translation>De 2 a 3 veces a la semana</translation>
    </message>
    <message>
        <source>4 or more times a week</source>
        <translation>4 o más veces a la semana</translation>
    </message>
    <message>
        <source>How many drinks containing alcohol do you have on a typical day when you are drinking?</source>
        <translation>¿Cuántas consumiciones de bebidas alcohólicas suele realizar en un día de consumo normal?</translation>
    </message>
    <message>
        <source>1 or 2</source>
        <translation>1 o 2</translation>
    </message>
    <message>
        <source>3 or 4</source>
        <translation>3 o 4</translation>
    </message>
    <message>
        <source>5 or 6</source>
        <translation>5 o 6</translation>
    </message>
    <message>
        <source>7 to 9</source>
        <translation>De 7 a 9</translation>
    </message>
    <message>
        <source>10 or more</source>
        <translation>10 o más</translation>
    </message>
    <message>
        <source>How often do you have six or more drinks on one occasion?</source>
        <translation>¿Con qué frecuencia toma 6 o más bebidas alcohólicas en un solo día?</translation>
    </message>
    <message>
        <source>Less than monthly</source>
        <translation>Menos de una vez al mes</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensualmente</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanalmente</translation>
    </message>
    <message>
        <source>Daily or almost daily</source>
        <translation>A diario o casi a diario</translation>
    </message>
    <message>
        <source>AUDIT-C: questions 1-3 of the AUDIT, World Health Organization; in the public domain.</source>
        <translation>AUDIT-C: preguntas 1-3 del AUDIT, Organización Mundial de la Salud; de dominio público.</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Assessments</source>
        <comment>assessments</comment>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <comment>assessments</comment>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Fill in a questionnaire</source>
        <comment>assessments</comment>
        <translation>Responder un cuestionario</translation>
    </message>
    <message>
        <source>Questionnaire results</source>
        <comment>assessments</comment>
        <translation>Resultados de los cuestionarios</translation>
    </message>
    <message>
        <source>PHQ-9 mood questionnaire</source>
        <comment>assessments</comment>
        <translation>Cuestionario de ánimo PHQ-9</translation>
    </message>
    <message>
        <source>GAD-7 anxiety questionnaire</source>
        <comment>assessments</comment>
        <translation>Cuestionario de ansiedad GAD-7</translation>
    </message>
    <message>
        <source>AUDIT-C drinking questionnaire</source>
        <comment>assessments</comment>
        <translation>Cuestionario de consumo de alcohol AUDIT-C</translation>
    </message>
    <message>
        <source>Questionnaire not finished</source>
        <comment>assessments</comment>
        <translation>Cuestionario sin terminar</translation>
    </message>
    <message>
        <source>Short standard questionnaires (PHQ-9 for mood, GAD-7 for anxiety, AUDIT-C for drinking), as often as your clinician suggests, so you and your clinician can see how things are going over time.</source>
        <comment>assessments</comment>
        <translation>Cuestionarios breves y estándar (PHQ-9 para el ánimo, GAD-7 para la ansiedad, AUDIT-C para el consumo de alcohol), con la frecuencia que te sugiera tu profesional clínico, para que tú y tu profesional podáis ver cómo van las cosas con el tiempo.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Short standard questionnaires, so you and your clinician can see how things change over time.</source>
        <translation>Cuestionarios breves y estandarizados para ver, junto con tu profesional clínico, cómo cambian las cosas con el tiempo.</translation>
    </message>
    <message>
        <source>Last time (%1): %2 of %3 · %4</source>
        <translation>Última vez (%1): %2 de %3 · %4</translation>
    </message>
    <message>
        <source>Not finished yet.</source>
        <translation>Aún sin terminar.</translation>
    </message>
    <message>
        <source>Not filled in yet.</source>
        <translation>Aún sin responder.</translation>
    </message>
    <message>
        <source>You have answered %1 of %2 questions so far; your answers are kept.</source>
        <translation>Hasta ahora has respondido %1 de %2 preguntas; tus respuestas se conservan.</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation>Resultados del %1</translation>
    </message>
    <message>
        <source>These questionnaires are not a diagnosis. They put a number on how things have been lately, to talk over with your clinician.</source>
        <translation>Estos cuestionarios no son un diagnóstico. Ponen un número a cómo han ido las cosas últimamente, para hablarlo con tu profesional clínico.</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <source>This question is not answered yet.</source>
        <translation>Esta pregunta aún no tiene respuesta.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Minimal</source>
        <translation>Mínima</translation>
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
        <source>Moderately severe</source>
        <translation>Moderadamente grave</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Below the usual cut-offs</source>
        <translation>Por debajo de los puntos de corte habituales</translation>
    </message>
    <message>
        <source>At the usual cut-off for women</source>
        <translation>En el punto de corte habitual para mujeres</translation>
    </message>
    <message>
        <source>At or above the usual cut-offs</source>
        <translation>En los puntos de corte habituales o por encima</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Ningún día</translation>
    </message>
    <message>
        <source>Several days</source>
        <translation>Varios días</translation>
    </message>
    <message>
        <source>More than half the days</source>
        <translation>Más de la mitad de los días</translation>
    </message>
    <message>
        <source>Nearly every day</source>
        <translation>Casi todos los días</translation>
    </message>
    <message>
        <source>%1, total %2 of %3, %4</source>
        <translation>%1, total %2 de %3, %4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Question 9, thoughts of being better off dead or of hurting yourself: %1</source>
        <translation>Pregunta 9, pensamientos de que estarías mejor muerto(a) o de hacerte daño: %1</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Questionnaire results</source>
        <translation>Resultados de los cuestionarios</translation>
    </message>
    <message>
        <source>What the totals mean, and how they have changed.</source>
        <translation>Qué significan los totales y cómo han cambiado.</translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation>Cuestionario:</translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation>Resultados del %1</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Aún no hay resultados</translation>
    </message>
    <message>
        <source>Once you fill this questionnaire in, your total and what it means show here.</source>
        <translation>Cuando respondas este cuestionario, aquí verás tu total y lo que significa.</translation>
    </message>
    <message>
        <source>Fill it in</source>
        <translation>Responderlo</translation>
    </message>
    <message>
        <source>Latest: %1 of %2</source>
        <translation>Último: %1 de %2</translation>
    </message>
    <message>
        <source>Every result</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Choose one to see each answer you gave.</source>
        <translation>Elige uno para ver cada respuesta que diste.</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 · %4</source>
        <translation>%1 · %2 de %3 · %4</translation>
    </message>
    <message>
        <source>Hide the answers</source>
        <translation>Ocultar las respuestas</translation>
    </message>
    <message>
        <source>Show the answers</source>
        <translation>Mostrar las respuestas</translation>
    </message>
    <message>
        <source>%1. %2: %3 (%4)</source>
        <translation>%1. %2: %3 (%4)</translation>
    </message>
    <message>
        <source>%1 %2 (not scored)</source>
        <translation>%1 %2 (no puntúa)</translation>
    </message>
</context>
<context>
    <name>TotalsChart</name>
    <message>
        <source>Totals over time</source>
        <translation>Totales a lo largo del tiempo</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Aún no hay resultados.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s); the latest total is %1.</source>
        <translation>
            <numerusform>%n resultado; el último total es %1.</numerusform>
            <numerusform>%n resultados; el último total es %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2-%3)</source>
        <translation>%1 (%2-%3)</translation>
    </message>
</context>
</TS>
