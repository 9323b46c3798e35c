<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ClosenessCircle</name>
    <message>
        <source>Closeness circles</source>
        <translation>Círculos de cercanía</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CommunicationPage</name>
    <message>
        <source>A conversation</source>
        <translation>Una conversación</translation>
    </message>
    <message>
        <source>Look at a conversation</source>
        <translation>Mirar de cerca una conversación</translation>
    </message>
    <message>
        <source>Pick one that went badly, or one that went well. Slowing it down shows where it turned.</source>
        <translation>Elige una que salió mal, o una que salió bien. Repasarla despacio muestra dónde cambió el rumbo.</translation>
    </message>
    <message>
        <source>What happened, where and when</source>
        <translation>Qué pasó, dónde y cuándo</translation>
    </message>
    <message>
        <source>What I said (and how)</source>
        <translation>Qué dije (y cómo)</translation>
    </message>
    <message>
        <source>What I meant or wanted</source>
        <translation>Qué quería decir o conseguir</translation>
    </message>
    <message>
        <source>How it was taken: what they said or did</source>
        <translation>Cómo se recibió: qué dijo o hizo la otra persona</translation>
    </message>
    <message>
        <source>How I felt, then and afterwards</source>
        <translation>Cómo me sentí, en ese momento y después</translation>
    </message>
    <message>
        <source>What I could say or do differently</source>
        <translation>Qué podría decir o hacer de otra manera</translation>
    </message>
    <message>
        <source>Conversation deleted.</source>
        <translation>Conversación borrada.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation>Conversaciones anteriores</translation>
    </message>
    <message>
        <source>Show older conversations</source>
        <translation>Mostrar conversaciones anteriores</translation>
    </message>
</context>
<context>
    <name>FocusCard</name>
    <message>
        <source>Focus: %1</source>
        <translation>Foco: %1</translation>
    </message>
    <message>
        <source>Social isolation and loneliness</source>
        <translation>Aislamiento social y soledad</translation>
    </message>
</context>
<context>
    <name>FocusPage</name>
    <message>
        <source>My focus</source>
        <translation>Mi foco</translation>
    </message>
    <message>
        <source>Working on: %1, since %2.</source>
        <translation>Trabajando en: %1, desde el %2.</translation>
    </message>
    <message>
        <source>Interpersonal therapy works on one area at a time. Choose it with your clinician.</source>
        <translation>La terapia interpersonal trabaja un área cada vez. Elígela con tu profesional clínico.</translation>
    </message>
    <message>
        <source>This is my focus</source>
        <translation>Este es mi foco</translation>
    </message>
    <message>
        <source>Choose %1 as my focus</source>
        <translation>Elegir %1 como mi foco</translation>
    </message>
    <message>
        <source>Working on it: %1</source>
        <translation>Cómo se trabaja: %1</translation>
    </message>
    <message>
        <source>Why this one</source>
        <translation>Por qué esta</translation>
    </message>
    <message>
        <source>What led to it, and anything agreed with your clinician (optional)</source>
        <translation>Qué te llevó a elegirla y lo que hayas acordado con tu profesional clínico (opcional)</translation>
    </message>
    <message>
        <source>Clear my focus</source>
        <translation>Quitar mi foco</translation>
    </message>
    <message>
        <source>Clear the focus? You can undo it straight after.</source>
        <translation>¿Quitar el foco? Puedes deshacerlo justo después.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Focus cleared.</source>
        <translation>Foco quitado.</translation>
    </message>
    <message>
        <source>Save my focus</source>
        <translation>Guardar mi foco</translation>
    </message>
    <message>
        <source>Saved. Earlier choices are kept.</source>
        <translation>Guardado. Las elecciones anteriores se conservan.</translation>
    </message>
    <message>
        <source>When the low mood began, and what happened around then</source>
        <translation>Cuándo empezó el ánimo bajo y qué pasaba por entonces</translation>
    </message>
    <message>
        <source>A rough date is fine. Life events before and after it can show what the focus is about.</source>
        <translation>Basta con una fecha aproximada. Los acontecimientos de antes y de después pueden mostrar de qué trata el foco.</translation>
    </message>
    <message>
        <source>The low mood began</source>
        <translation>El ánimo bajo empezó</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Save the date</source>
        <translation>Guardar la fecha</translation>
    </message>
    <message>
        <source>Save when the low mood began</source>
        <translation>Guardar cuándo empezó el ánimo bajo</translation>
    </message>
    <message>
        <source>A life event</source>
        <translation>Un acontecimiento vital</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>in a few words</source>
        <translation>en pocas palabras</translation>
    </message>
    <message>
        <source>Add to the timeline</source>
        <translation>Añadir a la línea de tiempo</translation>
    </message>
    <message>
        <source>Show more life events</source>
        <translation>Mostrar más acontecimientos</translation>
    </message>
    <message>
        <source>A life event: the date, as year-month-day</source>
        <translation>Un acontecimiento vital: la fecha, como año-mes-día</translation>
    </message>
    <message>
        <source>A date as year-month-day</source>
        <translation>Una fecha como año-mes-día</translation>
    </message>
</context>
<context>
    <name>Ipt</name>
    <message>
        <source>the day the low mood began</source>
        <translation>el día en que empezó el ánimo bajo</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semanas</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>%1 before the low mood began</source>
        <translation>%1 antes de que empezara el ánimo bajo</translation>
    </message>
    <message>
        <source>%1 after the low mood began</source>
        <translation>%1 después de que empezara el ánimo bajo</translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation>Foco: %1</translation>
    </message>
    <message>
        <source>the area to work on in therapy</source>
        <translation>el área que trabajar en terapia</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>someone to confide in</source>
        <translation>alguien en quien confiar</translation>
    </message>
    <message>
        <source>Role transition: %1</source>
        <translation>Transición de rol: %1</translation>
    </message>
    <message>
        <source>%1 of 7 parts written</source>
        <translation>%1 de 7 partes escritas</translation>
    </message>
    <message>
        <source>Role dispute with %1: %2</source>
        <translation>Conflicto de roles con %1: %2</translation>
    </message>
    <message>
        <source>where it stands: %1</source>
        <translation>en qué punto está: %1</translation>
    </message>
    <message>
        <source>Grief: %1</source>
        <translation>Duelo: %1</translation>
    </message>
    <message>
        <source>%1 of 6 parts written</source>
        <translation>%1 de 6 partes escritas</translation>
    </message>
    <message>
        <source>Feeling cut off: %1</source>
        <translation>Aislamiento: %1</translation>
    </message>
    <message>
        <source>%1 of 5 parts written</source>
        <translation>%1 de 5 partes escritas</translation>
    </message>
    <message>
        <source>The low mood began: %1</source>
        <translation>Empezó el ánimo bajo: %1</translation>
    </message>
    <message>
        <source>Life event: %1</source>
        <translation>Acontecimiento vital: %1</translation>
    </message>
    <message>
        <source>A conversation with %1</source>
        <translation>Una conversación con %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · mood %2</source>
        <translation>%1 · ánimo %2</translation>
    </message>
    <message>
        <source>That entry is not a %1.</source>
        <translation>Esa entrada no es de tipo %1.</translation>
    </message>
    <message>
        <source>Choose one of the four areas first.</source>
        <translation>Primero elige una de las cuatro áreas.</translation>
    </message>
    <message>
        <source>Give the person a name, or a nickname only you would know.</source>
        <translation>Ponle un nombre a la persona, o un apodo que solo tú conozcas.</translation>
    </message>
    <message>
        <source>Name the change first, e.g. &quot;Going back to work&quot;.</source>
        <translation>Primero ponle nombre al cambio, p. ej. &quot;Volver al trabajo&quot;.</translation>
    </message>
    <message>
        <source>Say who the dispute is with and what it is about.</source>
        <translation>Di con quién es el conflicto y de qué trata.</translation>
    </message>
    <message>
        <source>Say who it is you are grieving for, by name or as you call them.</source>
        <translation>Di por quién es tu duelo, por su nombre o como tú le llames.</translation>
    </message>
    <message>
        <source>Give it a short name first, e.g. &quot;Since the move&quot;.</source>
        <translation>Primero ponle un nombre corto, p. ej. &quot;Desde la mudanza&quot;.</translation>
    </message>
    <message>
        <source>Give the date as year-month-day, e.g. 2025-09-01 (the first of the month is fine if you are not sure).</source>
        <translation>Escribe la fecha como año-mes-día, p. ej. 2025-09-01 (si no lo sabes con certeza, vale el día 1 del mes).</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation>Cuenta en pocas palabras qué pasó.</translation>
    </message>
    <message>
        <source>Give the date as year-month-day, e.g. 2025-10-01 (a rough date is fine).</source>
        <translation>Escribe la fecha como año-mes-día, p. ej. 2025-10-01 (vale una fecha aproximada).</translation>
    </message>
    <message>
        <source>the low mood began</source>
        <translation>empezó el ánimo bajo</translation>
    </message>
    <message>
        <source>Say who it was with and what happened.</source>
        <translation>Di con quién fue y qué pasó.</translation>
    </message>
    <message>
        <source>Rate your mood from 0 to 10.</source>
        <translation>Puntúa tu ánimo del 0 al 10.</translation>
    </message>
    <message>
        <source>when the low mood began</source>
        <translation>cuando empezó el ánimo bajo</translation>
    </message>
    <message>
        <source>about your usual mood</source>
        <translation>parecido a tu ánimo habitual</translation>
    </message>
    <message>
        <source>%1 higher than your usual</source>
        <translation>%1 por encima de lo habitual</translation>
    </message>
    <message>
        <source>%1 lower than your usual</source>
        <translation>%1 por debajo de lo habitual</translation>
    </message>
    <message>
        <source>This looks at the last %1 weeks. After a few more events in that time, it shows which people and moments go with your mood.</source>
        <translation>Esto tiene en cuenta las últimas %1 semanas. Con algunos encuentros más en ese tiempo, mostrará qué personas y momentos van unidos a tu ánimo.</translation>
    </message>
    <message>
        <source>These are patterns to talk over, not verdicts: a low mood after seeing someone can have many causes.</source>
        <translation>Son patrones para comentar, no veredictos: un ánimo bajo después de ver a alguien puede tener muchas causas.</translation>
    </message>
    <message>
        <source>Grief</source>
        <translation>Duelo</translation>
    </message>
    <message>
        <source>Someone important to you has died, and the grief has not eased with time, or it is hard to feel it at all.</source>
        <translation>Ha muerto alguien importante para ti, y el dolor no se ha aliviado con el tiempo, o te cuesta sentirlo.</translation>
    </message>
    <message>
        <source>Talking through the relationship, the good and the difficult parts, and slowly finding other people and activities to lean on.</source>
        <translation>Hablar de la relación, de lo bueno y de lo difícil, y poco a poco encontrar otras personas y actividades en las que apoyarte.</translation>
    </message>
    <message>
        <source>Role disputes</source>
        <translation>Conflictos de roles</translation>
    </message>
    <message>
        <source>You and someone close to you expect different things from each other, and it keeps leading to conflict or silence.</source>
        <translation>Entre tú y una persona cercana hay expectativas distintas, y eso acaba una y otra vez en conflicto o en silencio.</translation>
    </message>
    <message>
        <source>Getting clear on what each of you expects, where the disagreement stands, and what options there are to change it.</source>
        <translation>Aclarar qué espera cada parte, en qué punto está el desacuerdo y qué opciones hay para cambiarlo.</translation>
    </message>
    <message>
        <source>Role transitions</source>
        <translation>Transiciones de rol</translation>
    </message>
    <message>
        <source>Your life has changed: a new job or no job, becoming a parent, a move, an illness, a relationship starting or ending.</source>
        <translation>Tu vida ha cambiado: un trabajo nuevo o quedarte sin trabajo, ser madre o padre, una mudanza, una enfermedad, una relación que empieza o que termina.</translation>
    </message>
    <message>
        <source>Mourning what the old role gave you, seeing what the new one offers, and building the skills and support it needs.</source>
        <translation>Hacer el duelo por lo que te daba el rol anterior, ver lo que ofrece el nuevo y construir las habilidades y el apoyo que requiere.</translation>
    </message>
    <message>
        <source>Social isolation and loneliness</source>
        <translation>Aislamiento social y soledad</translation>
    </message>
    <message>
        <source>You have few close relationships, or they tend not to last, and feel alone with how you are.</source>
        <translation>Tienes pocas relaciones cercanas, o no suelen durar, y te sientes a solas con lo que te pasa.</translation>
    </message>
    <message>
        <source>Looking at past relationships for patterns, and practising small steps towards new and closer contact.</source>
        <translation>Buscar patrones en relaciones pasadas y practicar pequeños pasos hacia un contacto nuevo y más cercano.</translation>
    </message>
    <message>
        <source>Inner circle</source>
        <translation>Círculo íntimo</translation>
    </message>
    <message>
        <source>Middle circle</source>
        <translation>Círculo intermedio</translation>
    </message>
    <message>
        <source>Outer circle</source>
        <translation>Círculo externo</translation>
    </message>
    <message>
        <source>Most days</source>
        <translation>Casi todos los días</translation>
    </message>
    <message>
        <source>Every week or so</source>
        <translation>Más o menos cada semana</translation>
    </message>
    <message>
        <source>Every month or so</source>
        <translation>Más o menos cada mes</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation>Rara vez</translation>
    </message>
    <message>
        <source>Still talking it over</source>
        <translation>Todavía lo estamos hablando</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>En punto muerto</translation>
    </message>
    <message>
        <source>Ending or ended</source>
        <translation>Terminando o ya terminado</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>Reconfortante</translation>
    </message>
    <message>
        <source>Difficult</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixto</translation>
    </message>
</context>
<context>
    <name>IptReport</name>
    <message>
        <source>On %1</source>
        <translation>El %1</translation>
    </message>
    <message>
        <source>when the low mood began</source>
        <translation>cuando empezó el ánimo bajo</translation>
    </message>
    <message>
        <source>Focus area: %1 (chosen on %2).</source>
        <translation>Área de trabajo: %1 (elegida el %2).</translation>
    </message>
    <message>
        <source>The client&apos;s note: &quot;%1&quot;</source>
        <translation>Nota del paciente: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No worksheets or events in this period.</source>
        <translation>Ninguna ficha ni acontecimiento en este periodo.</translation>
    </message>
    <message>
        <source>Worksheets, conversations and events</source>
        <translation>Fichas, conversaciones y acontecimientos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Mood (0-10)</source>
        <translation>Ánimo (0-10)</translation>
    </message>
    <message>
        <source>Person (relationships inventory)</source>
        <translation>Persona (inventario de relaciones)</translation>
    </message>
    <message>
        <source>Worksheet: role transition</source>
        <translation>Ficha: transición de rol</translation>
    </message>
    <message>
        <source>Worksheet: role dispute</source>
        <translation>Ficha: conflicto de roles</translation>
    </message>
    <message>
        <source>Worksheet: grief</source>
        <translation>Ficha: duelo</translation>
    </message>
    <message>
        <source>Worksheet: feeling cut off</source>
        <translation>Ficha: aislamiento</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Acontecimiento vital</translation>
    </message>
    <message>
        <source>Communication analysis</source>
        <translation>Análisis de una conversación</translation>
    </message>
    <message>
        <source>Interpersonal event</source>
        <translation>Acontecimiento interpersonal</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Focus area chosen</source>
        <translation>Área de trabajo elegida</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Relationships</source>
        <comment>ipt</comment>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Interpersonal therapy: choose a focus with your clinician, map the people in your life, work through a role change, a dispute, a loss or feeling cut off, set life events beside when the low mood began, look closely at conversations, and see which people and events go with your mood.</source>
        <comment>ipt</comment>
        <translation>Terapia interpersonal: elige un foco con tu profesional clínico, haz un mapa de las personas de tu vida, trabaja un cambio de rol, un conflicto, una pérdida o la sensación de aislamiento, sitúa los acontecimientos vitales junto a cuándo empezó el ánimo bajo, mira de cerca las conversaciones y descubre qué personas y acontecimientos van unidos a tu ánimo.</translation>
    </message>
    <message>
        <source>My focus</source>
        <comment>ipt</comment>
        <translation>Mi foco</translation>
    </message>
    <message>
        <source>My people</source>
        <comment>ipt</comment>
        <translation>Mi gente</translation>
    </message>
    <message>
        <source>Add a person</source>
        <comment>ipt</comment>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <comment>ipt</comment>
        <translation>Fichas de trabajo</translation>
    </message>
    <message>
        <source>Look at a conversation</source>
        <comment>ipt</comment>
        <translation>Mirar de cerca una conversación</translation>
    </message>
    <message>
        <source>Mood and people</source>
        <comment>ipt</comment>
        <translation>Ánimo y personas</translation>
    </message>
    <message>
        <source>IPT focus</source>
        <comment>ipt</comment>
        <translation>Foco de la TIP</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>ipt</comment>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role transition worksheet</source>
        <comment>ipt</comment>
        <translation>Ficha de transición de rol</translation>
    </message>
    <message>
        <source>Role dispute worksheet</source>
        <comment>ipt</comment>
        <translation>Ficha de conflicto de roles</translation>
    </message>
    <message>
        <source>Grief worksheet</source>
        <comment>ipt</comment>
        <translation>Ficha de duelo</translation>
    </message>
    <message>
        <source>Isolation and loneliness worksheet</source>
        <comment>ipt</comment>
        <translation>Ficha de aislamiento y soledad</translation>
    </message>
    <message>
        <source>Life event</source>
        <comment>ipt</comment>
        <translation>Acontecimiento vital</translation>
    </message>
    <message>
        <source>Communication analysis</source>
        <comment>ipt</comment>
        <translation>Análisis de una conversación</translation>
    </message>
</context>
<context>
    <name>MoodPage</name>
    <message>
        <source>Mood and people</source>
        <translation>Ánimo y personas</translation>
    </message>
    <message>
        <source>Note time with someone and how your mood was, to see which relationships lift or weigh on you.</source>
        <translation>Anota el tiempo que pasas con alguien y cómo estaba tu ánimo, para ver qué relaciones te animan y cuáles te pesan.</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>Este encuentro</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>e.g. lunch together, an argument on the phone</source>
        <translation>p. ej. comer juntos, una discusión por teléfono</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>My mood afterwards</source>
        <translation>Mi ánimo después</translation>
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
        <source>Event deleted.</source>
        <translation>Encuentro borrado.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Who and what goes with your mood</source>
        <translation>Quién y qué va unido a tu ánimo</translation>
    </message>
    <message>
        <source>In the last %1 weeks, your mood after %2 events averages %3 out of 10.</source>
        <translation>En las últimas %1 semanas, tu ánimo después de %2 encuentros es de %3 sobre 10 de media.</translation>
    </message>
    <message>
        <source>%1 on average over %2 events, %3</source>
        <translation>%1 de media en %2 encuentros, %3</translation>
    </message>
    <message>
        <source>%1 moments: %2 on average (%3)</source>
        <translation>%1: %2 de media (%3 momentos)</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <source>Show older events</source>
        <translation>Mostrar encuentros anteriores</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>My people</source>
        <translation>Mi gente</translation>
    </message>
    <message>
        <source>The people who matter in your life, close and less close, helpful and difficult.</source>
        <translation>Las personas que importan en tu vida, cercanas y menos cercanas, las que ayudan y las que cuestan.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>No one here yet</source>
        <translation>Todavía no hay nadie</translation>
    </message>
    <message>
        <source>Start with the people you see most, or think about most.</source>
        <translation>Empieza por las personas que más ves, o en las que más piensas.</translation>
    </message>
    <message>
        <source>Show more people</source>
        <translation>Mostrar más personas</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Only you see this. A first name or a nickname is enough.</source>
        <translation>Solo tú ves esto. Basta con un nombre o un apodo.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Relationship, e.g. friend, mother, manager</source>
        <translation>Relación, p. ej. amiga, madre, jefe</translation>
    </message>
    <message>
        <source>How close</source>
        <translation>Cercanía</translation>
    </message>
    <message>
        <source>How often you are in touch</source>
        <translation>Cada cuánto hay contacto</translation>
    </message>
    <message>
        <source>I can tell this person how I really feel</source>
        <translation>Puedo contarle a esta persona cómo me siento de verdad</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Support I give</source>
        <translation>Apoyo que doy</translation>
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
        <source>Support I get</source>
        <translation>Apoyo que recibo</translation>
    </message>
    <message>
        <source>The relationship</source>
        <translation>La relación</translation>
    </message>
    <message>
        <source>What works</source>
        <translation>Lo que funciona</translation>
    </message>
    <message>
        <source>What works, what I value</source>
        <translation>Lo que funciona, lo que valoro</translation>
    </message>
    <message>
        <source>What does not work</source>
        <translation>Lo que no funciona</translation>
    </message>
    <message>
        <source>What does not work, what hurts</source>
        <translation>Lo que no funciona, lo que duele</translation>
    </message>
    <message>
        <source>What they expect of me</source>
        <translation>Lo que espera de mí</translation>
    </message>
    <message>
        <source>What I expect of them</source>
        <translation>Lo que espero de esa persona</translation>
    </message>
    <message>
        <source>What I would like to change</source>
        <translation>Lo que me gustaría cambiar</translation>
    </message>
    <message>
        <source>%1 removed from your people.</source>
        <translation>%1 ya no está entre tu gente.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>Añadir a mi gente</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>Se añadió a %1.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Who was it?</source>
        <translation>¿Con quién fue?</translation>
    </message>
    <message>
        <source>Or someone else</source>
        <translation>U otra persona</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>WorksheetsPage</name>
    <message>
        <source>Worksheets</source>
        <translation>Fichas de trabajo</translation>
    </message>
    <message>
        <source>Come back to a worksheet as things change; each saved version is kept.</source>
        <translation>Vuelve a una ficha a medida que las cosas cambien; cada versión guardada se conserva.</translation>
    </message>
    <message>
        <source>The old role: what I have lost</source>
        <translation>El rol anterior: lo que he perdido</translation>
    </message>
    <message>
        <source>The old role: what was good about it</source>
        <translation>El rol anterior: lo que tenía de bueno</translation>
    </message>
    <message>
        <source>The new role: what it asks of me</source>
        <translation>El rol nuevo: lo que me exige</translation>
    </message>
    <message>
        <source>The new role: what it offers</source>
        <translation>El rol nuevo: lo que me ofrece</translation>
    </message>
    <message>
        <source>How I feel about the change</source>
        <translation>Cómo me siento con el cambio</translation>
    </message>
    <message>
        <source>Skills I need for the new role</source>
        <translation>Habilidades que necesito para el rol nuevo</translation>
    </message>
    <message>
        <source>Support I need, and from whom</source>
        <translation>Apoyo que necesito, y de quién</translation>
    </message>
    <message>
        <source>Who they were to me</source>
        <translation>Qué significaba para mí</translation>
    </message>
    <message>
        <source>What was good between us</source>
        <translation>Lo bueno de nuestra relación</translation>
    </message>
    <message>
        <source>What was hard, or is left unsaid</source>
        <translation>Lo que fue difícil, o lo que quedó sin decir</translation>
    </message>
    <message>
        <source>How I feel now, including feelings that surprise me</source>
        <translation>Cómo me siento ahora, también lo que me sorprende sentir</translation>
    </message>
    <message>
        <source>What I have put off or avoided since</source>
        <translation>Lo que he aplazado o evitado desde entonces</translation>
    </message>
    <message>
        <source>People and activities I can lean on now</source>
        <translation>Personas y actividades en las que puedo apoyarme ahora</translation>
    </message>
    <message>
        <source>What tended to happen in past friendships and relationships</source>
        <translation>Lo que solía pasar en amistades y relaciones anteriores</translation>
    </message>
    <message>
        <source>The contact I would like more of</source>
        <translation>El contacto que me gustaría tener más</translation>
    </message>
    <message>
        <source>What gets in the way</source>
        <translation>Lo que lo dificulta</translation>
    </message>
    <message>
        <source>Small steps towards people I could try</source>
        <translation>Pequeños pasos que podría dar para acercarme a otras personas</translation>
    </message>
    <message>
        <source>What I tried, and how it went</source>
        <translation>Lo que probé y cómo fue</translation>
    </message>
    <message>
        <source>What I expect of them</source>
        <translation>Lo que espero de esa persona</translation>
    </message>
    <message>
        <source>What they expect of me</source>
        <translation>Lo que espera de mí</translation>
    </message>
    <message>
        <source>Options: what could change, on either side</source>
        <translation>Opciones: qué podría cambiar, por cada parte</translation>
    </message>
    <message>
        <source>Which worksheet</source>
        <translation>Qué ficha</translation>
    </message>
    <message>
        <source>A role transition</source>
        <translation>Una transición de rol</translation>
    </message>
    <message>
        <source>A role dispute</source>
        <translation>Un conflicto de roles</translation>
    </message>
    <message>
        <source>Grief</source>
        <translation>Duelo</translation>
    </message>
    <message>
        <source>Feeling cut off or lonely</source>
        <translation>Aislamiento o soledad</translation>
    </message>
    <message>
        <source>My transition worksheets</source>
        <translation>Mis fichas de transición</translation>
    </message>
    <message>
        <source>My dispute worksheets</source>
        <translation>Mis fichas de conflicto</translation>
    </message>
    <message>
        <source>My grief worksheets</source>
        <translation>Mis fichas de duelo</translation>
    </message>
    <message>
        <source>My worksheets on feeling cut off</source>
        <translation>Mis fichas sobre aislamiento</translation>
    </message>
    <message>
        <source>%1 earlier versions</source>
        <translation>%1 versiones anteriores</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>modificada el %1</translation>
    </message>
    <message>
        <source>Show older worksheets</source>
        <translation>Mostrar fichas anteriores</translation>
    </message>
    <message>
        <source>Start a new worksheet</source>
        <translation>Empezar una ficha nueva</translation>
    </message>
    <message>
        <source>Role transition</source>
        <translation>Transición de rol</translation>
    </message>
    <message>
        <source>A new role transition</source>
        <translation>Una transición de rol nueva</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>El cambio</translation>
    </message>
    <message>
        <source>The change, e.g. going back to work</source>
        <translation>El cambio, p. ej. volver al trabajo</translation>
    </message>
    <message>
        <source>Role dispute</source>
        <translation>Conflicto de roles</translation>
    </message>
    <message>
        <source>A new role dispute</source>
        <translation>Un conflicto de roles nuevo</translation>
    </message>
    <message>
        <source>Who is it with?</source>
        <translation>¿Con quién es?</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>De qué trata</translation>
    </message>
    <message>
        <source>What the dispute is about</source>
        <translation>De qué trata el conflicto</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>En qué punto está</translation>
    </message>
    <message>
        <source>A new grief worksheet</source>
        <translation>Una ficha de duelo nueva</translation>
    </message>
    <message>
        <source>Who are you grieving for?</source>
        <translation>¿Por quién es tu duelo?</translation>
    </message>
    <message>
        <source>A new worksheet on feeling cut off or lonely</source>
        <translation>Una ficha nueva sobre aislamiento o soledad</translation>
    </message>
    <message>
        <source>A short name for this worksheet</source>
        <translation>Un nombre corto para esta ficha</translation>
    </message>
    <message>
        <source>A short name, e.g. since the move</source>
        <translation>Un nombre corto, p. ej. desde la mudanza</translation>
    </message>
    <message>
        <source>Worksheet deleted.</source>
        <translation>Ficha borrada.</translation>
    </message>
    <message>
        <source>Save a new version</source>
        <translation>Guardar una versión nueva</translation>
    </message>
    <message>
        <source>Save worksheet</source>
        <translation>Guardar la ficha</translation>
    </message>
    <message>
        <source>Saved. Earlier versions are kept below.</source>
        <translation>Guardada. Las versiones anteriores se conservan abajo.</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
</context>
</TS>
