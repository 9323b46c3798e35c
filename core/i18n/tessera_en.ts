<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>No clinic profile: every module that came with Tessera, which you can turn on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, set by %2; the modules are chosen for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2); you can turn modules on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (made before the bin was emptied on %2: it still holds the entries deleted forever then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your journal as it was before a restore (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with my clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with my clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to %1.</source>
        <translation>
            <numerusform>Saved %n entry to %1.</numerusform>
            <numerusform>Saved %n entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries you marked private were left out.</source>
        <translation>
            <numerusform>%n entry you marked private was left out.</numerusform>
            <numerusform>%n entries you marked private were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries you marked private are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The journal as it was is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is open; restore a backup from Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no automatic backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The journal that did not open is kept, unchanged, at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is dated in the future, so it was left as it is and not counted; automatic backups carry on. Is this computer&apos;s clock right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is damaged, so nothing more is saved to it; everything in it stays as it is. Restore the latest backup in Settings. (SQLite found: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>After 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not open your journal. Nothing was changed. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type it again in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic&apos;s settings ask for a passphrase on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no recovery key to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens your journal if you forget your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it somewhere safe and private, away from this computer, like a spare house key. Anyone who has it can open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use it, choose &quot;Use recovery key instead&quot; on the lock screen, or run tessera-cli with --recovery-key-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1. Print it or copy it somewhere safe, then delete the file from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not right, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed. Your recovery key stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption was not turned on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is encrypted. Write down your recovery key now: it is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic&apos;s settings ask for encryption on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption was not turned off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is no longer encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppearanceSettings</name>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also with the ? key or Ctrl+/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text also follows your system&apos;s font size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages change language at once; the names of modules and of their entries in the list of pages and on the timeline change the next time Tessera starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>Back to Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackToButton</name>
    <message>
        <source>Back to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bin</name>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. It is back in your timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to delete: no entry in the bin was deleted that long ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups made before still hold them until newer backups replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry deleted forever. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries deleted forever. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BinEntryRow</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry forever? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BinPage</name>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries you delete wait here, so you can bring them back. Delete them forever when you want them gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When your journal opens again, its deleted entries are shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bin is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting here. Entries you delete stay in the bin until you delete them forever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting forever removes the entries and their earlier versions from your journal file. It cannot be undone. Backups made before still hold them until newer backups replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries deleted more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the entries were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry was deleted that long ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry was deleted that long ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries were deleted that long ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete forever the entry deleted more than %1 days ago? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete forever the %1 entries deleted more than %2 days ago? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the whole bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete forever the one entry in the bin? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete forever all %1 entries in the bin? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bin was last emptied on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the older entries forever</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as %2. What clients chose to share; read from the clinic&apos;s service each time, kept on this computer only while shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client below: they pair their journal with the code you give them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials or a pseudonym the clinic knows them by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and make a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves no entries of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves its own entries: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads only its own entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads these entries from other modules: %1. You allowed this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads these entries from other modules: %1. Your clinic allowed this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads these entries from other modules: %1. This is allowed in the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would like to read these entries from other modules: %1, to show them beside its own. It reads none of them until you allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks to read these entries from other modules: %1. You said not now, so it does not read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks to read these entries from other modules: %1. Your clinic&apos;s settings do not allow it, so it does not read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would like to read some of your entries from other modules: %2. It would show them beside its own. It reads none of them until you allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like any program you install, it runs with your account&apos;s rights while it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your modules are set by %1 and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan (Tessera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support offered (Tessera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would like to read some of your entries from other modules, to show them beside its own. It reads none of them until you allow it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogDelegate</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 · SDK %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes when you next open Tessera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn modules on or off. What you have written stays in your journal either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A module is a program: keep on only modules you trust, such as those that come with Tessera or from your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes take effect the next time you open Tessera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your modules are chosen by %1, and cannot be turned on or off here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your clinic, from the profile:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipPicker</name>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2; the arrow keys move between them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRecordsPage</name>
    <message>
        <source>Back to the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared entries: %1. Only what the client chose to share; what they withdrew is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mood %2 of 10)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicSharingPage</name>
    <message>
        <source>Sharing with my clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic sees only what you choose here. You can stop at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When your journal opens again, you can share from it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair with your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic gives you its address and a code that works once, for 15 minutes. Pairing shares nothing by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example https://clinic.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example ABCDE-FGHJK (capitals and the dash do not matter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic knows you as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared: %1    Waiting: %2    Could not be sent: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared: %1    Waiting: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is shared by kind yet. Choose below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: send no more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing %1: send no more, keep what was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and withdraw what was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw what was sent? The clinic&apos;s clinicians will no longer see it; the clinic keeps a copy marked as withdrawn, as a record of your care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked one by one from the timeline: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now on, and the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now on, and the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries you marked private stay here unless you pick them one by one in the timeline. New entries of this kind are sent a few seconds after you save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you share PHQ-9 results, your clinician is shown any answer above &quot;Not at all&quot; to the question about being better off dead or hurting yourself, so that you can talk about it. No one watches this around the clock: if you are in danger, use Need help now? (F1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more goes, and this computer forgets the clinic. What was already sent stays visible to your clinicians unless you withdraw it first: &quot;Stop and withdraw what was sent&quot; on each item above, and &quot;Stop sharing with my clinic&quot; in the timeline for entries you picked one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawals that have not reached the clinic yet: %1. Tessera sends them first if it can; if it cannot, those entries stay with the clinic. Stop sharing with %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing with %1? Your clinicians will still see the %2 entries already sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicianPairing</name>
    <message>
        <source>Pair this computer with the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once paired, this computer shows your clinic&apos;s caseload while online. Nothing about clients is kept on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician&apos;s pairing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicianReport</name>
    <message>
        <source>Nothing to show in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera report for the clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries were chosen for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by the client: %1 %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries the client marked private are included, as chosen for this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries the client marked private are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood over the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen entries have no mood ratings in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ratings, average %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ratings come from: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera&apos;s support notice (crisis page and safety plan), shown when a module noticed a sign of risk%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 of them urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (module: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries by kind: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest %1 of the %2 entries are listed; the counts above cover them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera - shared by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera report for the clinician: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one rating of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood was rated once in the %1 days: %2 out of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood was rated %1 times on %2 of the %3 days; the average of all the ratings was %4 out of 10 (daily averages from %5 to %6, their average %7, as the app&apos;s mood chart gives it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicianView</name>
    <message>
        <source>This computer cannot sign in to the clinic: its cryptography library (libsodium) could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderately severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinician&apos;s key in %1 is damaged: pair this computer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s service cannot be reached (%1). Nothing is kept on this computer: try again when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic no longer accepts this computer. Ask the clinic&apos;s administrator, then pair again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s service answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both the clinic&apos;s address and the code are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s address must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not valid: it may have been used or have expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is for a client&apos;s journal, not a clinician&apos;s computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is paired with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PHQ-9 results shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down from %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up from %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review: PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered above &quot;Not at all&quot; in shared results: %1, the latest on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last shared %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired; nothing shared yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paired yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s entries could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 points from %3 to %4; lowest %5, highest %6, latest %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the client is needed: initials or a pseudonym the clinic knows them by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 this code and the clinic&apos;s address, %2. The code works once, for 15 minutes: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicianWindow</name>
    <message>
        <source>Tessera for clinicians: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera for clinicians</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingUpSection</name>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up, %1 planned in the next two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown; press to fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folded; press to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 at %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmAction</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry? You can undo it straight after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisDefaults</name>
    <message>
        <source>24 hours a day, every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free to call from any phone. You don&apos;t have to be suicidal to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free and confidential. Call or text 988, or chat on the web site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free. Call or text 988, in English or French.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Línea 024 de atención a la conducta suicida. Free and confidential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis support and suicide prevention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free. Call or text 1737 to talk with a trained counsellor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free and anonymous. Also on 0800 111 0 222.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro national de prévention du suicide. Free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisPage</name>
    <message>
        <source>Need help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have to get through this alone. Reaching out is a strong thing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you can contact now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger now, call your local emergency number: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger now, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your safety plan is kept in your journal, so it opens after you unlock. The contacts above work now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address cannot be opened from here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser opened. The address is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once Tessera is set up, you can write a safety plan here: what helps you, and who you can turn to. The contacts above work now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>dddd d MMMM</source>
        <comment>a day of this year (a QLocale date pattern)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>a day of another year (a QLocale date pattern)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteWithUndo</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry? You can undo it straight after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSafetyPlan</name>
    <message>
        <source>Sleeping badly for several nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling on friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking &quot;what&apos;s the point&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A walk by the canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hot shower and my playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3-minute breathing space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ana&apos;s kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Ana to keep my spare medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ana and my nephew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the garden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeing the sea again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ana (sister), 07700 900123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marco (friend from work), 07700 900456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My clinician at the CBT service, weekdays, 020 7946 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samaritans, 116 123, any time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders can only appear while Tessera is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Tessera running when the window is closed, so reminders can appear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this is on, closing the window keeps Tessera running: in the system tray when your desktop has one, otherwise out of sight. Opening Tessera again brings the window back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window puts Tessera in the system tray, by the clock. Open it again from there, or choose Quit there to close it completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop shows no tray icon for Tessera, so closing the window hides it and Tessera keeps running out of sight. Open Tessera from your applications menu to bring the window back; &quot;Quit Tessera&quot; below closes it completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic&apos;s settings suggest this; you can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Tessera when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera starts quietly in the background, without opening its window, when it can be found again: in the system tray, or when it keeps running. Otherwise its window opens as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Tessera now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueItemRow</name>
    <message>
        <source>From an earlier day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueStrip</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See all %1 on Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptionSettings</name>
    <message>
        <source>Encryption and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is encrypted. Tessera asks for your passphrase when it starts and after it locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is not encrypted: anyone who can open your files on this computer could read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when I have not used Tessera for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your clinic&apos;s settings lock Tessera after at most %n minute(s).</source>
        <translation>
            <numerusform>Your clinic&apos;s settings lock Tessera after at most %n minute.</numerusform>
            <numerusform>Your clinic&apos;s settings lock Tessera after at most %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store your journal without encryption on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on encryption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Protect your journal with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a passphrase, what you write is encrypted on this computer: someone who borrows it, or finds a copy of your files, cannot read it. You type it when Tessera starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few unrelated words, at least 8 characters, are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: start without a passphrase (you can add one later in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic&apos;s settings ask for a passphrase on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can add a passphrase later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoToPopup</name>
    <message>
        <source>Go to page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a page or module name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down choose a page, Enter opens it, Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page has that in its name. Try fewer letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpNowButton</name>
    <message>
        <source>Need help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help now? Who to contact and your safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to contact now, and your safety plan (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalErrorPage</name>
    <message>
        <source>Your journal could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera did not change the file. Modules that need the journal are paused until it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Tessera (or the other program) where the journal is open, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest automatic backup is from %1. Restoring it puts it in the journal&apos;s place; the journal that did not open is kept beside it, unchanged, so nothing is thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no automatic backup yet. Ask your clinician or whoever set up Tessera for help; the file is still as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Tessera again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>This article is not in Learn any more (its module may be turned off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article from your clinic cannot be shown just now. Please let them know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article cannot be shown just now. Everything else in Tessera works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens in Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That page is not in this Tessera (its module may be turned off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: no web browser answered. The address is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link cannot be opened from Tessera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understanding depression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment and therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep, alcohol and everyday life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staying well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For family and friends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnArticleRow</name>
    <message>
        <source>1 minute to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short reads about depression, its treatment and the tools here, in plain words. There is a part for family and friends too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: sleep, medicines, how to help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article has those words. Try fewer or other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules that are on have no articles, and your clinic&apos;s profile has hidden Tessera&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Your journal is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to open it. Everything you wrote is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key you wrote down when you chose your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you are struggling right now, help does not need your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <source>Tessera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedCrisisView</name>
    <message>
        <source>Back to unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to setting up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Tessera (demo journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModulePage</name>
    <message>
        <source>“%1” could not be shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodBadge</name>
    <message>
        <source>Mood %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <source>Mood over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moods recorded in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day with a mood, average %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show mood over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days with a mood, daily average %2 of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>%1, group, 1 page, expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, group, 1 page, collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, group, %2 pages, expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, group, %2 pages, collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to page: find any page by its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find any page by its name (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now: hide the journal until the passphrase is typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the journal until your passphrase is typed (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationRow</name>
    <message>
        <source>Left arrow or Enter closes the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arrow or Enter opens the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageErrorPanel</name>
    <message>
        <source>Everything else in Tessera works as usual, and nothing you saved is affected. The reason, for your clinic or the module&apos;s author:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSuggestions</name>
    <message>
        <source>From your modules (add what fits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingSlider</name>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadConsentActions</name>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow %1 to read these entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow reading these entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop allowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 reading these entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading these entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now; nothing is read until you allow it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadConsentNotice</name>
    <message>
        <source>Entries it would read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show fewer of the entries it would read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all the entries it would read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens your journal. It is shown only this once. Write it down or save it, and keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key as a PDF in your Documents folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, such as a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down or saved it somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderNoticeRow</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the reminder&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark it done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders appear as desktop notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders appear inside the window while Tessera is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the reminder is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a notification says only &quot;Tessera: a reminder&quot;, so others who see your screen learn nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this is off, a notification says only &quot;A reminder&quot;, so someone who sees your screen learns nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours: hold reminders until they end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start, hours and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end, hours and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules that remind you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of these are set by %1 in your clinic profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your clinic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSectionView</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>These contacts come from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera knows no national crisis line for this computer&apos;s region. Ask your clinic which contacts to use; your clinic can add them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are national lines for %1. Ask your clinic which contacts to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you write in Tessera stays on this computer and is private: nobody reads it as you write it, and nobody is alerted by it. Tessera is not an emergency service. If you are in danger or might act on thoughts of harming yourself, call your local emergency number now; Need help now? lists people you can contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your safety plan is kept in your journal, which did not open; the contacts above work without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your safety plan could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on %1; not reviewed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet. It helps to write it on a calmer day, with your clinician if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open, so the plan cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Earlier versions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as reviewed today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local emergency number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open, so the plan cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thoughts, feelings, situations or behaviour that tell you a crisis may be starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps you take your mind off things or calm down without contacting anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to be with and places to go that help you feel better for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family members or friends you can tell that you are struggling, with how to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals and crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinician, your doctor, crisis lines and your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things you can do, or ask someone to do, to keep anything you could use to harm yourself out of reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reasons for living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people, hopes and things that matter to you and are worth staying safe for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to contact now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger now, call your local emergency number. Tessera is not an emergency service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to take, in order, when things start to get bad. Write it on a calmer day, with your clinician if you can, and keep it where you can find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 versions kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have looked it over today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once your plan is saved, you can mark it looked over and save it as a PDF to print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy and help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal and profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To share with your clinician, choose the period and what to include on the Share page: a PDF report, FHIR or CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with my clinician...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Share with my clinician page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full copy of your journal, for you to keep: CSV opens in a spreadsheet; JSON can be imported into Tessera again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include entries I marked private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: entries you marked private are left out of the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your copy will include the entries you marked private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your copy will leave out the entries you marked private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera keeps a backup a day, the last seven. Restoring keeps your current journal aside, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the journal with this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/journal-backup.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file: the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the journal with this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted entries wait in the bin, where you can restore them or delete them forever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera keeps a log of what it did, for when something goes wrong. It never holds what you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much goes in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More, for a support request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything (slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera %1 · SDK %2 · Qt %3 · SQLite %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>When my safety plan was last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often support was offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the first day as year-month-day, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the last day as year-month-day, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day comes after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan and support (figures on the first page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries from %1 will be shared.</source>
        <translation>
            <numerusform>%n entry from %1 will be shared.</numerusform>
            <numerusform>%n entries from %1 will be shared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That includes %n entries you marked private.</source>
        <translation>
            <numerusform>That includes %n entry you marked private.</numerusform>
            <numerusform>That includes %n entries you marked private.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries you marked private are left out.</source>
        <translation>
            <numerusform>%n entry you marked private is left out.</numerusform>
            <numerusform>%n entries you marked private are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick at least one kind of entry to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the full path of the file to save, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries as CSV files in %1.</source>
        <translation>
            <numerusform>Saved %n entry as a CSV file in %1.</numerusform>
            <numerusform>Saved %n entries as CSV files in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n FHIR resources to %1.</source>
        <translation>
            <numerusform>Saved %n FHIR resource to %1.</numerusform>
            <numerusform>Saved %n FHIR resources to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the report (%n pages) to %1.</source>
        <translation>
            <numerusform>Saved the report (%n page) to %1.</numerusform>
            <numerusform>Saved the report (%n pages) to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareModuleRow</name>
    <message numerus="yes">
        <source>%1 (%n entries)</source>
        <translation>
            <numerusform>%1 (%n entry)</numerusform>
            <numerusform>%1 (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <source>Some kinds are picked</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%1, %n entry in the period</numerusform>
            <numerusform>%1, %n entries in the period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharePage</name>
    <message>
        <source>Share with my clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to share, look at it, then save the file. Only what you tick is included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When your journal opens again, you can share from it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick anything you would rather keep to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include entries I marked private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for this share. Private entries are left out unless you turn this on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF report to print or send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR, for a clinic&apos;s records system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files for a spreadsheet (one per kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper for the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code your clinic knows you by (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not your name. Leave it empty to share without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look, then save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharePreview</name>
    <message numerus="yes">
        <source>Preview of your current choices: %n pages.</source>
        <translation>
            <numerusform>Preview of your current choices: %n page.</numerusform>
            <numerusform>Preview of your current choices: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>This preview is out of date: you changed your choices since. Press Preview again to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 of the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help now? (from anywhere, always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next or the previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a button, tick a box or a chip, open a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move within a list or a slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a page by its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Tessera (when your journal has a passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a window like this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? or Ctrl+/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the page before (Escape on Need help now?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Tessera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportNotice</name>
    <message>
        <source>It sounds like things are hard right now. You don&apos;t have to face this alone: your safety plan and people who can help are one step away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can I contact now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now; close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It sounds like things are hard right now. You don&apos;t have to face this alone: people who can help are one step away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Remove the private mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing with my clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with my clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: left out of what you share unless you include it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private entry: left out of what you share unless you include it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineFilterBoxes</name>
    <message>
        <source>Show entries from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood 0 to 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood 4 to 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood 7 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineFilters</name>
    <message>
        <source>Search your entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module, kind of entry, mood range and dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 entries match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 entries from your modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry matches the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry from your modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries from your modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer words or a wider date range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you record in any module shows up here, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting your entries…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayItemRow</name>
    <message>
        <source>From an earlier day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip %1 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo skipping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · all done for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · 1 thing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 things to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing you need to do. What you record in any module is in the timeline, whenever you want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be taken back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was changed again since, so it was not taken back here; open its page to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedWritingDialog</name>
    <message>
        <source>Your writing is not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you began on “%1” is still there. If you quit now, it is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordPicker</name>
    <message>
        <source>In my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 words: untick one to add another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::core::AppController</name>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::core::DesktopIntegration</name>
    <message>
        <source>%1: the setting could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder could not be made, so Tessera will not start when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be written (%2), so Tessera will not start when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be removed, so Tessera may still start when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::core::DesktopShell</name>
    <message>
        <source>Open Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::core::ModulePages</name>
    <message>
        <source>There is no place to show this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module “%1” has no page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry has no card of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page %1 cannot be given its module&apos;s backend: its root is not a ModulePage and declares no property &quot;backend&quot;. Make the root a ModulePage (import Tessera.Ui), or declare &quot;property QtObject backend&quot; and &quot;property string entryId&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::core::ReminderService</name>
    <message>
        <source>1 reminder while Tessera was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reminders while Tessera was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::core::TimelineModel</name>
    <message>
        <source>No module here takes marks called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
