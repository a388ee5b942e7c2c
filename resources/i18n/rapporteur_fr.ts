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
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>Remise en place de la sauvegarde…</translation>
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
        <source>Restoring {0}…</source>
        <translation>Restauration de {0}…</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>Remise en place de la sauvegarde…</translation>
    </message>
    <message>
        <source>Opening the restored database…</source>
        <translation>Ouverture de la base de données restaurée…</translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept as {0}.</source>
        <translation>Restauré. La base de données telle qu’elle était est conservée sous {0}.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>salutation</source>
        <translation>civilité</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
</context>
<context>
    <name>ConsoleCommand</name>
    <message>
        <source>Cannot undo “{0}”: {1}</source>
        <translation>Impossible d’annuler « {0} » : {1}</translation>
    </message>
    <message>
        <source>Cannot redo “{0}”: {1}</source>
        <translation>Impossible de rétablir « {0} » : {1}</translation>
    </message>
    <message>
        <source>queue {0}</source>
        <translation>l’inscription de {0}</translation>
    </message>
    <message>
        <source>remove {0} from the queue</source>
        <translation>le retrait de {0} de la liste</translation>
    </message>
    <message>
        <source>move {0}</source>
        <translation>le déplacement de {0}</translation>
    </message>
    <message>
        <source>give the floor</source>
        <translation>l’attribution de la parole</translation>
    </message>
    <message>
        <source>give the floor to {0}</source>
        <translation>l’attribution de la parole à {0}</translation>
    </message>
    <message>
        <source>end the statement</source>
        <translation>la fin de l’intervention</translation>
    </message>
    <message>
        <source>count a statement ({0})</source>
        <translation>le décompte d’une intervention ({0})</translation>
    </message>
    <message>
        <source>change statement {0}</source>
        <translation>la modification de l’intervention n° {0}</translation>
    </message>
    <message>
        <source>delete statement {0}</source>
        <translation>la suppression de l’intervention n° {0}</translation>
    </message>
    <message>
        <source>add a recommendation</source>
        <translation>l’ajout d’une recommandation</translation>
    </message>
    <message>
        <source>correct {0} in the queue</source>
        <translation>la correction de {0} dans la liste</translation>
    </message>
    <message>
        <source>change the speaking-time limits</source>
        <translation>la modification des temps de parole</translation>
    </message>
    <message>
        <source>not to name {0}</source>
        <translation>l’anonymat de {0}</translation>
    </message>
    <message>
        <source>name {0} again</source>
        <translation>le retour du nom de {0}</translation>
    </message>
</context>
<context>
    <name>ConsoleKeys</name>
    <message>
        <source>Go to the quick-entry line</source>
        <translation>Aller à la ligne de saisie rapide</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <source>In the quick-entry line: queue who was typed</source>
        <translation>Dans la ligne de saisie rapide : inscrire sur la liste ce qui a été saisi</translation>
    </message>
    <message>
        <source>Queue who was typed</source>
        <translation>Inscrire ce qui a été saisi</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>After Enter on a new organization: its category</source>
        <translation>Après Entrée sur une nouvelle organisation : sa catégorie</translation>
    </message>
    <message>
        <source>Queue the next speaker as a right of reply to the chosen statement</source>
        <translation>Inscrire l’orateur suivant pour un droit de réponse à l’intervention choisie</translation>
    </message>
    <message>
        <source>Right of reply to the chosen statement</source>
        <translation>Droit de réponse à l’intervention choisie</translation>
    </message>
    <message>
        <source>Give the floor to the next in the queue; write their notes</source>
        <translation>Donner la parole au suivant sur la liste ; prendre les notes de son intervention</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>Donner la parole</translation>
    </message>
    <message>
        <source>Ctrl+F5, then 1 … 9</source>
        <translation>Ctrl+F5, puis 1 … 9</translation>
    </message>
    <message>
        <source>Give the floor to a speaker of the panel (the moderator, an introducer): logged and timed, never counted</source>
        <translation>Donner la parole à un membre de la table ronde (le modérateur, un intervenant introductif) : consigné et chronométré, jamais compté</translation>
    </message>
    <message>
        <source>Give the floor to the panel…</source>
        <translation>Donner la parole à la table ronde…</translation>
    </message>
    <message>
        <source>End the statement on the floor</source>
        <translation>Terminer l’intervention en cours</translation>
    </message>
    <message>
        <source>End the statement</source>
        <translation>Terminer l’intervention</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Back to the notes of the statement on the floor (the quick entry when nobody speaks)</source>
        <translation>Revenir aux notes de l’intervention en cours (à la saisie rapide quand personne n’a la parole)</translation>
    </message>
    <message>
        <source>Back to the notes on the floor</source>
        <translation>Retour aux notes de l’intervention en cours</translation>
    </message>
    <message>
        <source>Enter (in the log)</source>
        <translation>Entrée (dans le journal)</translation>
    </message>
    <message>
        <source>Open the notes of the chosen statement, even while another one speaks</source>
        <translation>Ouvrir les notes de l’intervention choisie, même pendant qu’un autre a la parole</translation>
    </message>
    <message>
        <source>Ctrl+M, then 1 … 5</source>
        <translation>Ctrl+M, puis 1 … 5</translation>
    </message>
    <message>
        <source>The notes&apos; line or selection as a recommendation to: 1 participating States, 2 the OSCE, 3 ODIHR, 4 civil society, 5 the Partners</source>
        <translation>La ligne ou la sélection des notes en recommandation, destinataire : 1 les États participants, 2 l’OSCE, 3 le BIDDH, 4 la société civile, 5 les Partenaires pour la coopération</translation>
    </message>
    <message>
        <source>Make a recommendation</source>
        <translation>En faire une recommandation</translation>
    </message>
    <message>
        <source>Category of the statement on the floor or chosen: 1 delegation, 2 civil society, 3 OSCE institution, 4 international organization, 5 media</source>
        <translation>Catégorie de l’intervention en cours ou choisie : 1 délégation, 2 société civile, 3 institution de l’OSCE, 4 organisation internationale, 5 médias</translation>
    </message>
    <message>
        <source>Category: {0}</source>
        <translation>Catégorie : {0}</translation>
    </message>
    <message>
        <source>Count a statement of that category, without a name</source>
        <translation>Compter une intervention de cette catégorie, sans nom</translation>
    </message>
    <message>
        <source>Count: {0}</source>
        <translation>Compter : {0}</translation>
    </message>
    <message>
        <source>Undo the last action of the console</source>
        <translation>Annuler la dernière action de la console</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>↷ Redo</source>
        <translation>↷ Rétablir</translation>
    </message>
    <message>
        <source>The chosen speaker asked not to be named (or may be named)</source>
        <translation>L’orateur choisi a demandé à ne pas être nommé (ou peut l’être à nouveau)</translation>
    </message>
    <message>
        <source>Not to be named</source>
        <translation>Ne pas nommer</translation>
    </message>
    <message>
        <source>Delete (in the queue)</source>
        <translation>Suppr (dans la liste)</translation>
    </message>
    <message>
        <source>In the queue: remove the chosen speaker from the queue</source>
        <translation>Dans la liste : retirer l’orateur choisi de la liste</translation>
    </message>
    <message>
        <source>Delete (in the log)</source>
        <translation>Suppr (dans le journal)</translation>
    </message>
    <message>
        <source>Delete the chosen statement</source>
        <translation>Supprimer l’intervention choisie</translation>
    </message>
    <message>
        <source>Delete the statement</source>
        <translation>Supprimer l’intervention</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Correct the chosen queued speaker, or the chosen cell of the log</source>
        <translation>Corriger l’orateur choisi dans la liste, ou la cellule choisie du journal</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down</source>
        <translation>Alt+↑ / Alt+↓</translation>
    </message>
    <message>
        <source>Move the chosen speaker in the queue</source>
        <translation>Déplacer l’orateur choisi dans la liste</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <source>Next or previous place: quick entry, queue, log, notes (and round)</source>
        <translation>Zone suivante ou précédente : saisie rapide, liste, journal, notes (en boucle)</translation>
    </message>
    <message>
        <source>Show or close the projector window</source>
        <translation>Afficher ou fermer la fenêtre du projecteur</translation>
    </message>
    <message>
        <source>Projector window</source>
        <translation>Fenêtre du projecteur</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <source>This list of keys, beside the console</source>
        <translation>Cette liste des touches, à côté de la console</translation>
    </message>
    <message>
        <source>Console keys</source>
        <translation>Touches de la console</translation>
    </message>
</context>
<context>
    <name>ConsoleLayout</name>
    <message>
        <source>Right of reply to</source>
        <translation>Droit de réponse à</translation>
    </message>
    <message>
        <source>Statement the right of reply answers</source>
        <translation>Intervention à laquelle répond le droit de réponse</translation>
    </message>
    <message>
        <source>Waiting for the database</source>
        <translation>En attente de la base de données</translation>
    </message>
    <message>
        <source>Count, no name:</source>
        <translation>Compter, sans nom :</translation>
    </message>
    <message>
        <source>Count a statement of {0} without a name ({1})</source>
        <translation>Compter une intervention sans nom — {0} ({1})</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Liste des orateurs</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <source>Not to be named in this statement only</source>
        <translation>Ne pas nommer dans cette intervention seulement</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>The undo history was cleared.</source>
        <translation>L’historique des annulations a été effacé.</translation>
    </message>
    <message>
        <source>Not undone: the database is held by {0}. Press Ctrl+Z again when it is free.</source>
        <translation>Non annulé : la base de données est occupée par {0}. Appuyez de nouveau sur Ctrl+Z quand elle sera libre.</translation>
    </message>
    <message>
        <source>Not redone: the database is held by {0}. Press the key again when it is free.</source>
        <translation>Non rétabli : la base de données est occupée par {0}. Appuyez de nouveau sur la touche quand elle sera libre.</translation>
    </message>
    <message>
        <source>(reply to {0})</source>
        <translation>(réponse au n° {0})</translation>
    </message>
    <message>
        <source>(reply)</source>
        <translation>(réponse)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes — {0}. {1} (on the floor)</source>
        <translation>Notes — {0}. {1} (a la parole)</translation>
    </message>
    <message>
        <source>Notes — {0}. {1}</source>
        <translation>Notes — {0}. {1}</translation>
    </message>
    <message>
        <source>⌨ Typing goes outside the console — Esc brings it back to the notes</source>
        <translation>⌨ La saisie va hors de la console — Échap la ramène aux notes</translation>
    </message>
    <message>
        <source>⌨ Typing goes to: {0}</source>
        <translation>⌨ La saisie va dans : {0}</translation>
    </message>
    <message>
        <source>⌨ Typing goes to: the quick-entry line (Enter queues)</source>
        <translation>⌨ La saisie va dans : la ligne de saisie rapide (Entrée inscrit)</translation>
    </message>
    <message>
        <source>⌨ Typing goes to: the queue (Alt+Up/Down move, F2 corrects, Delete removes)</source>
        <translation>⌨ La saisie va dans : la liste (Alt+↑/↓ déplace, F2 corrige, Suppr retire)</translation>
    </message>
    <message>
        <source>⌨ Typing goes to: the log (F2 edits a cell, Enter opens its notes)</source>
        <translation>⌨ La saisie va dans : le journal (F2 modifie une cellule, Entrée ouvre ses notes)</translation>
    </message>
    <message>
        <source>⌨ Esc: back to the notes</source>
        <translation>⌨ Échap : retour aux notes</translation>
    </message>
    <message>
        <source>Notes — the next speaker</source>
        <translation>Notes — l’orateur suivant</translation>
    </message>
    <message>
        <source>The agenda names no moderator or introducer for this session.</source>
        <translation>L’ordre du jour ne nomme ni modérateur ni intervenant introductif pour cette séance.</translation>
    </message>
    <message>
        <source>The floor to the panel:</source>
        <translation>La parole à la table ronde :</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>Personne n’a la parole.</translation>
    </message>
    <message>
        <source>Choose a statement in the log first.</source>
        <translation>Choisissez d’abord une intervention dans le journal.</translation>
    </message>
    <message>
        <source>edit statement {0}</source>
        <translation>la correction de l’intervention {0}</translation>
    </message>
    <message>
        <source>describe a speaker</source>
        <translation>la description d’un orateur</translation>
    </message>
    <message>
        <source>Put the cursor on a line of the notes (or select text) first.</source>
        <translation>Placez d’abord le curseur sur une ligne des notes (ou sélectionnez du texte).</translation>
    </message>
    <message>
        <source>Recommendation to?</source>
        <translation>Recommandation à qui ?</translation>
    </message>
    <message>
        <source>Recommendation to {0} added (Ctrl+Z takes it back).</source>
        <translation>Recommandation ajoutée, destinataire : {0} (Ctrl+Z l’annule).</translation>
    </message>
    <message>
        <source>The database is still held by another program: these were not saved. Copy the notes below before closing.</source>
        <translation>La base de données est toujours occupée par un autre programme : ceci n’a pas été enregistré. Copiez les notes ci-dessous avant de fermer.</translation>
    </message>
    <message>
        <source>Not done: {0}</source>
        <translation>Non fait : {0}</translation>
    </message>
    <message>
        <source>end the floor</source>
        <translation>la fin de l’intervention</translation>
    </message>
    <message>
        <source>the floor to the panel</source>
        <translation>la parole au panel</translation>
    </message>
    <message>
        <source>not to be named</source>
        <translation>à ne pas nommer</translation>
    </message>
    <message>
        <source>delete the statement</source>
        <translation>la suppression de l’intervention</translation>
    </message>
    <message>
        <source>Notes: {0}</source>
        <translation>Notes : {0}</translation>
    </message>
    <message>
        <source>(Esc: back)</source>
        <translation>(Échap : retour)</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>adresse électronique</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <source>Document settings</source>
        <translation>Paramètres des documents</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titres</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Faits saillants</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for: {0}</source>
        <translation>Choisir le fichier : {0}</translation>
    </message>
    <message>
        <source>One line each, e.g. Organization for Security and Co-operation in Europe / Office of the Special Representative</source>
        <translation>Une ligne chacun, p. ex. Organisation pour la sécurité et la coopération en Europe / Bureau du Représentant spécial</translation>
    </message>
    <message>
        <source>e.g. PC.SHDM.GAL/3/22</source>
        <translation>p. ex. PC.SHDM.GAL/3/22</translation>
    </message>
    <message>
        <source>e.g. 19 July 2022</source>
        <translation>p. ex. 19 juillet 2022</translation>
    </message>
    <message>
        <source>e.g. ENGLISH only</source>
        <translation>p. ex. FRANÇAIS seulement</translation>
    </message>
    <message>
        <source>A PNG, JPEG or GIF image</source>
        <translation>Une image PNG, JPEG ou GIF</translation>
    </message>
    <message>
        <source>Empty: the template for every meeting, or the program&apos;s own</source>
        <translation>Vide : le modèle de toutes les réunions, ou celui du programme</translation>
    </message>
    <message>
        <source>Issuing office:</source>
        <translation>Bureau émetteur :</translation>
    </message>
    <message>
        <source>Document symbol:</source>
        <translation>Cote du document :</translation>
    </message>
    <message>
        <source>Date on the document:</source>
        <translation>Date portée sur le document :</translation>
    </message>
    <message>
        <source>Distribution:</source>
        <translation>Distribution :</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Documents et modèles Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>DOCX template of this meeting:</source>
        <translation>Modèle DOCX de cette réunion :</translation>
    </message>
    <message>
        <source>DOCX template</source>
        <translation>Modèle DOCX</translation>
    </message>
    <message>
        <source>DOCX template for every meeting:</source>
        <translation>Modèle DOCX de toutes les réunions :</translation>
    </message>
    <message>
        <source>Titles written by hand, one line each; empty: the usual title.</source>
        <translation>Titres écrits à la main, une ligne chacun ; vide : le titre habituel.</translation>
    </message>
    <message>
        <source>Highlights:</source>
        <translation>Faits saillants :</translation>
    </message>
    <message>
        <source>Highlights from the …</source>
        <translation>Faits saillants de la …</translation>
    </message>
    <message>
        <source>Annotated agenda:</source>
        <translation>Ordre du jour annoté :</translation>
    </message>
    <message>
        <source>The meeting&apos;s title</source>
        <translation>Le titre de la réunion</translation>
    </message>
    <message>
        <source>Consolidated report:</source>
        <translation>Rapport consolidé :</translation>
    </message>
    <message>
        <source>Write the Moderator: and Speakers: lines of each panel (leave off when the synthesis names the speakers in bold itself)</source>
        <translation>Écrire les lignes « Modérateur : » et « Intervenants : » de chaque panel (à décocher quand la synthèse nomme elle-même les intervenants en gras)</translation>
    </message>
    <message>
        <source>Findings in italic</source>
        <translation>Conclusions en italique</translation>
    </message>
    <message>
        <source>Each panel&apos;s lead-in before its findings is on the Sessions page.</source>
        <translation>La phrase d&apos;introduction de chaque panel avant ses conclusions se trouve sur la page Séances.</translation>
    </message>
    <message>
        <source>BACKGROUND in capitals</source>
        <translation>CONTEXTE en capitales</translation>
    </message>
    <message>
        <source>Each day&apos;s date beside its number (Day 1 – Monday, …)</source>
        <translation>La date de chaque jour à côté de son numéro (Jour 1 – lundi, …)</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>Title of the annex:</source>
        <translation>Titre de l&apos;annexe :</translation>
    </message>
    <message>
        <source>Annex:</source>
        <translation>Annexe :</translation>
    </message>
    <message>
        <source>e.g. Concrete findings of the panel included:</source>
        <translation>p. ex. Les conclusions concrètes du panel ont notamment été :</translation>
    </message>
    <message>
        <source>Empty: the organizations that spoke</source>
        <translation>Vide : les organisations qui ont pris la parole</translation>
    </message>
    <message>
        <source>Empty: the usual title</source>
        <translation>Vide : le titre habituel</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Séance :</translation>
    </message>
    <message>
        <source>Lead-in before the findings (highlights):</source>
        <translation>Introduction avant les conclusions (faits saillants) :</translation>
    </message>
    <message>
        <source>Participants (working group conclusions):</source>
        <translation>Participants (conclusions du groupe de travail) :</translation>
    </message>
    <message>
        <source>Title of the conclusions:</source>
        <translation>Titre des conclusions :</translation>
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
        <source>{target} cannot be written (details: {reason}).</source>
        <translation>Impossible d’écrire {target} (détails : {reason}).</translation>
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
    <message>
        <source>The rapport of {session} is final (version {version}, {when}, {author}): re-open it to change it. Nothing was changed.</source>
        <translation>Le rapport de {session} est définitif (version {version}, {when}, {author}) : rouvrez-le pour le modifier. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Type who asked for the floor: a delegation, an organization or a name.</source>
        <translation>Saisissez qui demande la parole : une délégation, une organisation ou un nom.</translation>
    </message>
    <message>
        <source>Only a right of reply answers another statement.</source>
        <translation>Seul un droit de réponse répond à une autre intervention.</translation>
    </message>
    <message>
        <source>A right of reply answers a statement of its own session.</source>
        <translation>Un droit de réponse répond à une intervention de sa propre séance.</translation>
    </message>
    <message>
        <source>A queued speaker needs a name or an organization.</source>
        <translation>Un orateur inscrit doit avoir un nom ou une organisation.</translation>
    </message>
    <message>
        <source>{speaker} is already in the queue.</source>
        <translation>{speaker} est déjà sur la liste des orateurs.</translation>
    </message>
    <message>
        <source>There is no queued speaker {id}.</source>
        <translation>Il n’y a pas d’orateur inscrit n° {id}.</translation>
    </message>
    <message>
        <source>Nobody is waiting for the floor: queue a speaker first.</source>
        <translation>Personne n’attend la parole : inscrivez d’abord un orateur.</translation>
    </message>
    <message>
        <source>Statement {statement} was made in another session; a right of reply answers a statement of its own session.</source>
        <translation>L’intervention n° {statement} a été faite dans une autre séance ; un droit de réponse répond à une intervention de sa propre séance.</translation>
    </message>
    <message>
        <source>Statement {statement} would answer a reply that answers it: a chain of replies cannot go round in a circle.</source>
        <translation>L’intervention n° {statement} répondrait à une réponse qui lui répond : une chaîne de réponses ne peut pas tourner en rond.</translation>
    </message>
    <message>
        <source>The statement ends ({end}) before it starts ({start}).</source>
        <translation>L’intervention se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>Give the statement&apos;s category (or the delegation it was for).</source>
        <translation>Indiquez la catégorie de l’intervention (ou la délégation au nom de laquelle elle a été faite).</translation>
    </message>
    <message>
        <source>A right of reply cannot answer itself.</source>
        <translation>Un droit de réponse ne peut pas se répondre à lui-même.</translation>
    </message>
    <message>
        <source>Statement {statement} is already there.</source>
        <translation>L’intervention n° {statement} existe déjà.</translation>
    </message>
    <message>
        <source>The session&apos;s panel has {count} speaker(s); there is no number {number}.</source>
        <translation>La table ronde de la séance compte {count} intervenant(s) ; il n’y a pas de numéro {number}.</translation>
    </message>
    <message>
        <source>Statement {statement} is not a panel speaker&apos;s.</source>
        <translation>L’intervention n° {statement} n’est pas celle d’un membre de la table ronde.</translation>
    </message>
    <message>
        <source>There is no meeting with id {id}.</source>
        <translation>Il n’y a pas de réunion portant le numéro {id}.</translation>
    </message>
    <message>
        <source>There is no session with id {id}.</source>
        <translation>Il n’y a pas de séance portant le numéro {id}.</translation>
    </message>
    <message>
        <source>There is no statement with id {id}.</source>
        <translation>Il n’y a pas d’intervention portant le numéro {id}.</translation>
    </message>
    <message>
        <source>There is no recommendation with id {id}.</source>
        <translation>Il n’y a pas de recommandation portant le numéro {id}.</translation>
    </message>
    <message>
        <source>There is no participant {id}.</source>
        <translation>Il n’y a pas de participant n° {id}.</translation>
    </message>
    <message>
        <source>There is no organization {id}.</source>
        <translation>Il n’y a pas d’organisation n° {id}.</translation>
    </message>
    <message>
        <source>The session ends ({end}) before it starts ({start}).</source>
        <translation>La séance se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>The time limit must be between 1 second and 24 hours.</source>
        <translation>Le temps de parole doit être compris entre 1 seconde et 24 heures.</translation>
    </message>
    <message>
        <source>A time limit is a whole number of seconds.</source>
        <translation>Un temps de parole est un nombre entier de secondes.</translation>
    </message>
    <message>
        <source>The session label must not be empty (e.g. &apos;Working Session 1&apos;).</source>
        <translation>L’intitulé de la séance ne doit pas être vide (p. ex. « Séance de travail 1 »).</translation>
    </message>
    <message>
        <source>Only sessions of the same meeting can change places.</source>
        <translation>Seules des séances d’une même réunion peuvent échanger leur place.</translation>
    </message>
    <message>
        <source>The meeting ends ({end}) before it starts ({start}).</source>
        <translation>La réunion se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>Give the meeting&apos;s first day before its last.</source>
        <translation>Indiquez le premier jour de la réunion avant le dernier.</translation>
    </message>
    <message>
        <source>The recommendation&apos;s text must not be empty.</source>
        <translation>Le texte de la recommandation ne doit pas être vide.</translation>
    </message>
    <message>
        <source>Statement {statement} was made in another session than this recommendation.</source>
        <translation>L’intervention n° {statement} a été faite dans une autre séance que cette recommandation.</translation>
    </message>
    <message>
        <source>The new order must name each recommendation of the session once.</source>
        <translation>Le nouvel ordre doit citer une fois chaque recommandation de la séance.</translation>
    </message>
    <message>
        <source>Choose two different recommendations to merge.</source>
        <translation>Choisissez deux recommandations différentes à fusionner.</translation>
    </message>
    <message>
        <source>Only recommendations of the same session can be merged.</source>
        <translation>Seules des recommandations d’une même séance peuvent être fusionnées.</translation>
    </message>
    <message>
        <source>{name} is already a participant with this organization: merge the two instead.</source>
        <translation>{name} est déjà participant pour cette organisation : fusionnez plutôt les deux.</translation>
    </message>
    <message>
        <source>Choose two different people to merge.</source>
        <translation>Choisissez deux personnes différentes à fusionner.</translation>
    </message>
    <message>
        <source>Only people of the same meeting can be merged.</source>
        <translation>Seules des personnes d’une même réunion peuvent être fusionnées.</translation>
    </message>
    <message>
        <source>{name} is already in the list.</source>
        <translation>{name} figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>{name} already exists: merge the two instead of renaming.</source>
        <translation>{name} existe déjà : fusionnez les deux au lieu de renommer.</translation>
    </message>
    <message>
        <source>Choose two different organizations to merge.</source>
        <translation>Choisissez deux organisations différentes à fusionner.</translation>
    </message>
    <message>
        <source>The {field} must not be empty.</source>
        <translation>Le champ « {field} » ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The {field} {value} is not a date: write it as YYYY-MM-DD.</source>
        <translation>{value} dans le champ « {field} » n’est pas une date : écrivez-la AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The {field} {value} is not a time: write it as HH:MM.</source>
        <translation>{value} dans le champ « {field} » n’est pas une heure : écrivez-la HH:MM.</translation>
    </message>
    <message>
        <source>The {field} {value} is not a time: write it as HH:MM:SS (or HH:MM).</source>
        <translation>{value} dans le champ « {field} » n’est pas une heure : écrivez-la HH:MM:SS (ou HH:MM).</translation>
    </message>
    <message>
        <source>The {field} {value} is not a length of time: write it as M:SS (e.g. 2:30).</source>
        <translation>{value} dans le champ « {field} » n’est pas une durée : écrivez-la M:SS (p. ex. 2:30).</translation>
    </message>
    <message>
        <source>The {field} {value} is longer than a day.</source>
        <translation>{value} dans le champ « {field} » dépasse une journée.</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address.</source>
        <translation>{value} n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>The {field} is longer than {limit} characters.</source>
        <translation>Le champ « {field} » dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} n’existe pas.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a registration list.</source>
        <translation>{file} est un dossier, pas une liste d’inscription.</translation>
    </message>
    <message>
        <source>{file} cannot be read: permission denied.</source>
        <translation>{file} ne peut pas être lu : accès refusé.</translation>
    </message>
    <message>
        <source>{name} is not a CSV or .xlsx file: save it as .xlsx or .csv and try again.</source>
        <translation>{name} n’est pas un fichier CSV ou .xlsx : enregistrez-le en .xlsx ou .csv et réessayez.</translation>
    </message>
    <message>
        <source>{name} is larger than 50 MB: it is not a registration list.</source>
        <translation>{name} dépasse 50 Mo : ce n’est pas une liste d’inscription.</translation>
    </message>
    <message>
        <source>{name} has more than {rows} rows: it is not a registration list.</source>
        <translation>{name} compte plus de {rows} lignes : ce n’est pas une liste d’inscription.</translation>
    </message>
    <message>
        <source>The file has no column for the participant&apos;s name: its first row must name its columns, e.g. Name (or First name and Last name), Organization, Function, Category, Email.</source>
        <translation>Le fichier n’a pas de colonne pour le nom du participant : sa première ligne doit nommer ses colonnes, p. ex. Nom complet (ou Prénom et Nom), Organisation, Fonction, Catégorie, Courriel.</translation>
    </message>
    <message>
        <source>The file has no Organization column (or Delegation, Affiliation, Institution).</source>
        <translation>Le fichier n’a pas de colonne Organisation (ou Délégation, Affiliation, Institution).</translation>
    </message>
    <message>
        <source>The file is empty: it has no rows.</source>
        <translation>Le fichier est vide : il n’a aucune ligne.</translation>
    </message>
    <message>
        <source>The database {path} is not there any more (or is empty), though it was: no new database was made in its place.</source>
        <translation>La base de données {path} n’est plus là (ou est vide), alors qu’elle existait : aucune nouvelle base n’a été créée à sa place.</translation>
    </message>
    <message>
        <source>The database {path} is not there any more (or is empty), though it was: no new database was made in its place. Its newest good backup is {backup} ({taken} UTC): rapporteur-app --db {path} backup restore {backup}</source>
        <translation>La base de données {path} n’est plus là (ou est vide), alors qu’elle existait : aucune nouvelle base n’a été créée à sa place. Sa dernière sauvegarde saine est {backup} ({taken} UTC) : rapporteur-app --db {path} backup restore {backup}</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: {problem}. Nothing was written to it.</source>
        <translation>La base de données {path} ne peut pas être ouverte : {problem}. Rien n’y a été écrit.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: {problem}. Nothing was written to it. The newest good backup is {backup} ({taken} UTC): rapporteur-app --db {path} backup restore {backup}</source>
        <translation>La base de données {path} ne peut pas être ouverte : {problem}. Rien n’y a été écrit. La dernière sauvegarde saine est {backup} ({taken} UTC) : rapporteur-app --db {path} backup restore {backup}</translation>
    </message>
    <message>
        <source>The database {path} is locked by {holders} and was still locked after {seconds} s; it is not damaged and nothing was changed. Try again when that program has finished with it.</source>
        <translation>La base de données {path} est verrouillée par {holders} et l’était encore après {seconds} s ; elle n’est pas endommagée et rien n’a été modifié. Réessayez quand ce programme en aura fini avec elle.</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program and was still locked after {seconds} s; it is not damaged and nothing was changed. Try again when that program has finished with it.</source>
        <translation>La base de données {path} est verrouillée par un autre programme et l’était encore après {seconds} s ; elle n’est pas endommagée et rien n’a été modifié. Réessayez quand ce programme en aura fini avec elle.</translation>
    </message>
    <message>
        <source>The database was held by {holder} for {seconds} s: nothing was changed; try again in a moment.</source>
        <translation>La base de données a été occupée par {holder} pendant {seconds} s : rien n’a été modifié ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{name} is not a known organization: give its category (delegation, civil-society, osce-institution, international-organization, media).</source>
        <translation>{name} n’est pas une organisation connue : indiquez sa catégorie (délégation, société civile, institution de l’OSCE, organisation internationale, médias).</translation>
    </message>
    <message>
        <source>Backups are kept for SQLite files; a shared server database is backed up by its administrator.</source>
        <translation>Les sauvegardes sont faites pour les fichiers SQLite ; une base partagée sur un serveur est sauvegardée par son administrateur.</translation>
    </message>
    <message>
        <source>There is no backup {name}: see rapporteur-app backup list.</source>
        <translation>Il n’y a pas de sauvegarde {name} : voir rapporteur-app backup list.</translation>
    </message>
    <message>
        <source>{target} is a folder: give a file name to restore into.</source>
        <translation>{target} est un dossier : indiquez le nom du fichier où restaurer.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Rapporteur (schema {schema}); update the program to open it.</source>
        <translation>Cette base de données a été écrite par une version plus récente de Rapporteur (schéma {schema}) ; mettez le programme à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>This database was not made by Rapporteur: it has tables of its own ({tables}); choose another file.</source>
        <translation>Cette base de données n’a pas été créée par Rapporteur : elle a ses propres tables ({tables}) ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>This database was not made by Rapporteur: it has tables of its own ({tables}); choose another one.</source>
        <translation>Cette base de données n’a pas été créée par Rapporteur : elle a ses propres tables ({tables}) ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {mb} MB: it is not a registration list.</source>
        <translation>{name} se décompresse en plus de {mb} Mo : ce n’est pas une liste d’inscription.</translation>
    </message>
    <message>
        <source>{name} has a sheet of {rows} rows: it is not a registration list.</source>
        <translation>{name} a une feuille de {rows} lignes : ce n’est pas une liste d’inscription.</translation>
    </message>
    <message>
        <source>{name} is not a readable Excel (.xlsx) file (not a zip archive).</source>
        <translation>{name} n’est pas un fichier Excel (.xlsx) lisible (ce n’est pas une archive ZIP).</translation>
    </message>
    <message>
        <source>{name} is not a readable Excel (.xlsx) file ({why}).</source>
        <translation>{name} n’est pas un fichier Excel (.xlsx) lisible ({why}).</translation>
    </message>
    <message>
        <source>Recommendation {id} names no addressee in its words.</source>
        <translation>La recommandation n° {id} ne nomme aucun destinataire dans son texte.</translation>
    </message>
    <message>
        <source>Choose the recommendation to keep and at least one other.</source>
        <translation>Choisissez la recommandation à garder et au moins une autre.</translation>
    </message>
    <message>
        <source>{value} is not a time of day: write it as 10:30 or 10.30.</source>
        <translation>{value} n’est pas une heure : écrivez-la 10:30 ou 10.30.</translation>
    </message>
    <message>
        <source>{value} is not a date: write it as 2022-07-18 or 18.07.2022.</source>
        <translation>{value} n’est pas une date : écrivez-la 2022-07-18 ou 18.07.2022.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space and try again.</source>
        <translation>Le disque est plein : rien n’a été modifié. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The database cannot be written (the file or its folder is read-only).</source>
        <translation>La base de données ne peut pas être écrite (le fichier ou son dossier est en lecture seule).</translation>
    </message>
    <message>
        <source>The database server cannot be reached (stopped or restarting?): this action was not saved. What was saved before is safe; try again in a moment.</source>
        <translation>Le serveur de la base de données est injoignable (arrêté ou en redémarrage ?) : cette action n’a pas été enregistrée. Ce qui a été enregistré auparavant est en sûreté ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database could not be used (details: {detail}).</source>
        <translation>La base de données n’a pas pu être utilisée (détails : {detail}).</translation>
    </message>
    <message>
        <source>Cannot open the database {where} (details: {detail}).</source>
        <translation>Impossible d’ouvrir la base de données {where} (détails : {detail}).</translation>
    </message>
    <message>
        <source>The backup of {name} could not be written (details: {detail}).</source>
        <translation>La sauvegarde de {name} n’a pas pu être écrite (détails : {detail}).</translation>
    </message>
    <message>
        <source>Cannot read {path} (details: {reason}).</source>
        <translation>Impossible de lire {path} (détails : {reason}).</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}, column {column}; details: {detail}).</source>
        <translation>{path} n’est pas un JSON valide (ligne {line}, colonne {column} ; détails : {detail}).</translation>
    </message>
    <message>
        <source>The file is malformed at {where} (details: {detail}).</source>
        <translation>Le fichier est mal formé à {where} (détails : {detail}).</translation>
    </message>
    <message>
        <source>{file} cannot be read (details: {reason}).</source>
        <translation>{file} ne peut pas être lu (détails : {reason}).</translation>
    </message>
    <message>
        <source>The file is not a readable CSV table (details: {detail}).</source>
        <translation>Le fichier n’est pas un tableau CSV lisible (détails : {detail}).</translation>
    </message>
    <message>
        <source>The file is malformed at its top level (details: {detail}).</source>
        <translation>Le fichier est mal formé à sa racine (détails : {detail}).</translation>
    </message>
    <message>
        <source>it cannot be read (details: {detail})</source>
        <translation>elle ne peut pas être lue (détails : {detail})</translation>
    </message>
    <message>
        <source>it is damaged (details: {detail})</source>
        <translation>elle est endommagée (détails : {detail})</translation>
    </message>
    <message>
        <source>it is damaged (it is cut short: {size} bytes where its header counts {expected})</source>
        <translation>elle est endommagée (elle est tronquée : {size} octets là où son en-tête en annonce {expected})</translation>
    </message>
    <message>
        <source>The template {path} cannot be used: there is no such file.</source>
        <translation>Le modèle {path} ne peut pas être utilisé : ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>The template {path} cannot be used: it is larger than 50 MB.</source>
        <translation>Le modèle {path} ne peut pas être utilisé : il dépasse 50 Mo.</translation>
    </message>
    <message>
        <source>The template {path} cannot be used: it cannot be read (details: {detail}).</source>
        <translation>Le modèle {path} ne peut pas être utilisé : il ne peut pas être lu (détails : {detail}).</translation>
    </message>
    <message>
        <source>The template {path} cannot be used: it is not a Word document (.docx or .dotx).</source>
        <translation>Le modèle {path} ne peut pas être utilisé : ce n’est pas un document Word (.docx ou .dotx).</translation>
    </message>
    <message>
        <source>The template {path} cannot be used: it holds macros (.docm or .dotm); save it as .docx or .dotx.</source>
        <translation>Le modèle {path} ne peut pas être utilisé : il contient des macros (.docm ou .dotm) ; enregistrez-le au format .docx ou .dotx.</translation>
    </message>
    <message>
        <source>The template {path} cannot be used: Word&apos;s parts inside it cannot be read (details: {detail}).</source>
        <translation>Le modèle {path} ne peut pas être utilisé : les parties Word qu’il contient ne peuvent pas être lues (détails : {detail}).</translation>
    </message>
    <message>
        <source>No backup could be taken (the disk of the backups folder is full); your work is saved, but free some space in {folder} so that backups go on.</source>
        <translation>Aucune sauvegarde n’a pu être faite (le disque du dossier des sauvegardes est plein) ; votre travail est enregistré, mais libérez de la place dans {folder} pour que les sauvegardes reprennent.</translation>
    </message>
    <message>
        <source>No backup could be taken (details: {detail}); your work is saved, but backups go on only once {folder} can be written again.</source>
        <translation>Aucune sauvegarde n’a pu être faite (détails : {detail}) ; votre travail est enregistré, mais les sauvegardes ne reprendront que lorsque {folder} pourra de nouveau être écrit.</translation>
    </message>
    <message>
        <source>The database URL {url} names a driver that is not installed here ({driver}).</source>
        <translation>L’adresse de la base de données {url} désigne un pilote qui n’est pas installé ici ({driver}).</translation>
    </message>
    <message>
        <source>The server refused this change: the role {role} may write only the sessions given to it (the secretariat gives them: rapporteur-app team grant). Nothing was changed.</source>
        <translation>Le serveur a refusé cette modification : le rôle {role} ne peut écrire que dans les séances qui lui sont confiées (le secrétariat les confie : rapporteur-app team grant). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The server refused this change: this role may write only the sessions given to it (the secretariat gives them: rapporteur-app team grant). Nothing was changed.</source>
        <translation>Le serveur a refusé cette modification : ce rôle ne peut écrire que dans les séances qui lui sont confiées (le secrétariat les confie : rapporteur-app team grant). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The server refused this: the role {role} has no right to do it here ({detail}). Nothing was changed.</source>
        <translation>Le serveur a refusé : le rôle {role} n’a pas le droit de le faire ici ({detail}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The server refused this: this role has no right to do it here ({detail}). Nothing was changed.</source>
        <translation>Le serveur a refusé : ce rôle n’a pas le droit de le faire ici ({detail}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {problem}.</source>
        <translation>{name} ne peut pas être restaurée : {problem}.</translation>
    </message>
    <message>
        <source>The disk is full: {name} was not restored and the database is as it was. Free some space and try again.</source>
        <translation>Le disque est plein : {name} n’a pas été restaurée et la base de données est restée telle quelle. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>{name} could not be restored ({detail}); the database is as it was.</source>
        <translation>{name} n’a pas pu être restaurée ({detail}) ; la base de données est restée telle quelle.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: no database was created.</source>
        <translation>Le dossier {folder} n’existe pas : aucune base de données n’a été créée.</translation>
    </message>
    <message>
        <source>A backup is being restored into the database and it takes long; nothing was written. Try again in a moment.</source>
        <translation>Une sauvegarde est en cours de restauration dans la base de données et cela prend du temps ; rien n’a été écrit. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Another copy of Rapporteur has been setting up {name} for {seconds} s; try again when it has finished.</source>
        <translation>Une autre copie de Rapporteur prépare {name} depuis {seconds} s ; réessayez quand elle aura terminé.</translation>
    </message>
    <message>
        <source>The upgrade left {count} broken links between rows; the database before it is kept in {backup}.</source>
        <translation>La mise à niveau a laissé {count} liens rompus entre des lignes ; la base de données d’avant est conservée dans {backup}.</translation>
    </message>
    <message>
        <source>{path} is not a UTF-8 text file.</source>
        <translation>{path} n’est pas un fichier texte en UTF-8.</translation>
    </message>
    <message>
        <source>{path} is nested too deeply to be a Rapporteur meeting.</source>
        <translation>{path} est imbriqué trop profondément pour être une réunion Rapporteur.</translation>
    </message>
    <message>
        <source>{path} holds a number too long to be an id or a count.</source>
        <translation>{path} contient un nombre trop long pour être un numéro ou un compte.</translation>
    </message>
    <message>
        <source>{path} does not hold a Rapporteur meeting (a JSON object).</source>
        <translation>{path} ne contient pas de réunion Rapporteur (un objet JSON).</translation>
    </message>
    <message>
        <source>This file is not a Rapporteur meeting file (its &apos;format&apos; is missing).</source>
        <translation>Ce fichier n’est pas un fichier de réunion Rapporteur (son champ « format » manque).</translation>
    </message>
    <message>
        <source>This file was written in format version {version} by a newer Rapporteur; this version reads format {known}. Update the program to load it.</source>
        <translation>Ce fichier a été écrit au format version {version} par une version plus récente de Rapporteur ; cette version lit le format {known}. Mettez le programme à jour pour le charger.</translation>
    </message>
    <message>
        <source>A session file holds exactly one session; this one holds {count}.</source>
        <translation>Un fichier de séance contient exactement une séance ; celui-ci en contient {count}.</translation>
    </message>
    <message>
        <source>Statement id {id} is used twice in the file.</source>
        <translation>Le numéro d’intervention {id} est utilisé deux fois dans le fichier.</translation>
    </message>
    <message>
        <source>Statement {id} answers another but is not a right of reply.</source>
        <translation>L’intervention {id} répond à une autre mais n’est pas un droit de réponse.</translation>
    </message>
    <message>
        <source>Statement {id} answers statement {target}, which is not in its session.</source>
        <translation>L’intervention {id} répond à l’intervention {target}, qui n’est pas dans sa séance.</translation>
    </message>
    <message>
        <source>A recommendation of session {session} was also heard in statement {statement}, which is not in that session.</source>
        <translation>Une recommandation de la séance {session} a aussi été entendue dans l’intervention {statement}, qui n’est pas dans cette séance.</translation>
    </message>
    <message>
        <source>A recommendation of session {session} comes from statement {statement}, which is not in that session.</source>
        <translation>Une recommandation de la séance {session} provient de l’intervention {statement}, qui n’est pas dans cette séance.</translation>
    </message>
    <message>
        <source>The meeting&apos;s title is empty.</source>
        <translation>Le titre de la réunion est vide.</translation>
    </message>
    <message>
        <source>Session {position} of the file has an empty label or title.</source>
        <translation>La séance {position} du fichier a un libellé ou un titre vide.</translation>
    </message>
    <message>
        <source>Session {session} ends before it starts.</source>
        <translation>La séance {session} se termine avant de commencer.</translation>
    </message>
    <message>
        <source>An introducer of session {session} has an empty name.</source>
        <translation>Un intervenant liminaire de la séance {session} a un nom vide.</translation>
    </message>
    <message>
        <source>A recommendation of session {session} has no text.</source>
        <translation>Une recommandation de la séance {session} n’a pas de texte.</translation>
    </message>
    <message>
        <source>Statement {id} ends before it starts.</source>
        <translation>L’intervention {id} se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Statement {id} answers statement {target}, which must come before it.</source>
        <translation>L’intervention {id} répond à l’intervention {target}, qui doit venir avant elle.</translation>
    </message>
    <message>
        <source>The rapport of {session} is already final (version {version}); re-open it first to make a new version.</source>
        <translation>Le rapport de {session} est déjà définitif (version {version}) ; rouvrez-le d’abord pour en faire une nouvelle version.</translation>
    </message>
    <message>
        <source>The rapport of {session} is a draft: it is not locked.</source>
        <translation>Le rapport de {session} est un projet : il n’est pas verrouillé.</translation>
    </message>
    <message>
        <source>The rapport of {session} has no final version {version} (final versions: {known}).</source>
        <translation>Le rapport de {session} n’a pas de version définitive {version} (versions définitives : {known}).</translation>
    </message>
    <message>
        <source>The rapport of {session} has no final version {version} (final versions: none).</source>
        <translation>Le rapport de {session} n’a pas de version définitive {version} (aucune version définitive).</translation>
    </message>
    <message>
        <source>The session {session} of this file belongs to the meeting {other} (id {id}) in this database, not to {meeting}; nothing was imported.</source>
        <translation>La séance {session} de ce fichier appartient dans cette base de données à la réunion {other} (n° {id}), et non à {meeting} ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>This file is a whole meeting, not a session file: use `load` to add it as a meeting, or export one session with `session export`.</source>
        <translation>Ce fichier contient une réunion entière, pas une séance : utilisez `load` pour l’ajouter comme réunion, ou exportez une seule séance avec `session export`.</translation>
    </message>
    <message>
        <source>Link a recommendation to one heard at another meeting.</source>
        <translation>Reliez une recommandation à une recommandation entendue lors d’une autre réunion.</translation>
    </message>
    <message>
        <source>A follow-up note needs some text.</source>
        <translation>Une note de suivi doit contenir du texte.</translation>
    </message>
    <message>
        <source>Type a word to search for (letters or digits).</source>
        <translation>Saisissez un mot à rechercher (lettres ou chiffres).</translation>
    </message>
    <message>
        <source>The year {year} is not a year (1 to 9999).</source>
        <translation>{year} n’est pas une année (de 1 à 9999).</translation>
    </message>
    <message>
        <source>Ask for at least one result.</source>
        <translation>Demandez au moins un résultat.</translation>
    </message>
    <message>
        <source>The logo {logo} cannot be placed: it is missing or not a PNG, JPEG or GIF image.</source>
        <translation>Le logo {logo} ne peut pas être placé : il est introuvable ou n’est pas une image PNG, JPEG ou GIF.</translation>
    </message>
    <message>
        <source>Unknown event kind {kind}: use one of {choices}.</source>
        <translation>Type d’événement inconnu {kind} : utilisez l’un des suivants : {choices}.</translation>
    </message>
    <message>
        <source>Unknown follow-up state {state}: use one of {choices}.</source>
        <translation>État de suivi inconnu {state} : utilisez l’un des suivants : {choices}.</translation>
    </message>
    <message>
        <source>Roles belong to a PostgreSQL server: a SQLite file is one laptop&apos;s, and whoever can open it can write it.</source>
        <translation>Les rôles existent sur un serveur PostgreSQL : un fichier SQLite appartient à un seul ordinateur portable, et quiconque peut l’ouvrir peut y écrire.</translation>
    </message>
    <message>
        <source>Say which sessions the role may write (--session ID), or --secretariat.</source>
        <translation>Indiquez dans quelles séances le rôle peut écrire (--session ID), ou --secretariat.</translation>
    </message>
    <message>
        <source>There is no session {id}: nothing was granted.</source>
        <translation>Il n’y a pas de séance n° {id} : aucun droit n’a été accordé.</translation>
    </message>
    <message>
        <source>The role {role} is not in the team: nothing was changed.</source>
        <translation>Le rôle {role} ne fait pas partie de l’équipe : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is no role {role} on the server: its administrator makes it first (sudo -u postgres createuser --pwprompt {name}); nothing was granted.</source>
        <translation>Il n’y a pas de rôle {role} sur le serveur : son administrateur le crée d’abord (sudo -u postgres createuser --pwprompt {name}) ; aucun droit n’a été accordé.</translation>
    </message>
    <message>
        <source>The server does not guard the sessions yet: run rapporteur-app team setup-roles first (as the database&apos;s owner); nothing was granted.</source>
        <translation>Le serveur ne protège pas encore les séances : exécutez d’abord rapporteur-app team setup-roles (en tant que propriétaire de la base de données) ; aucun droit n’a été accordé.</translation>
    </message>
    <message>
        <source>the {kind} document is made for a meeting: use --meeting, not --session</source>
        <translation>le document {kind} est établi pour une réunion : utilisez --meeting, et non --session</translation>
    </message>
    <message>
        <source>the {kind} document is made for a session: use --session, not --meeting</source>
        <translation>le document {kind} est établi pour une séance : utilisez --session, et non --meeting</translation>
    </message>
    <message>
        <source>{key} is not a document setting: choose one of {choices}.</source>
        <translation>{key} n’est pas un paramètre de document : choisissez l’un des suivants : {choices}.</translation>
    </message>
    <message>
        <source>The document setting {key} takes yes or no.</source>
        <translation>Le paramètre de document {key} prend oui ou non.</translation>
    </message>
    <message>
        <source>The document setting {key} takes a text.</source>
        <translation>Le paramètre de document {key} prend un texte.</translation>
    </message>
    <message>
        <source>The {name} of a statement is a time of day.</source>
        <translation>Le champ {name} d’une intervention est une heure de la journée.</translation>
    </message>
    <message>
        <source>A joint statement&apos;s co-signatories are a list of names.</source>
        <translation>Les cosignataires d’une intervention commune sont une liste de noms.</translation>
    </message>
    <message>
        <source>A statement has no field {name}.</source>
        <translation>Une intervention n’a pas de champ {name}.</translation>
    </message>
    <message>
        <source>The database server cannot be reached: this statement is kept on this computer ({waiting} changes waiting) and will be written, in order, as soon as the server is back.</source>
        <translation>Le serveur de la base de données est injoignable : cette intervention est conservée sur cet ordinateur ({waiting} modifications en attente) et sera enregistrée, dans l’ordre, dès son retour.</translation>
    </message>
    <message>
        <source>The database server cannot be reached: this statement is kept on this computer (1 change waiting) and will be written, in order, as soon as the server is back.</source>
        <translation>Le serveur de la base de données est injoignable : cette intervention est conservée sur cet ordinateur (1 modification en attente) et sera enregistrée, dans l’ordre, dès son retour.</translation>
    </message>
    <message>
        <source>The database {path} may be damaged: {problem}. Its earlier backups are kept.</source>
        <translation>La base de données {path} est peut-être endommagée : {problem}. Ses sauvegardes antérieures sont conservées.</translation>
    </message>
    <message>
        <source>The search could not be run ({detail}).</source>
        <translation>La recherche n’a pas pu être effectuée ({detail}).</translation>
    </message>
    <message>
        <source>There is no session with id {id} in this meeting.</source>
        <translation>Il n’y a pas de séance portant le numéro {id} dans cette réunion.</translation>
    </message>
    <message>
        <source>{session}: the same as the session held; nothing to change.</source>
        <translation>{session} : identique à la séance détenue ; rien à modifier.</translation>
    </message>
    <message>
        <source>{session} replaces the one held:</source>
        <translation>{session} remplace la séance détenue :</translation>
    </message>
    <message>
        <source>{session} is added:</source>
        <translation>{session} est ajoutée :</translation>
    </message>
    <message>
        <source>Besides, the rapport held here is final: re-open it here first.</source>
        <translation>De plus, le rapport détenu ici est définitif : rouvrez-le d’abord ici.</translation>
    </message>
    <message>
        <source>This file is a session of {title} of {start}, not of {meeting}.</source>
        <translation>Ce fichier est une séance de {title} du {start}, et non de {meeting}.</translation>
    </message>
    <message>
        <source>This file is a session of {title}, not of {meeting}.</source>
        <translation>Ce fichier est une séance de {title}, et non de {meeting}.</translation>
    </message>
    <message>
        <source>This file holds version {version} of {session}&apos;s rapport; version {kept} is held here, which is newer.</source>
        <translation>Ce fichier contient la version {version} du rapport de {session} ; la version {kept}, plus récente, est détenue ici.</translation>
    </message>
    <message>
        <source>{session} was changed here since its file of {stamp} was imported: the newer file would replace those changes.</source>
        <translation>La séance « {session} » a été modifiée ici depuis l’importation de son fichier du {stamp} : le fichier plus récent remplacerait ces modifications.</translation>
    </message>
    <message>
        <source>This file of {session} was written at {stamp}, before the one imported last ({last}): it is older.</source>
        <translation>Ce fichier de {session} a été écrit le {stamp}, avant celui importé en dernier ({last}) : il est plus ancien.</translation>
    </message>
    <message>
        <source>a new session with {statements} statement(s), {recommendations} recommendation(s), its rapport final version {version}</source>
        <translation>une nouvelle séance avec {statements} intervention(s), {recommendations} recommandation(s), son rapport en version définitive {version}</translation>
    </message>
    <message>
        <source>a new session with {statements} statement(s), {recommendations} recommendation(s), its rapport a draft</source>
        <translation>une nouvelle séance avec {statements} intervention(s), {recommendations} recommandation(s), son rapport à l’état de projet</translation>
    </message>
    <message>
        <source>statements: {before} → {after}</source>
        <translation>interventions : {before} → {after}</translation>
    </message>
    <message>
        <source>recommendations: {before} → {after}</source>
        <translation>recommandations : {before} → {after}</translation>
    </message>
    <message>
        <source>the narrative changes</source>
        <translation>le compte rendu change</translation>
    </message>
    <message>
        <source>its rapport becomes final version {version}</source>
        <translation>son rapport devient la version définitive {version}</translation>
    </message>
    <message>
        <source>its rapport becomes a draft</source>
        <translation>son rapport devient un projet</translation>
    </message>
    <message>
        <source>{text} is neither a file name nor a database URL (like postgresql+psycopg://user@host/rapporteur).</source>
        <translation>{text} n’est ni un nom de fichier ni une adresse de base de données (comme postgresql+psycopg://user@host/rapporteur).</translation>
    </message>
    <message>
        <source>{path} starts with the home folder of a user this computer does not know.</source>
        <translation>{path} commence par le dossier personnel d’un utilisateur que cet ordinateur ne connaît pas.</translation>
    </message>
    <message>
        <source>A session has no field {name}.</source>
        <translation>Une séance n’a pas de champ {name}.</translation>
    </message>
    <message>
        <source>There is no follow-up note with id {id}.</source>
        <translation>Il n’y a pas de note de suivi portant le numéro {id}.</translation>
    </message>
    <message>
        <source>A kept change of an unknown kind ({kind}) was left aside.</source>
        <translation>Une modification en attente d’un type inconnu ({kind}) a été laissée de côté.</translation>
    </message>
    <message>
        <source>{problems} Nothing was imported; it is applied only when asked (--force): {changes}.</source>
        <translation>{problems} Rien n’a été importé ; il n’est appliqué que sur demande expresse (--force) : {changes}.</translation>
    </message>
    <message>
        <source>Unknown category {text}: use one of {choices}.</source>
        <translation>Catégorie inconnue {text} : utilisez l’une des suivantes : {choices}.</translation>
    </message>
    <message>
        <source>Unknown session kind {text}: use one of {choices}.</source>
        <translation>Type de séance inconnu {text} : utilisez l’un des suivants : {choices}.</translation>
    </message>
    <message>
        <source>Unknown statement kind {text}: use one of {choices}.</source>
        <translation>Type d’intervention inconnu {text} : utilisez l’un des suivants : {choices}.</translation>
    </message>
    <message>
        <source>Unknown role {text}: use one of {choices}.</source>
        <translation>Rôle inconnu {text} : utilisez l’un des suivants : {choices}.</translation>
    </message>
    <message>
        <source>Unknown format {text}: choose one of {choices}.</source>
        <translation>Format inconnu {text} : choisissez l’un des suivants : {choices}.</translation>
    </message>
    <message>
        <source>Unknown language {text}: choose one of {choices}.</source>
        <translation>Langue inconnue {text} : choisissez l’une des suivantes : {choices}.</translation>
    </message>
    <message>
        <source>Unknown document {text}: choose one of {choices}.</source>
        <translation>Document inconnu {text} : choisissez l’un des suivants : {choices}.</translation>
    </message>
    <message>
        <source>Unknown annual report setting: {names}. The settings are: {choices}.</source>
        <translation>Paramètre du rapport annuel inconnu : {names}. Les paramètres sont : {choices}.</translation>
    </message>
    <message>
        <source>This copy of the program is broken: its database migrations have {heads} heads instead of one. Install the program again.</source>
        <translation>Cette copie du programme est endommagée : les migrations de sa base de données ont {heads} têtes au lieu d’une. Réinstallez le programme.</translation>
    </message>
    <message>
        <source>row {row}, column {column}: the name is empty</source>
        <translation>ligne {row}, colonne « {column} » : le nom est vide</translation>
    </message>
    <message>
        <source>row {row}, column {column}: the name is longer than {limit} characters</source>
        <translation>ligne {row}, colonne « {column} » : le nom dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>row {row}, column {column}: the organization is empty</source>
        <translation>ligne {row}, colonne « {column} » : l’organisation est vide</translation>
    </message>
    <message>
        <source>row {row}, column {column}: the organization is longer than {limit} characters</source>
        <translation>ligne {row}, colonne « {column} » : l’organisation dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>row {row}, column {column}: the function is longer than {limit} characters</source>
        <translation>ligne {row}, colonne « {column} » : la fonction dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>row {row}, column {column}: the e-mail address is too long</source>
        <translation>ligne {row}, colonne « {column} » : l’adresse électronique est trop longue</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {value} is not an e-mail address</source>
        <translation>ligne {row}, colonne « {column} » : {value} n’est pas une adresse électronique</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {value} is not a category</source>
        <translation>ligne {row}, colonne « {column} » : {value} n’est pas une catégorie</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {organization} is not a known organization, so its category must be given</source>
        <translation>ligne {row}, colonne « {column} » : {organization} n’est pas une organisation connue, sa catégorie doit donc être indiquée</translation>
    </message>
    <message>
        <source>{organization} is counted as {category}, not as written</source>
        <translation>{organization} est comptée dans la catégorie « {category} », et non comme l’indique le fichier</translation>
    </message>
    <message>
        <source>known as {organization}</source>
        <translation>connue sous le nom {organization}</translation>
    </message>
    <message>
        <source>same person as row {row}</source>
        <translation>même personne qu’à la ligne {row}</translation>
    </message>
    <message>
        <source>already registered; adds their {details}</source>
        <translation>déjà inscrit ; le fichier complète : {details}</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>déjà inscrit</translation>
    </message>
    <message>
        <source>Nothing was imported: {note}.</source>
        <translation>Rien n’a été importé : {note}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {note} (and {more} more error(s)).</source>
        <translation>Rien n’a été importé : {note} (et {more} autre(s) erreur(s)).</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>session title</source>
        <translation>titre de la séance</translation>
    </message>
    <message>
        <source>meeting title</source>
        <translation>titre de la réunion</translation>
    </message>
    <message>
        <source>introducer&apos;s name</source>
        <translation>nom de l’intervenant introductif</translation>
    </message>
    <message>
        <source>organization&apos;s name</source>
        <translation>nom de l’organisation</translation>
    </message>
    <message>
        <source>participant&apos;s name</source>
        <translation>nom du participant</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>sigle</translation>
    </message>
    <message>
        <source>co-signatory</source>
        <translation>cosignataire</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
</context>
<context>
    <name>FloorPanel</name>
    <message>
        <source>Speaking time of a statement in this session</source>
        <translation>Temps de parole d’une intervention dans cette séance</translation>
    </message>
    <message>
        <source>Speaking time of a right of reply in this session</source>
        <translation>Temps de parole d’un droit de réponse dans cette séance</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>Personne n’a la parole</translation>
    </message>
    <message>
        <source>F5 gives the floor to the next in the queue.</source>
        <translation>F5 donne la parole au suivant sur la liste.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>{0} over
the {1} limit</source>
        <translation>{0} au-delà
des {1} prévues</translation>
    </message>
    <message>
        <source>{0} left
of {1}</source>
        <translation>reste {0}
sur {1}</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>E&amp;xport the table…</source>
        <translation>E&amp;xporter le tableau…</translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation>Notes de suivi</translation>
    </message>
    <message>
        <source>What was done, who replied …</source>
        <translation>Ce qui a été fait, qui a répondu …</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <source>Proposed links</source>
        <translation>Liens proposés</translation>
    </message>
    <message>
        <source>&amp;Same recommendation</source>
        <translation>&amp;Même recommandation</translation>
    </message>
    <message>
        <source>&amp;Different</source>
        <translation>&amp;Différente</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau responsable</translation>
    </message>
    <message>
        <source>Latest note</source>
        <translation>Dernière note</translation>
    </message>
    <message>
        <source>Heard before at</source>
        <translation>Déjà entendue à</translation>
    </message>
    <message>
        <source>Notes of the chosen recommendation</source>
        <translation>Notes de la recommandation choisie</translation>
    </message>
    <message>
        <source>Heard at an earlier meeting? (proposed by their words)</source>
        <translation>Déjà entendue à une réunion précédente ? (proposé d’après le texte)</translation>
    </message>
    <message>
        <source>Every addressee</source>
        <translation>Tous les destinataires</translation>
    </message>
    <message>
        <source>“{later}” ({later_meeting}) — heard before: “{earlier}” ({earlier_meeting})</source>
        <translation>« {later} » ({later_meeting}) — déjà entendue : « {earlier} » ({earlier_meeting})</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>HandoffActions</name>
    <message>
        <source>Export the session for the secretariat</source>
        <translation>Exporter la séance pour le secrétariat</translation>
    </message>
    <message>
        <source>Session file (*.json)</source>
        <translation>Fichier de séance (*.json)</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Exporter la séance</translation>
    </message>
    <message>
        <source>Writing the session file…</source>
        <translation>Écriture du fichier de séance…</translation>
    </message>
    <message>
        <source>Import a session file</source>
        <translation>Importer un fichier de séance</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>{0}: the same as the session held; nothing was changed.</source>
        <translation>{0} : identique à la séance déjà présente ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The rapport of {0} is final here; only a newer final version replaces it. Re-open it first. Nothing was changed.</source>
        <translation>Le rapport de {0} est ici définitif ; seule une version définitive plus récente le remplace. Rouvrez-le d’abord. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Importing this file will change:</source>
        <translation>L’importation de ce fichier modifiera :</translation>
    </message>
    <message>
        <source>Apply anyway</source>
        <translation>Appliquer quand même</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>{0} was imported.</source>
        <translation>{0} a été importé.</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Mark the rapport final</source>
        <translation>Rendre le rapport définitif</translation>
    </message>
    <message>
        <source>Once final (sent to the secretariat), the session&apos;s statements, recommendations and narrative are locked.
Sent by:</source>
        <translation>Une fois définitif (envoyé au secrétariat), les interventions, les recommandations et le texte du rapport de la séance sont verrouillés.
Envoyé par :</translation>
    </message>
    <message>
        <source>The rapport is final: version {0}, {1}, {2}.</source>
        <translation>Le rapport est définitif : version {0}, {1}, {2}.</translation>
    </message>
    <message>
        <source>Re-open the rapport</source>
        <translation>Rouvrir le rapport</translation>
    </message>
    <message>
        <source>Re-open the final rapport to change it? Its final version stays kept; marking it final again makes the next version.</source>
        <translation>Rouvrir le rapport définitif pour le modifier ? Sa version définitive reste conservée ; le rendre à nouveau définitif crée la version suivante.</translation>
    </message>
</context>
<context>
    <name>HeldActions</name>
    <message>
        <source>Opening the database… waiting to be done as soon as it is open: {0}.</source>
        <translation>Ouverture de la base de données… en attente, fait dès qu’elle est ouverte : {0}.</translation>
    </message>
    <message>
        <source>Not done: {0}. The database was held by {1} for over {2} s; do these again when it is free.</source>
        <translation>Non fait : {0}. La base de données a été occupée par {1} pendant plus de {2} s ; refaites ces actions quand elle sera libre.</translation>
    </message>
    <message>
        <source>waiting to be done: {0}</source>
        <translation>en attente : {0}</translation>
    </message>
    <message>
        <source>the notes are kept and saved as soon as it is free</source>
        <translation>les notes sont gardées et seront enregistrées dès qu’elle sera libre</translation>
    </message>
    <message>
        <source>The database is held by {0} ({1} s): {2}.</source>
        <translation>La base de données est occupée par {0} ({1} s) : {2}.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation> ; </translation>
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
    <name>KeptWritesLine</name>
    <message numerus="yes">
        <source>The database server cannot be reached: what is typed meanwhile is kept on this computer (%n waiting) and will be written when it is back.</source>
        <translation>
            <numerusform>Le serveur de la base de données est injoignable : ce qui est saisi entre-temps est conservé sur cet ordinateur (%n en attente) et sera enregistré à son retour.</numerusform>
            <numerusform>Le serveur de la base de données est injoignable : ce qui est saisi entre-temps est conservé sur cet ordinateur (%n en attente) et sera enregistré à son retour.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database server is back: everything kept on this computer is written.</source>
        <translation>Le serveur de la base de données est de retour : tout ce qui était conservé sur cet ordinateur est enregistré.</translation>
    </message>
</context>
<context>
    <name>KeyListWindow</name>
    <message>
        <source>Console keys</source>
        <translation>Touches de la console</translation>
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
    <name>LoadMeeting</name>
    <message>
        <source>Something went wrong; nothing was loaded.</source>
        <translation>Une erreur s’est produite ; rien n’a été chargé.</translation>
    </message>
    <message>
        <source>Load a meeting</source>
        <translation>Charger une réunion</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopping: nothing will be written…</source>
        <translation>Arrêt : rien ne sera écrit…</translation>
    </message>
    <message>
        <source>{0} statements written…</source>
        <translation>{0} interventions écrites…</translation>
    </message>
    <message>
        <source>Loaded the meeting “{0}”.</source>
        <translation>La réunion « {0} » est chargée.</translation>
    </message>
    <message>
        <source>Loading was cancelled; nothing was written.</source>
        <translation>Le chargement a été annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Meeting files (*.json);;All files (*)</source>
        <translation>Fichiers de réunion (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>LogDelegate</name>
    <message>
        <source>Right of reply to {0}. {1}</source>
        <translation>Droit de réponse au {0}. {1}</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
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
        <source>not to be named</source>
        <translation>à ne pas nommer</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>a la parole</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Give the statement&apos;s time first: its duration counts from it.</source>
        <translation>Indiquez d’abord l’heure de l’intervention : sa durée se compte à partir d’elle.</translation>
    </message>
    <message>
        <source>A statement cannot run past midnight.</source>
        <translation>Une intervention ne peut pas se prolonger au-delà de minuit.</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Log of the statements</source>
        <translation>Journal des interventions</translation>
    </message>
    <message>
        <source>Delete the statement</source>
        <translation>Supprimer l’intervention</translation>
    </message>
    <message>
        <source>Edit this cell  (F2)</source>
        <translation>Modifier cette cellule  (F2)</translation>
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
        <source>&amp;Search all meetings…</source>
        <translation>&amp;Rechercher dans toutes les réunions…</translation>
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
        <source>Import a &amp;session file…</source>
        <translation>Importer un fichier de &amp;séance…</translation>
    </message>
    <message>
        <source>The &amp;year: events, statistics, follow-up, annual report…</source>
        <translation>L’&amp;année : événements, statistiques, suivi, rapport annuel…</translation>
    </message>
    <message>
        <source>&amp;Export report, highlights or agenda…</source>
        <translation>&amp;Exporter le rapport, les faits saillants ou l’ordre du jour…</translation>
    </message>
    <message>
        <source>This database could not be opened: what was shown from it is taken away.</source>
        <translation>Cette base de données n’a pas pu être ouverte : ce qui en était affiché a été retiré.</translation>
    </message>
    <message>
        <source>The database could not be opened, so what you typed meanwhile was not saved. Copy it from below before closing.</source>
        <translation>La base de données n’a pas pu être ouverte : ce que vous avez saisi entre-temps n’a pas été enregistré. Copiez-le ci-dessous avant de fermer.</translation>
    </message>
    <message>
        <source>&amp;Load a meeting from a file…</source>
        <translation>&amp;Charger une réunion depuis un fichier…</translation>
    </message>
    <message>
        <source>&amp;Document settings…</source>
        <translation>Paramètres des &amp;documents…</translation>
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
        <source>&amp;Export the session for the secretariat…</source>
        <translation>Exporter la séance pour le &amp;secrétariat…</translation>
    </message>
    <message>
        <source>Mark the rapport &amp;final…</source>
        <translation>Rendre le rapport défi&amp;nitif…</translation>
    </message>
    <message>
        <source>Re-&amp;open the final rapport…</source>
        <translation>R&amp;ouvrir le rapport définitif…</translation>
    </message>
    <message>
        <source>Rapport &amp;versions…</source>
        <translation>&amp;Versions du rapport…</translation>
    </message>
    <message>
        <source>Pro&amp;jector window</source>
        <translation>Fenêtre du pro&amp;jecteur</translation>
    </message>
    <message>
        <source>{0} — rapport final, version {1} ({2}, {3}): locked</source>
        <translation>{0} — rapport définitif, version {1} ({2}, {3}) : verrouillé</translation>
    </message>
    <message>
        <source>Closing once the database is open: what you typed is saved first.</source>
        <translation>Fermeture dès que la base de données sera ouverte : ce que vous avez saisi sera enregistré d’abord.</translation>
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
    <message>
        <source>{title} has no sessions: a visit or a workshop needs none; a meeting gets them in the agenda editor (Ctrl+G).</source>
        <translation>{title} n’a pas de séances : une visite ou un atelier n’en a pas besoin ; une réunion les reçoit dans l’éditeur de l’ordre du jour (Ctrl+G).</translation>
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
        <source>Document &amp;settings…</source>
        <translation>Paramètre&amp;s des documents…</translation>
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
        <source>Kind</source>
        <translation>Type</translation>
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
    <name>NotesEditor</name>
    <message>
        <source>Notes of the statement on the floor (or chosen in the log).</source>
        <translation>Notes de l’intervention en cours (ou choisie dans le journal).</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
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
    <name>Problems</name>
    <message>
        <source>it is not a SQLite database (the file holds something else)</source>
        <translation>ce n’est pas une base de données SQLite (le fichier contient autre chose)</translation>
    </message>
    <message>
        <source>it is damaged (its header gives an impossible page size)</source>
        <translation>elle est endommagée (son en-tête donne une taille de page impossible)</translation>
    </message>
    <message>
        <source>it is damaged (its header gives an unknown file format)</source>
        <translation>elle est endommagée (son en-tête donne un format de fichier inconnu)</translation>
    </message>
    <message>
        <source>it is damaged (its header is not SQLite&apos;s)</source>
        <translation>elle est endommagée (son en-tête n’est pas celui de SQLite)</translation>
    </message>
    <message>
        <source>it is damaged (its length is not a whole number of pages)</source>
        <translation>elle est endommagée (sa longueur n’est pas un nombre entier de pages)</translation>
    </message>
    <message>
        <source>it is not a regular file (a folder, a pipe or a device)</source>
        <translation>ce n’est pas un fichier ordinaire (un dossier, un tube ou un périphérique)</translation>
    </message>
</context>
<context>
    <name>ProgramTemplateRow</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the DOCX template for every meeting</source>
        <translation>Choisir le modèle DOCX de toutes les réunions</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the DOCX template for every meeting</source>
        <translation>Retirer le modèle DOCX de toutes les réunions</translation>
    </message>
    <message>
        <source>None: the program&apos;s own</source>
        <translation>Aucun : celui du programme</translation>
    </message>
    <message>
        <source>DOCX template for every meeting</source>
        <translation>Modèle DOCX de toutes les réunions</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Documents et modèles Word (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Rapporteur — floor</source>
        <translation>Rapporteur — écran de la salle</translation>
    </message>
    <message>
        <source>The floor is open</source>
        <translation>La parole est libre</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>et {0} de plus</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Ensuite :</translation>
    </message>
    <message>
        <source>Queue empty</source>
        <translation>Liste des orateurs vide</translation>
    </message>
    <message>
        <source>a speaker who asked not to be named</source>
        <translation>un orateur qui a demandé à ne pas être nommé</translation>
    </message>
    <message>
        <source>{0} over</source>
        <translation>{0} de dépassement</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>reste {0}</translation>
    </message>
</context>
<context>
    <name>QueueList</name>
    <message>
        <source>Queue of speakers</source>
        <translation>Liste des orateurs</translation>
    </message>
    <message>
        <source>(not to be named)</source>
        <translation>(à ne pas nommer)</translation>
    </message>
    <message>
        <source>right of reply to {0}</source>
        <translation>droit de réponse au n° {0}</translation>
    </message>
    <message>
        <source>right of reply</source>
        <translation>droit de réponse</translation>
    </message>
    <message>
        <source>Correct…  (F2)</source>
        <translation>Corriger…  (F2)</translation>
    </message>
    <message>
        <source>Move up  (Alt+Up)</source>
        <translation>Monter  (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down  (Alt+Down)</source>
        <translation>Descendre  (Alt+↓)</translation>
    </message>
    <message>
        <source>Not to be named</source>
        <translation>Ne pas nommer</translation>
    </message>
    <message>
        <source>Remove from the queue  (Delete)</source>
        <translation>Retirer de la liste  (Suppr)</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>▲ Up</source>
        <translation>▲ Monter</translation>
    </message>
    <message>
        <source>Move the chosen speaker up (Alt+Up)</source>
        <translation>Faire monter l’orateur choisi (Alt+↑)</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Descendre</translation>
    </message>
    <message>
        <source>Move the chosen speaker down (Alt+Down)</source>
        <translation>Faire descendre l’orateur choisi (Alt+↓)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Correct the chosen speaker (F2)</source>
        <translation>Corriger l’orateur choisi (F2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take the chosen speaker out (Delete)</source>
        <translation>Retirer l’orateur choisi de la liste (Suppr)</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Who asks for the floor? A delegation, an organization or a name — Enter</source>
        <translation>Qui demande la parole ? Une délégation, une organisation ou un nom — Entrée</translation>
    </message>
    <message>
        <source>“{0}” will not be named. Type how to describe her instead (“a survivor of trafficking”): Enter saves, Esc keeps “{1}”.</source>
        <translation>« {0} » ne sera pas nommée. Saisissez comment la désigner (« une victime de la traite ») : Entrée enregistre, Échap garde « {1} ».</translation>
    </message>
    <message>
        <source>a speaker who asked not to be named</source>
        <translation>un orateur qui a demandé à ne pas être nommé</translation>
    </message>
    <message>
        <source>queue {0}</source>
        <translation>l’inscription de {0}</translation>
    </message>
    <message>
        <source>New: “{0}”. Its category?</source>
        <translation>Nouveau : « {0} ». Sa catégorie ?</translation>
    </message>
    <message>
        <source>Correcting “{0}” in the queue: Enter saves, Esc cancels.</source>
        <translation>Correction de « {0} » dans la liste : Entrée enregistre, Échap annule.</translation>
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
        <source>One item per line, saved as you type. Ctrl+B bold, Ctrl+I italic, Ctrl+K a link.</source>
        <translation>Un élément par ligne, enregistré à la frappe. Ctrl+B gras, Ctrl+I italique, Ctrl+K un lien.</translation>
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
        <source>Document se&amp;ttings…</source>
        <translation>Paramè&amp;tres des documents…</translation>
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
        <source>The selected recommendation: edit it here (Ctrl+B bold, Ctrl+I italic)</source>
        <translation>La recommandation choisie : modifiez-la ici (Ctrl+B gras, Ctrl+I italique)</translation>
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
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Reading the registration list…</source>
        <translation>Lecture de la liste d’inscription…</translation>
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
    <name>ReportTab</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>Ajouter une &amp;section</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <source>Heading (may stay empty)</source>
        <translation>Titre de section (peut rester vide)</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texte de la section</translation>
    </message>
    <message>
        <source>Ctrl+B bold, Ctrl+I italic, Ctrl+K link, Ctrl+Shift+L list; a footnote is typed as ^[the note&apos;s text].</source>
        <translation>Ctrl+B gras, Ctrl+I italique, Ctrl+K lien, Ctrl+Shift+L liste ; une note de bas de page s’écrit ^[texte de la note].</translation>
    </message>
    <message>
        <source>Export &amp;DOCX…</source>
        <translation>Exporter en &amp;DOCX…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Issuing office</source>
        <translation>Bureau émetteur</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Place of issue</source>
        <translation>Lieu d’émission</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Cote du document</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Table of the year&apos;s events</source>
        <translation>Tableau des événements de l’année</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Follow-up of recommendations</source>
        <translation>Suivi des recommandations</translation>
    </message>
    <message>
        <source>{number}. (empty)</source>
        <translation>{number}. (vide)</translation>
    </message>
    <message>
        <source>Export the annual report</source>
        <translation>Exporter le rapport annuel</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Écriture de {path}…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Écrit : {path}</translation>
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
    <name>SearchWindow</name>
    <message>
        <source>Search all meetings</source>
        <translation>Rechercher dans toutes les réunions</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Mots à rechercher</translation>
    </message>
    <message>
        <source>Words to find in every meeting&apos;s statements, recommendations, narratives…</source>
        <translation>Mots à rechercher dans les interventions, recommandations et comptes rendus de toutes les réunions…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Kind of text</source>
        <translation>Type de texte</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Addressee</source>
        <translation>&amp;Destinataire</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>List item</source>
        <translation>Élément de liste</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Any meeting</source>
        <translation>Toutes les réunions</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>Any addressee</source>
        <translation>Tous les destinataires</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>The best {0} hits (there are more):</source>
        <translation>Les {0} meilleurs résultats (il y en a d&apos;autres) :</translation>
    </message>
    <message>
        <source>Hits: {0}</source>
        <translation>Résultats : {0}</translation>
    </message>
    <message>
        <source>Statement {0}</source>
        <translation>Intervention {0}</translation>
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
    <name>StateDelegate</name>
    <message>
        <source>State</source>
        <translation>État</translation>
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
    <name>StatisticsTab</name>
    <message>
        <source>Meetings counted</source>
        <translation>Réunions comptées</translation>
    </message>
    <message>
        <source>Statements by meeting</source>
        <translation>Déclarations par réunion</translation>
    </message>
    <message>
        <source>Who spoke how often</source>
        <translation>Qui a parlé combien de fois</translation>
    </message>
    <message>
        <source>Recommendations to whom</source>
        <translation>Recommandations à qui</translation>
    </message>
    <message>
        <source>E&amp;xport this table…</source>
        <translation>E&amp;xporter ce tableau…</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Déclarations</translation>
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
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Delegation or organization</source>
        <translation>Délégation ou organisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Statements by category</source>
        <translation>Déclarations par catégorie</translation>
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
    <name>VersionsDialog</name>
    <message>
        <source>Rapport versions</source>
        <translation>Versions du rapport</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Final at</source>
        <translation>Définitif le</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>&amp;Export this version…</source>
        <translation>&amp;Exporter cette version…</translation>
    </message>
    <message>
        <source>Mark &amp;final…</source>
        <translation>Rendre &amp;définitif…</translation>
    </message>
    <message>
        <source>&amp;Re-open</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>version {0}</source>
        <translation>la version {0}</translation>
    </message>
    <message>
        <source>the session now</source>
        <translation>la séance actuelle</translation>
    </message>
    <message>
        <source>{0}: final, version {1} ({2}, {3}). Locked.</source>
        <translation>{0} : définitif, version {1} ({2}, {3}). Verrouillé.</translation>
    </message>
    <message>
        <source>{0}: a draft, re-opened after version {1}.</source>
        <translation>{0} : un projet, rouvert après la version {1}.</translation>
    </message>
    <message>
        <source>{0}: a draft (never sent).</source>
        <translation>{0} : un projet (jamais envoyé).</translation>
    </message>
    <message>
        <source>Export this version</source>
        <translation>Exporter cette version</translation>
    </message>
    <message>
        <source>Session file (*.json)</source>
        <translation>Fichier de séance (*.json)</translation>
    </message>
    <message>
        <source>Writing the session file…</source>
        <translation>Écriture du fichier de séance…</translation>
    </message>
    <message>
        <source>No change in the tally, the narrative or the recommendations.</source>
        <translation>Aucun changement dans le décompte, le texte ni les recommandations.</translation>
    </message>
    <message>
        <source>Tally:</source>
        <translation>Décompte :</translation>
    </message>
    <message>
        <source>Narrative:</source>
        <translation>Texte du rapport :</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Recommandations :</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>interventions</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>délégations</translation>
    </message>
    <message>
        <source>civil society</source>
        <translation>société civile</translation>
    </message>
    <message>
        <source>OSCE institutions</source>
        <translation>institutions de l’OSCE</translation>
    </message>
    <message>
        <source>international organizations</source>
        <translation>organisations internationales</translation>
    </message>
    <message>
        <source>media</source>
        <translation>médias</translation>
    </message>
    <message>
        <source>rights of reply</source>
        <translation>droits de réponse</translation>
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
<context>
    <name>YearTables</name>
    <message>
        <source>Export the table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>YearView</name>
    <message>
        <source>The year</source>
        <translation>L’année</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Meeting or event</source>
        <translation>Réunion ou événement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>&amp;Meetings and events</source>
        <translation>&amp;Réunions et événements</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>S&amp;uivi</translation>
    </message>
    <message>
        <source>Annual &amp;report</source>
        <translation>&amp;Rapport annuel</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
</context>
<context>
    <name>YearWords</name>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Country visit</source>
        <translation>Visite de pays</translation>
    </message>
    <message>
        <source>Simulation exercise</source>
        <translation>Exercice de simulation</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Not taken up</source>
        <translation>Non retenue</translation>
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
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>Partners for Co-operation</source>
        <translation>Partenaires pour la coopération</translation>
    </message>
</context>
</TS>
