<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message numerus="yes">
        <source>Saved %n entries to %1.</source>
        <translation>
            <numerusform>Se guardó %n entrada en %1.</numerusform>
            <numerusform>Se guardaron %n entradas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries you marked private were left out.</source>
        <translation>
            <numerusform>Se omitió %n entrada que marcaste como privada.</numerusform>
            <numerusform>Se omitieron %n entradas que marcaste como privadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No clinic profile: every module that came with Tessera, which you can turn on or off</source>
        <translation>Sin perfil de clínica: todos los módulos que vienen con Tessera, que puedes activar o desactivar</translation>
    </message>
    <message>
        <source>%1, set by %2; the modules are chosen for you</source>
        <translation>%1, definido por %2; los módulos ya vienen elegidos para ti</translation>
    </message>
    <message>
        <source>your clinic</source>
        <translation>tu clínica</translation>
    </message>
    <message>
        <source>%1 (from %2); you can turn modules on or off</source>
        <translation>%1 (de %2); puedes activar o desactivar módulos</translation>
    </message>
    <message>
        <source>%1 (made before the bin was emptied on %2: it still holds the entries deleted forever then)</source>
        <translation>%1 (hecha antes de vaciar la papelera el %2: todavía contiene las entradas que entonces se eliminaron para siempre)</translation>
    </message>
    <message>
        <source>your journal as it was before a restore (%1)</source>
        <translation>tu diario tal como estaba antes de una restauración (%1)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>¿Necesitas ayuda ahora?</translation>
    </message>
    <message>
        <source>Share with my clinician</source>
        <translation>Compartir con mi profesional de salud</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Sharing with my clinic</source>
        <translation>Compartir con mi clínica</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>No journal is open.</source>
        <translation>No hay ningún diario abierto.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Entries you marked private are included.</source>
        <translation>Se incluyen las entradas que marcaste como privadas.</translation>
    </message>
    <message>
        <source>Backup saved to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
    <message>
        <source>Restored. The journal as it was is kept at %1.</source>
        <translation>Restaurado. El diario tal como estaba se conserva en %1.</translation>
    </message>
    <message>
        <source>The journal is open; restore a backup from Settings.</source>
        <translation>El diario está abierto; restaura una copia de seguridad desde Ajustes.</translation>
    </message>
    <message>
        <source>There is no automatic backup to restore.</source>
        <translation>No hay ninguna copia de seguridad automática que restaurar.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restaurado.</translation>
    </message>
    <message>
        <source>Restored. The journal that did not open is kept, unchanged, at %1.</source>
        <translation>Restaurado. El diario que no se abrió se conserva, sin cambios, en %1.</translation>
    </message>
    <message>
        <source>The backup %1 is dated in the future, so it was left as it is and not counted; automatic backups carry on. Is this computer&apos;s clock right?</source>
        <translation>La copia de seguridad %1 tiene una fecha futura, así que se dejó como está y no se tiene en cuenta; las copias de seguridad automáticas continúan. ¿Está bien la hora de este equipo?</translation>
    </message>
    <message>
        <source>The automatic backup failed. %1</source>
        <translation>No se pudo hacer la copia de seguridad automática. %1</translation>
    </message>
    <message>
        <source>Your journal is damaged, so nothing more is saved to it; everything in it stays as it is. Restore the latest backup in Settings. (SQLite found: %1)</source>
        <translation>Tu diario está dañado, así que ya no se guarda nada más en él; todo lo que contiene se queda como está. Restaura la copia de seguridad más reciente en Ajustes. (SQLite encontró: %1)</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>After 1 minute</source>
        <translation>Tras 1 minuto</translation>
    </message>
    <message>
        <source>After %1 minutes</source>
        <translation>Tras %1 minutos</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>Escribe primero tu clave de recuperación.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Escribe primero tu frase de contraseña.</translation>
    </message>
    <message>
        <source>That did not open your journal. Nothing was changed. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Con eso no se abrió tu diario. No se cambió nada. Revisa la distribución del teclado y el Bloq Mayús, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Elige una frase de contraseña de al menos %1 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type it again in both fields.</source>
        <translation>Las dos frases de contraseña no coinciden. Vuelve a escribirla en los dos campos.</translation>
    </message>
    <message>
        <source>Your clinic&apos;s settings ask for a passphrase on this computer.</source>
        <translation>La configuración de tu clínica pide una frase de contraseña en este equipo.</translation>
    </message>
    <message>
        <source>There is no recovery key to save.</source>
        <translation>No hay ninguna clave de recuperación que guardar.</translation>
    </message>
    <message>
        <source>Tessera recovery key</source>
        <translation>Clave de recuperación de Tessera</translation>
    </message>
    <message>
        <source>The PDF could not be written at %1.</source>
        <translation>No se pudo escribir el PDF en %1.</translation>
    </message>
    <message>
        <source>This key opens your journal if you forget your passphrase.</source>
        <translation>Esta clave abre tu diario si olvidas tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe and private, away from this computer, like a spare house key. Anyone who has it can open your journal.</source>
        <translation>Guárdala en un lugar seguro y privado, lejos de este equipo, como una llave de repuesto de tu casa. Cualquiera que la tenga puede abrir tu diario.</translation>
    </message>
    <message>
        <source>To use it, choose &quot;Use recovery key instead&quot; on the lock screen, or run tessera-cli with --recovery-key-file.</source>
        <translation>Para usarla, elige &quot;Usar la clave de recuperación&quot; en la pantalla de bloqueo, o ejecuta tessera-cli con --recovery-key-file.</translation>
    </message>
    <message>
        <source>Saved at %1. Print it or copy it somewhere safe, then delete the file from this computer.</source>
        <translation>Guardada en %1. Imprímela o cópiala en un lugar seguro y después borra el archivo de este equipo.</translation>
    </message>
    <message>
        <source>The current passphrase is not right, so nothing was changed.</source>
        <translation>La frase de contraseña actual no es correcta, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Your recovery key stays the same.</source>
        <translation>Tu frase de contraseña se cambió. Tu clave de recuperación sigue siendo la misma.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>El diario no está abierto.</translation>
    </message>
    <message>
        <source>Encryption was not turned on: %1</source>
        <translation>No se activó el cifrado: %1</translation>
    </message>
    <message>
        <source>Your journal is encrypted. Write down your recovery key now: it is shown only once.</source>
        <translation>Tu diario está cifrado. Anota ahora tu clave de recuperación: solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>Your clinic&apos;s settings ask for encryption on this computer.</source>
        <translation>La configuración de tu clínica pide cifrado en este equipo.</translation>
    </message>
    <message>
        <source>Encryption was not turned off: %1</source>
        <translation>No se desactivó el cifrado: %1</translation>
    </message>
    <message>
        <source>Your journal is no longer encrypted.</source>
        <translation>Tu diario ya no está cifrado.</translation>
    </message>
</context>
<context>
    <name>AppearanceSettings</name>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Tema oscuro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text also follows your system&apos;s font size.</source>
        <translation>El texto también sigue el tamaño de letra del sistema.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Show the keyboard shortcuts</source>
        <translation>Mostrar los atajos de teclado</translation>
    </message>
    <message>
        <source>Also with the ? key or Ctrl+/</source>
        <translation>También con la tecla ? o Ctrl+/</translation>
    </message>
    <message>
        <source>Pages change language at once; the names of modules and of their entries in the list of pages and on the timeline change the next time Tessera starts.</source>
        <translation>Las páginas cambian de idioma al momento; los nombres de los módulos y de sus entradas en la lista de páginas y en la línea de tiempo cambian la próxima vez que se abra Tessera.</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>Back to Learn</source>
        <translation>Volver a Aprender</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>1 minute to read</source>
        <translation>1 minuto de lectura</translation>
    </message>
    <message>
        <source>%1 minutes to read</source>
        <translation>%1 minutos de lectura</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Links in this article</source>
        <translation>Enlaces de este artículo</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Try it: %1</source>
        <translation>Pruébalo: %1</translation>
    </message>
</context>
<context>
    <name>BackToButton</name>
    <message>
        <source>Back to %1</source>
        <translation>Volver a %1</translation>
    </message>
</context>
<context>
    <name>Bin</name>
    <message>
        <source>Deleted %1</source>
        <translation>Eliminada el %1</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>El diario no está abierto.</translation>
    </message>
    <message>
        <source>That entry could not be restored: %1</source>
        <translation>No se pudo restaurar esa entrada: %1</translation>
    </message>
    <message>
        <source>Restored. It is back in your timeline.</source>
        <translation>Restaurada. Ya está de nuevo en tu línea de tiempo.</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>No se eliminó nada: %1</translation>
    </message>
    <message>
        <source>Nothing to delete: no entry in the bin was deleted that long ago.</source>
        <translation>Nada que eliminar: ninguna entrada de la papelera se eliminó hace tanto tiempo.</translation>
    </message>
    <message>
        <source>Backups made before still hold them until newer backups replace them.</source>
        <translation>Las copias de seguridad hechas antes las siguen conteniendo hasta que otras más nuevas las sustituyan.</translation>
    </message>
    <message>
        <source>1 entry deleted forever. %1</source>
        <translation>1 entrada eliminada para siempre. %1</translation>
    </message>
    <message>
        <source>%1 entries deleted forever. %2</source>
        <translation>%1 entradas eliminadas para siempre. %2</translation>
    </message>
</context>
<context>
    <name>BinEntryRow</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurar %1</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Eliminar para siempre</translation>
    </message>
    <message>
        <source>Delete this entry forever? This cannot be undone.</source>
        <translation>¿Eliminar esta entrada para siempre? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>BinPage</name>
    <message>
        <source>Bin</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Entries you delete wait here, so you can bring them back. Delete them forever when you want them gone.</source>
        <translation>Las entradas que eliminas esperan aquí, para que puedas recuperarlas. Elimínalas para siempre cuando quieras que desaparezcan.</translation>
    </message>
    <message>
        <source>The journal is not open</source>
        <translation>El diario no está abierto</translation>
    </message>
    <message>
        <source>When your journal opens again, its deleted entries are shown here.</source>
        <translation>Cuando tu diario vuelva a abrirse, aquí se mostrarán sus entradas eliminadas.</translation>
    </message>
    <message>
        <source>The bin is empty</source>
        <translation>La papelera está vacía</translation>
    </message>
    <message>
        <source>Nothing is waiting here. Entries you delete stay in the bin until you delete them forever.</source>
        <translation>No hay nada esperando aquí. Las entradas que eliminas se quedan en la papelera hasta que las eliminas para siempre.</translation>
    </message>
    <message>
        <source>Empty the bin</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <source>Deleting forever removes the entries and their earlier versions from your journal file. It cannot be undone. Backups made before still hold them until newer backups replace them.</source>
        <translation>Eliminar para siempre quita las entradas y sus versiones anteriores del archivo de tu diario. No se puede deshacer. Las copias de seguridad hechas antes las siguen conteniendo hasta que otras más nuevas las sustituyan.</translation>
    </message>
    <message>
        <source>Entries deleted more than</source>
        <translation>Entradas eliminadas hace más de</translation>
    </message>
    <message>
        <source>Days since the entries were deleted</source>
        <translation>Días desde que se eliminaron las entradas</translation>
    </message>
    <message>
        <source>days ago</source>
        <translation>días</translation>
    </message>
    <message>
        <source>No entry was deleted that long ago.</source>
        <translation>Ninguna entrada se eliminó hace tanto tiempo.</translation>
    </message>
    <message>
        <source>1 entry was deleted that long ago.</source>
        <translation>1 entrada se eliminó hace tanto tiempo.</translation>
    </message>
    <message>
        <source>%1 entries were deleted that long ago.</source>
        <translation>%1 entradas se eliminaron hace tanto tiempo.</translation>
    </message>
    <message>
        <source>Delete forever the entry deleted more than %1 days ago? This cannot be undone.</source>
        <translation>¿Eliminar para siempre la entrada eliminada hace más de %1 días? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete forever the %1 entries deleted more than %2 days ago? This cannot be undone.</source>
        <translation>¿Eliminar para siempre las %1 entradas eliminadas hace más de %2 días? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Eliminar para siempre</translation>
    </message>
    <message>
        <source>Empty the whole bin</source>
        <translation>Vaciar toda la papelera</translation>
    </message>
    <message>
        <source>Delete forever the one entry in the bin? This cannot be undone.</source>
        <translation>¿Eliminar para siempre la única entrada de la papelera? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete forever all %1 entries in the bin? This cannot be undone.</source>
        <translation>¿Eliminar para siempre las %1 entradas de la papelera? No se puede deshacer.</translation>
    </message>
    <message>
        <source>The bin was last emptied on %1.</source>
        <translation>La papelera se vació por última vez el %1.</translation>
    </message>
    <message>
        <source>Delete the older entries forever</source>
        <translation>Eliminar para siempre las entradas más antiguas</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Caseload</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>%1, as %2. What clients chose to share; read from the clinic&apos;s service each time, kept on this computer only while shown.</source>
        <translation>%1, como %2. Lo que los pacientes eligieron compartir; se lee del servicio de la clínica cada vez y solo se guarda en este equipo mientras se muestra.</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>Pacientes: %1</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>Leyendo...</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Aún no hay pacientes</translation>
    </message>
    <message>
        <source>Add a client below: they pair their journal with the code you give them.</source>
        <translation>Añade un paciente aquí abajo: vinculará su diario con el código que le des.</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Añadir un paciente</translation>
    </message>
    <message>
        <source>Initials or a pseudonym the clinic knows them by</source>
        <translation>Iniciales o un seudónimo con el que la clínica lo conoce</translation>
    </message>
    <message>
        <source>Add and make a code</source>
        <translation>Añadir y crear un código</translation>
    </message>
    <message>
        <source>Pairing code %1</source>
        <translation>Código de vinculación %1</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Saves no entries of its own.</source>
        <translation>No guarda entradas propias.</translation>
    </message>
    <message>
        <source>Saves its own entries: %1.</source>
        <translation>Guarda sus propias entradas: %1.</translation>
    </message>
    <message>
        <source>Reads only its own entries.</source>
        <translation>Solo lee sus propias entradas.</translation>
    </message>
    <message>
        <source>Reads these entries from other modules: %1. You allowed this.</source>
        <translation>Lee estas entradas de otros módulos: %1. Tú lo permitiste.</translation>
    </message>
    <message>
        <source>Reads these entries from other modules: %1. Your clinic allowed this.</source>
        <translation>Lee estas entradas de otros módulos: %1. Tu clínica lo permitió.</translation>
    </message>
    <message>
        <source>Reads these entries from other modules: %1. This is allowed in the demo.</source>
        <translation>Lee estas entradas de otros módulos: %1. En la demostración está permitido.</translation>
    </message>
    <message>
        <source>Would like to read these entries from other modules: %1, to show them beside its own. It reads none of them until you allow it.</source>
        <translation>Querría leer estas entradas de otros módulos: %1, para mostrarlas junto a las suyas. No lee ninguna hasta que lo permitas.</translation>
    </message>
    <message>
        <source>Asks to read these entries from other modules: %1. You said not now, so it does not read them.</source>
        <translation>Pide leer estas entradas de otros módulos: %1. Dijiste que ahora no, así que no las lee.</translation>
    </message>
    <message>
        <source>Asks to read these entries from other modules: %1. Your clinic&apos;s settings do not allow it, so it does not read them.</source>
        <translation>Pide leer estas entradas de otros módulos: %1. La configuración de tu clínica no lo permite, así que no las lee.</translation>
    </message>
    <message>
        <source>%1 would like to read some of your entries from other modules: %2. It would show them beside its own. It reads none of them until you allow it.</source>
        <translation>%1 querría leer algunas de tus entradas de otros módulos: %2. Las mostraría junto a las suyas. No lee ninguna hasta que lo permitas.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation>No se pudo iniciar</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>No cargado</translation>
    </message>
    <message>
        <source>Like any program you install, it runs with your account&apos;s rights while it is on.</source>
        <translation>Como cualquier programa que instalas, funciona con los permisos de tu cuenta mientras está activado.</translation>
    </message>
    <message>
        <source>Your modules are set by %1 and cannot be changed here.</source>
        <translation>Tus módulos los establece %1 y no se pueden cambiar aquí.</translation>
    </message>
    <message>
        <source>No module with the id %1.</source>
        <translation>No hay ningún módulo con el id %1.</translation>
    </message>
    <message>
        <source>My safety plan (Tessera)</source>
        <translation>Mi plan de seguridad (Tessera)</translation>
    </message>
    <message>
        <source>Support offered (Tessera)</source>
        <translation>Apoyo ofrecido (Tessera)</translation>
    </message>
    <message>
        <source>%1 would like to read some of your entries from other modules, to show them beside its own. It reads none of them until you allow it.</source>
        <translation>%1 quiere leer algunas de tus entradas de otros módulos, para mostrarlas junto a las suyas. No lee ninguna hasta que lo permitas.</translation>
    </message>
</context>
<context>
    <name>CatalogDelegate</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>version %1 · SDK %2</source>
        <translation>versión %1 · SDK %2</translation>
    </message>
    <message>
        <source>Changes when you next open Tessera.</source>
        <translation>El cambio se aplica la próxima vez que abras Tessera.</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 activado</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Turn modules on or off. What you have written stays in your journal either way.</source>
        <translation>Activa o desactiva módulos. Lo que has escrito se queda en tu diario en cualquier caso.</translation>
    </message>
    <message>
        <source>A module is a program: keep on only modules you trust, such as those that come with Tessera or from your clinic.</source>
        <translation>Un módulo es un programa: deja activados solo los módulos en los que confíes, como los que vienen con Tessera o los de tu clínica.</translation>
    </message>
    <message>
        <source>Your changes take effect the next time you open Tessera.</source>
        <translation>Tus cambios se aplican la próxima vez que abras Tessera.</translation>
    </message>
    <message>
        <source>Your modules are chosen by %1, and cannot be turned on or off here.</source>
        <translation>Tus módulos los elige %1, y aquí no se pueden activar ni desactivar.</translation>
    </message>
    <message>
        <source>For your clinic, from the profile:</source>
        <translation>Para tu clínica, sobre el perfil:</translation>
    </message>
</context>
<context>
    <name>ChipPicker</name>
    <message>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2; the arrow keys move between them</source>
        <translation>%1 de %2; las flechas pasan de una a otra</translation>
    </message>
</context>
<context>
    <name>ClientRecordsPage</name>
    <message>
        <source>Back to the caseload</source>
        <translation>Volver a los casos</translation>
    </message>
    <message>
        <source>Shared entries: %1. Only what the client chose to share; what they withdrew is not shown.</source>
        <translation>Entradas compartidas: %1. Solo lo que el paciente eligió compartir; lo que retiró no se muestra.</translation>
    </message>
    <message>
        <source>Shared entries</source>
        <translation>Entradas compartidas</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (mood %2 of 10)</source>
        <translation>%1 (ánimo %2 de 10)</translation>
    </message>
</context>
<context>
    <name>ClinicSharingPage</name>
    <message>
        <source>Sharing with my clinic</source>
        <translation>Compartir con mi clínica</translation>
    </message>
    <message>
        <source>Your clinic sees only what you choose here. You can stop at any time.</source>
        <translation>Tu clínica solo ve lo que elijas aquí. Puedes dejar de compartir en cualquier momento.</translation>
    </message>
    <message>
        <source>The journal is not open</source>
        <translation>El diario no está abierto</translation>
    </message>
    <message>
        <source>When your journal opens again, you can share from it here.</source>
        <translation>Cuando tu diario vuelva a abrirse, podrás compartir desde aquí.</translation>
    </message>
    <message>
        <source>Pair with your clinic</source>
        <translation>Vincular con tu clínica</translation>
    </message>
    <message>
        <source>Your clinic gives you its address and a code that works once, for 15 minutes. Pairing shares nothing by itself.</source>
        <translation>Tu clínica te da su dirección y un código que solo funciona una vez, durante 15 minutos. Vincular no comparte nada por sí solo.</translation>
    </message>
    <message>
        <source>The clinic&apos;s address</source>
        <translation>La dirección de la clínica</translation>
    </message>
    <message>
        <source>for example https://clinic.example.org</source>
        <translation>por ejemplo https://clinic.example.org</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Código de vinculación</translation>
    </message>
    <message>
        <source>for example ABCDE-FGHJK (capitals and the dash do not matter)</source>
        <translation>por ejemplo ABCDE-FGHJK (no importan las mayúsculas ni el guion)</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Paired with %1</source>
        <translation>Vinculado con %1</translation>
    </message>
    <message>
        <source>The clinic knows you as: %1</source>
        <translation>La clínica te conoce como: %1</translation>
    </message>
    <message>
        <source>Shared: %1    Waiting: %2    Could not be sent: %3</source>
        <translation>Compartidas: %1    En espera: %2    No se pudieron enviar: %3</translation>
    </message>
    <message>
        <source>Shared: %1    Waiting: %2</source>
        <translation>Compartidas: %1    En espera: %2</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Enviando...</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>Qué se comparte</translation>
    </message>
    <message>
        <source>Nothing is shared by kind yet. Choose below.</source>
        <translation>Todavía no se comparte nada por tipo. Elige abajo.</translation>
    </message>
    <message>
        <source>Stop: send no more</source>
        <translation>Parar: no enviar más</translation>
    </message>
    <message>
        <source>Stop sharing %1: send no more, keep what was sent</source>
        <translation>Dejar de compartir %1: no enviar más y conservar lo enviado</translation>
    </message>
    <message>
        <source>Stop and withdraw what was sent</source>
        <translation>Parar y retirar lo enviado</translation>
    </message>
    <message>
        <source>Withdraw what was sent? The clinic&apos;s clinicians will no longer see it; the clinic keeps a copy marked as withdrawn, as a record of your care.</source>
        <translation>¿Retirar lo enviado? Los profesionales de salud de la clínica ya no lo verán; la clínica conserva una copia marcada como retirada, como registro de tu atención.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Picked one by one from the timeline: %1.</source>
        <translation>Elegidas una a una desde la línea de tiempo: %1.</translation>
    </message>
    <message>
        <source>Share more</source>
        <translation>Compartir más</translation>
    </message>
    <message>
        <source>What to share</source>
        <translation>Qué compartir</translation>
    </message>
    <message>
        <source>Choose what to share</source>
        <translation>Elige qué compartir</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Now on</source>
        <translation>Desde ahora</translation>
    </message>
    <message>
        <source>Now on, and the last 30 days</source>
        <translation>Desde ahora, y los últimos 30 días</translation>
    </message>
    <message>
        <source>Now on, and the last 90 days</source>
        <translation>Desde ahora, y los últimos 90 días</translation>
    </message>
    <message>
        <source>Entries you marked private stay here unless you pick them one by one in the timeline. New entries of this kind are sent a few seconds after you save them.</source>
        <translation>Las entradas que marcaste como privadas se quedan aquí, a menos que las elijas una a una en la línea de tiempo. Las entradas nuevas de este tipo se envían unos segundos después de que las guardes.</translation>
    </message>
    <message>
        <source>If you share PHQ-9 results, your clinician is shown any answer above &quot;Not at all&quot; to the question about being better off dead or hurting yourself, so that you can talk about it. No one watches this around the clock: if you are in danger, use Need help now? (F1).</source>
        <translation>Si compartes resultados del PHQ-9, a tu profesional de salud se le muestra cualquier respuesta distinta de &quot;Ningún día&quot; en la pregunta sobre pensar que estarías mejor muerto o muerta o sobre hacerte daño, para que pueda hablarlo contigo. Nadie lo vigila a todas horas: si estás en peligro, usa ¿Necesitas ayuda ahora? (F1).</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>Compartir %1</translation>
    </message>
    <message>
        <source>Could not be sent</source>
        <translation>No se pudieron enviar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stop sharing with %1</source>
        <translation>Dejar de compartir con %1</translation>
    </message>
    <message>
        <source>Nothing more goes, and this computer forgets the clinic. What was already sent stays visible to your clinicians unless you withdraw it first: &quot;Stop and withdraw what was sent&quot; on each item above, and &quot;Stop sharing with my clinic&quot; in the timeline for entries you picked one by one.</source>
        <translation>Ya no se envía nada más y este equipo olvida la clínica. Lo que ya se envió sigue visible para tus profesionales de salud, a menos que antes lo retires: &quot;Parar y retirar lo enviado&quot; en cada elemento de arriba, y &quot;Dejar de compartir con mi clínica&quot; en la línea de tiempo para las entradas que elegiste una a una.</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Withdrawals that have not reached the clinic yet: %1. Tessera sends them first if it can; if it cannot, those entries stay with the clinic. Stop sharing with %2?</source>
        <translation>Retiradas que todavía no han llegado a la clínica: %1. Tessera las envía primero si puede; si no puede, esas entradas se quedan en la clínica. ¿Dejar de compartir con %2?</translation>
    </message>
    <message>
        <source>Stop sharing with %1? Your clinicians will still see the %2 entries already sent.</source>
        <translation>¿Dejar de compartir con %1? Tus profesionales de salud seguirán viendo las %2 entradas ya enviadas.</translation>
    </message>
</context>
<context>
    <name>ClinicianPairing</name>
    <message>
        <source>Pair this computer with the clinic</source>
        <translation>Vincular este equipo con la clínica</translation>
    </message>
    <message>
        <source>Once paired, this computer shows your clinic&apos;s caseload while online. Nothing about clients is kept on it.</source>
        <translation>Una vez vinculado, este equipo muestra los casos de tu clínica mientras está en línea. No se guarda en él nada sobre los pacientes.</translation>
    </message>
    <message>
        <source>The clinic&apos;s service</source>
        <translation>El servicio de la clínica</translation>
    </message>
    <message>
        <source>The clinic&apos;s address</source>
        <translation>La dirección de la clínica</translation>
    </message>
    <message>
        <source>Clinician&apos;s pairing code</source>
        <translation>Código de vinculación del profesional de salud</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Vincular</translation>
    </message>
</context>
<context>
    <name>ClinicianReport</name>
    <message>
        <source>Nothing to show in this period</source>
        <translation>Nada que mostrar en este periodo</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Tessera report for the clinician</source>
        <translation>Informe de Tessera para el profesional de salud</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
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
        <source>Made on %1 at %2.</source>
        <translation>Generado el %1 a las %2.</translation>
    </message>
    <message>
        <source>No entries were chosen for this period.</source>
        <translation>No se eligió ninguna entrada para este periodo.</translation>
    </message>
    <message>
        <source>Shared by the client: %1 %2 from %3.</source>
        <translation>El paciente compartió %1 %2 de %3.</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>Entries the client marked private are included, as chosen for this report.</source>
        <translation>Se incluyen las entradas que el paciente marcó como privadas, tal como se eligió para este informe.</translation>
    </message>
    <message>
        <source>Entries the client marked private are left out.</source>
        <translation>Se omiten las entradas que el paciente marcó como privadas.</translation>
    </message>
    <message>
        <source>Mood over the period</source>
        <translation>Ánimo durante el periodo</translation>
    </message>
    <message>
        <source>Mood (0-10)</source>
        <translation>Ánimo (0-10)</translation>
    </message>
    <message>
        <source>The chosen entries have no mood ratings in this period.</source>
        <translation>Las entradas elegidas no tienen valoraciones del ánimo en este periodo.</translation>
    </message>
    <message>
        <source>%1: %2 ratings, average %3</source>
        <translation>%1: %2 valoraciones, media %3</translation>
    </message>
    <message>
        <source>The ratings come from: %1.</source>
        <translation>Las valoraciones proceden de: %1.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Aún sin revisar</translation>
    </message>
    <message>
        <source>Support offered</source>
        <translation>Apoyo ofrecido</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>No se ofreció</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 veces</translation>
    </message>
    <message>
        <source>Tessera&apos;s support notice (crisis page and safety plan), shown when a module noticed a sign of risk%1.</source>
        <translation>El aviso de apoyo de Tessera (página de crisis y plan de seguridad), que se muestra cuando un módulo detecta una señal de riesgo%1.</translation>
    </message>
    <message>
        <source>; %1 of them urgent</source>
        <translation>; urgentes: %1</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>1 entry in the period</source>
        <translation>1 entrada en el periodo</translation>
    </message>
    <message>
        <source>%1 entries in the period</source>
        <translation>%1 entradas en el periodo</translation>
    </message>
    <message>
        <source>%1 (module: %2)</source>
        <translation>%1 (módulo: %2)</translation>
    </message>
    <message>
        <source>Entries by kind: %1.</source>
        <translation>Entradas por tipo: %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>The latest %1 of the %2 entries are listed; the counts above cover them all.</source>
        <translation>Se muestran las %1 más recientes de las %2 entradas; los recuentos de arriba las incluyen todas.</translation>
    </message>
    <message>
        <source>Tessera - shared by the client</source>
        <translation>Tessera - compartido por el paciente</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Tessera report for the clinician: %1</source>
        <translation>Informe de Tessera para el profesional de salud: %1</translation>
    </message>
    <message>
        <source>%1: one rating of %2</source>
        <translation>%1: una valoración de %2</translation>
    </message>
    <message>
        <source>Mood was rated once in the %1 days: %2 out of 10.</source>
        <translation>El ánimo se valoró una vez en los %1 días: %2 de 10.</translation>
    </message>
    <message>
        <source>Mood was rated %1 times on %2 of the %3 days; the average of all the ratings was %4 out of 10 (daily averages from %5 to %6, their average %7, as the app&apos;s mood chart gives it).</source>
        <translation>El ánimo se puntuó %1 veces en %2 de los %3 días; la media de todas las puntuaciones fue %4 sobre 10 (medias diarias de %5 a %6, con una media de %7, como la da el gráfico de ánimo de la aplicación).</translation>
    </message>
</context>
<context>
    <name>ClinicianView</name>
    <message>
        <source>This computer cannot sign in to the clinic: its cryptography library (libsodium) could not start.</source>
        <translation>Este equipo no puede conectarse con la clínica: no se pudo iniciar su biblioteca de criptografía (libsodium).</translation>
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
        <source>The clinician&apos;s key in %1 is damaged: pair this computer again.</source>
        <translation>La clave del profesional en %1 está dañada: vuelve a vincular este equipo.</translation>
    </message>
    <message>
        <source>The clinic&apos;s service cannot be reached (%1). Nothing is kept on this computer: try again when online.</source>
        <translation>No se puede conectar con el servicio de la clínica (%1). En este equipo no se guarda nada: vuelve a intentarlo cuando haya conexión.</translation>
    </message>
    <message>
        <source>The clinic no longer accepts this computer. Ask the clinic&apos;s administrator, then pair again.</source>
        <translation>La clínica ya no acepta este equipo. Consulta con la administración de la clínica y vuelve a vincularlo.</translation>
    </message>
    <message>
        <source>The clinic&apos;s service answered %1: %2</source>
        <translation>El servicio de la clínica respondió %1: %2</translation>
    </message>
    <message>
        <source>Both the clinic&apos;s address and the code are needed.</source>
        <translation>Hacen falta la dirección de la clínica y el código.</translation>
    </message>
    <message>
        <source>The clinic&apos;s address must start with https://</source>
        <translation>La dirección de la clínica debe empezar por https://</translation>
    </message>
    <message>
        <source>This code is not valid: it may have been used or have expired.</source>
        <translation>Este código no es válido: puede que ya se haya usado o que haya caducado.</translation>
    </message>
    <message>
        <source>This code is for a client&apos;s journal, not a clinician&apos;s computer.</source>
        <translation>Este código es para el diario de una persona usuaria, no para el equipo de un profesional.</translation>
    </message>
    <message>
        <source>The key could not be saved in %1.</source>
        <translation>No se pudo guardar la clave en %1.</translation>
    </message>
    <message>
        <source>This computer is paired with %1.</source>
        <translation>Este equipo está vinculado con %1.</translation>
    </message>
    <message>
        <source>The caseload could not be read: %1</source>
        <translation>No se pudo leer la lista de personas atendidas: %1</translation>
    </message>
    <message>
        <source>No PHQ-9 results shared</source>
        <translation>Ningún resultado del PHQ-9 compartido</translation>
    </message>
    <message>
        <source>PHQ-9 %1 (%2), %3</source>
        <translation>PHQ-9 %1 (%2), %3</translation>
    </message>
    <message>
        <source>down from %1 on %2</source>
        <translation>ha bajado de %1 (%2)</translation>
    </message>
    <message>
        <source>up from %1 on %2</source>
        <translation>ha subido de %1 (%2)</translation>
    </message>
    <message>
        <source>the same as on %1</source>
        <translation>igual que el %1</translation>
    </message>
    <message>
        <source>To review: PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered above &quot;Not at all&quot; in shared results: %1, the latest on %2</source>
        <translation>Para revisar: la pregunta 9 del PHQ-9 (pensamientos de que estaría mejor muerto o de hacerse daño) respondida por encima de &quot;Ningún día&quot; en los resultados compartidos: %1, la más reciente el %2</translation>
    </message>
    <message>
        <source>Last shared %1</source>
        <translation>Último envío el %1</translation>
    </message>
    <message>
        <source>Paired; nothing shared yet</source>
        <translation>Vinculada; aún no ha compartido nada</translation>
    </message>
    <message>
        <source>Not paired yet</source>
        <translation>Aún sin vincular</translation>
    </message>
    <message>
        <source>This client&apos;s entries could not be read: %1</source>
        <translation>No se pudieron leer las entradas de esta persona: %1</translation>
    </message>
    <message>
        <source>%1: %2 points from %3 to %4; lowest %5, highest %6, latest %7.</source>
        <translation>%1: %2 puntos del %3 al %4; mínimo %5, máximo %6, último %7.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>A name for the client is needed: initials or a pseudonym the clinic knows them by.</source>
        <translation>Hace falta un nombre para el paciente: sus iniciales o un seudónimo con el que la clínica lo conozca.</translation>
    </message>
    <message>
        <source>The client could not be added: %1</source>
        <translation>No se pudo añadir al paciente: %1</translation>
    </message>
    <message>
        <source>Give %1 this code and the clinic&apos;s address, %2. The code works once, for 15 minutes: %3</source>
        <translation>Da a %1 este código y la dirección de la clínica, %2. El código sirve una sola vez, durante 15 minutos: %3</translation>
    </message>
</context>
<context>
    <name>ClinicianWindow</name>
    <message>
        <source>Tessera for clinicians: %1</source>
        <translation>Tessera para profesionales de salud: %1</translation>
    </message>
    <message>
        <source>Tessera for clinicians</source>
        <translation>Tessera para profesionales de salud</translation>
    </message>
</context>
<context>
    <name>ComingUpSection</name>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Coming up (%1)</source>
        <translation>Próximamente (%1)</translation>
    </message>
    <message>
        <source>Coming up, %1 planned in the next two weeks</source>
        <translation>Próximamente: %1 cosas previstas para las próximas dos semanas</translation>
    </message>
    <message>
        <source>Shown; press to fold</source>
        <translation>Visible; pulsa para plegar</translation>
    </message>
    <message>
        <source>Folded; press to show</source>
        <translation>Plegado; pulsa para mostrar</translation>
    </message>
    <message>
        <source>%1, %2 at %3, %4</source>
        <translation>%1, %2 a las %3, %4</translation>
    </message>
</context>
<context>
    <name>ConfirmAction</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this entry? You can undo it straight after.</source>
        <translation>¿Eliminar esta entrada? Puedes deshacerlo justo después.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>CrisisDefaults</name>
    <message>
        <source>24 hours a day, every day</source>
        <translation>Las 24 horas, todos los días</translation>
    </message>
    <message>
        <source>Free to call from any phone. You don&apos;t have to be suicidal to call.</source>
        <translation>Llamada gratuita desde cualquier teléfono. No hace falta tener pensamientos suicidas para llamar.</translation>
    </message>
    <message>
        <source>Free and confidential. Call or text 988, or chat on the web site.</source>
        <translation>Gratuita y confidencial. Llama o escribe un SMS al 988, o chatea en su web.</translation>
    </message>
    <message>
        <source>Free. Call or text 988, in English or French.</source>
        <translation>Gratuita. Llama o escribe un SMS al 988, en inglés o en francés.</translation>
    </message>
    <message>
        <source>Línea 024 de atención a la conducta suicida. Free and confidential.</source>
        <translation>Línea 024 de atención a la conducta suicida. Gratuita y confidencial.</translation>
    </message>
    <message>
        <source>Crisis support and suicide prevention.</source>
        <translation>Apoyo en crisis y prevención del suicidio.</translation>
    </message>
    <message>
        <source>Free. Call or text 1737 to talk with a trained counsellor.</source>
        <translation>Gratuita. Llama o escribe un SMS al 1737 para hablar con un orientador formado.</translation>
    </message>
    <message>
        <source>Free and anonymous. Also on 0800 111 0 222.</source>
        <translation>Gratuita y anónima. También en el 0800 111 0 222.</translation>
    </message>
    <message>
        <source>Numéro national de prévention du suicide. Free.</source>
        <translation>Numéro national de prévention du suicide. Gratuita.</translation>
    </message>
</context>
<context>
    <name>CrisisPage</name>
    <message>
        <source>Need help now?</source>
        <translation>¿Necesitas ayuda ahora?</translation>
    </message>
    <message>
        <source>You do not have to get through this alone. Reaching out is a strong thing to do.</source>
        <translation>No tienes que pasar por esto a solas. Pedir ayuda es una muestra de fortaleza.</translation>
    </message>
    <message>
        <source>Who you can contact now</source>
        <translation>A quién puedes contactar ahora</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llama al %1</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation>Envía un mensaje de texto al %1</translation>
    </message>
    <message>
        <source>If you are in danger now, call your local emergency number: %1.</source>
        <translation>Si estás en peligro ahora, llama al número de emergencias de tu zona: %1.</translation>
    </message>
    <message>
        <source>If you are in danger now, call your local emergency number.</source>
        <translation>Si estás en peligro ahora, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>Your safety plan is kept in your journal, so it opens after you unlock. The contacts above work now.</source>
        <translation>Tu plan de seguridad se guarda en tu diario, así que se abre cuando desbloqueas. Los contactos de arriba funcionan ahora mismo.</translation>
    </message>
    <message>
        <source>Write my safety plan</source>
        <translation>Escribir mi plan de seguridad</translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation>Abrir mi plan de seguridad</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Tu privacidad</translation>
    </message>
    <message>
        <source>Open %1 in the web browser</source>
        <translation>Abrir %1 en el navegador</translation>
    </message>
    <message>
        <source>This address cannot be opened from here: %1</source>
        <translation>Esta dirección no se puede abrir desde aquí: %1</translation>
    </message>
    <message>
        <source>No web browser opened. The address is %1</source>
        <translation>No se abrió ningún navegador. La dirección es %1</translation>
    </message>
    <message>
        <source>Once Tessera is set up, you can write a safety plan here: what helps you, and who you can turn to. The contacts above work now.</source>
        <translation>Cuando Tessera esté configurado, podrás escribir aquí un plan de seguridad: lo que te ayuda y a quién puedes acudir. Los contactos de arriba funcionan ya.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>%1, date</source>
        <translation>%1, fecha</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>%1, time</source>
        <translation>%1, hora</translation>
    </message>
    <message>
        <source>Not a date and time</source>
        <translation>No es una fecha y hora válidas</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>dddd d MMMM</source>
        <comment>a day of this year (a QLocale date pattern)</comment>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>a day of another year (a QLocale date pattern)</comment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>DeleteWithUndo</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this entry? You can undo it straight after.</source>
        <translation>¿Eliminar esta entrada? Puedes deshacerlo justo después.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminada.</translation>
    </message>
</context>
<context>
    <name>DemoSafetyPlan</name>
    <message>
        <source>Sleeping badly for several nights</source>
        <translation>Dormir mal varias noches seguidas</translation>
    </message>
    <message>
        <source>Cancelling on friends</source>
        <translation>Cancelar planes con amigos</translation>
    </message>
    <message>
        <source>Thinking &quot;what&apos;s the point&quot;</source>
        <translation>Pensar «¿para qué?»</translation>
    </message>
    <message>
        <source>A walk by the canal</source>
        <translation>Un paseo junto al canal</translation>
    </message>
    <message>
        <source>A hot shower and my playlist</source>
        <translation>Una ducha caliente y mi lista de música</translation>
    </message>
    <message>
        <source>The 3-minute breathing space</source>
        <translation>El espacio de respiración de 3 minutos</translation>
    </message>
    <message>
        <source>The library café</source>
        <translation>La cafetería de la biblioteca</translation>
    </message>
    <message>
        <source>Ana&apos;s kitchen</source>
        <translation>La cocina de Ana</translation>
    </message>
    <message>
        <source>Ana (sister), 07700 900123</source>
        <translation>Ana (hermana), 07700 900123</translation>
    </message>
    <message>
        <source>Marco (friend from work), 07700 900456</source>
        <translation>Marco (amigo del trabajo), 07700 900456</translation>
    </message>
    <message>
        <source>My clinician at the CBT service, weekdays, 020 7946 0000</source>
        <translation>Mi profesional de salud del servicio de TCC, entre semana, 020 7946 0000</translation>
    </message>
    <message>
        <source>Samaritans, 116 123, any time</source>
        <translation>Samaritans, 116 123, a cualquier hora</translation>
    </message>
    <message>
        <source>Ask Ana to keep my spare medicines</source>
        <translation>Pedir a Ana que guarde mis medicamentos de sobra</translation>
    </message>
    <message>
        <source>Ana and my nephew</source>
        <translation>Ana y mi sobrino</translation>
    </message>
    <message>
        <source>Finishing the garden</source>
        <translation>Terminar el jardín</translation>
    </message>
    <message>
        <source>Seeing the sea again</source>
        <translation>Volver a ver el mar</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>Reminders can only appear while Tessera is running.</source>
        <translation>Los recordatorios solo pueden aparecer mientras Tessera está en marcha.</translation>
    </message>
    <message>
        <source>Keep Tessera running when the window is closed, so reminders can appear</source>
        <translation>Mantener Tessera en marcha al cerrar la ventana, para que puedan aparecer los recordatorios</translation>
    </message>
    <message>
        <source>When this is on, closing the window keeps Tessera running: in the system tray when your desktop has one, otherwise out of sight. Opening Tessera again brings the window back.</source>
        <translation>Con esta opción activada, al cerrar la ventana Tessera sigue en marcha: en la bandeja del sistema si tu escritorio tiene una y, si no, fuera de la vista. Al volver a abrir Tessera, la ventana reaparece.</translation>
    </message>
    <message>
        <source>Closing the window puts Tessera in the system tray, by the clock. Open it again from there, or choose Quit there to close it completely.</source>
        <translation>Al cerrar la ventana, Tessera pasa a la bandeja del sistema, junto al reloj. Vuelve a abrirlo desde ahí, o elige Salir ahí mismo para cerrarlo por completo.</translation>
    </message>
    <message>
        <source>This desktop shows no tray icon for Tessera, so closing the window hides it and Tessera keeps running out of sight. Open Tessera from your applications menu to bring the window back; &quot;Quit Tessera&quot; below closes it completely.</source>
        <translation>Este escritorio no muestra ningún icono de Tessera en la bandeja, así que al cerrar la ventana esta se oculta y Tessera sigue en marcha fuera de la vista. Abre Tessera desde el menú de aplicaciones para recuperar la ventana; &quot;Salir de Tessera&quot;, aquí abajo, lo cierra por completo.</translation>
    </message>
    <message>
        <source>Your clinic&apos;s settings suggest this; you can change it.</source>
        <translation>La configuración de tu clínica sugiere esto; puedes cambiarlo.</translation>
    </message>
    <message>
        <source>Start Tessera when I log in</source>
        <translation>Iniciar Tessera al iniciar sesión</translation>
    </message>
    <message>
        <source>Tessera starts quietly in the background, without opening its window, when it can be found again: in the system tray, or when it keeps running. Otherwise its window opens as usual.</source>
        <translation>Tessera se inicia discretamente en segundo plano, sin abrir su ventana, cuando se puede volver a encontrar: en la bandeja del sistema, o si sigue en marcha. Si no, su ventana se abre como siempre.</translation>
    </message>
    <message>
        <source>Quit Tessera</source>
        <translation>Salir de Tessera</translation>
    </message>
    <message>
        <source>Quit Tessera now</source>
        <translation>Salir de Tessera ahora</translation>
    </message>
</context>
<context>
    <name>DueItemRow</name>
    <message>
        <source>From an earlier day</source>
        <translation>De un día anterior</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>A las %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open %1 in %2</source>
        <translation>Abrir %1 en %2</translation>
    </message>
</context>
<context>
    <name>DueStrip</name>
    <message>
        <source>Due</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>See all %1 on Today</source>
        <translation>Ver los %1 en Hoy</translation>
    </message>
</context>
<context>
    <name>EncryptionSettings</name>
    <message>
        <source>Encryption and lock</source>
        <translation>Cifrado y bloqueo</translation>
    </message>
    <message>
        <source>Your journal is encrypted. Tessera asks for your passphrase when it starts and after it locks.</source>
        <translation>Tu diario está cifrado. Tessera te pide la frase de contraseña al iniciarse y después de bloquearse.</translation>
    </message>
    <message>
        <source>Your journal is not encrypted: anyone who can open your files on this computer could read it.</source>
        <translation>Tu diario no está cifrado: cualquiera que pueda abrir tus archivos en este equipo podría leerlo.</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+Shift+L)</source>
        <translation>Bloquear ahora (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Lock when I have not used Tessera for</source>
        <translation>Bloquear cuando deje de usar Tessera</translation>
    </message>
    <message numerus="yes">
        <source>Your clinic&apos;s settings lock Tessera after at most %n minute(s).</source>
        <translation>
            <numerusform>La configuración de tu clínica bloquea Tessera tras %n minuto como máximo.</numerusform>
            <numerusform>La configuración de tu clínica bloquea Tessera tras %n minutos como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repite la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Turn off encryption</source>
        <translation>Desactivar el cifrado</translation>
    </message>
    <message>
        <source>Store your journal without encryption on this computer?</source>
        <translation>¿Guardar tu diario sin cifrar en este equipo?</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <source>Turn on encryption</source>
        <translation>Activar el cifrado</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Protect your journal with a passphrase</source>
        <translation>Protege tu diario con una frase de contraseña</translation>
    </message>
    <message>
        <source>With a passphrase, what you write is encrypted on this computer: someone who borrows it, or finds a copy of your files, cannot read it. You type it when Tessera starts.</source>
        <translation>Con una frase de contraseña, lo que escribes se cifra en este equipo: quien te lo pida prestado, o encuentre una copia de tus archivos, no podrá leerlo. La escribes al iniciar Tessera.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>A few unrelated words, at least 8 characters, are easy to remember and hard to guess.</source>
        <translation>Unas cuantas palabras sin relación entre sí, con al menos 8 caracteres, son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <source>Protect my journal</source>
        <translation>Proteger mi diario</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now: start without a passphrase (you can add one later in Settings)</source>
        <translation>Ahora no: empezar sin frase de contraseña (puedes añadir una más adelante en Ajustes)</translation>
    </message>
    <message>
        <source>Your clinic&apos;s settings ask for a passphrase on this computer.</source>
        <translation>La configuración de tu clínica pide una frase de contraseña en este equipo.</translation>
    </message>
    <message>
        <source>You can add a passphrase later in Settings.</source>
        <translation>Puedes añadir una frase de contraseña más adelante en Ajustes.</translation>
    </message>
</context>
<context>
    <name>GoToPopup</name>
    <message>
        <source>Go to page</source>
        <translation>Ir a una página</translation>
    </message>
    <message>
        <source>Part of a page or module name</source>
        <translation>Parte del nombre de una página o un módulo</translation>
    </message>
    <message>
        <source>Up and Down choose a page, Enter opens it, Esc closes</source>
        <translation>Las flechas arriba y abajo eligen una página, Intro la abre y Esc cierra</translation>
    </message>
    <message>
        <source>No page has that in its name. Try fewer letters.</source>
        <translation>Ninguna página tiene eso en su nombre. Prueba con menos letras.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <source>Matching pages</source>
        <translation>Páginas que coinciden</translation>
    </message>
</context>
<context>
    <name>HelpNowButton</name>
    <message>
        <source>Need help now?</source>
        <translation>¿Necesitas ayuda ahora?</translation>
    </message>
    <message>
        <source>Need help now? Who to contact and your safety plan</source>
        <translation>¿Necesitas ayuda ahora? A quién contactar y tu plan de seguridad</translation>
    </message>
    <message>
        <source>Shortcut: F1</source>
        <translation>Atajo: F1</translation>
    </message>
    <message>
        <source>Who to contact now, and your safety plan (F1)</source>
        <translation>A quién contactar ahora y tu plan de seguridad (F1)</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Página actual</translation>
    </message>
</context>
<context>
    <name>JournalErrorPage</name>
    <message>
        <source>Your journal could not be opened</source>
        <translation>No se pudo abrir tu diario</translation>
    </message>
    <message>
        <source>Tessera did not change the file. Modules that need the journal are paused until it opens.</source>
        <translation>Tessera no modificó el archivo. Los módulos que necesitan el diario están en pausa hasta que se abra.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Qué puedes hacer</translation>
    </message>
    <message>
        <source>Close Tessera (or the other program) where the journal is open, then start again.</source>
        <translation>Cierra Tessera (o el otro programa) donde esté abierto el diario y vuelve a iniciarlo.</translation>
    </message>
    <message>
        <source>The latest automatic backup is from %1. Restoring it puts it in the journal&apos;s place; the journal that did not open is kept beside it, unchanged, so nothing is thrown away.</source>
        <translation>La copia de seguridad automática más reciente es del %1. Al restaurarla, ocupa el lugar del diario; el diario que no se abrió se guarda a su lado, sin cambios, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>There is no automatic backup yet. Ask your clinician or whoever set up Tessera for help; the file is still as it was.</source>
        <translation>Todavía no hay ninguna copia de seguridad automática. Pide ayuda a tu profesional de salud o a quien haya configurado Tessera; el archivo sigue como estaba.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurar la copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>Start Tessera again</source>
        <translation>Volver a iniciar Tessera</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>This article is not in Learn any more (its module may be turned off).</source>
        <translation>Este artículo ya no está en Aprender (puede que su módulo esté desactivado).</translation>
    </message>
    <message>
        <source>This article from your clinic cannot be shown just now. Please let them know.</source>
        <translation>Este artículo de tu clínica no se puede mostrar ahora mismo. Por favor, avísales.</translation>
    </message>
    <message>
        <source>This article cannot be shown just now. Everything else in Tessera works as usual.</source>
        <translation>Este artículo no se puede mostrar ahora mismo. Todo lo demás en Tessera funciona con normalidad.</translation>
    </message>
    <message>
        <source>Opens in your web browser</source>
        <translation>Se abre en tu navegador web</translation>
    </message>
    <message>
        <source>Opens in Tessera</source>
        <translation>Se abre en Tessera</translation>
    </message>
    <message>
        <source>That page is not in this Tessera (its module may be turned off).</source>
        <translation>Esa página no está en este Tessera (puede que su módulo esté desactivado).</translation>
    </message>
    <message>
        <source>Opened %1 in your web browser.</source>
        <translation>Se abrió %1 en tu navegador web.</translation>
    </message>
    <message>
        <source>Could not open %1: no web browser answered. The address is %2</source>
        <translation>No se pudo abrir %1: ningún navegador web respondió. La dirección es %2</translation>
    </message>
    <message>
        <source>This link cannot be opened from Tessera.</source>
        <translation>Este enlace no se puede abrir desde Tessera.</translation>
    </message>
    <message>
        <source>Understanding depression</source>
        <translation>Entender la depresión</translation>
    </message>
    <message>
        <source>Treatment and therapy</source>
        <translation>Tratamiento y terapia</translation>
    </message>
    <message>
        <source>Things to try</source>
        <translation>Cosas que puedes probar</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Sleep, alcohol and everyday life</source>
        <translation>Sueño, alcohol y vida diaria</translation>
    </message>
    <message>
        <source>Staying well</source>
        <translation>Mantenerte bien</translation>
    </message>
    <message>
        <source>In a crisis</source>
        <translation>En una crisis</translation>
    </message>
    <message>
        <source>More to read</source>
        <translation>Más lecturas</translation>
    </message>
    <message>
        <source>For family and friends</source>
        <translation>Para familiares y amistades</translation>
    </message>
</context>
<context>
    <name>LearnArticleRow</name>
    <message>
        <source>1 minute to read</source>
        <translation>1 minuto de lectura</translation>
    </message>
    <message>
        <source>%1 minutes to read</source>
        <translation>%1 minutos de lectura</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>%1. %2. %3</source>
        <translation>%1. %2. %3</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Short reads about depression, its treatment and the tools here, in plain words. There is a part for family and friends too.</source>
        <translation>Lecturas breves sobre la depresión, su tratamiento y las herramientas de Tessera, en palabras sencillas. También hay una parte para familiares y amistades.</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Buscar artículos</translation>
    </message>
    <message>
        <source>For example: sleep, medicines, how to help</source>
        <translation>Por ejemplo: sueño, medicamentos, cómo ayudar</translation>
    </message>
    <message>
        <source>No article has those words. Try fewer or other words.</source>
        <translation>Ningún artículo tiene esas palabras. Prueba con menos palabras o con otras.</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 artículo</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 artículos</translation>
    </message>
    <message>
        <source>No articles here</source>
        <translation>No hay artículos aquí</translation>
    </message>
    <message>
        <source>The modules that are on have no articles, and your clinic&apos;s profile has hidden Tessera&apos;s own.</source>
        <translation>Los módulos activados no tienen artículos, y el perfil de tu clínica ha ocultado los de Tessera.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Your journal is locked</source>
        <translation>Tu diario está bloqueado</translation>
    </message>
    <message>
        <source>Type your passphrase to open it. Everything you wrote is safe.</source>
        <translation>Escribe tu frase de contraseña para abrirlo. Todo lo que escribiste está a salvo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>The key you wrote down when you chose your passphrase</source>
        <translation>La clave que anotaste cuando elegiste tu frase de contraseña</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>Usar la clave de recuperación</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Opening your journal</source>
        <translation>Abriendo tu diario</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Abriendo tu diario…</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Puedes volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Puedes volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you are struggling right now, help does not need your passphrase.</source>
        <translation>Si lo estás pasando mal ahora mismo, no necesitas tu frase de contraseña para pedir ayuda.</translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
</context>
<context>
    <name>LockedCrisisView</name>
    <message>
        <source>Back to unlocking</source>
        <translation>Volver a desbloquear</translation>
    </message>
    <message>
        <source>Back to setting up</source>
        <translation>Volver a la configuración</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Tessera (demo journal)</source>
        <translation>Tessera (diario de demostración)</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
</context>
<context>
    <name>ModulePage</name>
    <message>
        <source>“%1” could not be shown</source>
        <translation>No se pudo mostrar “%1”</translation>
    </message>
</context>
<context>
    <name>MoodBadge</name>
    <message>
        <source>Mood %1 of 10</source>
        <translation>Ánimo %1 de 10</translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <source>Mood over time</source>
        <translation>Ánimo a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No moods recorded in this period</source>
        <translation>No hay ánimo registrado en este periodo</translation>
    </message>
    <message>
        <source>1 day with a mood, average %1 of 10</source>
        <translation>1 día con ánimo registrado, media %1 de 10</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Show mood over %1</source>
        <translation>Mostrar el ánimo a lo largo de %1</translation>
    </message>
    <message>
        <source>%1 days with a mood, daily average %2 of 10</source>
        <translation>%1 días con ánimo registrado, media diaria %2 de 10</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>%1, group, 1 page, expanded</source>
        <translation>%1, grupo, 1 página, expandido</translation>
    </message>
    <message>
        <source>%1, group, 1 page, collapsed</source>
        <translation>%1, grupo, 1 página, contraído</translation>
    </message>
    <message>
        <source>%1, group, %2 pages, expanded</source>
        <translation>%1, grupo, %2 páginas, expandido</translation>
    </message>
    <message>
        <source>%1, group, %2 pages, collapsed</source>
        <translation>%1, grupo, %2 páginas, contraído</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation>Ir a una página…</translation>
    </message>
    <message>
        <source>Go to page: find any page by its name</source>
        <translation>Ir a una página: encuentra cualquier página por su nombre</translation>
    </message>
    <message>
        <source>Shortcut: Ctrl+K</source>
        <translation>Atajo: Ctrl+K</translation>
    </message>
    <message>
        <source>Find any page by its name (Ctrl+K)</source>
        <translation>Encuentra cualquier página por su nombre (Ctrl+K)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Página actual</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Lock now: hide the journal until the passphrase is typed</source>
        <translation>Bloquear ahora: ocultar el diario hasta que se escriba la frase de contraseña</translation>
    </message>
    <message>
        <source>Shortcut: Ctrl+Shift+L</source>
        <translation>Atajo: Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Hide the journal until your passphrase is typed (Ctrl+Shift+L)</source>
        <translation>Oculta el diario hasta que escribas tu frase de contraseña (Ctrl+Shift+L)</translation>
    </message>
</context>
<context>
    <name>NavigationRow</name>
    <message>
        <source>Left arrow or Enter closes the group.</source>
        <translation>La flecha izquierda o Intro cierran el grupo.</translation>
    </message>
    <message>
        <source>Right arrow or Enter opens the group.</source>
        <translation>La flecha derecha o Intro abren el grupo.</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Página actual</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Descartar este aviso</translation>
    </message>
</context>
<context>
    <name>PageErrorPanel</name>
    <message>
        <source>Everything else in Tessera works as usual, and nothing you saved is affected. The reason, for your clinic or the module&apos;s author:</source>
        <translation>Todo lo demás en Tessera funciona con normalidad y nada de lo que guardaste se ve afectado. El motivo, para tu clínica o para quien creó el módulo:</translation>
    </message>
</context>
<context>
    <name>PlanSuggestions</name>
    <message>
        <source>From your modules (add what fits):</source>
        <translation>De tus módulos (añade lo que te sirva):</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Añadir: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
</context>
<context>
    <name>RatingSlider</name>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>ReadConsentActions</name>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Allow %1 to read these entries</source>
        <translation>Permitir que %1 lea estas entradas</translation>
    </message>
    <message>
        <source>Allow reading these entries</source>
        <translation>Permitir que se lean estas entradas</translation>
    </message>
    <message>
        <source>Stop allowing</source>
        <translation>Dejar de permitir</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Stop %1 reading these entries</source>
        <translation>Impedir que %1 lea estas entradas</translation>
    </message>
    <message>
        <source>Stop reading these entries</source>
        <translation>Impedir que se lean estas entradas</translation>
    </message>
    <message>
        <source>Not now; nothing is read until you allow it</source>
        <translation>Ahora no; no se lee nada hasta que lo permitas</translation>
    </message>
</context>
<context>
    <name>ReadConsentNotice</name>
    <message>
        <source>Entries it would read: %1</source>
        <translation>Entradas que leería: %1</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todas</translation>
    </message>
    <message>
        <source>Show fewer of the entries it would read</source>
        <translation>Mostrar menos de las entradas que leería</translation>
    </message>
    <message>
        <source>Show all the entries it would read</source>
        <translation>Mostrar todas las entradas que leería</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens your journal. It is shown only this once. Write it down or save it, and keep it somewhere safe, away from this computer.</source>
        <translation>Si alguna vez olvidas tu frase de contraseña, esta clave abre tu diario. Solo se muestra esta vez. Anótala o guárdala, y tenla en un lugar seguro, lejos de este equipo.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Save the recovery key as a PDF in your Documents folder</source>
        <translation>Guardar la clave de recuperación como PDF en tu carpeta Documentos</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Copiar la clave de recuperación</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, such as a password manager.</source>
        <translation>Copiada. Pégala en un lugar seguro, como un gestor de contraseñas.</translation>
    </message>
    <message>
        <source>I have written it down or saved it somewhere safe</source>
        <translation>La he anotado o guardado en un lugar seguro</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>ReminderNoticeRow</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the reminder&apos;s page</source>
        <translation>Abrir la página del recordatorio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Mark it done</source>
        <translation>Marcarlo como hecho</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Descartar este aviso</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Reminders appear as desktop notifications.</source>
        <translation>Los recordatorios aparecen como notificaciones del escritorio.</translation>
    </message>
    <message>
        <source>Reminders appear inside the window while Tessera is open.</source>
        <translation>Los recordatorios aparecen dentro de la ventana mientras Tessera está abierto.</translation>
    </message>
    <message>
        <source>Show what the reminder is about</source>
        <translation>Mostrar de qué trata el recordatorio</translation>
    </message>
    <message>
        <source>Off: a notification says only &quot;Tessera: a reminder&quot;, so others who see your screen learn nothing.</source>
        <translation>Desactivado: la notificación solo dice &quot;Tessera: un recordatorio&quot;, así que quien vea tu pantalla no se entera de nada.</translation>
    </message>
    <message>
        <source>When this is off, a notification says only &quot;A reminder&quot;, so someone who sees your screen learns nothing.</source>
        <translation>Si está desactivado, la notificación solo dice &quot;Un recordatorio&quot;, así que quien vea tu pantalla no se entera de nada.</translation>
    </message>
    <message>
        <source>Quiet hours: hold reminders until they end</source>
        <translation>Horas de silencio: retener los recordatorios hasta que terminen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Quiet hours start, hours and minutes</source>
        <translation>Inicio de las horas de silencio, horas y minutos</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Quiet hours end, hours and minutes</source>
        <translation>Fin de las horas de silencio, horas y minutos</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Posponer durante</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Modules that remind you</source>
        <translation>Módulos que te envían recordatorios</translation>
    </message>
    <message>
        <source>Reminders from %1</source>
        <translation>Recordatorios de %1</translation>
    </message>
    <message>
        <source>Some of these are set by %1 in your clinic profile.</source>
        <translation>Algunos los establece %1 en tu perfil de clínica.</translation>
    </message>
    <message>
        <source>your clinic</source>
        <translation>tu clínica</translation>
    </message>
    <message>
        <source>Snooze for, in minutes</source>
        <translation>Posponer durante, en minutos</translation>
    </message>
</context>
<context>
    <name>ReportSectionView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>These contacts come from %1.</source>
        <translation>Estos contactos proceden de %1.</translation>
    </message>
    <message>
        <source>Tessera knows no national crisis line for this computer&apos;s region. Ask your clinic which contacts to use; your clinic can add them here.</source>
        <translation>Tessera no conoce ninguna línea de crisis nacional para la región de este equipo. Pregunta a tu clínica qué contactos usar; tu clínica puede añadirlos aquí.</translation>
    </message>
    <message>
        <source>These are national lines for %1. Ask your clinic which contacts to use.</source>
        <translation>Estas son líneas nacionales de %1. Pregunta a tu clínica qué contactos usar.</translation>
    </message>
    <message>
        <source>What you write in Tessera stays on this computer and is private: nobody reads it as you write it, and nobody is alerted by it. Tessera is not an emergency service. If you are in danger or might act on thoughts of harming yourself, call your local emergency number now; Need help now? lists people you can contact.</source>
        <translation>Lo que escribes en Tessera se queda en este equipo y es privado: nadie lo lee mientras escribes y no se avisa a nadie por ello. Tessera no es un servicio de emergencias. Si estás en peligro o podrías actuar según pensamientos de hacerte daño, llama ahora al número de emergencias de tu zona; ¿Necesitas ayuda ahora? muestra personas a las que puedes acudir.</translation>
    </message>
    <message>
        <source>Your safety plan is kept in your journal, which did not open; the contacts above work without it.</source>
        <translation>Tu plan de seguridad se guarda en tu diario, que no se abrió; los contactos de arriba funcionan sin él.</translation>
    </message>
    <message>
        <source>Your safety plan could not be read: %1</source>
        <translation>No se pudo leer tu plan de seguridad: %1</translation>
    </message>
    <message>
        <source>Last reviewed on %1.</source>
        <translation>Revisado por última vez el %1.</translation>
    </message>
    <message>
        <source>Saved on %1; not reviewed since.</source>
        <translation>Guardado el %1; sin revisar desde entonces.</translation>
    </message>
    <message>
        <source>Not written yet. It helps to write it on a calmer day, with your clinician if you can.</source>
        <translation>Todavía no lo has escrito. Ayuda escribirlo en un día más tranquilo, con tu profesional de salud si puedes.</translation>
    </message>
    <message>
        <source>The journal is not open, so the plan cannot be saved.</source>
        <translation>El diario no está abierto, así que el plan no se puede guardar.</translation>
    </message>
    <message>
        <source>Saved. Earlier versions are kept.</source>
        <translation>Guardado. Se conservan las versiones anteriores.</translation>
    </message>
    <message>
        <source>Marked as reviewed today.</source>
        <translation>Marcado como revisado hoy.</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>llama al %1</translation>
    </message>
    <message>
        <source>text %1</source>
        <translation>envía un mensaje de texto al %1</translation>
    </message>
    <message>
        <source>Your local emergency number</source>
        <translation>El número de emergencias de tu zona</translation>
    </message>
    <message>
        <source>Your local emergency number: %1</source>
        <translation>El número de emergencias de tu zona: %1</translation>
    </message>
    <message>
        <source>The journal is not open, so the plan cannot be read.</source>
        <translation>El diario no está abierto, así que el plan no se puede leer.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>The thoughts, feelings, situations or behaviour that tell you a crisis may be starting.</source>
        <translation>Los pensamientos, sentimientos, situaciones o comportamientos que te indican que puede estar empezando una crisis.</translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation>Cosas que puedo hacer por mi cuenta</translation>
    </message>
    <message>
        <source>What helps you take your mind off things or calm down without contacting anyone.</source>
        <translation>Lo que te ayuda a distraerte o a calmarte sin recurrir a nadie.</translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation>Personas y lugares que me ayudan a distraerme</translation>
    </message>
    <message>
        <source>People to be with and places to go that help you feel better for a while.</source>
        <translation>Personas con las que estar y lugares a los que ir que te ayudan a sentirte mejor durante un rato.</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Personas a las que puedo pedir ayuda</translation>
    </message>
    <message>
        <source>Family members or friends you can tell that you are struggling, with how to reach them.</source>
        <translation>Familiares o amistades a quienes puedes contar que lo estás pasando mal, y cómo localizarlos.</translation>
    </message>
    <message>
        <source>Professionals and crisis lines</source>
        <translation>Profesionales y líneas de crisis</translation>
    </message>
    <message>
        <source>Your clinician, your doctor, crisis lines and your local emergency number.</source>
        <translation>Tu profesional de salud, tu médico, las líneas de crisis y el número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Hacer mi entorno más seguro</translation>
    </message>
    <message>
        <source>Things you can do, or ask someone to do, to keep anything you could use to harm yourself out of reach.</source>
        <translation>Lo que puedes hacer, o pedir a alguien que haga, para mantener fuera de tu alcance cualquier cosa que pudieras usar para hacerte daño.</translation>
    </message>
    <message>
        <source>My reasons for living</source>
        <translation>Mis razones para vivir</translation>
    </message>
    <message>
        <source>The people, hopes and things that matter to you and are worth staying safe for.</source>
        <translation>Las personas, esperanzas y cosas que te importan y por las que vale la pena mantenerte a salvo.</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>Last reviewed on %1.</source>
        <translation>Revisado por última vez el %1.</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Aún sin revisar.</translation>
    </message>
    <message>
        <source>Who to contact now</source>
        <translation>A quién contactar ahora</translation>
    </message>
    <message>
        <source>If you are in danger now, call your local emergency number. Tessera is not an emergency service.</source>
        <translation>Si estás en peligro ahora, llama al número de emergencias de tu zona. Tessera no es un servicio de emergencias.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>Steps to take, in order, when things start to get bad. Write it on a calmer day, with your clinician if you can, and keep it where you can find it.</source>
        <translation>Pasos que seguir, en orden, cuando las cosas empiecen a ponerse difíciles. Escríbelo en un día más tranquilo, con tu profesional de salud si puedes, y tenlo donde puedas encontrarlo.</translation>
    </message>
    <message>
        <source>%1 versions kept.</source>
        <translation>Se conservan %1 versiones.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>One item a line</source>
        <translation>Un elemento por línea</translation>
    </message>
    <message>
        <source>Save my safety plan</source>
        <translation>Guardar mi plan de seguridad</translation>
    </message>
    <message>
        <source>I have looked it over today</source>
        <translation>Lo he revisado hoy</translation>
    </message>
    <message>
        <source>Save as PDF to print</source>
        <translation>Guardar como PDF para imprimir</translation>
    </message>
    <message>
        <source>Once your plan is saved, you can mark it looked over and save it as a PDF to print.</source>
        <translation>Cuando tu plan esté guardado, podrás marcarlo como revisado y guardarlo como PDF para imprimirlo.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Privacy and help</source>
        <translation>Privacidad y ayuda</translation>
    </message>
    <message>
        <source>Journal and profile</source>
        <translation>Diario y perfil</translation>
    </message>
    <message>
        <source>Journal file</source>
        <translation>Archivo del diario</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>To share with your clinician, choose the period and what to include on the Share page: a PDF report, FHIR or CSV files.</source>
        <translation>Para compartir con tu profesional de salud, elige el periodo y qué incluir en la página Compartir con mi profesional de salud: un informe PDF, archivos FHIR o CSV.</translation>
    </message>
    <message>
        <source>Share with my clinician...</source>
        <translation>Compartir con mi profesional de salud...</translation>
    </message>
    <message>
        <source>Open the Share with my clinician page</source>
        <translation>Abrir la página Compartir con mi profesional de salud</translation>
    </message>
    <message>
        <source>A full copy of your journal, for you to keep: CSV opens in a spreadsheet; JSON can be imported into Tessera again.</source>
        <translation>Una copia completa de tu diario, para que la guardes tú: CSV se abre en una hoja de cálculo; JSON se puede volver a importar en Tessera.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <source>Include entries I marked private</source>
        <translation>Incluir las entradas que marqué como privadas</translation>
    </message>
    <message>
        <source>Off: entries you marked private are left out of the copy.</source>
        <translation>Desactivado: las entradas que marcaste como privadas no se incluyen en la copia.</translation>
    </message>
    <message>
        <source>Your copy will include the entries you marked private.</source>
        <translation>Tu copia incluirá las entradas que marcaste como privadas.</translation>
    </message>
    <message>
        <source>Your copy will leave out the entries you marked private.</source>
        <translation>Tu copia no incluirá las entradas que marcaste como privadas.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exportar JSON</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Tessera keeps a backup a day, the last seven. Restoring keeps your current journal aside, so nothing is lost.</source>
        <translation>Tessera hace una copia de seguridad al día y conserva las últimas siete. Al restaurar, tu diario actual se guarda aparte, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Replace the journal with this backup?</source>
        <translation>¿Sustituir el diario por esta copia de seguridad?</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restaurar desde un archivo</translation>
    </message>
    <message>
        <source>/path/to/journal-backup.sqlite</source>
        <translation>/ruta/a/copia-del-diario.sqlite</translation>
    </message>
    <message>
        <source>Replace the journal with this file?</source>
        <translation>¿Sustituir el diario por este archivo?</translation>
    </message>
    <message>
        <source>Deleted entries</source>
        <translation>Entradas eliminadas</translation>
    </message>
    <message>
        <source>Deleted entries wait in the bin, where you can restore them or delete them forever.</source>
        <translation>Las entradas eliminadas esperan en la papelera, donde puedes restaurarlas o eliminarlas para siempre.</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Open the bin</source>
        <translation>Abrir la papelera</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Solución de problemas</translation>
    </message>
    <message>
        <source>Tessera keeps a log of what it did, for when something goes wrong. It never holds what you wrote.</source>
        <translation>Tessera lleva un registro de lo que hace, por si algo sale mal. Nunca contiene lo que escribiste.</translation>
    </message>
    <message>
        <source>How much goes in the log</source>
        <translation>Cuánto se guarda en el registro</translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation>Solo problemas</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>More, for a support request</source>
        <translation>Más, para una solicitud de soporte</translation>
    </message>
    <message>
        <source>Everything (slower)</source>
        <translation>Todo (más lento)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Tessera %1 · SDK %2 · Qt %3 · SQLite %4</source>
        <translation>Tessera %1 · SDK %2 · Qt %3 · SQLite %4</translation>
    </message>
    <message>
        <source>Restore from a file: the backup file</source>
        <translation>Restaurar desde un archivo: el archivo de copia de seguridad</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>When my safety plan was last reviewed</source>
        <translation>Cuándo revisé por última vez mi plan de seguridad</translation>
    </message>
    <message>
        <source>How often support was offered</source>
        <translation>Cuántas veces se ofreció apoyo</translation>
    </message>
    <message>
        <source>Write the first day as year-month-day, for example %1.</source>
        <translation>Escribe el primer día como año-mes-día, por ejemplo %1.</translation>
    </message>
    <message>
        <source>Write the last day as year-month-day, for example %1.</source>
        <translation>Escribe el último día como año-mes-día, por ejemplo %1.</translation>
    </message>
    <message>
        <source>The first day comes after the last day.</source>
        <translation>El primer día es posterior al último.</translation>
    </message>
    <message>
        <source>Safety plan and support (figures on the first page)</source>
        <translation>Plan de seguridad y apoyo (datos en la primera página)</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>El diario no está abierto.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries from %1 will be shared.</source>
        <translation>
            <numerusform>Se compartirá %n entrada (%1).</numerusform>
            <numerusform>Se compartirán %n entradas (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That includes %n entries you marked private.</source>
        <translation>
            <numerusform>Incluye %n entrada que marcaste como privada.</numerusform>
            <numerusform>Incluye %n entradas que marcaste como privadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries you marked private are left out.</source>
        <translation>
            <numerusform>Se omite %n entrada que marcaste como privada.</numerusform>
            <numerusform>Se omiten %n entradas que marcaste como privadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick at least one kind of entry to share.</source>
        <translation>Elige al menos un tipo de entrada para compartir.</translation>
    </message>
    <message>
        <source>Write the full path of the file to save, for example %1.</source>
        <translation>Escribe la ruta completa del archivo que quieres guardar, por ejemplo %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries as CSV files in %1.</source>
        <translation>
            <numerusform>Se guardó %n entrada como archivos CSV en %1.</numerusform>
            <numerusform>Se guardaron %n entradas como archivos CSV en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n FHIR resources to %1.</source>
        <translation>
            <numerusform>Se guardó %n recurso FHIR en %1.</numerusform>
            <numerusform>Se guardaron %n recursos FHIR en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the report (%n pages) to %1.</source>
        <translation>
            <numerusform>Se guardó el informe (%n página) en %1.</numerusform>
            <numerusform>Se guardó el informe (%n páginas) en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareModuleRow</name>
    <message numerus="yes">
        <source>%1 (%n entries)</source>
        <translation>
            <numerusform>%1 (%n entrada)</numerusform>
            <numerusform>%1 (%n entradas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Some kinds are picked</source>
        <translation>Algunos tipos están elegidos</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n entries in the period</source>
        <translation>
            <numerusform>%1, %n entrada en el periodo</numerusform>
            <numerusform>%1, %n entradas en el periodo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharePage</name>
    <message>
        <source>Share with my clinician</source>
        <translation>Compartir con mi profesional de salud</translation>
    </message>
    <message>
        <source>Choose what to share, look at it, then save the file. Only what you tick is included.</source>
        <translation>Elige qué compartir, revísalo y después guarda el archivo. Solo se incluye lo que marques.</translation>
    </message>
    <message>
        <source>The journal is not open</source>
        <translation>El diario no está abierto</translation>
    </message>
    <message>
        <source>When your journal opens again, you can share from it here.</source>
        <translation>Cuando tu diario vuelva a abrirse, podrás compartir desde aquí.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Year-month-day</source>
        <translation>Año-mes-día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Qué incluir</translation>
    </message>
    <message>
        <source>Untick anything you would rather keep to yourself.</source>
        <translation>Desmarca lo que prefieras guardarte para ti.</translation>
    </message>
    <message>
        <source>Include entries I marked private</source>
        <translation>Incluir las entradas que marqué como privadas</translation>
    </message>
    <message>
        <source>Only for this share. Private entries are left out unless you turn this on.</source>
        <translation>Solo para esta vez. Las entradas privadas no se incluyen a menos que actives esto.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>A PDF report to print or send</source>
        <translation>Un informe PDF para imprimir o enviar</translation>
    </message>
    <message>
        <source>FHIR, for a clinic&apos;s records system</source>
        <translation>FHIR, para el sistema de historias clínicas de una clínica</translation>
    </message>
    <message>
        <source>CSV files for a spreadsheet (one per kind)</source>
        <translation>Archivos CSV para una hoja de cálculo (uno por tipo)</translation>
    </message>
    <message>
        <source>Paper for the PDF</source>
        <translation>Papel para el PDF</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Code your clinic knows you by (optional)</source>
        <translation>Código con el que te conoce tu clínica (opcional)</translation>
    </message>
    <message>
        <source>Not your name. Leave it empty to share without one.</source>
        <translation>No pongas tu nombre. Déjalo vacío para compartir sin código.</translation>
    </message>
    <message>
        <source>Look, then save</source>
        <translation>Revisar y guardar</translation>
    </message>
    <message>
        <source>Save in the folder</source>
        <translation>Guardar en la carpeta</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>Actualizar la vista previa</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Guardar el archivo</translation>
    </message>
</context>
<context>
    <name>SharePreview</name>
    <message numerus="yes">
        <source>Preview of your current choices: %n pages.</source>
        <translation>
            <numerusform>Vista previa de lo que has elegido: %n página.</numerusform>
            <numerusform>Vista previa de lo que has elegido: %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>This preview is out of date: you changed your choices since. Press Preview again to see them.</source>
        <translation>Esta vista previa está desactualizada: has cambiado lo que elegiste. Pulsa Actualizar la vista previa para ver los cambios.</translation>
    </message>
    <message>
        <source>Page %1 of %2 of the report</source>
        <translation>Página %1 de %2 del informe</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Need help now? (from anywhere, always)</source>
        <translation>¿Necesitas ayuda ahora? (desde cualquier sitio, siempre)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Move to the next or the previous control</source>
        <translation>Ir al control siguiente o al anterior</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Intro, Espacio</translation>
    </message>
    <message>
        <source>Press a button, tick a box or a chip, open a card</source>
        <translation>Pulsar un botón, marcar una casilla o una etiqueta, abrir una tarjeta</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <source>Move within a list or a slider</source>
        <translation>Moverte dentro de una lista o un control deslizante</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Go to a page by its name</source>
        <translation>Ir a una página por su nombre</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Buscar en la línea de tiempo</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>The list of pages</source>
        <translation>La lista de páginas</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Mayús+L</translation>
    </message>
    <message>
        <source>Lock Tessera (when your journal has a passphrase)</source>
        <translation>Bloquear Tessera (si tu diario tiene frase de contraseña)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a window like this one</source>
        <translation>Cerrar una ventana como esta</translation>
    </message>
    <message>
        <source>? or Ctrl+/</source>
        <translation>? o Ctrl+/</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the keyboard shortcuts</source>
        <translation>Cerrar los atajos de teclado</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Izquierda</translation>
    </message>
    <message>
        <source>Back to the page before (Escape on Need help now?)</source>
        <translation>Volver a la página anterior (Escape en ¿Necesitas ayuda ahora?)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit Tessera</source>
        <translation>Salir de Tessera</translation>
    </message>
</context>
<context>
    <name>SupportNotice</name>
    <message>
        <source>It sounds like things are hard right now. You don&apos;t have to face this alone: your safety plan and people who can help are one step away.</source>
        <translation>Parece que ahora mismo estás pasando por un momento difícil. No tienes que afrontarlo a solas: tu plan de seguridad y las personas que pueden ayudarte están a un paso.</translation>
    </message>
    <message>
        <source>Look at my safety plan</source>
        <translation>Ver mi plan de seguridad</translation>
    </message>
    <message>
        <source>Who can I contact now</source>
        <translation>A quién puedo contactar ahora</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now; close this message</source>
        <translation>Ahora no; cerrar este mensaje</translation>
    </message>
    <message>
        <source>It sounds like things are hard right now. You don&apos;t have to face this alone: people who can help are one step away.</source>
        <translation>Parece que ahora mismo estás pasando por un momento difícil. No tienes que afrontarlo a solas: las personas que pueden ayudarte están a un paso.</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Remove the private mark</source>
        <translation>Quitar la marca de privada</translation>
    </message>
    <message>
        <source>Mark private</source>
        <translation>Marcar como privada</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation>%1 (privada)</translation>
    </message>
    <message>
        <source>More actions for %1</source>
        <translation>Más acciones para %1</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <source>Stop sharing with my clinic</source>
        <translation>Dejar de compartir con mi clínica</translation>
    </message>
    <message>
        <source>Share with my clinic</source>
        <translation>Compartir con mi clínica</translation>
    </message>
    <message>
        <source>Private: left out of what you share unless you include it</source>
        <translation>Privada: no se incluye en lo que compartes, salvo que decidas incluirla</translation>
    </message>
    <message>
        <source>Private entry: left out of what you share unless you include it</source>
        <translation>Entrada privada: no se incluye en lo que compartes, salvo que decidas incluirla</translation>
    </message>
    <message>
        <source>Private. %1</source>
        <translation>Privada. %1</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBoxes</name>
    <message>
        <source>Show entries from</source>
        <translation>Mostrar entradas de</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Todos los módulos</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Mood range</source>
        <translation>Rango de ánimo</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Cualquier ánimo</translation>
    </message>
    <message>
        <source>Mood 0 to 3</source>
        <translation>Ánimo de 0 a 3</translation>
    </message>
    <message>
        <source>Mood 4 to 6</source>
        <translation>Ánimo de 4 a 6</translation>
    </message>
    <message>
        <source>Mood 7 to 10</source>
        <translation>Ánimo de 7 a 10</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Rango de fechas</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
</context>
<context>
    <name>TimelineFilters</name>
    <message>
        <source>Search your entries</source>
        <translation>Buscar en tus entradas</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Palabras que buscar</translation>
    </message>
    <message>
        <source>Fewer filters</source>
        <translation>Menos filtros</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Más filtros</translation>
    </message>
    <message>
        <source>Module, kind of entry, mood range and dates</source>
        <translation>Módulo, tipo de entrada, rango de ánimo y fechas</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline entries</source>
        <translation>Entradas de la línea de tiempo</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>More than %1 entries match the filters</source>
        <translation>Más de %1 entradas coinciden con los filtros</translation>
    </message>
    <message>
        <source>More than %1 entries from your modules</source>
        <translation>Más de %1 entradas de tus módulos</translation>
    </message>
    <message>
        <source>1 entry matches the filters</source>
        <translation>1 entrada coincide con los filtros</translation>
    </message>
    <message>
        <source>%1 entries match the filters</source>
        <translation>%1 entradas coinciden con los filtros</translation>
    </message>
    <message>
        <source>1 entry from your modules</source>
        <translation>1 entrada de tus módulos</translation>
    </message>
    <message>
        <source>%1 entries from your modules</source>
        <translation>%1 entradas de tus módulos</translation>
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <translation>Nada coincide con estos filtros</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Aún no hay nada aquí</translation>
    </message>
    <message>
        <source>Try fewer words or a wider date range.</source>
        <translation>Prueba con menos palabras o con un rango de fechas más amplio.</translation>
    </message>
    <message>
        <source>What you record in any module shows up here, newest first.</source>
        <translation>Lo que registres en cualquier módulo aparece aquí, empezando por lo más reciente.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Counting your entries…</source>
        <translation>Contando tus entradas…</translation>
    </message>
</context>
<context>
    <name>TodayItemRow</name>
    <message>
        <source>From an earlier day</source>
        <translation>De un día anterior</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>A las %1</translation>
    </message>
    <message>
        <source>Any time today</source>
        <translation>En cualquier momento de hoy</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Skipped for today</source>
        <translation>Omitido por hoy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Mark %1 done</source>
        <translation>Marcar %1 como hecho</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Omitir hoy</translation>
    </message>
    <message>
        <source>Skip %1 today</source>
        <translation>Omitir %1 hoy</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open %1 in %2</source>
        <translation>Abrir %1 en %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo skipping %1</source>
        <translation>Deshacer: saltar %1</translation>
    </message>
    <message>
        <source>Undo %1 done</source>
        <translation>Deshacer: %1 hecho</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>%1 · all done for now</source>
        <translation>%1 · todo hecho por ahora</translation>
    </message>
    <message>
        <source>%1 · 1 thing to do</source>
        <translation>%1 · 1 cosa por hacer</translation>
    </message>
    <message>
        <source>%1 · %2 things to do</source>
        <translation>%1 · %2 cosas por hacer</translation>
    </message>
    <message>
        <source>Open the timeline</source>
        <translation>Abrir la línea de tiempo</translation>
    </message>
    <message>
        <source>Nothing is due today</source>
        <translation>No hay nada pendiente para hoy</translation>
    </message>
    <message>
        <source>There is nothing you need to do. What you record in any module is in the timeline, whenever you want it.</source>
        <translation>No hay nada que tengas que hacer. Lo que registres en cualquier módulo está en la línea de tiempo, para cuando quieras verlo.</translation>
    </message>
    <message>
        <source>This could not be taken back: %1</source>
        <translation>No se pudo deshacer: %1</translation>
    </message>
    <message>
        <source>This was changed again since, so it was not taken back here; open its page to change it.</source>
        <translation>Esto se cambió de nuevo desde entonces, así que no se deshizo aquí; abre su página para cambiarlo.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>UnsavedWritingDialog</name>
    <message>
        <source>Your writing is not saved yet</source>
        <translation>Lo que empezaste aún no está guardado</translation>
    </message>
    <message>
        <source>What you began on “%1” is still there. If you quit now, it is not kept.</source>
        <translation>Lo que empezaste en “%1” sigue ahí. Si sales ahora, no se guardará.</translation>
    </message>
    <message>
        <source>Go back to it</source>
        <translation>Volver a la página</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Salir sin guardar</translation>
    </message>
</context>
<context>
    <name>WordPicker</name>
    <message>
        <source>In my own words</source>
        <translation>Con mis propias palabras</translation>
    </message>
    <message>
        <source>%1, in my own words</source>
        <translation>%1, con mis propias palabras</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Up to %1 words: untick one to add another.</source>
        <translation>Hasta %1 palabras: desmarca una para añadir otra.</translation>
    </message>
</context>
<context>
    <name>tessera::core::AppController</name>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>El del sistema (%1)</translation>
    </message>
</context>
<context>
    <name>tessera::core::DesktopIntegration</name>
    <message>
        <source>%1: the setting could not be saved.</source>
        <translation>%1: no se pudo guardar el ajuste.</translation>
    </message>
    <message>
        <source>%1: the folder could not be made, so Tessera will not start when you log in.</source>
        <translation>%1: no se pudo crear la carpeta, así que Tessera no se iniciará cuando inicies sesión.</translation>
    </message>
    <message>
        <source>%1: could not be written (%2), so Tessera will not start when you log in.</source>
        <translation>%1: no se pudo escribir (%2), así que Tessera no se iniciará cuando inicies sesión.</translation>
    </message>
    <message>
        <source>%1: could not be removed, so Tessera may still start when you log in.</source>
        <translation>%1: no se pudo eliminar, así que puede que Tessera siga iniciándose cuando inicies sesión.</translation>
    </message>
</context>
<context>
    <name>tessera::core::DesktopShell</name>
    <message>
        <source>Open Tessera</source>
        <translation>Abrir Tessera</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>¿Necesitas ayuda ahora?</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>tessera::core::ModulePages</name>
    <message>
        <source>There is no place to show this page.</source>
        <translation>No hay ningún lugar donde mostrar esta página.</translation>
    </message>
    <message>
        <source>It is still loading.</source>
        <translation>Todavía se está cargando.</translation>
    </message>
    <message>
        <source>The page could not be created.</source>
        <translation>No se pudo crear la página.</translation>
    </message>
    <message>
        <source>This module is not running.</source>
        <translation>Este módulo no está en marcha.</translation>
    </message>
    <message>
        <source>The module “%1” has no page %2.</source>
        <translation>El módulo “%1” no tiene la página %2.</translation>
    </message>
    <message>
        <source>This entry has no card of its own.</source>
        <translation>Esta entrada no tiene una tarjeta propia.</translation>
    </message>
    <message>
        <source>The page %1 cannot be given its module&apos;s backend: its root is not a ModulePage and declares no property &quot;backend&quot;. Make the root a ModulePage (import Tessera.Ui), or declare &quot;property QtObject backend&quot; and &quot;property string entryId&quot;.</source>
        <translation>La página %1 no puede recibir el backend de su módulo: su raíz no es un ModulePage y no declara la propiedad &quot;backend&quot;. Haz que la raíz sea un ModulePage (import Tessera.Ui) o declara &quot;property QtObject backend&quot; y &quot;property string entryId&quot;.</translation>
    </message>
</context>
<context>
    <name>tessera::core::ReminderService</name>
    <message>
        <source>1 reminder while Tessera was closed</source>
        <translation>1 recordatorio mientras Tessera estaba cerrado</translation>
    </message>
    <message>
        <source>%1 reminders while Tessera was closed</source>
        <translation>%1 recordatorios mientras Tessera estaba cerrado</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>A reminder</source>
        <translation>Un recordatorio</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Snooze %1 minutes</source>
        <translation>Posponer %1 minutos</translation>
    </message>
</context>
<context>
    <name>tessera::core::TimelineModel</name>
    <message>
        <source>No module here takes marks called &quot;%1&quot;.</source>
        <translation>Ningún módulo de aquí acepta marcas llamadas &quot;%1&quot;.</translation>
    </message>
</context>
</TS>
