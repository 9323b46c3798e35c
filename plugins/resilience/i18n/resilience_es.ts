<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Manifest</name>
    <message>
        <source>Resilience</source>
        <comment>resilience</comment>
        <translation>Resiliencia</translation>
    </message>
    <message>
        <source>Work through a problem step by step, keep a stress log and see its patterns, practise calm breathing, muscle relaxation and grounding, and keep a toolbox of what helps you cope.</source>
        <comment>resilience</comment>
        <translation>Trabaja un problema paso a paso, lleva un registro de estrés y descubre sus patrones, practica la respiración tranquila, la relajación muscular y el anclaje, y guarda una caja de herramientas con lo que te ayuda a afrontar las cosas.</translation>
    </message>
    <message>
        <source>Solve a problem</source>
        <comment>resilience</comment>
        <translation>Resolver un problema</translation>
    </message>
    <message>
        <source>Stress log</source>
        <comment>resilience</comment>
        <translation>Registro de estrés</translation>
    </message>
    <message>
        <source>Stress patterns</source>
        <comment>resilience</comment>
        <translation>Patrones de estrés</translation>
    </message>
    <message>
        <source>Relax</source>
        <comment>resilience</comment>
        <translation>Relajarte</translation>
    </message>
    <message>
        <source>My coping toolbox</source>
        <comment>resilience</comment>
        <translation>Mi caja de herramientas</translation>
    </message>
    <message>
        <source>Problem worksheet</source>
        <comment>resilience</comment>
        <translation>Ficha de un problema</translation>
    </message>
    <message>
        <source>Relaxation practice</source>
        <comment>resilience</comment>
        <translation>Práctica de relajación</translation>
    </message>
    <message>
        <source>Coping toolbox</source>
        <comment>resilience</comment>
        <translation>Caja de herramientas</translation>
    </message>
</context>
<context>
    <name>OptionRow</name>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Opción %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove option %1</source>
        <translation>Quitar la opción %1</translation>
    </message>
</context>
<context>
    <name>OptionWeigh</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Upsides for me</source>
        <translation>Ventajas para mí</translation>
    </message>
    <message>
        <source>Upsides for me of option %1</source>
        <translation>Ventajas para mí de la opción %1</translation>
    </message>
    <message>
        <source>Upsides for others</source>
        <translation>Ventajas para otras personas</translation>
    </message>
    <message>
        <source>Upsides for others of option %1</source>
        <translation>Ventajas para otras personas de la opción %1</translation>
    </message>
    <message>
        <source>Downsides for me</source>
        <translation>Inconvenientes para mí</translation>
    </message>
    <message>
        <source>Downsides for me of option %1</source>
        <translation>Inconvenientes para mí de la opción %1</translation>
    </message>
    <message>
        <source>Downsides for others</source>
        <translation>Inconvenientes para otras personas</translation>
    </message>
    <message>
        <source>Downsides for others of option %1</source>
        <translation>Inconvenientes para otras personas de la opción %1</translation>
    </message>
    <message>
        <source>How well could this work for me, all in all?</source>
        <translation>En conjunto, ¿hasta qué punto podría funcionarme?</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Very well</source>
        <translation>Muy bien</translation>
    </message>
</context>
<context>
    <name>PatternsPage</name>
    <message>
        <source>Stress patterns</source>
        <translation>Patrones de estrés</translation>
    </message>
    <message>
        <source>What your stress log shows over the weeks. Patterns are a place to start, not a verdict.</source>
        <translation>Lo que muestra tu registro de estrés a lo largo de las semanas. Los patrones son un punto de partida, no un veredicto.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>the last 2 weeks</source>
        <translation>las últimas 2 semanas</translation>
    </message>
    <message>
        <source>the last 4 weeks</source>
        <translation>las últimas 4 semanas</translation>
    </message>
    <message>
        <source>the last 6 weeks</source>
        <translation>las últimas 6 semanas</translation>
    </message>
    <message>
        <source>the last 12 weeks</source>
        <translation>las últimas 12 semanas</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Todavía no hay nada que mostrar</translation>
    </message>
    <message>
        <source>After a few entries in your stress log, this page shows what sets stress off and what helps.</source>
        <translation>Después de unas cuantas entradas en tu registro de estrés, esta página muestra qué desencadena el estrés y qué ayuda.</translation>
    </message>
    <message>
        <source>Open the stress log</source>
        <translation>Abrir el registro de estrés</translation>
    </message>
    <message>
        <source>What set it off most often</source>
        <translation>Lo que más a menudo lo desencadenó</translation>
    </message>
    <message>
        <source>times, and stress on average</source>
        <translation>veces, y estrés medio</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on average</source>
        <translation>%1 de media</translation>
    </message>
    <message>
        <source>What helped most</source>
        <translation>Lo que más ayudó</translation>
    </message>
    <message>
        <source>how much lower afterwards, when noted</source>
        <translation>cuánto más bajo después, cuando se anotó</translation>
    </message>
    <message>
        <source>no level noted afterwards</source>
        <translation>sin nivel anotado después</translation>
    </message>
    <message>
        <source>%1 lower</source>
        <comment>stress afterwards</comment>
        <translation>%1 menos</translation>
    </message>
    <message>
        <source>%1 higher</source>
        <comment>stress afterwards</comment>
        <translation>%1 más</translation>
    </message>
    <message>
        <source>%1 of %2 noted</source>
        <comment>entries with a level afterwards</comment>
        <translation>%1 de %2 anotadas</translation>
    </message>
    <message>
        <source>By day of the week</source>
        <translation>Por día de la semana</translation>
    </message>
    <message>
        <source>stress on average, 0 to 10</source>
        <translation>estrés medio, de 0 a 10</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>sin entradas</translation>
    </message>
    <message>
        <source>By time of day</source>
        <translation>Por momento del día</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Semana a semana</translation>
    </message>
    <message>
        <source>stress on average, weeks starting</source>
        <translation>estrés medio, semanas que empiezan el</translation>
    </message>
</context>
<context>
    <name>PlanStepRow</name>
    <message>
        <source>Step %1 done</source>
        <translation>Paso %1 hecho</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>When, step %1</source>
        <translation>Cuándo, paso %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation>Quitar el paso %1</translation>
    </message>
</context>
<context>
    <name>ProblemCard</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Trying: %1</source>
        <translation>Probando: %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue: %1</source>
        <translation>Continuar: %1</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>Solve a problem</source>
        <translation>Resolver un problema</translation>
    </message>
    <message>
        <source>When a problem feels too big, take it one step at a time. You can stop at any step and come back to it.</source>
        <translation>Cuando un problema parece demasiado grande, ve paso a paso. Puedes parar en cualquier paso y volver a él más tarde.</translation>
    </message>
    <message>
        <source>Draft saved. It is in your list to come back to.</source>
        <translation>Borrador guardado. Está en tu lista para retomarlo.</translation>
    </message>
    <message>
        <source>Saved. Earlier versions are kept.</source>
        <translation>Guardado. Las versiones anteriores se conservan.</translation>
    </message>
    <message>
        <source>My problems</source>
        <translation>Mis problemas</translation>
    </message>
    <message>
        <source>Worksheets you started, the newest first. Continue one, or start with a new problem.</source>
        <translation>Fichas que empezaste, las más recientes primero. Continúa una o empieza con un problema nuevo.</translation>
    </message>
    <message>
        <source>Start with a new problem</source>
        <translation>Empezar con un problema nuevo</translation>
    </message>
    <message>
        <source>Nothing here yet. A problem written down is often easier to work on than one kept in your head.</source>
        <translation>Todavía no hay nada. Un problema escrito suele ser más fácil de trabajar que uno que se queda en la cabeza.</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>1. The problem</source>
        <translation>1. El problema</translation>
    </message>
    <message>
        <source>Say it in concrete terms: what happens, when, where and with whom. One problem at a time.</source>
        <translation>Descríbelo de forma concreta: qué pasa, cuándo, dónde y con quién. Un problema cada vez.</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>El problema</translation>
    </message>
    <message>
        <source>2. What I want instead</source>
        <translation>2. Lo que quiero en su lugar</translation>
    </message>
    <message>
        <source>A realistic goal: something you could notice when it is better, even a small change.</source>
        <translation>Un objetivo realista: algo que podrías notar cuando esté mejor, aunque sea un cambio pequeño.</translation>
    </message>
    <message>
        <source>What I want instead</source>
        <translation>Lo que quiero en su lugar</translation>
    </message>
    <message>
        <source>3. My options</source>
        <translation>3. Mis opciones</translation>
    </message>
    <message>
        <source>As many ways as you can think of, even odd ones. Do not judge them yet: that comes next.</source>
        <translation>Todas las formas que se te ocurran, incluso las raras. No las juzgues todavía: eso viene después.</translation>
    </message>
    <message>
        <source>Another option</source>
        <translation>Otra opción</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the option</source>
        <translation>Añadir la opción</translation>
    </message>
    <message>
        <source>4. Weighing them up</source>
        <translation>4. Sopesarlas</translation>
    </message>
    <message>
        <source>For each option: what is good and what is hard about it, for you and for the people around you, now and later. Every box is optional: write what comes to mind. Then how well it could work.</source>
        <translation>Para cada opción: qué tiene de bueno y qué tiene de difícil, para ti y para las personas de tu entorno, ahora y más adelante. Todas las casillas son opcionales: escribe lo que se te ocurra. Después, hasta qué punto podría funcionar.</translation>
    </message>
    <message>
        <source>5. Choosing one</source>
        <translation>5. Elegir una</translation>
    </message>
    <message>
        <source>Your options, the ones you rated highest first. Choose one to try; you can come back to the others.</source>
        <translation>Tus opciones, primero las que puntuaste más alto. Elige una para probar; puedes volver a las demás.</translation>
    </message>
    <message>
        <source>%1 (%2 out of 10)</source>
        <translation>%1 (%2 sobre 10)</translation>
    </message>
    <message>
        <source>%1 (not weighed up yet)</source>
        <translation>%1 (todavía sin sopesar)</translation>
    </message>
    <message>
        <source>6. My plan</source>
        <translation>6. Mi plan</translation>
    </message>
    <message>
        <source>Small steps, each with a day if you can. It helps to think of what you need, who could help, and what might get in the way. Tick a step when it is done.</source>
        <translation>Pasos pequeños, cada uno con un día si puedes. Ayuda pensar en qué necesitas, quién podría ayudarte y qué podría interponerse. Marca un paso cuando esté hecho.</translation>
    </message>
    <message>
        <source>Choose an option above: this plan is for the one you choose. Until then it is kept as a draft.</source>
        <translation>Elige una opción más arriba: este plan es para la que elijas. Hasta entonces se guarda como borrador.</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Añadir un paso</translation>
    </message>
    <message>
        <source>This plan is a goal: %1</source>
        <translation>Este plan es una meta: %1</translation>
    </message>
    <message>
        <source>Want to track it over the coming weeks? Make it a goal.</source>
        <translation>¿Quieres seguirlo en las próximas semanas? Conviértelo en una meta.</translation>
    </message>
    <message>
        <source>To track it as a goal, turn on Goals in Modules.</source>
        <translation>Para seguirlo como meta, activa Metas en Módulos.</translation>
    </message>
    <message>
        <source>Open the goal</source>
        <translation>Abrir la meta</translation>
    </message>
    <message>
        <source>Make this plan a goal</source>
        <translation>Convertir este plan en una meta</translation>
    </message>
    <message>
        <source>7. After trying it</source>
        <translation>7. Después de probarlo</translation>
    </message>
    <message>
        <source>However it went, you learn something. If it did not work, another option or a smaller step may.</source>
        <translation>Saliera como saliera, aprendes algo. Si no funcionó, puede que funcione otra opción o un paso más pequeño.</translation>
    </message>
    <message>
        <source>I have tried it</source>
        <translation>Ya lo he probado</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>Not well</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Very well</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>What next</source>
        <translation>Y ahora qué</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier versions of this worksheet are kept.</source>
        <translation>
            <numerusform>Se conserva %n versión anterior de esta ficha.</numerusform>
            <numerusform>Se conservan %n versiones anteriores de esta ficha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide them</source>
        <translation>Ocultarlas</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrarlas</translation>
    </message>
    <message>
        <source>Hide earlier versions</source>
        <translation>Ocultar las versiones anteriores</translation>
    </message>
    <message>
        <source>Show earlier versions</source>
        <translation>Mostrar las versiones anteriores</translation>
    </message>
    <message>
        <source>Saved %1 · %2</source>
        <translation>Guardada: %1 · %2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>Guardar la ficha</translation>
    </message>
    <message>
        <source>Save as a draft</source>
        <translation>Guardar como borrador</translation>
    </message>
    <message>
        <source>Back to my problems</source>
        <translation>Volver a mis problemas</translation>
    </message>
    <message>
        <source>Write the problem in a few words first, so this worksheet can be kept.</source>
        <translation>Primero escribe el problema en pocas palabras, para poder guardar esta ficha.</translation>
    </message>
</context>
<context>
    <name>RelaxPage</name>
    <message>
        <source>Relax</source>
        <translation>Relajarte</translation>
    </message>
    <message>
        <source>A few quiet minutes for your body and mind. Rate your stress before and after, if you like, to see what works for you.</source>
        <translation>Unos minutos tranquilos para tu cuerpo y tu mente. Si quieres, puntúa tu estrés antes y después, para ver qué te funciona.</translation>
    </message>
    <message>
        <source>Choose a practice</source>
        <translation>Elige una práctica</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Breathe with the circle: in as it grows, out as it shrinks. A longer out-breath than in-breath helps the body settle.</source>
        <translation>Respira con el círculo: inhala mientras crece y exhala mientras se encoge. Exhalar durante más tiempo que al inhalar ayuda a que el cuerpo se calme.</translation>
    </message>
    <message>
        <source>Tense one group of muscles for five seconds, then let go for fifteen and notice the difference. About four minutes. Go gently: leave out any part that hurts or is injured.</source>
        <translation>Tensa un grupo de músculos durante cinco segundos, luego suelta durante quince y nota la diferencia. Unos cuatro minutos. Hazlo con suavidad: sáltate cualquier zona que te duela o esté lesionada.</translation>
    </message>
    <message>
        <source>Come back to the here and now through your senses, one step at a time, as slowly as you like.</source>
        <translation>Vuelve al aquí y ahora a través de tus sentidos, paso a paso, tan despacio como quieras.</translation>
    </message>
    <message>
        <source>Breathe in (seconds)</source>
        <translation>Inhalar (segundos)</translation>
    </message>
    <message>
        <source>Hold after breathing in (seconds)</source>
        <translation>Mantener tras inhalar (segundos)</translation>
    </message>
    <message>
        <source>Breathe out (seconds)</source>
        <translation>Exhalar (segundos)</translation>
    </message>
    <message>
        <source>Pause after breathing out (seconds)</source>
        <translation>Pausa tras exhalar (segundos)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>In 4, out 6</source>
        <translation>Inhala 4, exhala 6</translation>
    </message>
    <message>
        <source>Rhythm: in 4, out 6</source>
        <translation>Ritmo: inhalar 4, exhalar 6</translation>
    </message>
    <message>
        <source>Square: 4, 4, 4, 4</source>
        <translation>Cuadrada: 4, 4, 4, 4</translation>
    </message>
    <message>
        <source>Rhythm: square, 4 seconds each</source>
        <translation>Ritmo: respiración cuadrada, 4 segundos cada fase</translation>
    </message>
    <message>
        <source>In 5, out 5</source>
        <translation>Inhala 5, exhala 5</translation>
    </message>
    <message>
        <source>Rhythm: in 5, out 5</source>
        <translation>Ritmo: inhalar 5, exhalar 5</translation>
    </message>
    <message>
        <source>How stressed I feel now (optional)</source>
        <translation>Cuánto estrés siento ahora (opcional)</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>En calma</translation>
    </message>
    <message>
        <source>As stressed as I get</source>
        <translation>Mi máximo de estrés</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Empezar: %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 hasta ahora</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>Leave this one out</source>
        <translation>Saltar este</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Leave out %1 and go on to the next</source>
        <translation>Saltar %1 y pasar al siguiente</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Terminar ahora</translation>
    </message>
    <message>
        <source>Well done for taking this time</source>
        <translation>Qué bien que te hayas dado este tiempo</translation>
    </message>
    <message>
        <source>%1 of practice. However it felt, it counts.</source>
        <translation>%1 de práctica. Sintieras lo que sintieras, cuenta.</translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation>Una nota (opcional)</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Una nota</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the practice</source>
        <translation>Guardar la práctica</translation>
    </message>
    <message>
        <source>Do not save</source>
        <translation>No guardar</translation>
    </message>
    <message>
        <source>Recent practices</source>
        <translation>Prácticas recientes</translation>
    </message>
</context>
<context>
    <name>Resilience</name>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters: shorten it a little.</source>
        <translation>&quot;%1&quot; tiene más de %2 caracteres: acórtalo un poco.</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Manos</translation>
    </message>
    <message>
        <source>Make both hands into fists and squeeze. Then let them fall open and soft.</source>
        <translation>Cierra las dos manos en puños y aprieta. Luego deja que se abran y se aflojen.</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Brazos</translation>
    </message>
    <message>
        <source>Bend your arms and press your elbows to your sides. Then let your arms hang loose.</source>
        <translation>Dobla los brazos y aprieta los codos contra los costados. Luego deja que los brazos cuelguen sueltos.</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Hombros</translation>
    </message>
    <message>
        <source>Lift your shoulders up towards your ears. Then let them drop.</source>
        <translation>Sube los hombros hacia las orejas. Luego déjalos caer.</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Press your head gently back against the chair. Then let it rest where it is comfortable.</source>
        <translation>Presiona suavemente la cabeza hacia atrás contra la silla. Luego déjala descansar donde te resulte cómodo.</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Raise your eyebrows as high as they go. Then let your forehead go smooth.</source>
        <translation>Levanta las cejas todo lo que puedas. Luego deja que la frente se alise.</translation>
    </message>
    <message>
        <source>Eyes and face</source>
        <translation>Ojos y cara</translation>
    </message>
    <message>
        <source>Screw up your eyes and nose. Then let your face go slack.</source>
        <translation>Arruga los ojos y la nariz. Luego deja que la cara se afloje.</translation>
    </message>
    <message>
        <source>Jaw</source>
        <translation>Mandíbula</translation>
    </message>
    <message>
        <source>Press your teeth together. Then let your mouth fall slightly open.</source>
        <translation>Aprieta los dientes. Luego deja que la boca se entreabra.</translation>
    </message>
    <message>
        <source>Chest and back</source>
        <translation>Pecho y espalda</translation>
    </message>
    <message>
        <source>Take a deep breath and pull your shoulder blades together. Then breathe out and let go.</source>
        <translation>Respira hondo y junta los omóplatos. Luego suelta el aire y afloja.</translation>
    </message>
    <message>
        <source>Stomach</source>
        <translation>Estómago</translation>
    </message>
    <message>
        <source>Pull your stomach in tight. Then let it go soft and breathe into it.</source>
        <translation>Mete el estómago con fuerza. Luego deja que se relaje y respira hacia él.</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Piernas</translation>
    </message>
    <message>
        <source>Press your heels into the floor and tighten your thighs. Then let your legs go heavy.</source>
        <translation>Presiona los talones contra el suelo y tensa los muslos. Luego deja que las piernas pesen.</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Pies</translation>
    </message>
    <message>
        <source>Curl your toes down. Then let them spread and rest.</source>
        <translation>Encoge los dedos de los pies hacia abajo. Luego deja que se separen y descansen.</translation>
    </message>
    <message>
        <source>Five things you can see</source>
        <translation>Cinco cosas que puedes ver</translation>
    </message>
    <message>
        <source>Look around slowly. Name five things you can see, small ones too: a colour, a shadow, a corner.</source>
        <translation>Mira a tu alrededor despacio. Nombra cinco cosas que puedas ver, también pequeñas: un color, una sombra, una esquina.</translation>
    </message>
    <message>
        <source>Four things you can hear</source>
        <translation>Cuatro cosas que puedes oír</translation>
    </message>
    <message>
        <source>Listen. Name four sounds, near or far: traffic, your breath, a clock, birds.</source>
        <translation>Escucha. Nombra cuatro sonidos, cercanos o lejanos: el tráfico, tu respiración, un reloj, los pájaros.</translation>
    </message>
    <message>
        <source>Three things you can feel</source>
        <translation>Tres cosas que puedes sentir</translation>
    </message>
    <message>
        <source>Notice three things touching you: your feet on the floor, the chair, the air on your skin.</source>
        <translation>Nota tres cosas que están en contacto contigo: los pies en el suelo, la silla, el aire en la piel.</translation>
    </message>
    <message>
        <source>Two things you can smell</source>
        <translation>Dos cosas que puedes oler</translation>
    </message>
    <message>
        <source>Notice two smells, or two you like and can bring to mind.</source>
        <translation>Nota dos olores, o dos que te gusten y puedas recordar.</translation>
    </message>
    <message>
        <source>One thing you can taste</source>
        <translation>Una cosa que puedes saborear</translation>
    </message>
    <message>
        <source>Notice one taste, or take a sip of water and notice it.</source>
        <translation>Nota un sabor, o toma un sorbo de agua y nótalo.</translation>
    </message>
    <message>
        <source>Calm breathing</source>
        <translation>Respiración tranquila</translation>
    </message>
    <message>
        <source>Muscle relaxation</source>
        <translation>Relajación muscular</translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation>Anclaje al presente</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Cabeza</translation>
    </message>
    <message>
        <source>Neck and shoulders</source>
        <translation>Cuello y hombros</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>All over</source>
        <translation>Todo el cuerpo</translation>
    </message>
    <message>
        <source>Work or study</source>
        <translation>Trabajo o estudios</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Amistades</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Plans changing</source>
        <translation>Cambios de planes</translation>
    </message>
    <message>
        <source>Being on my own</source>
        <translation>Estar a solas</translation>
    </message>
    <message>
        <source>The news</source>
        <translation>Las noticias</translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <translation>Respirar despacio</translation>
    </message>
    <message>
        <source>A walk</source>
        <translation>Un paseo</translation>
    </message>
    <message>
        <source>Talking to someone</source>
        <translation>Hablar con alguien</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <source>A break</source>
        <translation>Un descanso</translation>
    </message>
    <message>
        <source>Writing it down</source>
        <translation>Escribirlo</translation>
    </message>
    <message>
        <source>A warm shower</source>
        <translation>Una ducha caliente</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>En casa</translation>
    </message>
    <message>
        <source>When I am out</source>
        <translation>Fuera de casa</translation>
    </message>
    <message>
        <source>At night</source>
        <translation>Por la noche</translation>
    </message>
    <message>
        <source>With people</source>
        <translation>Con gente</translation>
    </message>
    <message>
        <source>Breathe slowly: in for 4, out for 6</source>
        <translation>Respirar despacio: inhalar en 4, exhalar en 6</translation>
    </message>
    <message>
        <source>Name five things I can see</source>
        <translation>Nombrar cinco cosas que veo</translation>
    </message>
    <message>
        <source>A warm shower or bath</source>
        <translation>Una ducha o un baño caliente</translation>
    </message>
    <message>
        <source>Step outside for five minutes</source>
        <translation>Salir a la calle cinco minutos</translation>
    </message>
    <message>
        <source>Listen to a song I like</source>
        <translation>Escuchar una canción que me gusta</translation>
    </message>
    <message>
        <source>Write the worry down and leave it for the morning</source>
        <translation>Escribir la preocupación y dejarla para la mañana</translation>
    </message>
    <message>
        <source>Text a friend</source>
        <translation>Mandar un mensaje a un amigo o una amiga</translation>
    </message>
    <message>
        <source>Hold something cold, like a glass of water</source>
        <translation>Sostener algo frío, como un vaso de agua</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>El problema</translation>
    </message>
    <message>
        <source>What I want instead</source>
        <translation>Lo que quiero en su lugar</translation>
    </message>
    <message>
        <source>My options</source>
        <translation>Mis opciones</translation>
    </message>
    <message>
        <source>Weighing them up</source>
        <translation>Sopesarlas</translation>
    </message>
    <message>
        <source>Choosing one</source>
        <translation>Elegir una</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <source>Trying it</source>
        <translation>Probarlo</translation>
    </message>
    <message>
        <source>Looked back on</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Elegida</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>What next</source>
        <translation>Y ahora qué</translation>
    </message>
</context>
<context>
    <name>StressPage</name>
    <message>
        <source>Stress log</source>
        <translation>Registro de estrés</translation>
    </message>
    <message>
        <source>Note a stressful moment while it is fresh. Over a few weeks, the patterns show what sets stress off and what helps you.</source>
        <translation>Anota un momento de estrés mientras lo tienes reciente. Con unas semanas, los patrones muestran qué desencadena el estrés y qué te ayuda.</translation>
    </message>
    <message>
        <source>Write when as a date and a time, like %1 and 14:30.</source>
        <translation>Escribe cuándo como una fecha y una hora, por ejemplo %1 y 14:30.</translation>
    </message>
    <message>
        <source>Saved to your stress log.</source>
        <translation>Guardado en tu registro de estrés.</translation>
    </message>
    <message>
        <source>Changing an entry</source>
        <translation>Cambiar una entrada</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>What happened and how stressed you felt are needed; everything else is up to you.</source>
        <translation>Solo es necesario indicar qué pasó y cuánto estrés sentiste; todo lo demás depende de ti.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>How stressed I felt</source>
        <translation>Cuánto estrés sentí</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>En calma</translation>
    </message>
    <message>
        <source>As stressed as I get</source>
        <translation>Mi máximo de estrés</translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation>Qué lo desencadenó</translation>
    </message>
    <message>
        <source>In my body and mind</source>
        <translation>En mi cuerpo y mi mente</translation>
    </message>
    <message>
        <source>Where I felt it in my body</source>
        <translation>Dónde lo sentí en el cuerpo</translation>
    </message>
    <message>
        <source>What went through my mind</source>
        <translation>Qué se me pasó por la cabeza</translation>
    </message>
    <message>
        <source>What I did, and what helped</source>
        <translation>Qué hice y qué me ayudó</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Qué hice</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <source>I can say how stressed I felt afterwards</source>
        <translation>Puedo decir cuánto estrés sentí después</translation>
    </message>
    <message>
        <source>How stressed I felt afterwards</source>
        <translation>Cuánto estrés sentí después</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save to my stress log</source>
        <translation>Guardar en mi registro de estrés</translation>
    </message>
    <message>
        <source>Start a new entry</source>
        <translation>Empezar una entrada nueva</translation>
    </message>
    <message>
        <source>Stress patterns</source>
        <translation>Patrones de estrés</translation>
    </message>
    <message>
        <source>Open stress patterns</source>
        <translation>Abrir los patrones de estrés</translation>
    </message>
    <message>
        <source>Recent entries</source>
        <translation>Entradas recientes</translation>
    </message>
    <message>
        <source>Stress %1 out of 10</source>
        <translation>Estrés %1 sobre 10</translation>
    </message>
    <message>
        <source>%1 afterwards</source>
        <translation>%1 después</translation>
    </message>
</context>
<context>
    <name>ToolRow</name>
    <message>
        <source>Take out</source>
        <translation>Sacar</translation>
    </message>
    <message>
        <source>Take out: %1</source>
        <translation>Sacar: %1</translation>
    </message>
    <message>
        <source>When it helps: %1</source>
        <translation>Cuándo ayuda: %1</translation>
    </message>
    <message>
        <source>It means contacting someone</source>
        <translation>Supone contactar con alguien</translation>
    </message>
    <message>
        <source>%1: it means contacting someone</source>
        <translation>%1: supone contactar con alguien</translation>
    </message>
</context>
<context>
    <name>ToolboxPage</name>
    <message>
        <source>My coping toolbox</source>
        <translation>Mi caja de herramientas</translation>
    </message>
    <message>
        <source>The things that help you, ready for when you need them. Add what works for you, in your own words.</source>
        <translation>Las cosas que te ayudan, a mano para cuando las necesites. Añade lo que te funciona, con tus propias palabras.</translation>
    </message>
    <message>
        <source>Add something that helps</source>
        <translation>Añadir algo que ayuda</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Qué ayuda</translation>
    </message>
    <message>
        <source>When it helps</source>
        <translation>Cuándo ayuda</translation>
    </message>
    <message>
        <source>It means contacting someone</source>
        <translation>Supone contactar con alguien</translation>
    </message>
    <message>
        <source>A call, a message, a visit: your safety plan offers it with the people who help, not as something to do on your own.</source>
        <translation>Una llamada, un mensaje, una visita: tu plan de seguridad lo ofrece junto a las personas que te ayudan, no como algo que hacer a solas.</translation>
    </message>
    <message>
        <source>Add to my toolbox</source>
        <translation>Añadir a mi caja de herramientas</translation>
    </message>
    <message>
        <source>Taken out: %1</source>
        <translation>Sacado: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Put back %1</source>
        <translation>Volver a poner %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message numerus="yes">
        <source>%n things</source>
        <translation>
            <numerusform>%n cosa</numerusform>
            <numerusform>%n cosas</numerusform>
        </translation>
    </message>
    <message>
        <source>Your toolbox is empty. Start with one thing that has helped you before, however small.</source>
        <translation>Tu caja de herramientas está vacía. Empieza con algo que te haya ayudado antes, por pequeño que sea.</translation>
    </message>
    <message>
        <source>Ideas others find helpful</source>
        <translation>Ideas que a otras personas les ayudan</translation>
    </message>
    <message>
        <source>Add any that might suit you; you can change when they help afterwards.</source>
        <translation>Añade las que te puedan servir; después puedes cambiar cuándo ayudan.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Añadir: %1</translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation>Abrir mi plan de seguridad</translation>
    </message>
</context>
<context>
    <name>tessera::resilience::ResilienceBackend</name>
    <message>
        <source>Any time</source>
        <translation>En cualquier momento</translation>
    </message>
    <message>
        <source>Step %1 of 7: %2</source>
        <translation>Paso %1 de 7: %2</translation>
    </message>
    <message>
        <source>Write down the problem first, in a sentence or two.</source>
        <translation>Primero escribe el problema, en una o dos frases.</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>El problema</translation>
    </message>
    <message>
        <source>What I want instead</source>
        <translation>Lo que quiero en su lugar</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>What next</source>
        <translation>Y ahora qué</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot;: write when as a date like %2.</source>
        <translation>El paso &quot;%1&quot;: escribe cuándo como una fecha, por ejemplo %2.</translation>
    </message>
    <message>
        <source>Choose the option you will try first: the plan&apos;s steps are for it.</source>
        <translation>Primero elige la opción que vas a probar: los pasos del plan son para ella.</translation>
    </message>
    <message>
        <source>Choose the option you tried before saying how it went.</source>
        <translation>Elige la opción que probaste antes de decir cómo fue.</translation>
    </message>
    <message>
        <source>Say how it went, from 0 to 10, or untick &quot;I have tried it&quot;.</source>
        <translation>Di cómo fue, del 0 al 10, o desmarca &quot;Ya lo he probado&quot;.</translation>
    </message>
    <message>
        <source>Write a few words about what happened.</source>
        <translation>Escribe unas palabras sobre qué pasó.</translation>
    </message>
    <message>
        <source>Say how stressed you felt, from 0 to 10.</source>
        <translation>Indica cuánto estrés sentiste, del 0 al 10.</translation>
    </message>
    <message>
        <source>What went through my mind</source>
        <translation>Qué se me pasó por la cabeza</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Qué hice</translation>
    </message>
    <message>
        <source>The time is still to come: a stress log is for what has happened.</source>
        <translation>Ese momento todavía no ha llegado: el registro de estrés es para lo que ya ha pasado.</translation>
    </message>
    <message>
        <source>Night (0-6)</source>
        <translation>Madrugada (0-6)</translation>
    </message>
    <message>
        <source>Morning (6-12)</source>
        <translation>Mañana (6-12)</translation>
    </message>
    <message>
        <source>Afternoon (12-18)</source>
        <translation>Tarde (12-18)</translation>
    </message>
    <message>
        <source>Evening (18-24)</source>
        <translation>Noche (18-24)</translation>
    </message>
    <message>
        <source>No stress log entries in these weeks yet.</source>
        <translation>Todavía no hay entradas en el registro de estrés en estas semanas.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries in these weeks; stress averaged %1 out of 10.</source>
        <translation>
            <numerusform>%n entrada en estas semanas; estrés medio de %1 sobre 10.</numerusform>
            <numerusform>%n entradas en estas semanas; estrés medio de %1 sobre 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most often set off by: %1 (%n times).</source>
        <translation>
            <numerusform>Lo que más a menudo lo desencadenó: %1 (%n vez).</numerusform>
            <numerusform>Lo que más a menudo lo desencadenó: %1 (%n veces).</numerusform>
        </translation>
    </message>
    <message>
        <source>What helped most: %1 (stress %2 lower afterwards, on average).</source>
        <translation>Lo que más ayudó: %1 (estrés %2 más bajo después, de media).</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Tensa</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Suelta</translation>
    </message>
    <message>
        <source>Choose a practice.</source>
        <translation>Elige una práctica.</translation>
    </message>
    <message>
        <source>Breathe in and out for 2 to 12 seconds each, and hold for at most 12.</source>
        <translation>Inhala y exhala entre 2 y 12 segundos cada vez, y mantén como máximo 12.</translation>
    </message>
    <message>
        <source>Choose from 1 to 30 minutes.</source>
        <translation>Elige entre 1 y 30 minutos.</translation>
    </message>
    <message>
        <source>Stress %1 before, %2 after</source>
        <translation>Estrés %1 antes, %2 después</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>In %1, hold %2, out %3, pause %4 (seconds)</source>
        <translation>Inhalar %1, mantener %2, exhalar %3, pausa %4 (segundos)</translation>
    </message>
    <message>
        <source>Start a practice first.</source>
        <translation>Primero empieza una práctica.</translation>
    </message>
    <message>
        <source>Write what helps you, in a few words.</source>
        <translation>Escribe en pocas palabras lo que te ayuda.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in your toolbox.</source>
        <translation>&quot;%1&quot; ya está en tu caja de herramientas.</translation>
    </message>
    <message>
        <source>Your toolbox holds %1 things; take one out to add another.</source>
        <translation>En tu caja de herramientas caben %1 cosas; saca una para añadir otra.</translation>
    </message>
    <message>
        <source>That is no longer in your toolbox.</source>
        <translation>Eso ya no está en tu caja de herramientas.</translation>
    </message>
    <message>
        <source>There is nothing to put back.</source>
        <translation>No hay nada que volver a poner.</translation>
    </message>
    <message>
        <source>Tried: %1</source>
        <translation>Probado: %1</translation>
    </message>
    <message>
        <source>Stress %1 out of 10</source>
        <translation>Estrés %1 sobre 10</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>stress %1 before, %2 after</source>
        <translation>estrés %1 antes, %2 después</translation>
    </message>
    <message>
        <source>My coping toolbox</source>
        <translation>Mi caja de herramientas</translation>
    </message>
    <message numerus="yes">
        <source>%n things that help</source>
        <translation>
            <numerusform>%n cosa que ayuda</numerusform>
            <numerusform>%n cosas que ayudan</numerusform>
        </translation>
    </message>
</context>
</TS>
