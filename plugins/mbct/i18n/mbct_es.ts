<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CoursePage</name>
    <message>
        <source>Eight-week course</source>
        <translation>Curso de ocho semanas</translation>
    </message>
    <message>
        <source>All eight weeks done. The practices are yours to keep.</source>
        <translation>Has completado las ocho semanas. Las prácticas ya son tuyas para siempre.</translation>
    </message>
    <message>
        <source>Week %1 of 8. Take each week at your own pace; a week can take longer.</source>
        <translation>Semana %1 de 8. Vive cada semana a tu ritmo; una semana puede durar más.</translation>
    </message>
    <message>
        <source>%1 of 8 weeks done</source>
        <translation>%1 de 8 semanas completadas</translation>
    </message>
</context>
<context>
    <name>CourseWeek</name>
    <message>
        <source>Week %1 · %2</source>
        <translation>Semana %1 · %2</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Completada el %1</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Home practice</source>
        <translation>Práctica en casa</translation>
    </message>
    <message>
        <source>What stood out for you this week? (optional)</source>
        <translation>¿Qué te llamó la atención esta semana? (opcional)</translation>
    </message>
    <message>
        <source>Reflection on week %1</source>
        <translation>Reflexión sobre la semana %1</translation>
    </message>
    <message>
        <source>Save reflection</source>
        <translation>Guardar la reflexión</translation>
    </message>
    <message>
        <source>Mark this week done</source>
        <translation>Marcar esta semana como completada</translation>
    </message>
    <message>
        <source>Reflection saved.</source>
        <translation>Reflexión guardada.</translation>
    </message>
    <message>
        <source>Week %1 done.</source>
        <translation>Semana %1 completada.</translation>
    </message>
    <message>
        <source>Mark as not done</source>
        <translation>Marcar como no completada</translation>
    </message>
    <message>
        <source>Mark week %1 as not done? Your reflection goes with it; you can undo straight after.</source>
        <translation>¿Marcar la semana %1 como no completada? Tu reflexión se borra con ella; puedes deshacerlo justo después.</translation>
    </message>
    <message>
        <source>Week %1 marked as not done.</source>
        <translation>Semana %1 marcada como no completada.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Practice log</source>
        <translation>Registro de prácticas</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>minutes since Monday</source>
        <translation>minutos desde el lunes</translation>
    </message>
    <message>
        <source>practices since Monday</source>
        <translation>prácticas desde el lunes</translation>
    </message>
    <message>
        <source>of the last 7 days with a practice</source>
        <translation>de los últimos 7 días con alguna práctica</translation>
    </message>
    <message>
        <source>Minutes a week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <source>last 8 weeks</source>
        <translation>últimas 8 semanas</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Los últimos 30 días</translation>
    </message>
    <message>
        <source>%1: once, %2 min</source>
        <translation>%1: una vez, %2 min</translation>
    </message>
    <message>
        <source>%1: %2 times, %3 min</source>
        <translation>%1: %2 veces, %3 min</translation>
    </message>
    <message>
        <source>Latest practices</source>
        <translation>Últimas prácticas</translation>
    </message>
    <message>
        <source>Nothing logged yet</source>
        <translation>Todavía no hay nada registrado</translation>
    </message>
    <message>
        <source>After a practice, a few words about what you noticed go here.</source>
        <translation>Después de cada práctica, aquí aparecerán unas palabras sobre lo que notaste.</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>Mostrar anteriores</translation>
    </message>
    <message>
        <source>Show older practices</source>
        <translation>Mostrar prácticas anteriores</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Mindfulness</source>
        <comment>mbct</comment>
        <translation>Atención plena</translation>
    </message>
    <message>
        <source>Mindfulness-based cognitive therapy: timed practices with gentle cues, a practice log, the eight-week course, and a staying-well plan for the early signs of a low patch.</source>
        <comment>mbct</comment>
        <translation>Terapia cognitiva basada en la atención plena: prácticas con temporizador y avisos suaves, un registro de prácticas, el curso de ocho semanas y un plan para seguir bien ante las primeras señales de una mala racha.</translation>
    </message>
    <message>
        <source>Practise</source>
        <comment>mbct</comment>
        <translation>Practicar</translation>
    </message>
    <message>
        <source>Practice log</source>
        <comment>mbct</comment>
        <translation>Registro de prácticas</translation>
    </message>
    <message>
        <source>Eight-week course</source>
        <comment>mbct</comment>
        <translation>Curso de ocho semanas</translation>
    </message>
    <message>
        <source>Staying-well plan</source>
        <comment>mbct</comment>
        <translation>Plan para seguir bien</translation>
    </message>
    <message>
        <source>Mindfulness practice</source>
        <comment>mbct</comment>
        <translation>Práctica de atención plena</translation>
    </message>
    <message>
        <source>Course week</source>
        <comment>mbct</comment>
        <translation>Semana del curso</translation>
    </message>
    <message>
        <source>Nourishing and depleting activities</source>
        <comment>mbct</comment>
        <translation>Actividades que nutren y que agotan</translation>
    </message>
</context>
<context>
    <name>Mbct</name>
    <message>
        <source>%1 minutes, as in the course</source>
        <translation>%1 minutos, como en el curso</translation>
    </message>
    <message>
        <source>%1 minutes, a shorter scan</source>
        <translation>%1 minutos, una exploración más corta</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>Choose a practice first.</source>
        <translation>Primero elige una práctica.</translation>
    </message>
    <message>
        <source>Choose between 1 and 240 minutes.</source>
        <translation>Elige entre 1 y 240 minutos.</translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 min</source>
        <translation>terminada a los %1 de %2 min</translation>
    </message>
    <message>
        <source>full length</source>
        <translation>duración completa</translation>
    </message>
    <message>
        <source>difficulty %1/10</source>
        <translation>dificultad %1/10</translation>
    </message>
    <message>
        <source>noticed: %1</source>
        <translation>notaste: %1</translation>
    </message>
    <message>
        <source>Course week %1: %2</source>
        <translation>Semana %1 del curso: %2</translation>
    </message>
    <message>
        <source>week done</source>
        <translation>semana completada</translation>
    </message>
    <message>
        <source>Staying-well plan</source>
        <translation>Plan para seguir bien</translation>
    </message>
    <message>
        <source>1 warning sign</source>
        <translation>1 señal de alerta</translation>
    </message>
    <message>
        <source>%1 warning signs</source>
        <translation>%1 señales de alerta</translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 acción</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 acciones</translation>
    </message>
    <message>
        <source>review by %1</source>
        <translation>revisar para el %1</translation>
    </message>
    <message>
        <source>Nourishing and depleting activities</source>
        <translation>Actividades que nutren y que agotan</translation>
    </message>
    <message>
        <source>%1 nourishing, %2 depleting</source>
        <translation>%1 que nutren, %2 que agotan</translation>
    </message>
    <message>
        <source>This practice is no longer in your journal.</source>
        <translation>Esta práctica ya no está en tu diario.</translation>
    </message>
    <message>
        <source>Start a practice first.</source>
        <translation>Primero empieza una práctica.</translation>
    </message>
    <message>
        <source>The course has weeks 1 to 8.</source>
        <translation>El curso va de la semana 1 a la 8.</translation>
    </message>
    <message>
        <source>Your practices will show here. A three-minute breathing space is a good first one.</source>
        <translation>Tus prácticas aparecerán aquí. Un espacio de respiración de tres minutos es una buena forma de empezar.</translation>
    </message>
    <message>
        <source>A new week. One breathing space counts, whenever it fits.</source>
        <translation>Empieza una semana nueva. Un espacio de respiración ya cuenta, cuando te venga bien.</translation>
    </message>
    <message>
        <source>You made time for practice on one of the last seven days.</source>
        <translation>Encontraste tiempo para practicar uno de los últimos siete días.</translation>
    </message>
    <message>
        <source>You made time for practice on %1 of the last seven days.</source>
        <translation>Encontraste tiempo para practicar %1 de los últimos siete días.</translation>
    </message>
    <message>
        <source>Home practice, week %1</source>
        <translation>Práctica en casa, semana %1</translation>
    </message>
    <message>
        <source>Mindfulness practice</source>
        <translation>Práctica de atención plena</translation>
    </message>
    <message>
        <source>Practised today. Thank you for making the time.</source>
        <translation>Hoy ya practicaste. Gracias por dedicarle tiempo.</translation>
    </message>
    <message>
        <source>A three-minute breathing space counts too.</source>
        <translation>Un espacio de respiración de tres minutos también cuenta.</translation>
    </message>
    <message>
        <source>Look over your staying-well plan</source>
        <translation>Repasa tu plan para seguir bien</translation>
    </message>
    <message>
        <source>Looked over today.</source>
        <translation>Repasado hoy.</translation>
    </message>
    <message>
        <source>Your review date is today.</source>
        <translation>Tu fecha de revisión es hoy.</translation>
    </message>
    <message>
        <source>Your review date was %1.</source>
        <translation>Tu fecha de revisión era el %1.</translation>
    </message>
    <message>
        <source>Three-minute breathing space</source>
        <translation>Espacio de respiración de tres minutos</translation>
    </message>
    <message>
        <source>A short pause in three steps, for any moment of the day, and especially a difficult one.</source>
        <translation>Una pausa breve en tres pasos, para cualquier momento del día, y sobre todo para uno difícil.</translation>
    </message>
    <message>
        <source>Notice what is here</source>
        <translation>Observa lo que hay</translation>
    </message>
    <message>
        <source>Sit or stand a little taller. What is going on right now: thoughts, feelings, sensations in the body? Let them be as they are, without trying to change them.</source>
        <translation>Siéntate o ponte de pie con la espalda un poco más recta. ¿Qué está pasando ahora mismo: pensamientos, sentimientos, sensaciones en el cuerpo? Déjalos estar tal como son, sin intentar cambiarlos.</translation>
    </message>
    <message>
        <source>Gather on the breath</source>
        <translation>Reúne la atención en la respiración</translation>
    </message>
    <message>
        <source>Bring your attention to the breath, low in the belly. Follow each breath in and each breath out. When your mind wanders, come back to the next breath.</source>
        <translation>Lleva la atención a la respiración, en la parte baja del vientre. Sigue cada inhalación y cada exhalación. Cuando la mente se distraiga, vuelve a la siguiente respiración.</translation>
    </message>
    <message>
        <source>Widen to the whole body</source>
        <translation>Amplía la atención a todo el cuerpo</translation>
    </message>
    <message>
        <source>Let your attention spread to the whole body: posture, face, hands, feet. Take this wider awareness with you into what comes next.</source>
        <translation>Deja que la atención se extienda a todo el cuerpo: la postura, la cara, las manos, los pies. Lleva contigo esta conciencia más amplia a lo que venga después.</translation>
    </message>
    <message>
        <source>Body scan</source>
        <translation>Exploración corporal</translation>
    </message>
    <message>
        <source>Attention moved slowly through the body, noticing whatever is there, even nothing.</source>
        <translation>La atención recorre despacio el cuerpo y nota lo que haya, aunque no sea nada.</translation>
    </message>
    <message>
        <source>Settling</source>
        <translation>Acomodarte</translation>
    </message>
    <message>
        <source>Lie or sit comfortably. Feel the contact with the floor or the chair, and the breath moving.</source>
        <translation>Acuéstate o siéntate con comodidad. Siente el contacto con el suelo o la silla, y el movimiento de la respiración.</translation>
    </message>
    <message>
        <source>Feet and legs</source>
        <translation>Pies y piernas</translation>
    </message>
    <message>
        <source>Move attention to the toes, the soles, the ankles, up through the legs. Notice, then let go.</source>
        <translation>Lleva la atención a los dedos de los pies, las plantas, los tobillos, y sube por las piernas. Nota y después suelta.</translation>
    </message>
    <message>
        <source>Hips and back</source>
        <translation>Caderas y espalda</translation>
    </message>
    <message>
        <source>The pelvis, the lower back, the upper back. Tightness, warmth, pressure: just notice.</source>
        <translation>La pelvis, la parte baja de la espalda, la parte alta. Tensión, calor, presión: solo nótalo.</translation>
    </message>
    <message>
        <source>Belly and chest</source>
        <translation>Vientre y pecho</translation>
    </message>
    <message>
        <source>The belly rising and falling, the chest, the heartbeat if you can feel it.</source>
        <translation>El vientre que sube y baja, el pecho, los latidos del corazón si puedes sentirlos.</translation>
    </message>
    <message>
        <source>Hands and arms</source>
        <translation>Manos y brazos</translation>
    </message>
    <message>
        <source>Fingertips, palms, wrists, arms, shoulders. Breathe into any part that calls for attention.</source>
        <translation>Las yemas de los dedos, las palmas, las muñecas, los brazos, los hombros. Lleva la respiración a cualquier zona que pida atención.</translation>
    </message>
    <message>
        <source>Neck, face and head</source>
        <translation>Cuello, cara y cabeza</translation>
    </message>
    <message>
        <source>The throat, the jaw, the eyes, the forehead, the scalp. Let the face soften.</source>
        <translation>La garganta, la mandíbula, los ojos, la frente, el cuero cabelludo. Deja que la cara se relaje.</translation>
    </message>
    <message>
        <source>The whole body</source>
        <translation>Todo el cuerpo</translation>
    </message>
    <message>
        <source>Rest with the body as a whole, breathing. When you are ready, begin to move.</source>
        <translation>Descansa con el cuerpo como un todo, respirando. Cuando quieras, empieza a moverte.</translation>
    </message>
    <message>
        <source>Sitting meditation</source>
        <translation>Meditación sentada</translation>
    </message>
    <message>
        <source>Sitting still with the breath, the body, sounds and thoughts, one after another.</source>
        <translation>Sentarte en quietud con la respiración, el cuerpo, los sonidos y los pensamientos, uno tras otro.</translation>
    </message>
    <message>
        <source>Breath</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Rest your attention on the breath wherever you feel it most clearly.</source>
        <translation>Deja reposar la atención en la respiración, allí donde la sientas con más claridad.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Widen to the whole body sitting here. If a strong sensation pulls you, breathe with it.</source>
        <translation>Amplía la atención a todo el cuerpo, aquí sentado. Si una sensación intensa te atrae, respira con ella.</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sonidos</translation>
    </message>
    <message>
        <source>Let sounds come and go. No need to name them or go looking for them.</source>
        <translation>Deja que los sonidos vengan y se vayan. No hace falta ponerles nombre ni salir a buscarlos.</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensamientos</translation>
    </message>
    <message>
        <source>Watch thoughts arrive and pass, like clouds crossing the sky. They are events in the mind, not facts.</source>
        <translation>Observa cómo los pensamientos llegan y pasan, como nubes que cruzan el cielo. Son sucesos de la mente, no hechos.</translation>
    </message>
    <message>
        <source>Open awareness</source>
        <translation>Conciencia abierta</translation>
    </message>
    <message>
        <source>Rest in whatever is most present from moment to moment.</source>
        <translation>Descansa en lo que esté más presente en cada momento.</translation>
    </message>
    <message>
        <source>Mindful movement</source>
        <translation>Movimiento consciente</translation>
    </message>
    <message>
        <source>Slow, gentle stretches with attention on the body.</source>
        <translation>Estiramientos lentos y suaves, con la atención en el cuerpo.</translation>
    </message>
    <message>
        <source>Moving with attention</source>
        <translation>Moverte con atención</translation>
    </message>
    <message>
        <source>Move slowly and within your limits. Notice stretching, effort and release, and the stillness between movements.</source>
        <translation>Muévete despacio y dentro de tus límites. Nota el estiramiento, el esfuerzo y la liberación, y la quietud entre un movimiento y otro.</translation>
    </message>
    <message>
        <source>Eating one thing mindfully</source>
        <translation>Comer algo con atención plena</translation>
    </message>
    <message>
        <source>One small piece of food, explored as if for the first time.</source>
        <translation>Un trocito de comida, explorado como si fuera la primera vez.</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Mirar</translation>
    </message>
    <message>
        <source>Hold it and look at it closely: colour, shape, the way light falls on it.</source>
        <translation>Sostenlo y míralo de cerca: el color, la forma, cómo le da la luz.</translation>
    </message>
    <message>
        <source>Touch and smell</source>
        <translation>Tocar y oler</translation>
    </message>
    <message>
        <source>Feel its texture between your fingers. Bring it to your nose and notice the smell.</source>
        <translation>Siente su textura entre los dedos. Acércalo a la nariz y nota el olor.</translation>
    </message>
    <message>
        <source>Taste slowly</source>
        <translation>Saborear despacio</translation>
    </message>
    <message>
        <source>Place it in your mouth without chewing at first. Then chew slowly and notice every change.</source>
        <translation>Ponlo en la boca sin masticarlo al principio. Luego mastica despacio y nota cada cambio.</translation>
    </message>
    <message>
        <source>An everyday activity</source>
        <translation>Una actividad cotidiana</translation>
    </message>
    <message>
        <source>Something you do every day, such as washing up or brushing your teeth, done with full attention.</source>
        <translation>Algo que haces cada día, como fregar los platos o cepillarte los dientes, hecho con plena atención.</translation>
    </message>
    <message>
        <source>Full attention</source>
        <translation>Plena atención</translation>
    </message>
    <message>
        <source>What do you see, hear, feel and smell while you do it? When the mind drifts, come back.</source>
        <translation>¿Qué ves, oyes, sientes y hueles mientras lo haces? Cuando la mente se vaya a otra parte, vuelve.</translation>
    </message>
    <message>
        <source>Free timer</source>
        <translation>Temporizador libre</translation>
    </message>
    <message>
        <source>Your own practice, for as long as you choose.</source>
        <translation>Tu propia práctica, durante el tiempo que elijas.</translation>
    </message>
    <message>
        <source>Your practice</source>
        <translation>Tu práctica</translation>
    </message>
    <message>
        <source>Rest with whatever you have chosen to attend to.</source>
        <translation>Quédate con aquello a lo que hayas elegido prestar atención.</translation>
    </message>
    <message>
        <source>Stepping out of automatic pilot</source>
        <translation>Salir del piloto automático</translation>
    </message>
    <message>
        <source>Much of the day runs on automatic pilot, and low mood can take over without our noticing. Paying attention on purpose, to one thing at a time, is where change begins.</source>
        <translation>Gran parte del día transcurre en piloto automático, y el ánimo bajo puede adueñarse de nosotros sin que nos demos cuenta. Prestar atención a propósito, a una cosa cada vez, es donde empieza el cambio.</translation>
    </message>
    <message>
        <source>A body scan on six days</source>
        <translation>Una exploración corporal, seis días de la semana</translation>
    </message>
    <message>
        <source>One routine activity each day done with full attention</source>
        <translation>Una actividad rutinaria al día, hecha con plena atención</translation>
    </message>
    <message>
        <source>Meeting what gets in the way</source>
        <translation>Encontrarte con lo que se interpone</translation>
    </message>
    <message>
        <source>A busy mind, boredom, the sense of doing it wrong: these are part of practising, not signs of failure. Notice how the way we read a situation colours what we feel.</source>
        <translation>Una mente inquieta, el aburrimiento, la sensación de hacerlo mal: forman parte de practicar, no son señales de fracaso. Observa cómo la forma en que interpretamos una situación tiñe lo que sentimos.</translation>
    </message>
    <message>
        <source>Ten minutes with the breath each day</source>
        <translation>Diez minutos con la respiración cada día</translation>
    </message>
    <message>
        <source>Note one pleasant moment each day</source>
        <translation>Anota un momento agradable cada día</translation>
    </message>
    <message>
        <source>Coming back to the breath</source>
        <translation>Volver a la respiración</translation>
    </message>
    <message>
        <source>The breath is always here to come back to. It helps gather a scattered mind, and the body shows early on when something is wrong.</source>
        <translation>La respiración siempre está aquí para volver a ella. Ayuda a recoger una mente dispersa, y el cuerpo avisa pronto cuando algo no va bien.</translation>
    </message>
    <message>
        <source>Mindful movement and the breath on alternate days</source>
        <translation>Movimiento consciente y respiración, en días alternos</translation>
    </message>
    <message>
        <source>The breathing space three times a day</source>
        <translation>El espacio de respiración tres veces al día</translation>
    </message>
    <message>
        <source>Note one unpleasant moment each day</source>
        <translation>Anota un momento desagradable cada día</translation>
    </message>
    <message>
        <source>Staying present</source>
        <translation>Permanecer en el presente</translation>
    </message>
    <message>
        <source>We pull towards some experiences and push others away. Seeing this, and staying with what is here, loosens the grip of rumination.</source>
        <translation>Nos aferramos a algunas experiencias y apartamos otras. Darnos cuenta de ello, y quedarnos con lo que hay, afloja el dominio de la rumiación.</translation>
    </message>
    <message>
        <source>Sitting meditation most days</source>
        <translation>Meditación sentada casi todos los días</translation>
    </message>
    <message>
        <source>The breathing space three times a day, and when things are hard</source>
        <translation>El espacio de respiración tres veces al día, y cuando las cosas se pongan difíciles</translation>
    </message>
    <message>
        <source>Allowing things to be as they are</source>
        <translation>Permitir que las cosas sean como son</translation>
    </message>
    <message>
        <source>Making room for difficult feelings instead of fighting them. Allowing is not giving up: it makes space for a wiser choice.</source>
        <translation>Hacer sitio a los sentimientos difíciles en lugar de luchar contra ellos. Permitir no es rendirse: deja espacio para una elección más sabia.</translation>
    </message>
    <message>
        <source>Sitting meditation with a difficulty, gently</source>
        <translation>Meditación sentada con una dificultad, con delicadeza</translation>
    </message>
    <message>
        <source>The breathing space when coping with something hard</source>
        <translation>El espacio de respiración cuando estés afrontando algo difícil</translation>
    </message>
    <message>
        <source>Thoughts are not facts</source>
        <translation>Los pensamientos no son hechos</translation>
    </message>
    <message>
        <source>Thoughts are events in the mind, however convincing they feel, especially when mood is low. We can notice them without obeying them.</source>
        <translation>Los pensamientos son sucesos de la mente, por muy convincentes que parezcan, sobre todo cuando el ánimo está bajo. Podemos notarlos sin obedecerlos.</translation>
    </message>
    <message>
        <source>Forty minutes a day of the practices you choose</source>
        <translation>Cuarenta minutos al día de las prácticas que elijas</translation>
    </message>
    <message>
        <source>The breathing space when thoughts crowd in</source>
        <translation>El espacio de respiración cuando se te amontonen los pensamientos</translation>
    </message>
    <message>
        <source>Start listing your early warning signs</source>
        <translation>Empieza a anotar tus señales de alerta tempranas</translation>
    </message>
    <message>
        <source>Looking after myself</source>
        <translation>Cuidar de mí</translation>
    </message>
    <message>
        <source>What we do each day can nourish us or drain us. Choosing what helps when mood starts to slide is the heart of staying well.</source>
        <translation>Lo que hacemos cada día puede nutrirnos o agotarnos. Elegir lo que ayuda cuando el ánimo empieza a decaer es la clave para seguir bien.</translation>
    </message>
    <message>
        <source>Make your list of nourishing and depleting activities</source>
        <translation>Haz tu lista de actividades que nutren y que agotan</translation>
    </message>
    <message>
        <source>Write your staying-well plan</source>
        <translation>Escribe tu plan para seguir bien</translation>
    </message>
    <message>
        <source>Choose a practice you can keep up</source>
        <translation>Elige una práctica que puedas mantener</translation>
    </message>
    <message>
        <source>Keeping it going</source>
        <translation>Mantenerlo en el tiempo</translation>
    </message>
    <message>
        <source>Looking back on the course and deciding how to keep practising, for reasons that matter to you.</source>
        <translation>Mirar atrás al curso y decidir cómo seguir practicando, por razones que te importan.</translation>
    </message>
    <message>
        <source>The practice you chose, most days</source>
        <translation>La práctica que elegiste, casi todos los días</translation>
    </message>
    <message>
        <source>Review your staying-well plan with someone you trust</source>
        <translation>Revisa tu plan para seguir bien con alguien de confianza</translation>
    </message>
    <message>
        <source>Contact my clinician</source>
        <translation>Ponerme en contacto con mi profesional clínico</translation>
    </message>
    <message>
        <source>Use my safety plan</source>
        <translation>Usar mi plan de seguridad</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>What I do</source>
        <translation>Lo que hago</translation>
    </message>
    <message>
        <source>Green: I am well</source>
        <translation>Verde: estoy bien</translation>
    </message>
    <message>
        <source>Amber: early signs</source>
        <translation>Ámbar: primeras señales</translation>
    </message>
    <message>
        <source>Red: time to get help now</source>
        <translation>Rojo: es momento de pedir ayuda ya</translation>
    </message>
</context>
<context>
    <name>MbctReport</name>
    <message>
        <source>No mindfulness practice in this period.</source>
        <translation>Ninguna práctica de atención plena en este periodo.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>%1 sessions on %2 days</source>
        <translation>%1 sesiones en %2 días</translation>
    </message>
    <message>
        <source>By practice</source>
        <translation>Por práctica</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Finished as planned</source>
        <translation>Terminadas según lo previsto</translation>
    </message>
    <message>
        <source>By week (starting Monday)</source>
        <translation>Por semana (empezando el lunes)</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Course weeks marked done</source>
        <translation>Semanas del curso marcadas como completadas</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Staying-well plan (as of %1)</source>
        <translation>Plan para seguir bien (a fecha de %1)</translation>
    </message>
    <message>
        <source>Early warning signs</source>
        <translation>Señales de alerta tempranas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Señales</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>When I notice</source>
        <translation>Cuando noto</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>Lo que haré</translation>
    </message>
    <message>
        <source>Nourishing</source>
        <translation>Lo que me nutre</translation>
    </message>
    <message>
        <source>Depleting</source>
        <translation>Lo que me agota</translation>
    </message>
    <message>
        <source>Nourishing and depleting activities (as of %1)</source>
        <translation>Actividades que nutren y que agotan (a fecha de %1)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
</context>
<context>
    <name>PlanLevel</name>
    <message>
        <source>How I can tell I am here</source>
        <translation>Cómo sé que estoy en este punto</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>Lo que haré</translation>
    </message>
    <message>
        <source>What I will do, one action per line</source>
        <translation>Lo que haré, una acción por línea</translation>
    </message>
    <message>
        <source>%1: what I will do</source>
        <translation>%1: lo que haré</translation>
    </message>
    <message>
        <source>%1: how I can tell I am here</source>
        <translation>%1: cómo sé que estoy aquí</translation>
    </message>
</context>
<context>
    <name>PlanLink</name>
    <message>
        <source>My staying-well plan (time to review it)</source>
        <translation>Mi plan para seguir bien (toca revisarlo)</translation>
    </message>
    <message>
        <source>My staying-well plan</source>
        <translation>Mi plan para seguir bien</translation>
    </message>
    <message>
        <source>Opens your early warning signs and what you will do at each level</source>
        <translation>Abre tus señales de alerta tempranas y lo que harás en cada nivel</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Staying-well plan</source>
        <translation>Plan para seguir bien</translation>
    </message>
    <message>
        <source>Last changed %1. Write it when you are well, so it is ready if a low patch starts.</source>
        <translation>Último cambio: %1. Escríbelo cuando estés bien, para tenerlo listo si empieza una mala racha.</translation>
    </message>
    <message>
        <source>Write it when you are well, with your clinician if you can, so it is ready if a low patch starts.</source>
        <translation>Escríbelo cuando estés bien, con tu profesional clínico si puedes, para tenerlo listo si empieza una mala racha.</translation>
    </message>
    <message>
        <source>You planned to look at this again by %1. Does it still fit?</source>
        <translation>Pensabas volver a mirarlo para el %1. ¿Sigue encajando contigo?</translation>
    </message>
    <message>
        <source>My early warning signs</source>
        <translation>Mis señales de alerta tempranas</translation>
    </message>
    <message>
        <source>What you noticed before past low patches began. One per line.</source>
        <translation>Lo que notaste antes de que empezaran otras malas rachas. Una por línea.</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensamientos</translation>
    </message>
    <message>
        <source>Thoughts, e.g. &quot;what is the point&quot;</source>
        <translation>Pensamientos, p. ej. &quot;qué sentido tiene&quot;</translation>
    </message>
    <message>
        <source>Warning signs: thoughts</source>
        <translation>Señales de alerta: pensamientos</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>Feelings, e.g. flat, irritable</source>
        <translation>Sentimientos, p. ej. sin ganas de nada, irritable</translation>
    </message>
    <message>
        <source>Warning signs: feelings</source>
        <translation>Señales de alerta: sentimientos</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Body, e.g. waking early</source>
        <translation>Cuerpo, p. ej. despertarme muy temprano</translation>
    </message>
    <message>
        <source>Warning signs: body</source>
        <translation>Señales de alerta: cuerpo</translation>
    </message>
    <message>
        <source>What I do</source>
        <translation>Lo que hago</translation>
    </message>
    <message>
        <source>What I do, e.g. cancelling plans</source>
        <translation>Lo que hago, p. ej. cancelar planes</translation>
    </message>
    <message>
        <source>Warning signs: what I do</source>
        <translation>Señales de alerta: lo que hago</translation>
    </message>
    <message>
        <source>Green: I am well</source>
        <translation>Verde: estoy bien</translation>
    </message>
    <message>
        <source>Amber: early signs</source>
        <translation>Ámbar: primeras señales</translation>
    </message>
    <message>
        <source>Red: time to get help now</source>
        <translation>Rojo: es momento de pedir ayuda ya</translation>
    </message>
    <message>
        <source>Do these straight away; there is no need to wait until it gets worse. Your safety plan and who to contact are always under Need help now? on the left.</source>
        <translation>Haz esto enseguida; no hace falta esperar a que empeore. Tu plan de seguridad y a quién contactar están siempre en ¿Necesitas ayuda ahora?, a la izquierda.</translation>
    </message>
    <message>
        <source>The first two actions are suggestions: change them to fit you.</source>
        <translation>Las dos primeras acciones son sugerencias: cámbialas para que encajen contigo.</translation>
    </message>
    <message>
        <source>People and help</source>
        <translation>Personas y ayuda</translation>
    </message>
    <message>
        <source>People I can contact</source>
        <translation>Personas a las que puedo contactar</translation>
    </message>
    <message>
        <source>Who I can call, one per line, e.g. Sam — text first</source>
        <translation>A quién puedo llamar, una persona por línea, p. ej. Sam — escribirle antes</translation>
    </message>
    <message>
        <source>My clinician or clinic</source>
        <translation>Mi profesional clínico o centro</translation>
    </message>
    <message>
        <source>My clinician or clinic, and how to reach them</source>
        <translation>Mi profesional clínico o centro, y cómo contactar</translation>
    </message>
    <message>
        <source>In a crisis, or if you might act on thoughts of harming yourself, call your local emergency number now, or use Need help now? on the left to see who to contact.</source>
        <translation>Si estás en crisis, o si crees que podrías actuar según pensamientos de hacerte daño, llama ahora al número de emergencias de tu zona, o usa ¿Necesitas ayuda ahora?, a la izquierda, para ver a quién contactar.</translation>
    </message>
    <message>
        <source>Look at this plan again by</source>
        <translation>Volver a mirar este plan para el</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Delete the plan? You can undo it straight after.</source>
        <translation>¿Borrar el plan? Puedes deshacerlo justo después.</translation>
    </message>
    <message>
        <source>Plan deleted.</source>
        <translation>Plan borrado.</translation>
    </message>
    <message>
        <source>Save my plan</source>
        <translation>Guardar mi plan</translation>
    </message>
    <message>
        <source>Plan saved. Earlier versions are kept.</source>
        <translation>Plan guardado. Las versiones anteriores se conservan.</translation>
    </message>
    <message>
        <source>Nourishing and depleting</source>
        <translation>Lo que nutre y lo que agota</translation>
    </message>
    <message>
        <source>What in an ordinary day gives you energy, and what takes it away. One per line.</source>
        <translation>Qué te da energía en un día normal y qué te la quita. Una cosa por línea.</translation>
    </message>
    <message>
        <source>Nourishing</source>
        <translation>Lo que me nutre</translation>
    </message>
    <message>
        <source>Nourishing, e.g. a walk at lunch</source>
        <translation>Lo que me nutre, p. ej. un paseo a mediodía</translation>
    </message>
    <message>
        <source>Nourishing activities</source>
        <translation>Lo que me nutre: actividades</translation>
    </message>
    <message>
        <source>Depleting</source>
        <translation>Lo que me agota</translation>
    </message>
    <message>
        <source>Depleting, e.g. scrolling in bed</source>
        <translation>Lo que me agota, p. ej. mirar el móvil en la cama</translation>
    </message>
    <message>
        <source>Depleting activities</source>
        <translation>Lo que me agota: actividades</translation>
    </message>
    <message>
        <source>Delete both lists? You can undo it straight after.</source>
        <translation>¿Borrar las dos listas? Puedes deshacerlo justo después.</translation>
    </message>
    <message>
        <source>Lists deleted.</source>
        <translation>Listas borradas.</translation>
    </message>
    <message>
        <source>Save the lists</source>
        <translation>Guardar las listas</translation>
    </message>
    <message>
        <source>Lists saved.</source>
        <translation>Listas guardadas.</translation>
    </message>
    <message>
        <source>Look at this plan again by, as year-month-day</source>
        <translation>Volver a mirar este plan para el, como año-mes-día</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>Practicar</translation>
    </message>
    <message>
        <source>A few minutes of attention, on purpose. There is no right way to feel while you do it.</source>
        <translation>Unos minutos de atención, a propósito. No hay una forma correcta de sentirse mientras lo haces.</translation>
    </message>
    <message>
        <source>If a practice becomes too much, stop, open your eyes and feel your feet on the floor. You can come back to it another time, or use Need help now? on the left.</source>
        <translation>Si una práctica se te hace demasiado, para, abre los ojos y siente los pies en el suelo. Puedes volver a ella en otro momento, o usar ¿Necesitas ayuda ahora?, a la izquierda.</translation>
    </message>
    <message>
        <source>Choose a practice</source>
        <translation>Elige una práctica</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Three steps of about a minute each.</source>
        <translation>Tres pasos de más o menos un minuto cada uno.</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Begin the practice</source>
        <translation>Empezar la práctica</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>End here</source>
        <translation>Terminar aquí</translation>
    </message>
    <message>
        <source>End the practice here</source>
        <translation>Terminar la práctica aquí</translation>
    </message>
    <message>
        <source>What you noticed</source>
        <translation>Lo que notaste</translation>
    </message>
    <message>
        <source>Well done for making the time. What did you notice?</source>
        <translation>Qué bien que le hayas dedicado este tiempo. ¿Qué notaste?</translation>
    </message>
    <message>
        <source>A word or two is plenty. Anything counts, including a busy mind.</source>
        <translation>Con una o dos palabras basta. Todo cuenta, también una mente inquieta.</translation>
    </message>
    <message>
        <source>You practised for the whole %1 minutes.</source>
        <translation>Practicaste los %1 minutos completos.</translation>
    </message>
    <message>
        <source>You practised for %1 min %2 s.</source>
        <translation>Practicaste %1 min %2 s.</translation>
    </message>
    <message>
        <source>Thoughts you noticed</source>
        <translation>Pensamientos que notaste</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensamientos</translation>
    </message>
    <message>
        <source>Feelings you noticed</source>
        <translation>Sentimientos que notaste</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>Sensations in the body</source>
        <translation>Sensaciones en el cuerpo</translation>
    </message>
    <message>
        <source>Body sensations you noticed</source>
        <translation>Sensaciones corporales que notaste</translation>
    </message>
    <message>
        <source>How hard was it to stay with the practice?</source>
        <translation>¿Cuánto te costó mantenerte en la práctica?</translation>
    </message>
    <message>
        <source>0 · easy</source>
        <translation>0 · fácil</translation>
    </message>
    <message>
        <source>10 · very hard</source>
        <translation>10 · muy difícil</translation>
    </message>
    <message>
        <source>Anything else (optional)</source>
        <translation>Algo más (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Practice deleted.</source>
        <translation>Práctica borrada.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save to my log</source>
        <translation>Guardar en mi registro</translation>
    </message>
    <message>
        <source>Saved to your practice log.</source>
        <translation>Guardado en tu registro de prácticas.</translation>
    </message>
    <message>
        <source>Don&apos;t log it</source>
        <translation>No registrarla</translation>
    </message>
</context>
<context>
    <name>TimerFace</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>%1 minutes and %2 seconds left</source>
        <translation>Quedan %1 minutos y %2 segundos</translation>
    </message>
    <message>
        <source>Time practised</source>
        <translation>Tiempo practicado</translation>
    </message>
    <message>
        <source>Paused. Take your time.</source>
        <translation>En pausa. Tómate tu tiempo.</translation>
    </message>
</context>
</TS>
