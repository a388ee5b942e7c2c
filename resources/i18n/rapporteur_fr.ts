<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Réunion :</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Ajouter une séance</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>Exchange places with the session before (Alt+Up)</source>
        <translation>Échanger avec la séance précédente (Alt+Haut)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Exchange places with the session after (Alt+Down)</source>
        <translation>Échanger avec la séance suivante (Alt+Bas)</translation>
    </message>
    <message>
        <source>Choose a session on the left, or add one.</source>
        <translation>Choisissez une séance à gauche, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>{0} has {1} statements logged. Delete it with everything logged in it?</source>
        <translation>{1} interventions sont consignées dans « {0} ». La supprimer avec tout ce qui y est consigné ?</translation>
    </message>
</context>
<context>
    <name>AgendaTree</name>
    <message>
        <source>Sessions of the meeting</source>
        <translation>Séances de la réunion</translation>
    </message>
    <message>
        <source>No day yet</source>
        <translation>Jour non fixé</translation>
    </message>
    <message>
        <source>Day {0} — {1}</source>
        <translation>Jour {0} — {1}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Something went wrong, but nothing you saved is lost. The details are in the log: {0}</source>
        <translation>Une erreur s’est produite, mais rien de ce que vous avez enregistré n’est perdu. Les détails sont dans le journal : {0}</translation>
    </message>
    <message>
        <source>{0}

Put the newest good backup ({1}) in its place? The damaged file is kept.</source>
        <translation>{0}

Le remplacer par la dernière sauvegarde intacte ({1}) ? Le fichier endommagé est conservé.</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Something went wrong, but nothing you saved is lost.</source>
        <translation>Une erreur s’est produite, mais rien de ce que vous avez enregistré n’est perdu.</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Enregistré dans {0}</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Restaurer la sauvegarde choisie…</translation>
    </message>
    <message>
        <source>Backups are taken when the database is opened and every few minutes while it changes, and kept in {0}.</source>
        <translation>Les sauvegardes sont faites à l’ouverture de la base de données et toutes les quelques minutes tant qu’elle change ; elles sont conservées dans {0}.</translation>
    </message>
    <message>
        <source>Backed up as {0}.</source>
        <translation>Sauvegardé sous {0}.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Put this backup in place of the current database? The current one is kept as a backup first.</source>
        <translation>Remplacer la base de données actuelle par cette sauvegarde ? L’actuelle est d’abord conservée en sauvegarde.</translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept as {0}.</source>
        <translation>Restauré. La base de données telle qu’elle était est conservée sous {0}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The folder {folder} does not exist: {target} was not written.</source>
        <translation>Le dossier {folder} n’existe pas : {target} n’a pas été écrit.</translation>
    </message>
    <message>
        <source>{target} is a folder: give a file name to write.</source>
        <translation>{target} est un dossier : indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>{target} is read-only: it was left as it was.</source>
        <translation>{target} est en lecture seule : il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only: {target} was not written.</source>
        <translation>Le dossier {folder} est en lecture seule : {target} n’a pas été écrit.</translation>
    </message>
    <message>
        <source>The disk is full: {target} was not written.</source>
        <translation>Le disque est plein : {target} n’a pas été écrit.</translation>
    </message>
    <message>
        <source>{target} cannot be written: the file or its folder is read-only, or the file is open in another program.</source>
        <translation>Impossible d’écrire {target} : le fichier ou son dossier est en lecture seule, ou le fichier est ouvert dans un autre programme.</translation>
    </message>
    <message>
        <source>{target} cannot be written: {reason}.</source>
        <translation>Impossible d’écrire {target} : {reason}.</translation>
    </message>
    <message>
        <source>The file name {name} is too long: nothing was written.</source>
        <translation>Le nom de fichier {name} est trop long : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{target} is not a regular file (a device, a pipe or a socket): nothing was written.</source>
        <translation>{target} n’est pas un fichier ordinaire (un périphérique, un tube ou un socket) : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>It ends before it starts ({span}).</source>
        <translation>La fin précède le début ({span}).</translation>
    </message>
    <message>
        <source>A working session needs a rapporteur.</source>
        <translation>Une séance de travail doit avoir un rapporteur.</translation>
    </message>
    <message>
        <source>Outside the meeting&apos;s dates ({dates}).</source>
        <translation>En dehors des dates de la réunion ({dates}).</translation>
    </message>
    <message>
        <source>{room} is also taken by {session} ({span}).</source>
        <translation>La salle {room} est aussi prise par {session} ({span}).</translation>
    </message>
</context>
<context>
    <name>IntroducersTable</name>
    <message>
        <source>Introducer</source>
        <translation>Intervenant introductif</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>Panéliste</translation>
    </message>
    <message>
        <source>Keynote speaker</source>
        <translation>Orateur principal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>OSCE institution</source>
        <translation>Institution de l’OSCE</translation>
    </message>
    <message>
        <source>International organization</source>
        <translation>Organisation internationale</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Droit de réponse</translation>
    </message>
    <message>
        <source>Panel (not counted)</source>
        <translation>Table ronde (non comptée)</translation>
    </message>
    <message>
        <source>OSCE participating States</source>
        <translation>États participants de l’OSCE</translation>
    </message>
    <message>
        <source>OSCE</source>
        <translation>OSCE</translation>
    </message>
    <message>
        <source>ODIHR</source>
        <translation>BIDDH</translation>
    </message>
    <message>
        <source>Partners for Co-operation</source>
        <translation>Partenaires pour la coopération</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Meetings and sessions</source>
        <translation>Réunions et séances</translation>
    </message>
    <message>
        <source>Choose a session on the left.</source>
        <translation>Choisissez une séance à gauche.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>demo meeting</source>
        <translation>réunion de démonstration</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <source>Edit the &amp;agenda…</source>
        <translation>Modifier l’&amp;ordre du jour…</translation>
    </message>
    <message>
        <source>&amp;Import the registration list…</source>
        <translation>&amp;Importer la liste d’inscription…</translation>
    </message>
    <message>
        <source>&amp;Participants and organizations…</source>
        <translation>&amp;Participants et organisations…</translation>
    </message>
    <message>
        <source>&amp;Export report, highlights or agenda…</source>
        <translation>&amp;Exporter le rapport, les faits saillants ou l’ordre du jour…</translation>
    </message>
    <message>
        <source>&amp;Console keys</source>
        <translation>&amp;Touches de la console</translation>
    </message>
    <message>
        <source>&amp;About Rapporteur</source>
        <translation>À &amp;propos de Rapporteur</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Rapporteur will speak this language the next time it starts.</source>
        <translation>Rapporteur parlera cette langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Live &amp;console</source>
        <translation>&amp;Console en direct</translation>
    </message>
    <message>
        <source>&amp;Statements</source>
        <translation>&amp;Interventions</translation>
    </message>
    <message>
        <source>&amp;Rapport</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>Export the rapport as &amp;DOCX…</source>
        <translation>Exporter le rapport en &amp;DOCX…</translation>
    </message>
    <message>
        <source>Export the rapport as &amp;PDF…</source>
        <translation>Exporter le rapport en &amp;PDF…</translation>
    </message>
    <message>
        <source>Pro&amp;jector window</source>
        <translation>Fenêtre du pro&amp;jecteur</translation>
    </message>
    <message>
        <source>⚠ Backups have stopped: {0}</source>
        <translation>⚠ Les sauvegardes se sont arrêtées : {0}</translation>
    </message>
    <message>
        <source>About Rapporteur</source>
        <translation>À propos de Rapporteur</translation>
    </message>
    <message>
        <source>Rapporteur {0}: log the statements of a meeting and write its rapport.</source>
        <translation>Rapporteur {0} : consigner les interventions d’une réunion et en rédiger le rapport.</translation>
    </message>
    <message>
        <source>Choose a meeting on the left first.</source>
        <translation>Choisissez d’abord une réunion à gauche.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Registration list</source>
        <translation>Liste d’inscription</translation>
    </message>
</context>
<context>
    <name>MeetingExportDialog</name>
    <message>
        <source>Consolidated report</source>
        <translation>Rapport consolidé</translation>
    </message>
    <message>
        <source>Conference highlights</source>
        <translation>Faits saillants de la conférence</translation>
    </message>
    <message>
        <source>Annotated agenda</source>
        <translation>Ordre du jour annoté</translation>
    </message>
    <message>
        <source>Export the meeting&apos;s document</source>
        <translation>Exporter le document de la réunion</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document :</translation>
    </message>
    <message>
        <source>Labels in:</source>
        <translation>Libellés en :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Reading the meeting…</source>
        <translation>Lecture de la réunion…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>e.g. Vienna, Hofburg, Neuer Saal</source>
        <translation>p. ex. Vienne, Hofburg, Neuer Saal</translation>
    </message>
    <message>
        <source>2022-07-18</source>
        <translation>2022-07-18</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
</context>
<context>
    <name>MergeChoice</name>
    <message>
        <source>Merge two spellings</source>
        <translation>Fusionner deux graphies</translation>
    </message>
    <message>
        <source>“{0}” and “{1}” become one. Which spelling stays? Everything recorded under the other moves to it.</source>
        <translation>« {0} » et « {1} » n’en font plus qu’un. Quelle graphie garder ? Tout ce qui est consigné sous l’autre lui est rattaché.</translation>
    </message>
    <message>
        <source>Keep “{0}”</source>
        <translation>Garder « {0} »</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Search the notes (any words, any order)</source>
        <translation>Rechercher dans les notes (tous mots, dans n’importe quel ordre)</translation>
    </message>
    <message>
        <source>In speaking order</source>
        <translation>Dans l’ordre des interventions</translation>
    </message>
    <message>
        <source>By category and organization</source>
        <translation>Par catégorie et organisation</translation>
    </message>
    <message>
        <source>The notes of the session</source>
        <translation>Les notes de la séance</translation>
    </message>
    <message>
        <source>To &amp;recommendation (Enter)</source>
        <translation>En &amp;recommandation (Entrée)</translation>
    </message>
    <message>
        <source>Into the &amp;narrative (Ctrl+Enter)</source>
        <translation>Dans le &amp;compte rendu (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>%1 of %2 notes</source>
        <translation>%1 notes sur %2</translation>
    </message>
</context>
<context>
    <name>OrganizationsTab</name>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>With the reference lists</source>
        <translation>Avec les listes de référence</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation>&amp;Fusionner les deux sélectionnés…</translation>
    </message>
    <message>
        <source>Name of a new organization</source>
        <translation>Nom d’une nouvelle organisation</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nouvelle :</translation>
    </message>
    <message>
        <source>Select two organizations in use: two spellings of one.</source>
        <translation>Sélectionnez deux organisations utilisées : deux graphies d’une seule.</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Participants and organizations</source>
        <translation>Participants et organisations</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;Organizations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Not to be named</source>
        <translation>Ne pas nommer</translation>
    </message>
    <message>
        <source>Described as</source>
        <translation>Désigné(e) comme</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>participating State</source>
        <translation>État participant</translation>
    </message>
    <message>
        <source>Asian Partner for Co-operation</source>
        <translation>Partenaire asiatique pour la coopération</translation>
    </message>
    <message>
        <source>Mediterranean Partner for Co-operation</source>
        <translation>Partenaire méditerranéen pour la coopération</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>OSCE</source>
        <translation>OSCE</translation>
    </message>
    <message>
        <source>OSCE institution</source>
        <translation>Institution de l’OSCE</translation>
    </message>
    <message>
        <source>OSCE Secretariat</source>
        <translation>Secrétariat de l’OSCE</translation>
    </message>
    <message>
        <source>OSCE field operation</source>
        <translation>Opération de terrain de l’OSCE</translation>
    </message>
    <message>
        <source>United Nations</source>
        <translation>Organisation des Nations Unies</translation>
    </message>
    <message>
        <source>Council of Europe</source>
        <translation>Conseil de l’Europe</translation>
    </message>
    <message>
        <source>European Union body</source>
        <translation>Organe de l’Union européenne</translation>
    </message>
    <message>
        <source>international organization</source>
        <translation>organisation internationale</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Find a person or an organization</source>
        <translation>Rechercher une personne ou une organisation</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation>&amp;Fusionner les deux sélectionnés…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Their statements stay, under the name logged</source>
        <translation>Leurs interventions restent, sous le nom consigné</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Category (if new)</source>
        <translation>Catégorie (si nouvelle)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Select the two spellings of one person.</source>
        <translation>Sélectionnez les deux graphies d’une même personne.</translation>
    </message>
</context>
<context>
    <name>RapportTab</name>
    <message>
        <source>Questions raised</source>
        <translation>Questions soulevées</translation>
    </message>
    <message>
        <source>Identified priorities</source>
        <translation>Priorités dégagées</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>The narrative, saved as you type. Ctrl+B bold, Ctrl+I italic, Ctrl+K a link, Ctrl+Shift+L a bulleted list, Ctrl+Shift+N a numbered list.</source>
        <translation>Le compte rendu, enregistré au fil de la frappe. Ctrl+B gras, Ctrl+I italique, Ctrl+K un lien, Ctrl+Maj+L une liste à puces, Ctrl+Maj+N une liste numérotée.</translation>
    </message>
    <message>
        <source>Draft from the &amp;log</source>
        <translation>Brouillon à partir du &amp;journal</translation>
    </message>
    <message>
        <source>Write a draft from the log where the cursor is: the moderator and introducers with their notes, the floor by category with its counts, and the themes raised. Nothing you wrote is replaced; Ctrl+Z takes it out.</source>
        <translation>Écrire à l’emplacement du curseur un brouillon tiré du journal : le modérateur et les intervenants introductifs avec leurs notes, les interventions par catégorie avec leur nombre, et les thèmes soulevés. Rien de ce que vous avez écrit n’est remplacé ; Ctrl+Z le retire.</translation>
    </message>
    <message>
        <source>One item per line. Saved as you type.</source>
        <translation>Un élément par ligne. Enregistré au fil de la frappe.</translation>
    </message>
    <message>
        <source>Session rapport</source>
        <translation>Rapport de séance</translation>
    </message>
    <message>
        <source>Working group conclusions</source>
        <translation>Conclusions du groupe de travail</translation>
    </message>
    <message>
        <source>The rapport as it will be sent</source>
        <translation>Le rapport tel qu’il sera envoyé</translation>
    </message>
    <message>
        <source>Export {0}…</source>
        <translation>Exporter en {0}…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Narrative&lt;/b&gt;</source>
        <translation>&lt;b&gt;Compte rendu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recommendations (tick to include)</source>
        <translation>Recommandations (cochez pour inclure)</translation>
    </message>
    <message>
        <source>All the notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document :</translation>
    </message>
    <message>
        <source>Labels in:</source>
        <translation>Libellés en :</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Drafting…</source>
        <translation>Rédaction du brouillon…</translation>
    </message>
    <message>
        <source>Export the rapport</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Writing the rapport…</source>
        <translation>Écriture du rapport…</translation>
    </message>
</context>
<context>
    <name>RecommendationsView</name>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Addressee of the selected recommendation</source>
        <translation>Destinataire de la recommandation choisie</translation>
    </message>
    <message>
        <source>New recommendation: type it and press Enter</source>
        <translation>Nouvelle recommandation : saisissez-la et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>Mer&amp;ge two</source>
        <translation>Fusi&amp;onner deux</translation>
    </message>
    <message>
        <source>Accept the proposed &amp;addressee</source>
        <translation>Accepter le &amp;destinataire proposé</translation>
    </message>
    <message>
        <source>Merge its d&amp;uplicates into it</source>
        <translation>Y fusionner ses d&amp;oublons</translation>
    </message>
    <message>
        <source>Keep this wording; the duplicates go, every statement they came from stays</source>
        <translation>Garder cette formulation ; les doublons disparaissent, toutes les interventions dont ils viennent restent</translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <translation>Faite par : %1</translation>
    </message>
    <message>
        <source>Its words address %1.</source>
        <translation>Ses termes s’adressent à %1.</translation>
    </message>
    <message>
        <source>Said the same as another of the list.</source>
        <translation>Dit la même chose qu’une autre de la liste.</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Its words address %1 (“%2”).</source>
        <translation>Ses termes s’adressent à %1 (« %2 »).</translation>
    </message>
    <message numerus="yes">
        <source>Said the same as %n other(s) of the list.</source>
        <translation>
            <numerusform>Dit la même chose que %n autre de la liste.</numerusform>
            <numerusform>Dit la même chose que %n autres de la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>In all: %1 proposed addressee(s), %2 group(s) of duplicates.</source>
        <translation>En tout : destinataires proposés : %1 ; groupes de doublons : %2.</translation>
    </message>
    <message>
        <source>Select two recommendations to merge.</source>
        <translation>Sélectionnez deux recommandations à fusionner.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Registration lists (*.csv *.xlsx *.txt *.tsv)</source>
        <translation>Listes d’inscription (*.csv *.xlsx *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Import the registration list</source>
        <translation>Importer la liste d’inscription</translation>
    </message>
    <message>
        <source>The registration list as read</source>
        <translation>La liste d’inscription telle qu’elle a été lue</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Read it again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>After correcting the file, read it again</source>
        <translation>Après avoir corrigé le fichier, relisez-le</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Registration list</source>
        <translation>Liste d’inscription</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (.xlsx) registration list.</source>
        <translation>Choisissez une liste d’inscription CSV ou Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{0} to add, {1} already registered, {2} repeated in the file, {3} with errors.</source>
        <translation>À ajouter : {0} ; déjà inscrits : {1} ; répétés dans le fichier : {2} ; avec des erreurs : {3}.</translation>
    </message>
    <message>
        <source>Columns not used: {0}.</source>
        <translation>Colonnes non utilisées : {0}.</translation>
    </message>
    <message>
        <source>Some text looks garbled ({0}): the file mixes encodings. It is imported as written; correct the file and read it again to fix it.</source>
        <translation>Une partie du texte semble illisible ({0}) : le fichier mélange plusieurs encodages. Il est importé tel quel ; pour y remédier, corrigez le fichier et relisez-le.</translation>
    </message>
    <message>
        <source>Nothing can be imported while the file has errors: correct it and read it again.</source>
        <translation>Rien ne peut être importé tant que le fichier contient des erreurs : corrigez-le et relisez-le.</translation>
    </message>
    <message>
        <source>The file names its columns but lists nobody.</source>
        <translation>Le fichier nomme ses colonnes mais ne contient personne.</translation>
    </message>
    <message>
        <source>Importing the registration list…</source>
        <translation>Importation de la liste d’inscription…</translation>
    </message>
</context>
<context>
    <name>RegistrationModel</name>
    <message>
        <source>to add</source>
        <translation>à ajouter</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>déjà inscrit</translation>
    </message>
    <message>
        <source>repeated in the file</source>
        <translation>répété dans le fichier</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>new organization</source>
        <translation>nouvelle organisation</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Address of the link (empty: no link):</source>
        <translation>Adresse du lien (vide : pas de lien) :</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Opening session</source>
        <translation>Séance d’ouverture</translation>
    </message>
    <message>
        <source>Working session</source>
        <translation>Séance de travail</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Side event</source>
        <translation>Manifestation parallèle</translation>
    </message>
    <message>
        <source>Closing session</source>
        <translation>Séance de clôture</translation>
    </message>
    <message>
        <source>Agenda item (no rapport)</source>
        <translation>Point de l’ordre du jour (sans rapport)</translation>
    </message>
    <message>
        <source>e.g. Working Session 14, SESSION II, Panel 3</source>
        <translation>p. ex. Séance de travail 14, SÉANCE II, Table ronde 3</translation>
    </message>
    <message>
        <source>10.30</source>
        <translation>10.30</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Name, function</source>
        <translation>Nom, fonction</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Une question par ligne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Introducers</source>
        <translation>Intervenants introductifs</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Questions for discussion</source>
        <translation>Questions pour la discussion</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>A row without a name is not saved.</source>
        <translation>Une ligne sans nom n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>Day {0} — {1}</source>
        <translation>Jour {0} — {1}</translation>
    </message>
    <message>
        <source>No day yet</source>
        <translation>Jour non fixé</translation>
    </message>
</context>
<context>
    <name>SessionTabs</name>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>StatementTableModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>Au nom de</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{0} (not to be named)</source>
        <translation>{0} (à ne pas nommer)</translation>
    </message>
</context>
<context>
    <name>StatementsTab</name>
    <message>
        <source>Statements</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Export {0}…</source>
        <translation>Exporter en {0}…</translation>
    </message>
    <message>
        <source>The statement log, for a spreadsheet</source>
        <translation>Le journal des interventions, pour un tableur</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Export the statements</source>
        <translation>Exporter les interventions</translation>
    </message>
    <message>
        <source>Writing the statements…</source>
        <translation>Écriture des interventions…</translation>
    </message>
</context>
<context>
    <name>TallyView</name>
    <message>
        <source>No. of statements</source>
        <translation>Nombre d’interventions</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>OSCE institutions</source>
        <translation>Institutions de l’OSCE</translation>
    </message>
    <message>
        <source>International organizations</source>
        <translation>Organisations internationales</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Rights of reply</source>
        <translation>Droits de réponse</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>Rights of reply that do not say which statement they answer: {count}.</source>
        <translation>Droits de réponse qui n’indiquent pas à quelle intervention ils répondent : {count}.</translation>
    </message>
    <message>
        <source>Recommendations without an addressee: {count}.</source>
        <translation>Recommandations sans destinataire : {count}.</translation>
    </message>
    <message>
        <source>A statement is still on the floor: end it so its time is recorded.</source>
        <translation>Une intervention est toujours en cours : terminez-la pour que sa durée soit consignée.</translation>
    </message>
    <message>
        <source>The narrative is empty.</source>
        <translation>Le compte rendu est vide.</translation>
    </message>
    <message>
        <source>The session has no rapporteur named.</source>
        <translation>Aucun rapporteur n’est indiqué pour la séance.</translation>
    </message>
</context>
</TS>
