<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Мероприятие:</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Добавить заседание</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Раньше</translation>
    </message>
    <message>
        <source>Exchange places with the session before (Alt+Up)</source>
        <translation>Поменять местами с предыдущим заседанием (Alt+Вверх)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Exchange places with the session after (Alt+Down)</source>
        <translation>Поменять местами со следующим заседанием (Alt+Вниз)</translation>
    </message>
    <message>
        <source>Choose a session on the left, or add one.</source>
        <translation>Выберите заседание слева или добавьте новое.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>Удалить заседание</translation>
    </message>
    <message>
        <source>{0} has {1} statements logged. Delete it with everything logged in it?</source>
        <translation>В заседании «{0}» записано выступлений: {1}. Удалить его вместе со всеми записями?</translation>
    </message>
</context>
<context>
    <name>AgendaTree</name>
    <message>
        <source>Sessions of the meeting</source>
        <translation>Заседания мероприятия</translation>
    </message>
    <message>
        <source>No day yet</source>
        <translation>День не указан</translation>
    </message>
    <message>
        <source>Day {0} — {1}</source>
        <translation>День {0} — {1}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Something went wrong, but nothing you saved is lost. The details are in the log: {0}</source>
        <translation>Произошла ошибка, но ничего из сохранённого не потеряно. Подробности в журнале: {0}</translation>
    </message>
    <message>
        <source>{0}

Put the newest good backup ({1}) in its place? The damaged file is kept.</source>
        <translation>{0}

Заменить его последней исправной резервной копией ({1})? Повреждённый файл будет сохранён.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Something went wrong, but nothing you saved is lost.</source>
        <translation>Произошла ошибка, но ничего из сохранённого не потеряно.</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Сохранено в {0}</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Создать копию &amp;сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Восстановить выбранную копию…</translation>
    </message>
    <message>
        <source>Backups are taken when the database is opened and every few minutes while it changes, and kept in {0}.</source>
        <translation>Резервные копии создаются при открытии базы данных и каждые несколько минут, пока она меняется; они хранятся в {0}.</translation>
    </message>
    <message>
        <source>Backed up as {0}.</source>
        <translation>Копия сохранена как {0}.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Put this backup in place of the current database? The current one is kept as a backup first.</source>
        <translation>Заменить текущую базу данных этой копией? Текущая база сначала будет сохранена как резервная копия.</translation>
    </message>
    <message>
        <source>Restoring {0}…</source>
        <translation>Восстановление {0}…</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <source>Opening the restored database…</source>
        <translation>Открытие восстановленной базы данных…</translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept as {0}.</source>
        <translation>Восстановлено. Прежняя база данных сохранена как {0}.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>function</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>salutation</source>
        <translation>обращение</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Консоль</translation>
    </message>
</context>
<context>
    <name>ConsoleCommand</name>
    <message>
        <source>Cannot undo “{0}”: {1}</source>
        <translation>Не удалось отменить «{0}»: {1}</translation>
    </message>
    <message>
        <source>Cannot redo “{0}”: {1}</source>
        <translation>Не удалось повторить «{0}»: {1}</translation>
    </message>
    <message>
        <source>queue {0}</source>
        <translation>запись в очередь: {0}</translation>
    </message>
    <message>
        <source>remove {0} from the queue</source>
        <translation>удаление из очереди: {0}</translation>
    </message>
    <message>
        <source>move {0}</source>
        <translation>перемещение в очереди: {0}</translation>
    </message>
    <message>
        <source>give the floor</source>
        <translation>предоставление слова</translation>
    </message>
    <message>
        <source>give the floor to {0}</source>
        <translation>предоставление слова: {0}</translation>
    </message>
    <message>
        <source>end the statement</source>
        <translation>завершение выступления</translation>
    </message>
    <message>
        <source>count a statement ({0})</source>
        <translation>учёт выступления ({0})</translation>
    </message>
    <message>
        <source>change statement {0}</source>
        <translation>изменение выступления № {0}</translation>
    </message>
    <message>
        <source>delete statement {0}</source>
        <translation>удаление выступления № {0}</translation>
    </message>
    <message>
        <source>add a recommendation</source>
        <translation>добавление рекомендации</translation>
    </message>
    <message>
        <source>correct {0} in the queue</source>
        <translation>исправление в очереди: {0}</translation>
    </message>
    <message>
        <source>change the speaking-time limits</source>
        <translation>изменение регламента</translation>
    </message>
    <message>
        <source>not to name {0}</source>
        <translation>сокрытие имени: {0}</translation>
    </message>
    <message>
        <source>name {0} again</source>
        <translation>возврат имени: {0}</translation>
    </message>
</context>
<context>
    <name>ConsoleKeys</name>
    <message>
        <source>Go to the quick-entry line</source>
        <translation>Перейти к строке быстрого ввода</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Быстрый ввод</translation>
    </message>
    <message>
        <source>In the quick-entry line: queue who was typed</source>
        <translation>В строке быстрого ввода: поставить введённого в очередь</translation>
    </message>
    <message>
        <source>Queue who was typed</source>
        <translation>Поставить введённого в очередь</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>В очередь</translation>
    </message>
    <message>
        <source>After Enter on a new organization: its category</source>
        <translation>После Enter для новой организации: её категория</translation>
    </message>
    <message>
        <source>Queue the next speaker as a right of reply to the chosen statement</source>
        <translation>Поставить следующего выступающего в очередь с правом на ответ на выбранное выступление</translation>
    </message>
    <message>
        <source>Right of reply to the chosen statement</source>
        <translation>Право на ответ на выбранное выступление</translation>
    </message>
    <message>
        <source>Give the floor to the next in the queue; write their notes</source>
        <translation>Предоставить слово следующему в очереди и вести заметки к его выступлению</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>Предоставить слово</translation>
    </message>
    <message>
        <source>Ctrl+F5, then 1 … 9</source>
        <translation>Ctrl+F5, затем 1 … 9</translation>
    </message>
    <message>
        <source>Give the floor to a speaker of the panel (the moderator, an introducer): logged and timed, never counted</source>
        <translation>Предоставить слово участнику панели (модератору, выступающему с вводным словом): записывается и хронометрируется, но не учитывается</translation>
    </message>
    <message>
        <source>Give the floor to the panel…</source>
        <translation>Слово участнику панели…</translation>
    </message>
    <message>
        <source>End the statement on the floor</source>
        <translation>Завершить текущее выступление</translation>
    </message>
    <message>
        <source>End the statement</source>
        <translation>Завершить выступление</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Back to the notes of the statement on the floor (the quick entry when nobody speaks)</source>
        <translation>Вернуться к заметкам текущего выступления (к быстрому вводу, если никто не выступает)</translation>
    </message>
    <message>
        <source>Back to the notes on the floor</source>
        <translation>К заметкам текущего выступления</translation>
    </message>
    <message>
        <source>Enter (in the log)</source>
        <translation>Enter (в журнале)</translation>
    </message>
    <message>
        <source>Open the notes of the chosen statement, even while another one speaks</source>
        <translation>Открыть заметки выбранного выступления, даже пока выступает другой</translation>
    </message>
    <message>
        <source>Ctrl+M, then 1 … 5</source>
        <translation>Ctrl+M, затем 1 … 5</translation>
    </message>
    <message>
        <source>The notes&apos; line or selection as a recommendation to: 1 participating States, 2 the OSCE, 3 ODIHR, 4 civil society, 5 the Partners</source>
        <translation>Строка заметок или выделенный текст — в рекомендацию, адресат: 1 государства-участники, 2 ОБСЕ, 3 БДИПЧ, 4 гражданское общество, 5 партнёры по сотрудничеству</translation>
    </message>
    <message>
        <source>Make a recommendation</source>
        <translation>Сделать рекомендацией</translation>
    </message>
    <message>
        <source>Category of the statement on the floor or chosen: 1 delegation, 2 civil society, 3 OSCE institution, 4 international organization, 5 media</source>
        <translation>Категория текущего или выбранного выступления: 1 делегация, 2 гражданское общество, 3 институт ОБСЕ, 4 международная организация, 5 СМИ</translation>
    </message>
    <message>
        <source>Category: {0}</source>
        <translation>Категория: {0}</translation>
    </message>
    <message>
        <source>Count a statement of that category, without a name</source>
        <translation>Учесть выступление этой категории без имени</translation>
    </message>
    <message>
        <source>Count: {0}</source>
        <translation>Учесть: {0}</translation>
    </message>
    <message>
        <source>Undo the last action of the console</source>
        <translation>Отменить последнее действие в консоли</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>↷ Redo</source>
        <translation>↷ Повторить</translation>
    </message>
    <message>
        <source>The chosen speaker asked not to be named (or may be named)</source>
        <translation>Выбранный выступающий просил не называть его по имени (или снова может быть назван)</translation>
    </message>
    <message>
        <source>Not to be named</source>
        <translation>Не называть по имени</translation>
    </message>
    <message>
        <source>Delete (in the queue)</source>
        <translation>Del (в очереди)</translation>
    </message>
    <message>
        <source>In the queue: remove the chosen speaker from the queue</source>
        <translation>В очереди: убрать выбранного выступающего из очереди</translation>
    </message>
    <message>
        <source>Delete (in the log)</source>
        <translation>Del (в журнале)</translation>
    </message>
    <message>
        <source>Delete the chosen statement</source>
        <translation>Удалить выбранное выступление</translation>
    </message>
    <message>
        <source>Delete the statement</source>
        <translation>Удалить выступление</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Correct the chosen queued speaker, or the chosen cell of the log</source>
        <translation>Исправить выбранного выступающего в очереди или выбранную ячейку журнала</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down</source>
        <translation>Alt+↑ / Alt+↓</translation>
    </message>
    <message>
        <source>Move the chosen speaker in the queue</source>
        <translation>Переместить выбранного выступающего в очереди</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous place: quick entry, queue, log, notes (and round)</source>
        <translation>Следующее или предыдущее место ввода: быстрый ввод, очередь, журнал, заметки (по кругу)</translation>
    </message>
    <message>
        <source>Show or close the projector window</source>
        <translation>Показать или закрыть окно для проектора</translation>
    </message>
    <message>
        <source>Projector window</source>
        <translation>Окно для проектора</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Проектор</translation>
    </message>
    <message>
        <source>This list of keys, beside the console</source>
        <translation>Этот список клавиш рядом с консолью</translation>
    </message>
    <message>
        <source>Console keys</source>
        <translation>Клавиши консоли</translation>
    </message>
</context>
<context>
    <name>ConsoleLayout</name>
    <message>
        <source>Right of reply to</source>
        <translation>Право на ответ на</translation>
    </message>
    <message>
        <source>Statement the right of reply answers</source>
        <translation>Выступление, на которое отвечают в порядке права на ответ</translation>
    </message>
    <message>
        <source>Waiting for the database</source>
        <translation>Ожидание базы данных</translation>
    </message>
    <message>
        <source>Count, no name:</source>
        <translation>Учесть без имени:</translation>
    </message>
    <message>
        <source>Count a statement of {0} without a name ({1})</source>
        <translation>Учесть выступление без имени — {0} ({1})</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <source>Not to be named in this statement only</source>
        <translation>Не называть по имени только в этом выступлении</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>The undo history was cleared.</source>
        <translation>История отмены очищена.</translation>
    </message>
    <message>
        <source>Not undone: the database is held by {0}. Press Ctrl+Z again when it is free.</source>
        <translation>Не отменено: базу данных занимает {0}. Нажмите Ctrl+Z ещё раз, когда она освободится.</translation>
    </message>
    <message>
        <source>Not redone: the database is held by {0}. Press the key again when it is free.</source>
        <translation>Не повторено: базу данных занимает {0}. Нажмите клавишу ещё раз, когда она освободится.</translation>
    </message>
    <message>
        <source>(reply to {0})</source>
        <translation>(ответ на № {0})</translation>
    </message>
    <message>
        <source>(reply)</source>
        <translation>(ответ)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Notes — {0}. {1} (on the floor)</source>
        <translation>Заметки — {0}. {1} (выступает)</translation>
    </message>
    <message>
        <source>Notes — {0}. {1}</source>
        <translation>Заметки — {0}. {1}</translation>
    </message>
    <message>
        <source>⌨ Typing goes outside the console — Esc brings it back to the notes</source>
        <translation>⌨ Ввод идёт за пределы консоли — Esc вернёт его к заметкам</translation>
    </message>
    <message>
        <source>⌨ Typing goes to: {0}</source>
        <translation>⌨ Ввод: {0}</translation>
    </message>
    <message>
        <source>⌨ Typing goes to: the quick-entry line (Enter queues)</source>
        <translation>⌨ Ввод: строка быстрого ввода (Enter — в очередь)</translation>
    </message>
    <message>
        <source>⌨ Typing goes to: the queue (Alt+Up/Down move, F2 corrects, Delete removes)</source>
        <translation>⌨ Ввод: очередь (Alt+↑/↓ — переместить, F2 — исправить, Del — убрать)</translation>
    </message>
    <message>
        <source>⌨ Typing goes to: the log (F2 edits a cell, Enter opens its notes)</source>
        <translation>⌨ Ввод: журнал (F2 — изменить ячейку, Enter — открыть заметки)</translation>
    </message>
    <message>
        <source>⌨ Esc: back to the notes</source>
        <translation>⌨ Esc — назад к заметкам</translation>
    </message>
    <message>
        <source>Notes — the next speaker</source>
        <translation>Заметки — следующий оратор</translation>
    </message>
    <message>
        <source>The agenda names no moderator or introducer for this session.</source>
        <translation>В повестке дня для этого заседания не указаны ни модератор, ни выступающие с вводным словом.</translation>
    </message>
    <message>
        <source>The floor to the panel:</source>
        <translation>Слово участнику панели:</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>Никто не выступает.</translation>
    </message>
    <message>
        <source>Choose a statement in the log first.</source>
        <translation>Сначала выберите выступление в журнале.</translation>
    </message>
    <message>
        <source>edit statement {0}</source>
        <translation>исправление выступления {0}</translation>
    </message>
    <message>
        <source>describe a speaker</source>
        <translation>описание выступающего</translation>
    </message>
    <message>
        <source>Put the cursor on a line of the notes (or select text) first.</source>
        <translation>Сначала поставьте курсор на строку заметок (или выделите текст).</translation>
    </message>
    <message>
        <source>Recommendation to?</source>
        <translation>Адресат рекомендации?</translation>
    </message>
    <message>
        <source>Recommendation to {0} added (Ctrl+Z takes it back).</source>
        <translation>Рекомендация добавлена, адресат: {0} (Ctrl+Z отменяет).</translation>
    </message>
    <message>
        <source>The database is still held by another program: these were not saved. Copy the notes below before closing.</source>
        <translation>Базу данных всё ещё занимает другая программа: это не сохранено. Скопируйте заметки ниже, прежде чем закрыть окно.</translation>
    </message>
    <message>
        <source>Not done: {0}</source>
        <translation>Не выполнено: {0}</translation>
    </message>
    <message>
        <source>end the floor</source>
        <translation>завершение выступления</translation>
    </message>
    <message>
        <source>the floor to the panel</source>
        <translation>слово участнику панели</translation>
    </message>
    <message>
        <source>not to be named</source>
        <translation>без указания имени</translation>
    </message>
    <message>
        <source>delete the statement</source>
        <translation>удаление выступления</translation>
    </message>
    <message>
        <source>Notes: {0}</source>
        <translation>Заметки: {0}</translation>
    </message>
    <message>
        <source>(Esc: back)</source>
        <translation>(Esc — назад)</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>function</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>адрес эл. почты</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>организация</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <source>Document settings</source>
        <translation>Параметры документов</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Шапка</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Заголовки</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Основные итоги</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Browse for: {0}</source>
        <translation>Выбрать файл: {0}</translation>
    </message>
    <message>
        <source>One line each, e.g. Organization for Security and Co-operation in Europe / Office of the Special Representative</source>
        <translation>По одной строке, например: Организация по безопасности и сотрудничеству в Европе / Канцелярия Специального представителя</translation>
    </message>
    <message>
        <source>e.g. PC.SHDM.GAL/3/22</source>
        <translation>например, PC.SHDM.GAL/3/22</translation>
    </message>
    <message>
        <source>e.g. 19 July 2022</source>
        <translation>например, 19 июля 2022 г.</translation>
    </message>
    <message>
        <source>e.g. ENGLISH only</source>
        <translation>например, только на АНГЛИЙСКОМ языке</translation>
    </message>
    <message>
        <source>A PNG, JPEG or GIF image</source>
        <translation>Изображение PNG, JPEG или GIF</translation>
    </message>
    <message>
        <source>Empty: the template for every meeting, or the program&apos;s own</source>
        <translation>Пусто: шаблон для всех мероприятий или собственный шаблон программы</translation>
    </message>
    <message>
        <source>Issuing office:</source>
        <translation>Издающее подразделение:</translation>
    </message>
    <message>
        <source>Document symbol:</source>
        <translation>Условное обозначение документа:</translation>
    </message>
    <message>
        <source>Date on the document:</source>
        <translation>Дата на документе:</translation>
    </message>
    <message>
        <source>Distribution:</source>
        <translation>Распространение:</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Документы и шаблоны Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>DOCX template of this meeting:</source>
        <translation>Шаблон DOCX этого мероприятия:</translation>
    </message>
    <message>
        <source>DOCX template</source>
        <translation>Шаблон DOCX</translation>
    </message>
    <message>
        <source>DOCX template for every meeting:</source>
        <translation>Шаблон DOCX для всех мероприятий:</translation>
    </message>
    <message>
        <source>Titles written by hand, one line each; empty: the usual title.</source>
        <translation>Заголовки, написанные вручную, по одной строке; пусто: обычный заголовок.</translation>
    </message>
    <message>
        <source>Highlights:</source>
        <translation>Основные итоги:</translation>
    </message>
    <message>
        <source>Highlights from the …</source>
        <translation>Основные итоги: …</translation>
    </message>
    <message>
        <source>Annotated agenda:</source>
        <translation>Аннотированная повестка дня:</translation>
    </message>
    <message>
        <source>The meeting&apos;s title</source>
        <translation>Название мероприятия</translation>
    </message>
    <message>
        <source>Consolidated report:</source>
        <translation>Сводный доклад:</translation>
    </message>
    <message>
        <source>Write the Moderator: and Speakers: lines of each panel (leave off when the synthesis names the speakers in bold itself)</source>
        <translation>Писать строки «Модератор:» и «Выступающие:» для каждой панели (отключите, если обзор сам называет выступающих полужирным шрифтом)</translation>
    </message>
    <message>
        <source>Findings in italic</source>
        <translation>Выводы курсивом</translation>
    </message>
    <message>
        <source>Each panel&apos;s lead-in before its findings is on the Sessions page.</source>
        <translation>Вводная фраза каждой панели перед её выводами задаётся на странице «Заседания».</translation>
    </message>
    <message>
        <source>BACKGROUND in capitals</source>
        <translation>ОБЩИЕ СВЕДЕНИЯ прописными буквами</translation>
    </message>
    <message>
        <source>Each day&apos;s date beside its number (Day 1 – Monday, …)</source>
        <translation>Дата каждого дня рядом с его номером (День 1 – понедельник, …)</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Title of the annex:</source>
        <translation>Заголовок приложения:</translation>
    </message>
    <message>
        <source>Annex:</source>
        <translation>Приложение:</translation>
    </message>
    <message>
        <source>e.g. Concrete findings of the panel included:</source>
        <translation>например: Конкретные выводы панели включали:</translation>
    </message>
    <message>
        <source>Empty: the organizations that spoke</source>
        <translation>Пусто: выступившие организации</translation>
    </message>
    <message>
        <source>Empty: the usual title</source>
        <translation>Пусто: обычный заголовок</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Заседание:</translation>
    </message>
    <message>
        <source>Lead-in before the findings (highlights):</source>
        <translation>Вводная фраза перед выводами (основные итоги):</translation>
    </message>
    <message>
        <source>Participants (working group conclusions):</source>
        <translation>Участники (выводы рабочей группы):</translation>
    </message>
    <message>
        <source>Title of the conclusions:</source>
        <translation>Заголовок выводов:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The folder {folder} does not exist: {target} was not written.</source>
        <translation>Папка {folder} не существует: файл {target} не записан.</translation>
    </message>
    <message>
        <source>{target} is a folder: give a file name to write.</source>
        <translation>{target} — это папка: укажите имя файла.</translation>
    </message>
    <message>
        <source>{target} is read-only: it was left as it was.</source>
        <translation>Файл {target} доступен только для чтения: он оставлен без изменений.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only: {target} was not written.</source>
        <translation>Папка {folder} доступна только для чтения: файл {target} не записан.</translation>
    </message>
    <message>
        <source>The disk is full: {target} was not written.</source>
        <translation>Диск заполнен: файл {target} не записан.</translation>
    </message>
    <message>
        <source>{target} cannot be written: the file or its folder is read-only, or the file is open in another program.</source>
        <translation>Невозможно записать {target}: файл или папка доступны только для чтения, либо файл открыт в другой программе.</translation>
    </message>
    <message>
        <source>{target} cannot be written (details: {reason}).</source>
        <translation>Невозможно записать {target} (подробности: {reason}).</translation>
    </message>
    <message>
        <source>The file name {name} is too long: nothing was written.</source>
        <translation>Имя файла {name} слишком длинное: ничего не записано.</translation>
    </message>
    <message>
        <source>{target} is not a regular file (a device, a pipe or a socket): nothing was written.</source>
        <translation>{target} — не обычный файл (устройство, канал или сокет): ничего не записано.</translation>
    </message>
    <message>
        <source>It ends before it starts ({span}).</source>
        <translation>Окончание раньше начала ({span}).</translation>
    </message>
    <message>
        <source>A working session needs a rapporteur.</source>
        <translation>Для рабочего заседания нужен докладчик.</translation>
    </message>
    <message>
        <source>Outside the meeting&apos;s dates ({dates}).</source>
        <translation>Вне дат мероприятия ({dates}).</translation>
    </message>
    <message>
        <source>{room} is also taken by {session} ({span}).</source>
        <translation>Зал «{room}» занят также заседанием «{session}» ({span}).</translation>
    </message>
    <message>
        <source>The rapport of {session} is final (version {version}, {when}, {author}): re-open it to change it. Nothing was changed.</source>
        <translation>Доклад по «{session}» окончательный (версия {version}, {when}, {author}): чтобы изменить его, откройте его снова. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Type who asked for the floor: a delegation, an organization or a name.</source>
        <translation>Введите, кто просит слова: делегация, организация или имя.</translation>
    </message>
    <message>
        <source>Only a right of reply answers another statement.</source>
        <translation>Отвечать на другое выступление может только право на ответ.</translation>
    </message>
    <message>
        <source>A right of reply answers a statement of its own session.</source>
        <translation>Право на ответ отвечает на выступление того же заседания.</translation>
    </message>
    <message>
        <source>A queued speaker needs a name or an organization.</source>
        <translation>Для выступающего в очереди нужно имя или организация.</translation>
    </message>
    <message>
        <source>{speaker} is already in the queue.</source>
        <translation>{speaker} уже в очереди.</translation>
    </message>
    <message>
        <source>There is no queued speaker {id}.</source>
        <translation>В очереди нет выступающего № {id}.</translation>
    </message>
    <message>
        <source>Nobody is waiting for the floor: queue a speaker first.</source>
        <translation>Никто не ждёт слова: сначала поставьте выступающего в очередь.</translation>
    </message>
    <message>
        <source>Statement {statement} was made in another session; a right of reply answers a statement of its own session.</source>
        <translation>Выступление № {statement} сделано на другом заседании; право на ответ отвечает на выступление того же заседания.</translation>
    </message>
    <message>
        <source>Statement {statement} would answer a reply that answers it: a chain of replies cannot go round in a circle.</source>
        <translation>Выступление № {statement} отвечало бы на ответ, который отвечает на него самого: цепочка ответов не может замыкаться в круг.</translation>
    </message>
    <message>
        <source>The statement ends ({end}) before it starts ({start}).</source>
        <translation>Выступление заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <source>Give the statement&apos;s category (or the delegation it was for).</source>
        <translation>Укажите категорию выступления (или делегацию, от имени которой оно сделано).</translation>
    </message>
    <message>
        <source>A right of reply cannot answer itself.</source>
        <translation>Право на ответ не может отвечать само на себя.</translation>
    </message>
    <message>
        <source>Statement {statement} is already there.</source>
        <translation>Выступление № {statement} уже есть.</translation>
    </message>
    <message>
        <source>The session&apos;s panel has {count} speaker(s); there is no number {number}.</source>
        <translation>Число участников панели этого заседания: {count}; номера {number} нет.</translation>
    </message>
    <message>
        <source>Statement {statement} is not a panel speaker&apos;s.</source>
        <translation>Выступление № {statement} сделано не участником панели.</translation>
    </message>
    <message>
        <source>There is no meeting with id {id}.</source>
        <translation>Нет мероприятия с номером {id}.</translation>
    </message>
    <message>
        <source>There is no session with id {id}.</source>
        <translation>Нет заседания с номером {id}.</translation>
    </message>
    <message>
        <source>There is no statement with id {id}.</source>
        <translation>Нет выступления с номером {id}.</translation>
    </message>
    <message>
        <source>There is no recommendation with id {id}.</source>
        <translation>Нет рекомендации с номером {id}.</translation>
    </message>
    <message>
        <source>There is no participant {id}.</source>
        <translation>Нет участника № {id}.</translation>
    </message>
    <message>
        <source>There is no organization {id}.</source>
        <translation>Нет организации № {id}.</translation>
    </message>
    <message>
        <source>The session ends ({end}) before it starts ({start}).</source>
        <translation>Заседание заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <source>The time limit must be between 1 second and 24 hours.</source>
        <translation>Регламент должен быть от 1 секунды до 24 часов.</translation>
    </message>
    <message>
        <source>A time limit is a whole number of seconds.</source>
        <translation>Регламент задаётся целым числом секунд.</translation>
    </message>
    <message>
        <source>The session label must not be empty (e.g. &apos;Working Session 1&apos;).</source>
        <translation>Обозначение заседания не может быть пустым (например, «Рабочее заседание 1»).</translation>
    </message>
    <message>
        <source>Only sessions of the same meeting can change places.</source>
        <translation>Меняться местами могут только заседания одного мероприятия.</translation>
    </message>
    <message>
        <source>The meeting ends ({end}) before it starts ({start}).</source>
        <translation>Мероприятие заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <source>Give the meeting&apos;s first day before its last.</source>
        <translation>Первый день мероприятия должен предшествовать последнему.</translation>
    </message>
    <message>
        <source>The recommendation&apos;s text must not be empty.</source>
        <translation>Текст рекомендации не может быть пустым.</translation>
    </message>
    <message>
        <source>Statement {statement} was made in another session than this recommendation.</source>
        <translation>Выступление № {statement} сделано на другом заседании, чем эта рекомендация.</translation>
    </message>
    <message>
        <source>The new order must name each recommendation of the session once.</source>
        <translation>В новом порядке каждая рекомендация заседания должна встречаться ровно один раз.</translation>
    </message>
    <message>
        <source>Choose two different recommendations to merge.</source>
        <translation>Для объединения выберите две разные рекомендации.</translation>
    </message>
    <message>
        <source>Only recommendations of the same session can be merged.</source>
        <translation>Объединять можно только рекомендации одного заседания.</translation>
    </message>
    <message>
        <source>{name} is already a participant with this organization: merge the two instead.</source>
        <translation>{name} уже есть среди участников от этой организации: лучше объедините две записи.</translation>
    </message>
    <message>
        <source>Choose two different people to merge.</source>
        <translation>Для объединения выберите двух разных людей.</translation>
    </message>
    <message>
        <source>Only people of the same meeting can be merged.</source>
        <translation>Объединять можно только участников одного мероприятия.</translation>
    </message>
    <message>
        <source>{name} is already in the list.</source>
        <translation>{name} уже есть в списке.</translation>
    </message>
    <message>
        <source>{name} already exists: merge the two instead of renaming.</source>
        <translation>{name} уже существует: объедините две записи вместо переименования.</translation>
    </message>
    <message>
        <source>Choose two different organizations to merge.</source>
        <translation>Для объединения выберите две разные организации.</translation>
    </message>
    <message>
        <source>The {field} must not be empty.</source>
        <translation>Поле «{field}» не может быть пустым.</translation>
    </message>
    <message>
        <source>The {field} {value} is not a date: write it as YYYY-MM-DD.</source>
        <translation>{value} в поле «{field}» — не дата: запишите её как ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>The {field} {value} is not a time: write it as HH:MM.</source>
        <translation>{value} в поле «{field}» — не время: запишите его как ЧЧ:ММ.</translation>
    </message>
    <message>
        <source>The {field} {value} is not a time: write it as HH:MM:SS (or HH:MM).</source>
        <translation>{value} в поле «{field}» — не время: запишите его как ЧЧ:ММ:СС (или ЧЧ:ММ).</translation>
    </message>
    <message>
        <source>The {field} {value} is not a length of time: write it as M:SS (e.g. 2:30).</source>
        <translation>{value} в поле «{field}» — не продолжительность: запишите её как М:СС (например, 2:30).</translation>
    </message>
    <message>
        <source>The {field} {value} is longer than a day.</source>
        <translation>{value} в поле «{field}» — дольше суток.</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address.</source>
        <translation>{value} — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>The {field} is longer than {limit} characters.</source>
        <translation>Поле «{field}» длиннее {limit} знаков.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>Файла {file} нет.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a registration list.</source>
        <translation>{file} — папка, а не список участников.</translation>
    </message>
    <message>
        <source>{file} cannot be read: permission denied.</source>
        <translation>{file} не читается: нет прав доступа.</translation>
    </message>
    <message>
        <source>{name} is not a CSV or .xlsx file: save it as .xlsx or .csv and try again.</source>
        <translation>{name} — не файл CSV или .xlsx: сохраните его как .xlsx или .csv и попробуйте снова.</translation>
    </message>
    <message>
        <source>{name} is larger than 50 MB: it is not a registration list.</source>
        <translation>{name} больше 50 МБ: это не список участников.</translation>
    </message>
    <message>
        <source>{name} has more than {rows} rows: it is not a registration list.</source>
        <translation>В {name} больше {rows} строк: это не список участников.</translation>
    </message>
    <message>
        <source>The file has no column for the participant&apos;s name: its first row must name its columns, e.g. Name (or First name and Last name), Organization, Function, Category, Email.</source>
        <translation>В файле нет столбца с именем участника: в первой строке должны быть названия столбцов, например: ФИО (или Имя и Фамилия), Организация, Должность, Категория, Электронная почта.</translation>
    </message>
    <message>
        <source>The file has no Organization column (or Delegation, Affiliation, Institution).</source>
        <translation>В файле нет столбца «Организация» (или «Делегация», «Учреждение», «Место работы»).</translation>
    </message>
    <message>
        <source>The file is empty: it has no rows.</source>
        <translation>Файл пуст: в нём нет строк.</translation>
    </message>
    <message>
        <source>The database {path} is not there any more (or is empty), though it was: no new database was made in its place.</source>
        <translation>Базы данных {path} больше нет (или она пуста), хотя раньше она была: новая база на её месте не создана.</translation>
    </message>
    <message>
        <source>The database {path} is not there any more (or is empty), though it was: no new database was made in its place. Its newest good backup is {backup} ({taken} UTC): rapporteur-app --db {path} backup restore {backup}</source>
        <translation>Базы данных {path} больше нет (или она пуста), хотя раньше она была: новая база на её месте не создана. Её последняя исправная резервная копия — {backup} ({taken} UTC): rapporteur-app --db {path} backup restore {backup}</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: {problem}. Nothing was written to it.</source>
        <translation>Базу данных {path} нельзя открыть: {problem}. В неё ничего не записано.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: {problem}. Nothing was written to it. The newest good backup is {backup} ({taken} UTC): rapporteur-app --db {path} backup restore {backup}</source>
        <translation>Базу данных {path} нельзя открыть: {problem}. В неё ничего не записано. Последняя исправная резервная копия — {backup} ({taken} UTC): rapporteur-app --db {path} backup restore {backup}</translation>
    </message>
    <message>
        <source>The database {path} is locked by {holders} and was still locked after {seconds} s; it is not damaged and nothing was changed. Try again when that program has finished with it.</source>
        <translation>База данных {path} заблокирована ({holders}) и оставалась заблокированной через {seconds} с; она не повреждена, ничего не изменено. Попробуйте снова, когда та программа закончит работу с ней.</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program and was still locked after {seconds} s; it is not damaged and nothing was changed. Try again when that program has finished with it.</source>
        <translation>База данных {path} заблокирована другой программой и оставалась заблокированной через {seconds} с; она не повреждена, ничего не изменено. Попробуйте снова, когда та программа закончит работу с ней.</translation>
    </message>
    <message>
        <source>The database was held by {holder} for {seconds} s: nothing was changed; try again in a moment.</source>
        <translation>Базу данных занимал(а) {holder} в течение {seconds} с: ничего не изменено; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>{name} is not a known organization: give its category (delegation, civil-society, osce-institution, international-organization, media).</source>
        <translation>{name} — неизвестная организация: укажите её категорию (делегация, гражданское общество, институт ОБСЕ, международная организация, СМИ).</translation>
    </message>
    <message>
        <source>Backups are kept for SQLite files; a shared server database is backed up by its administrator.</source>
        <translation>Резервные копии делаются для файлов SQLite; общую базу данных на сервере копирует её администратор.</translation>
    </message>
    <message>
        <source>There is no backup {name}: see rapporteur-app backup list.</source>
        <translation>Резервной копии {name} нет: см. rapporteur-app backup list.</translation>
    </message>
    <message>
        <source>{target} is a folder: give a file name to restore into.</source>
        <translation>{target} — папка: укажите имя файла, в который восстановить копию.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папки {folder} нет.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Rapporteur (schema {schema}); update the program to open it.</source>
        <translation>Эта база данных записана более новой версией Rapporteur (схема {schema}); обновите программу, чтобы её открыть.</translation>
    </message>
    <message>
        <source>This database was not made by Rapporteur: it has tables of its own ({tables}); choose another file.</source>
        <translation>Эта база данных создана не программой Rapporteur: в ней свои таблицы ({tables}); выберите другой файл.</translation>
    </message>
    <message>
        <source>This database was not made by Rapporteur: it has tables of its own ({tables}); choose another one.</source>
        <translation>Эта база данных создана не программой Rapporteur: в ней свои таблицы ({tables}); выберите другую.</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {mb} MB: it is not a registration list.</source>
        <translation>{name} распаковывается в более чем {mb} МБ: это не список участников.</translation>
    </message>
    <message>
        <source>{name} has a sheet of {rows} rows: it is not a registration list.</source>
        <translation>В {name} есть лист из {rows} строк: это не список участников.</translation>
    </message>
    <message>
        <source>{name} is not a readable Excel (.xlsx) file (not a zip archive).</source>
        <translation>{name} — не читаемый файл Excel (.xlsx) (это не ZIP-архив).</translation>
    </message>
    <message>
        <source>{name} is not a readable Excel (.xlsx) file ({why}).</source>
        <translation>{name} — не читаемый файл Excel (.xlsx) ({why}).</translation>
    </message>
    <message>
        <source>Recommendation {id} names no addressee in its words.</source>
        <translation>В тексте рекомендации № {id} адресат не назван.</translation>
    </message>
    <message>
        <source>Choose the recommendation to keep and at least one other.</source>
        <translation>Выберите рекомендацию, которую нужно сохранить, и хотя бы одну другую.</translation>
    </message>
    <message>
        <source>{value} is not a time of day: write it as 10:30 or 10.30.</source>
        <translation>{value} — не время суток: запишите его как 10:30 или 10.30.</translation>
    </message>
    <message>
        <source>{value} is not a date: write it as 2022-07-18 or 18.07.2022.</source>
        <translation>{value} — не дата: запишите её как 2022-07-18 или 18.07.2022.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space and try again.</source>
        <translation>Диск заполнен: ничего не изменено. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>The database cannot be written (the file or its folder is read-only).</source>
        <translation>В базу данных нельзя записать (файл или его папка доступны только для чтения).</translation>
    </message>
    <message>
        <source>The database server cannot be reached (stopped or restarting?): this action was not saved. What was saved before is safe; try again in a moment.</source>
        <translation>Сервер базы данных недоступен (остановлен или перезапускается?): это действие не сохранено. Всё, что было сохранено раньше, цело; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The database could not be used (details: {detail}).</source>
        <translation>Не удалось обратиться к базе данных (подробности: {detail}).</translation>
    </message>
    <message>
        <source>Cannot open the database {where} (details: {detail}).</source>
        <translation>Не удаётся открыть базу данных {where} (подробности: {detail}).</translation>
    </message>
    <message>
        <source>The backup of {name} could not be written (details: {detail}).</source>
        <translation>Не удалось записать резервную копию {name} (подробности: {detail}).</translation>
    </message>
    <message>
        <source>Cannot read {path} (details: {reason}).</source>
        <translation>Не удаётся прочитать {path} (подробности: {reason}).</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}, column {column}; details: {detail}).</source>
        <translation>{path} — не корректный JSON (строка {line}, столбец {column}; подробности: {detail}).</translation>
    </message>
    <message>
        <source>The file is malformed at {where} (details: {detail}).</source>
        <translation>Нарушена структура файла в {where} (подробности: {detail}).</translation>
    </message>
    <message>
        <source>{file} cannot be read (details: {reason}).</source>
        <translation>Не удаётся прочитать {file} (подробности: {reason}).</translation>
    </message>
    <message>
        <source>The file is not a readable CSV table (details: {detail}).</source>
        <translation>Файл не читается как таблица CSV (подробности: {detail}).</translation>
    </message>
    <message>
        <source>The file is malformed at its top level (details: {detail}).</source>
        <translation>Нарушена структура файла на верхнем уровне (подробности: {detail}).</translation>
    </message>
    <message>
        <source>it cannot be read (details: {detail})</source>
        <translation>её не удаётся прочитать (подробности: {detail})</translation>
    </message>
    <message>
        <source>it is damaged (details: {detail})</source>
        <translation>она повреждена (подробности: {detail})</translation>
    </message>
    <message>
        <source>it is damaged (it is cut short: {size} bytes where its header counts {expected})</source>
        <translation>она повреждена (файл обрезан: {size} байт, а по заголовку должно быть {expected})</translation>
    </message>
    <message>
        <source>The template {path} cannot be used: there is no such file.</source>
        <translation>Шаблон {path} нельзя использовать: такого файла нет.</translation>
    </message>
    <message>
        <source>The template {path} cannot be used: it is larger than 50 MB.</source>
        <translation>Шаблон {path} нельзя использовать: он больше 50 МБ.</translation>
    </message>
    <message>
        <source>The template {path} cannot be used: it cannot be read (details: {detail}).</source>
        <translation>Шаблон {path} нельзя использовать: его не удаётся прочитать (подробности: {detail}).</translation>
    </message>
    <message>
        <source>The template {path} cannot be used: it is not a Word document (.docx or .dotx).</source>
        <translation>Шаблон {path} нельзя использовать: это не документ Word (.docx или .dotx).</translation>
    </message>
    <message>
        <source>The template {path} cannot be used: it holds macros (.docm or .dotm); save it as .docx or .dotx.</source>
        <translation>Шаблон {path} нельзя использовать: в нём есть макросы (.docm или .dotm); сохраните его как .docx или .dotx.</translation>
    </message>
    <message>
        <source>The template {path} cannot be used: Word&apos;s parts inside it cannot be read (details: {detail}).</source>
        <translation>Шаблон {path} нельзя использовать: части документа Word внутри него не читаются (подробности: {detail}).</translation>
    </message>
    <message>
        <source>No backup could be taken (the disk of the backups folder is full); your work is saved, but free some space in {folder} so that backups go on.</source>
        <translation>Резервную копию сделать не удалось (диск папки резервных копий заполнен); ваша работа сохранена, но освободите место в {folder}, чтобы резервное копирование продолжилось.</translation>
    </message>
    <message>
        <source>No backup could be taken (details: {detail}); your work is saved, but backups go on only once {folder} can be written again.</source>
        <translation>Резервную копию сделать не удалось (подробности: {detail}); ваша работа сохранена, но резервное копирование возобновится, только когда в {folder} снова можно будет записывать.</translation>
    </message>
    <message>
        <source>The database URL {url} names a driver that is not installed here ({driver}).</source>
        <translation>Адрес базы данных {url} указывает драйвер, который здесь не установлен ({driver}).</translation>
    </message>
    <message>
        <source>The server refused this change: the role {role} may write only the sessions given to it (the secretariat gives them: rapporteur-app team grant). Nothing was changed.</source>
        <translation>Сервер отклонил это изменение: роль {role} может вносить записи только в порученные ей заседания (их поручает секретариат: rapporteur-app team grant). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The server refused this change: this role may write only the sessions given to it (the secretariat gives them: rapporteur-app team grant). Nothing was changed.</source>
        <translation>Сервер отклонил это изменение: эта роль может вносить записи только в порученные ей заседания (их поручает секретариат: rapporteur-app team grant). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The server refused this: the role {role} has no right to do it here ({detail}). Nothing was changed.</source>
        <translation>Сервер отказал: у роли {role} нет права делать это здесь ({detail}). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The server refused this: this role has no right to do it here ({detail}). Nothing was changed.</source>
        <translation>Сервер отказал: у этой роли нет права делать это здесь ({detail}). Ничего не изменено.</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {problem}.</source>
        <translation>Восстановить {name} нельзя: {problem}.</translation>
    </message>
    <message>
        <source>The disk is full: {name} was not restored and the database is as it was. Free some space and try again.</source>
        <translation>Диск заполнен: {name} не восстановлена, база данных осталась прежней. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>{name} could not be restored ({detail}); the database is as it was.</source>
        <translation>Не удалось восстановить {name} ({detail}); база данных осталась прежней.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: no database was created.</source>
        <translation>Папки {folder} не существует: база данных не создана.</translation>
    </message>
    <message>
        <source>A backup is being restored into the database and it takes long; nothing was written. Try again in a moment.</source>
        <translation>В базу данных восстанавливается резервная копия, и это занимает много времени; ничего не записано. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>Another copy of Rapporteur has been setting up {name} for {seconds} s; try again when it has finished.</source>
        <translation>Другая копия Rapporteur уже {seconds} с подготавливает {name}; повторите попытку, когда она закончит.</translation>
    </message>
    <message>
        <source>The upgrade left {count} broken links between rows; the database before it is kept in {backup}.</source>
        <translation>После обновления осталось нарушенных связей между записями: {count}; база данных в прежнем виде сохранена в {backup}.</translation>
    </message>
    <message>
        <source>{path} is not a UTF-8 text file.</source>
        <translation>{path} — не текстовый файл в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>{path} is nested too deeply to be a Rapporteur meeting.</source>
        <translation>В {path} слишком глубокая вложенность: это не мероприятие Rapporteur.</translation>
    </message>
    <message>
        <source>{path} holds a number too long to be an id or a count.</source>
        <translation>В {path} есть число, слишком длинное для номера или количества.</translation>
    </message>
    <message>
        <source>{path} does not hold a Rapporteur meeting (a JSON object).</source>
        <translation>В {path} нет мероприятия Rapporteur (объекта JSON).</translation>
    </message>
    <message>
        <source>This file is not a Rapporteur meeting file (its &apos;format&apos; is missing).</source>
        <translation>Это не файл мероприятия Rapporteur (в нём нет поля «format»).</translation>
    </message>
    <message>
        <source>This file was written in format version {version} by a newer Rapporteur; this version reads format {known}. Update the program to load it.</source>
        <translation>Этот файл записан в формате версии {version} более новой версией Rapporteur; эта версия читает формат {known}. Обновите программу, чтобы загрузить его.</translation>
    </message>
    <message>
        <source>A session file holds exactly one session; this one holds {count}.</source>
        <translation>Файл заседания содержит ровно одно заседание; в этом их {count}.</translation>
    </message>
    <message>
        <source>Statement id {id} is used twice in the file.</source>
        <translation>Номер выступления {id} встречается в файле дважды.</translation>
    </message>
    <message>
        <source>Statement {id} answers another but is not a right of reply.</source>
        <translation>Выступление {id} отвечает на другое, но не является правом на ответ.</translation>
    </message>
    <message>
        <source>Statement {id} answers statement {target}, which is not in its session.</source>
        <translation>Выступление {id} отвечает на выступление {target}, которого нет в его заседании.</translation>
    </message>
    <message>
        <source>A recommendation of session {session} was also heard in statement {statement}, which is not in that session.</source>
        <translation>Рекомендация заседания {session} прозвучала и в выступлении {statement}, которого нет в этом заседании.</translation>
    </message>
    <message>
        <source>A recommendation of session {session} comes from statement {statement}, which is not in that session.</source>
        <translation>Рекомендация заседания {session} взята из выступления {statement}, которого нет в этом заседании.</translation>
    </message>
    <message>
        <source>The meeting&apos;s title is empty.</source>
        <translation>Название мероприятия пусто.</translation>
    </message>
    <message>
        <source>Session {position} of the file has an empty label or title.</source>
        <translation>У заседания {position} в файле пустое обозначение или название.</translation>
    </message>
    <message>
        <source>Session {session} ends before it starts.</source>
        <translation>Заседание {session} заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>An introducer of session {session} has an empty name.</source>
        <translation>У одного из выступающих со вступительным словом на заседании {session} пустое имя.</translation>
    </message>
    <message>
        <source>A recommendation of session {session} has no text.</source>
        <translation>У рекомендации заседания {session} нет текста.</translation>
    </message>
    <message>
        <source>Statement {id} ends before it starts.</source>
        <translation>Выступление {id} заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Statement {id} answers statement {target}, which must come before it.</source>
        <translation>Выступление {id} отвечает на выступление {target}, которое должно идти раньше него.</translation>
    </message>
    <message>
        <source>The rapport of {session} is already final (version {version}); re-open it first to make a new version.</source>
        <translation>Доклад по «{session}» уже окончательный (версия {version}); чтобы сделать новую версию, сначала откройте его снова.</translation>
    </message>
    <message>
        <source>The rapport of {session} is a draft: it is not locked.</source>
        <translation>Доклад по «{session}» — проект: он не заблокирован.</translation>
    </message>
    <message>
        <source>The rapport of {session} has no final version {version} (final versions: {known}).</source>
        <translation>У доклада по «{session}» нет окончательной версии {version} (окончательные версии: {known}).</translation>
    </message>
    <message>
        <source>The rapport of {session} has no final version {version} (final versions: none).</source>
        <translation>У доклада по «{session}» нет окончательной версии {version} (окончательных версий нет).</translation>
    </message>
    <message>
        <source>The session {session} of this file belongs to the meeting {other} (id {id}) in this database, not to {meeting}; nothing was imported.</source>
        <translation>Заседание {session} из этого файла относится в этой базе данных к мероприятию {other} (номер {id}), а не к {meeting}; ничего не импортировано.</translation>
    </message>
    <message>
        <source>This file is a whole meeting, not a session file: use `load` to add it as a meeting, or export one session with `session export`.</source>
        <translation>В этом файле целое мероприятие, а не одно заседание: добавьте его как мероприятие командой `load` или экспортируйте одно заседание командой `session export`.</translation>
    </message>
    <message>
        <source>Link a recommendation to one heard at another meeting.</source>
        <translation>Связывайте рекомендацию с рекомендацией, прозвучавшей на другом мероприятии.</translation>
    </message>
    <message>
        <source>A follow-up note needs some text.</source>
        <translation>Запись о выполнении не может быть пустой.</translation>
    </message>
    <message>
        <source>Type a word to search for (letters or digits).</source>
        <translation>Введите слово для поиска (буквы или цифры).</translation>
    </message>
    <message>
        <source>The year {year} is not a year (1 to 9999).</source>
        <translation>{year} — не год (допустимо от 1 до 9999).</translation>
    </message>
    <message>
        <source>Ask for at least one result.</source>
        <translation>Запросите хотя бы один результат.</translation>
    </message>
    <message>
        <source>The logo {logo} cannot be placed: it is missing or not a PNG, JPEG or GIF image.</source>
        <translation>Логотип {logo} нельзя вставить: файла нет, или это не изображение PNG, JPEG или GIF.</translation>
    </message>
    <message>
        <source>Unknown event kind {kind}: use one of {choices}.</source>
        <translation>Неизвестный вид мероприятия {kind}: укажите один из следующих: {choices}.</translation>
    </message>
    <message>
        <source>Unknown follow-up state {state}: use one of {choices}.</source>
        <translation>Неизвестное состояние выполнения {state}: укажите одно из следующих: {choices}.</translation>
    </message>
    <message>
        <source>Roles belong to a PostgreSQL server: a SQLite file is one laptop&apos;s, and whoever can open it can write it.</source>
        <translation>Роли бывают только на сервере PostgreSQL: файл SQLite принадлежит одному ноутбуку, и кто может его открыть, может в него и записывать.</translation>
    </message>
    <message>
        <source>Say which sessions the role may write (--session ID), or --secretariat.</source>
        <translation>Укажите, в какие заседания роль может вносить записи (--session ID), или --secretariat.</translation>
    </message>
    <message>
        <source>There is no session {id}: nothing was granted.</source>
        <translation>Заседания {id} нет: никаких прав не предоставлено.</translation>
    </message>
    <message>
        <source>The role {role} is not in the team: nothing was changed.</source>
        <translation>Роли {role} нет в группе: ничего не изменено.</translation>
    </message>
    <message>
        <source>There is no role {role} on the server: its administrator makes it first (sudo -u postgres createuser --pwprompt {name}); nothing was granted.</source>
        <translation>На сервере нет роли {role}: сначала её создаёт администратор сервера (sudo -u postgres createuser --pwprompt {name}); никаких прав не предоставлено.</translation>
    </message>
    <message>
        <source>The server does not guard the sessions yet: run rapporteur-app team setup-roles first (as the database&apos;s owner); nothing was granted.</source>
        <translation>Сервер ещё не защищает заседания: сначала выполните rapporteur-app team setup-roles (от имени владельца базы данных); никаких прав не предоставлено.</translation>
    </message>
    <message>
        <source>the {kind} document is made for a meeting: use --meeting, not --session</source>
        <translation>документ {kind} составляется для мероприятия: укажите --meeting, а не --session</translation>
    </message>
    <message>
        <source>the {kind} document is made for a session: use --session, not --meeting</source>
        <translation>документ {kind} составляется для заседания: укажите --session, а не --meeting</translation>
    </message>
    <message>
        <source>{key} is not a document setting: choose one of {choices}.</source>
        <translation>{key} — не параметр документа: выберите один из следующих: {choices}.</translation>
    </message>
    <message>
        <source>The document setting {key} takes yes or no.</source>
        <translation>Параметр документа {key} принимает значение «да» или «нет».</translation>
    </message>
    <message>
        <source>The document setting {key} takes a text.</source>
        <translation>Параметр документа {key} принимает текст.</translation>
    </message>
    <message>
        <source>The {name} of a statement is a time of day.</source>
        <translation>Поле {name} выступления — это время суток.</translation>
    </message>
    <message>
        <source>A joint statement&apos;s co-signatories are a list of names.</source>
        <translation>Соавторы совместного выступления — это список имён.</translation>
    </message>
    <message>
        <source>A statement has no field {name}.</source>
        <translation>У выступления нет поля {name}.</translation>
    </message>
    <message>
        <source>The database server cannot be reached: this statement is kept on this computer ({waiting} changes waiting) and will be written, in order, as soon as the server is back.</source>
        <translation>Сервер базы данных недоступен: это выступление сохранено на этом компьютере (изменений в ожидании: {waiting}) и будет записано по порядку, как только сервер вернётся.</translation>
    </message>
    <message>
        <source>The database server cannot be reached: this statement is kept on this computer (1 change waiting) and will be written, in order, as soon as the server is back.</source>
        <translation>Сервер базы данных недоступен: это выступление сохранено на этом компьютере (изменений в ожидании: 1) и будет записано по порядку, как только сервер вернётся.</translation>
    </message>
    <message>
        <source>The database {path} may be damaged: {problem}. Its earlier backups are kept.</source>
        <translation>База данных {path}, возможно, повреждена: {problem}. Её прежние резервные копии сохранены.</translation>
    </message>
    <message>
        <source>The search could not be run ({detail}).</source>
        <translation>Не удалось выполнить поиск ({detail}).</translation>
    </message>
    <message>
        <source>There is no session with id {id} in this meeting.</source>
        <translation>В этом мероприятии нет заседания с номером {id}.</translation>
    </message>
    <message>
        <source>{session}: the same as the session held; nothing to change.</source>
        <translation>{session}: совпадает с имеющимся заседанием; менять нечего.</translation>
    </message>
    <message>
        <source>{session} replaces the one held:</source>
        <translation>{session} заменит имеющееся заседание:</translation>
    </message>
    <message>
        <source>{session} is added:</source>
        <translation>{session} будет добавлено:</translation>
    </message>
    <message>
        <source>Besides, the rapport held here is final: re-open it here first.</source>
        <translation>Кроме того, имеющийся здесь доклад окончательный: сначала откройте его здесь снова.</translation>
    </message>
    <message>
        <source>This file is a session of {title} of {start}, not of {meeting}.</source>
        <translation>В этом файле заседание мероприятия {title} от {start}, а не мероприятия {meeting}.</translation>
    </message>
    <message>
        <source>This file is a session of {title}, not of {meeting}.</source>
        <translation>В этом файле заседание мероприятия {title}, а не мероприятия {meeting}.</translation>
    </message>
    <message>
        <source>This file holds version {version} of {session}&apos;s rapport; version {kept} is held here, which is newer.</source>
        <translation>В этом файле версия {version} доклада по «{session}»; здесь хранится более новая версия {kept}.</translation>
    </message>
    <message>
        <source>{session} was changed here since its file of {stamp} was imported: the newer file would replace those changes.</source>
        <translation>Заседание «{session}» изменено здесь после импорта его файла от {stamp}: более новый файл заменил бы эти изменения.</translation>
    </message>
    <message>
        <source>This file of {session} was written at {stamp}, before the one imported last ({last}): it is older.</source>
        <translation>Этот файл заседания «{session}» записан {stamp}, раньше последнего импортированного ({last}): он старше.</translation>
    </message>
    <message>
        <source>a new session with {statements} statement(s), {recommendations} recommendation(s), its rapport final version {version}</source>
        <translation>новое заседание: выступлений — {statements}, рекомендаций — {recommendations}, доклад — окончательная версия {version}</translation>
    </message>
    <message>
        <source>a new session with {statements} statement(s), {recommendations} recommendation(s), its rapport a draft</source>
        <translation>новое заседание: выступлений — {statements}, рекомендаций — {recommendations}, доклад — проект</translation>
    </message>
    <message>
        <source>statements: {before} → {after}</source>
        <translation>выступления: {before} → {after}</translation>
    </message>
    <message>
        <source>recommendations: {before} → {after}</source>
        <translation>рекомендации: {before} → {after}</translation>
    </message>
    <message>
        <source>the narrative changes</source>
        <translation>отчёт о заседании изменится</translation>
    </message>
    <message>
        <source>its rapport becomes final version {version}</source>
        <translation>доклад станет окончательной версией {version}</translation>
    </message>
    <message>
        <source>its rapport becomes a draft</source>
        <translation>доклад станет проектом</translation>
    </message>
    <message>
        <source>{text} is neither a file name nor a database URL (like postgresql+psycopg://user@host/rapporteur).</source>
        <translation>{text} — не имя файла и не адрес базы данных (вида postgresql+psycopg://user@host/rapporteur).</translation>
    </message>
    <message>
        <source>{path} starts with the home folder of a user this computer does not know.</source>
        <translation>{path} начинается с домашней папки пользователя, которого этот компьютер не знает.</translation>
    </message>
    <message>
        <source>A session has no field {name}.</source>
        <translation>У заседания нет поля {name}.</translation>
    </message>
    <message>
        <source>There is no follow-up note with id {id}.</source>
        <translation>Нет записи о выполнении с номером {id}.</translation>
    </message>
    <message>
        <source>A kept change of an unknown kind ({kind}) was left aside.</source>
        <translation>Отложенное изменение неизвестного вида ({kind}) пропущено.</translation>
    </message>
    <message>
        <source>{problems} Nothing was imported; it is applied only when asked (--force): {changes}.</source>
        <translation>{problems} Ничего не импортировано; файл применяется, только если об этом явно попросить (--force): {changes}.</translation>
    </message>
    <message>
        <source>Unknown category {text}: use one of {choices}.</source>
        <translation>Неизвестная категория {text}: укажите одну из следующих: {choices}.</translation>
    </message>
    <message>
        <source>Unknown session kind {text}: use one of {choices}.</source>
        <translation>Неизвестный вид заседания {text}: укажите один из следующих: {choices}.</translation>
    </message>
    <message>
        <source>Unknown statement kind {text}: use one of {choices}.</source>
        <translation>Неизвестный вид выступления {text}: укажите один из следующих: {choices}.</translation>
    </message>
    <message>
        <source>Unknown role {text}: use one of {choices}.</source>
        <translation>Неизвестная роль {text}: укажите одну из следующих: {choices}.</translation>
    </message>
    <message>
        <source>Unknown format {text}: choose one of {choices}.</source>
        <translation>Неизвестный формат {text}: выберите один из следующих: {choices}.</translation>
    </message>
    <message>
        <source>Unknown language {text}: choose one of {choices}.</source>
        <translation>Неизвестный язык {text}: выберите один из следующих: {choices}.</translation>
    </message>
    <message>
        <source>Unknown document {text}: choose one of {choices}.</source>
        <translation>Неизвестный документ {text}: выберите один из следующих: {choices}.</translation>
    </message>
    <message>
        <source>Unknown annual report setting: {names}. The settings are: {choices}.</source>
        <translation>Неизвестный параметр годового доклада: {names}. Параметры: {choices}.</translation>
    </message>
    <message>
        <source>This copy of the program is broken: its database migrations have {heads} heads instead of one. Install the program again.</source>
        <translation>Эта копия программы повреждена: у миграций её базы данных {heads} конечных ревизий вместо одной. Установите программу заново.</translation>
    </message>
    <message>
        <source>row {row}, column {column}: the name is empty</source>
        <translation>строка {row}, столбец «{column}»: имя не указано</translation>
    </message>
    <message>
        <source>row {row}, column {column}: the name is longer than {limit} characters</source>
        <translation>строка {row}, столбец «{column}»: имя длиннее {limit} знаков</translation>
    </message>
    <message>
        <source>row {row}, column {column}: the organization is empty</source>
        <translation>строка {row}, столбец «{column}»: организация не указана</translation>
    </message>
    <message>
        <source>row {row}, column {column}: the organization is longer than {limit} characters</source>
        <translation>строка {row}, столбец «{column}»: название организации длиннее {limit} знаков</translation>
    </message>
    <message>
        <source>row {row}, column {column}: the function is longer than {limit} characters</source>
        <translation>строка {row}, столбец «{column}»: должность длиннее {limit} знаков</translation>
    </message>
    <message>
        <source>row {row}, column {column}: the e-mail address is too long</source>
        <translation>строка {row}, столбец «{column}»: адрес эл. почты слишком длинный</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {value} is not an e-mail address</source>
        <translation>строка {row}, столбец «{column}»: {value} — не адрес эл. почты</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {value} is not a category</source>
        <translation>строка {row}, столбец «{column}»: {value} — не категория</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {organization} is not a known organization, so its category must be given</source>
        <translation>строка {row}, столбец «{column}»: организация {organization} неизвестна, поэтому нужно указать её категорию</translation>
    </message>
    <message>
        <source>{organization} is counted as {category}, not as written</source>
        <translation>{organization} учитывается в категории «{category}», а не как указано в файле</translation>
    </message>
    <message>
        <source>known as {organization}</source>
        <translation>записывается как {organization}</translation>
    </message>
    <message>
        <source>same person as row {row}</source>
        <translation>тот же человек, что в строке {row}</translation>
    </message>
    <message>
        <source>already registered; adds their {details}</source>
        <translation>уже зарегистрирован; файл дополняет: {details}</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>уже зарегистрирован</translation>
    </message>
    <message>
        <source>Nothing was imported: {note}.</source>
        <translation>Ничего не импортировано: {note}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {note} (and {more} more error(s)).</source>
        <translation>Ничего не импортировано: {note} (и ещё ошибок: {more}).</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>session title</source>
        <translation>название заседания</translation>
    </message>
    <message>
        <source>meeting title</source>
        <translation>название мероприятия</translation>
    </message>
    <message>
        <source>introducer&apos;s name</source>
        <translation>имя выступающего с вводным словом</translation>
    </message>
    <message>
        <source>organization&apos;s name</source>
        <translation>название организации</translation>
    </message>
    <message>
        <source>participant&apos;s name</source>
        <translation>имя участника</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>сокращение</translation>
    </message>
    <message>
        <source>co-signatory</source>
        <translation>соавтор</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>адресат</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>длительность</translation>
    </message>
</context>
<context>
    <name>FloorPanel</name>
    <message>
        <source>Speaking time of a statement in this session</source>
        <translation>Время на выступление в этом заседании</translation>
    </message>
    <message>
        <source>Speaking time of a right of reply in this session</source>
        <translation>Время на право на ответ в этом заседании</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>Никто не выступает</translation>
    </message>
    <message>
        <source>F5 gives the floor to the next in the queue.</source>
        <translation>F5 предоставляет слово следующему в очереди.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>{0} over
the {1} limit</source>
        <translation>{0} сверх
регламента {1}</translation>
    </message>
    <message>
        <source>{0} left
of {1}</source>
        <translation>осталось {0}
из {1}</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>E&amp;xport the table…</source>
        <translation>&amp;Экспортировать таблицу…</translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation>Записи о выполнении</translation>
    </message>
    <message>
        <source>What was done, who replied …</source>
        <translation>Что сделано, кто ответил …</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Добавить &amp;запись</translation>
    </message>
    <message>
        <source>Proposed links</source>
        <translation>Предлагаемые связи</translation>
    </message>
    <message>
        <source>&amp;Same recommendation</source>
        <translation>&amp;Та же рекомендация</translation>
    </message>
    <message>
        <source>&amp;Different</source>
        <translation>&amp;Другая</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Совещание</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Ответственное подразделение</translation>
    </message>
    <message>
        <source>Latest note</source>
        <translation>Последняя запись</translation>
    </message>
    <message>
        <source>Heard before at</source>
        <translation>Уже звучала на</translation>
    </message>
    <message>
        <source>Notes of the chosen recommendation</source>
        <translation>Записи по выбранной рекомендации</translation>
    </message>
    <message>
        <source>Heard at an earlier meeting? (proposed by their words)</source>
        <translation>Уже звучала на прежнем совещании? (предложено по тексту)</translation>
    </message>
    <message>
        <source>Every addressee</source>
        <translation>Все адресаты</translation>
    </message>
    <message>
        <source>“{later}” ({later_meeting}) — heard before: “{earlier}” ({earlier_meeting})</source>
        <translation>«{later}» ({later_meeting}) — уже звучала: «{earlier}» ({earlier_meeting})</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Выполнение</translation>
    </message>
</context>
<context>
    <name>HandoffActions</name>
    <message>
        <source>Export the session for the secretariat</source>
        <translation>Экспорт заседания для секретариата</translation>
    </message>
    <message>
        <source>Session file (*.json)</source>
        <translation>Файл заседания (*.json)</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Экспорт заседания</translation>
    </message>
    <message>
        <source>Writing the session file…</source>
        <translation>Запись файла заседания…</translation>
    </message>
    <message>
        <source>Import a session file</source>
        <translation>Импорт файла заседания</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>{0}: the same as the session held; nothing was changed.</source>
        <translation>{0}: совпадает с имеющимся заседанием; ничего не изменено.</translation>
    </message>
    <message>
        <source>The rapport of {0} is final here; only a newer final version replaces it. Re-open it first. Nothing was changed.</source>
        <translation>Доклад по «{0}» здесь окончательный; заменить его может только более новая окончательная версия. Сначала откройте его снова. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Importing this file will change:</source>
        <translation>Импорт этого файла изменит:</translation>
    </message>
    <message>
        <source>Apply anyway</source>
        <translation>Всё равно применить</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>{0} was imported.</source>
        <translation>«{0}» импортировано.</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Mark the rapport final</source>
        <translation>Сделать доклад окончательным</translation>
    </message>
    <message>
        <source>Once final (sent to the secretariat), the session&apos;s statements, recommendations and narrative are locked.
Sent by:</source>
        <translation>Окончательный доклад (отправленный в секретариат) блокирует выступления, рекомендации и текст доклада по заседанию.
Отправил(а):</translation>
    </message>
    <message>
        <source>The rapport is final: version {0}, {1}, {2}.</source>
        <translation>Доклад окончательный: версия {0}, {1}, {2}.</translation>
    </message>
    <message>
        <source>Re-open the rapport</source>
        <translation>Открыть доклад снова</translation>
    </message>
    <message>
        <source>Re-open the final rapport to change it? Its final version stays kept; marking it final again makes the next version.</source>
        <translation>Открыть окончательный доклад снова, чтобы изменить его? Окончательная версия сохранится; новое утверждение создаст следующую версию.</translation>
    </message>
</context>
<context>
    <name>HeldActions</name>
    <message>
        <source>Opening the database… waiting to be done as soon as it is open: {0}.</source>
        <translation>База данных открывается… будет сделано, как только она откроется: {0}.</translation>
    </message>
    <message>
        <source>Not done: {0}. The database was held by {1} for over {2} s; do these again when it is free.</source>
        <translation>Не выполнено: {0}. Базу данных занимал(а) {1} дольше {2} с; повторите эти действия, когда она освободится.</translation>
    </message>
    <message>
        <source>waiting to be done: {0}</source>
        <translation>ждут выполнения: {0}</translation>
    </message>
    <message>
        <source>the notes are kept and saved as soon as it is free</source>
        <translation>заметки сохранены в окне и будут записаны, как только она освободится</translation>
    </message>
    <message>
        <source>The database is held by {0} ({1} s): {2}.</source>
        <translation>Базу данных занимает {0} ({1} с): {2}.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>IntroducersTable</name>
    <message>
        <source>Introducer</source>
        <translation>Выступающий с вводным словом</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>Участник дискуссии</translation>
    </message>
    <message>
        <source>Keynote speaker</source>
        <translation>Основной докладчик</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
</context>
<context>
    <name>KeptWritesLine</name>
    <message numerus="yes">
        <source>The database server cannot be reached: what is typed meanwhile is kept on this computer (%n waiting) and will be written when it is back.</source>
        <translation>
            <numerusform>Сервер базы данных недоступен: всё, что вводится сейчас, сохраняется на этом компьютере (ожидает: %n) и будет записано, когда сервер вернётся.</numerusform>
            <numerusform>Сервер базы данных недоступен: всё, что вводится сейчас, сохраняется на этом компьютере (ожидает: %n) и будет записано, когда сервер вернётся.</numerusform>
            <numerusform>Сервер базы данных недоступен: всё, что вводится сейчас, сохраняется на этом компьютере (ожидает: %n) и будет записано, когда сервер вернётся.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database server is back: everything kept on this computer is written.</source>
        <translation>Сервер базы данных снова доступен: всё, что было сохранено на этом компьютере, записано.</translation>
    </message>
</context>
<context>
    <name>KeyListWindow</name>
    <message>
        <source>Console keys</source>
        <translation>Клавиши консоли</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Гражданское общество</translation>
    </message>
    <message>
        <source>OSCE institution</source>
        <translation>Институт ОБСЕ</translation>
    </message>
    <message>
        <source>International organization</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Право на ответ</translation>
    </message>
    <message>
        <source>Panel (not counted)</source>
        <translation>Панель (не учитывается)</translation>
    </message>
    <message>
        <source>OSCE participating States</source>
        <translation>Государства — участники ОБСЕ</translation>
    </message>
    <message>
        <source>OSCE</source>
        <translation>ОБСЕ</translation>
    </message>
    <message>
        <source>ODIHR</source>
        <translation>БДИПЧ</translation>
    </message>
    <message>
        <source>Partners for Co-operation</source>
        <translation>Партнёры по сотрудничеству</translation>
    </message>
</context>
<context>
    <name>LoadMeeting</name>
    <message>
        <source>Something went wrong; nothing was loaded.</source>
        <translation>Что-то пошло не так; ничего не загружено.</translation>
    </message>
    <message>
        <source>Load a meeting</source>
        <translation>Загрузка мероприятия</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Чтение {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stopping: nothing will be written…</source>
        <translation>Остановка: ничего не будет записано…</translation>
    </message>
    <message>
        <source>{0} statements written…</source>
        <translation>Записано выступлений: {0}…</translation>
    </message>
    <message>
        <source>Loaded the meeting “{0}”.</source>
        <translation>Мероприятие «{0}» загружено.</translation>
    </message>
    <message>
        <source>Loading was cancelled; nothing was written.</source>
        <translation>Загрузка отменена; ничего не записано.</translation>
    </message>
    <message>
        <source>Meeting files (*.json);;All files (*)</source>
        <translation>Файлы мероприятий (*.json);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>LogDelegate</name>
    <message>
        <source>Right of reply to {0}. {1}</source>
        <translation>Право на ответ на {0}. {1}</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>От имени</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>not to be named</source>
        <translation>без указания имени</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>выступает</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Give the statement&apos;s time first: its duration counts from it.</source>
        <translation>Сначала укажите время выступления: длительность отсчитывается от него.</translation>
    </message>
    <message>
        <source>A statement cannot run past midnight.</source>
        <translation>Выступление не может продолжаться после полуночи.</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Log of the statements</source>
        <translation>Журнал выступлений</translation>
    </message>
    <message>
        <source>Delete the statement</source>
        <translation>Удалить выступление</translation>
    </message>
    <message>
        <source>Edit this cell  (F2)</source>
        <translation>Изменить ячейку  (F2)</translation>
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
        <translation>Мероприятия и заседания</translation>
    </message>
    <message>
        <source>Choose a session on the left.</source>
        <translation>Выберите заседание слева.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>demo meeting</source>
        <translation>демонстрационное мероприятие</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Search all meetings…</source>
        <translation>&amp;Поиск по всем мероприятиям…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Мероприятие</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Заседание</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Новое мероприятие…</translation>
    </message>
    <message>
        <source>Edit the &amp;agenda…</source>
        <translation>Изменить &amp;повестку дня…</translation>
    </message>
    <message>
        <source>&amp;Import the registration list…</source>
        <translation>&amp;Импортировать список участников…</translation>
    </message>
    <message>
        <source>&amp;Participants and organizations…</source>
        <translation>&amp;Участники и организации…</translation>
    </message>
    <message>
        <source>Import a &amp;session file…</source>
        <translation>Импорт файла &amp;заседания…</translation>
    </message>
    <message>
        <source>The &amp;year: events, statistics, follow-up, annual report…</source>
        <translation>&amp;Год: мероприятия, статистика, выполнение, годовой доклад…</translation>
    </message>
    <message>
        <source>&amp;Export report, highlights or agenda…</source>
        <translation>&amp;Экспорт доклада, основных итогов или повестки…</translation>
    </message>
    <message>
        <source>This database could not be opened: what was shown from it is taken away.</source>
        <translation>Эту базу данных не удалось открыть: показанное из неё убрано.</translation>
    </message>
    <message>
        <source>The database could not be opened, so what you typed meanwhile was not saved. Copy it from below before closing.</source>
        <translation>Базу данных не удалось открыть, поэтому введённое за это время не сохранено. Скопируйте его ниже, прежде чем закрыть.</translation>
    </message>
    <message>
        <source>&amp;Load a meeting from a file…</source>
        <translation>Загрузить мероприятие из &amp;файла…</translation>
    </message>
    <message>
        <source>&amp;Document settings…</source>
        <translation>Пара&amp;метры документов…</translation>
    </message>
    <message>
        <source>&amp;Console keys</source>
        <translation>&amp;Клавиши пульта</translation>
    </message>
    <message>
        <source>&amp;About Rapporteur</source>
        <translation>&amp;О программе Rapporteur</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Rapporteur will speak this language the next time it starts.</source>
        <translation>Программа перейдёт на этот язык при следующем запуске.</translation>
    </message>
    <message>
        <source>Live &amp;console</source>
        <translation>&amp;Пульт</translation>
    </message>
    <message>
        <source>&amp;Statements</source>
        <translation>&amp;Выступления</translation>
    </message>
    <message>
        <source>&amp;Rapport</source>
        <translation>&amp;Доклад</translation>
    </message>
    <message>
        <source>Export the rapport as &amp;DOCX…</source>
        <translation>Экспорт доклада в &amp;DOCX…</translation>
    </message>
    <message>
        <source>Export the rapport as &amp;PDF…</source>
        <translation>Экспорт доклада в &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Export the session for the secretariat…</source>
        <translation>Экспорт заседания для &amp;секретариата…</translation>
    </message>
    <message>
        <source>Mark the rapport &amp;final…</source>
        <translation>Сделать доклад &amp;окончательным…</translation>
    </message>
    <message>
        <source>Re-&amp;open the final rapport…</source>
        <translation>Открыть окончательный доклад с&amp;нова…</translation>
    </message>
    <message>
        <source>Rapport &amp;versions…</source>
        <translation>Ве&amp;рсии доклада…</translation>
    </message>
    <message>
        <source>Pro&amp;jector window</source>
        <translation>Окно прое&amp;ктора</translation>
    </message>
    <message>
        <source>{0} — rapport final, version {1} ({2}, {3}): locked</source>
        <translation>{0} — доклад окончательный, версия {1} ({2}, {3}): заблокирован</translation>
    </message>
    <message>
        <source>Closing once the database is open: what you typed is saved first.</source>
        <translation>Окно закроется, как только база данных откроется: сначала будет сохранено введённое.</translation>
    </message>
    <message>
        <source>⚠ Backups have stopped: {0}</source>
        <translation>⚠ Резервное копирование остановлено: {0}</translation>
    </message>
    <message>
        <source>About Rapporteur</source>
        <translation>О программе Rapporteur</translation>
    </message>
    <message>
        <source>Rapporteur {0}: log the statements of a meeting and write its rapport.</source>
        <translation>Rapporteur {0}: запись выступлений на мероприятии и подготовка доклада.</translation>
    </message>
    <message>
        <source>Choose a meeting on the left first.</source>
        <translation>Сначала выберите мероприятие слева.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Registration list</source>
        <translation>Список участников</translation>
    </message>
    <message>
        <source>{title} has no sessions: a visit or a workshop needs none; a meeting gets them in the agenda editor (Ctrl+G).</source>
        <translation>У мероприятия «{title}» нет заседаний: визиту или семинару они не нужны; совещанию их добавляют в редакторе повестки дня (Ctrl+G).</translation>
    </message>
</context>
<context>
    <name>MeetingExportDialog</name>
    <message>
        <source>Consolidated report</source>
        <translation>Сводный доклад</translation>
    </message>
    <message>
        <source>Conference highlights</source>
        <translation>Основные итоги конференции</translation>
    </message>
    <message>
        <source>Annotated agenda</source>
        <translation>Аннотированная повестка дня</translation>
    </message>
    <message>
        <source>Export the meeting&apos;s document</source>
        <translation>Экспорт документа мероприятия</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Document &amp;settings…</source>
        <translation>Пара&amp;метры документов…</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Labels in:</source>
        <translation>Язык надписей:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>Reading the meeting…</source>
        <translation>Чтение данных мероприятия…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Запись файла…</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>e.g. Vienna, Hofburg, Neuer Saal</source>
        <translation>например: Вена, Хофбург, Нойер Заал</translation>
    </message>
    <message>
        <source>2022-07-18</source>
        <translation>2022-07-18</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Справочная информация</translation>
    </message>
</context>
<context>
    <name>MergeChoice</name>
    <message>
        <source>Merge two spellings</source>
        <translation>Объединить два написания</translation>
    </message>
    <message>
        <source>“{0}” and “{1}” become one. Which spelling stays? Everything recorded under the other moves to it.</source>
        <translation>«{0}» и «{1}» станут одним. Какое написание оставить? Всё записанное под другим перейдёт к нему.</translation>
    </message>
    <message>
        <source>Keep “{0}”</source>
        <translation>Оставить «{0}»</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Notes of the statement on the floor (or chosen in the log).</source>
        <translation>Заметки текущего выступления (или выбранного в журнале).</translation>
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
        <translation>Поиск по заметкам (любые слова, в любом порядке)</translation>
    </message>
    <message>
        <source>In speaking order</source>
        <translation>В порядке выступлений</translation>
    </message>
    <message>
        <source>By category and organization</source>
        <translation>По категориям и организациям</translation>
    </message>
    <message>
        <source>The notes of the session</source>
        <translation>Заметки заседания</translation>
    </message>
    <message>
        <source>To &amp;recommendation (Enter)</source>
        <translation>В &amp;рекомендацию (Enter)</translation>
    </message>
    <message>
        <source>Into the &amp;narrative (Ctrl+Enter)</source>
        <translation>В &amp;изложение (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>%1 of %2 notes</source>
        <translation>Заметок: %1 из %2</translation>
    </message>
</context>
<context>
    <name>OrganizationsTab</name>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>With the reference lists</source>
        <translation>Вместе со справочными списками</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation>&amp;Объединить два выбранных…</translation>
    </message>
    <message>
        <source>Name of a new organization</source>
        <translation>Название новой организации</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Новая:</translation>
    </message>
    <message>
        <source>Select two organizations in use: two spellings of one.</source>
        <translation>Выберите две используемые организации — два написания одной.</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Participants and organizations</source>
        <translation>Участники и организации</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>&amp;Organizations</source>
        <translation>&amp;Организации</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Not to be named</source>
        <translation>Не называть по имени</translation>
    </message>
    <message>
        <source>Described as</source>
        <translation>Описание вместо имени</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>participating State</source>
        <translation>государство-участник</translation>
    </message>
    <message>
        <source>Asian Partner for Co-operation</source>
        <translation>Азиатский партнёр по сотрудничеству</translation>
    </message>
    <message>
        <source>Mediterranean Partner for Co-operation</source>
        <translation>Средиземноморский партнёр по сотрудничеству</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Европейский союз</translation>
    </message>
    <message>
        <source>OSCE</source>
        <translation>ОБСЕ</translation>
    </message>
    <message>
        <source>OSCE institution</source>
        <translation>Институт ОБСЕ</translation>
    </message>
    <message>
        <source>OSCE Secretariat</source>
        <translation>Секретариат ОБСЕ</translation>
    </message>
    <message>
        <source>OSCE field operation</source>
        <translation>Полевая операция ОБСЕ</translation>
    </message>
    <message>
        <source>United Nations</source>
        <translation>Организация Объединённых Наций</translation>
    </message>
    <message>
        <source>Council of Europe</source>
        <translation>Совет Европы</translation>
    </message>
    <message>
        <source>European Union body</source>
        <translation>Орган Европейского союза</translation>
    </message>
    <message>
        <source>international organization</source>
        <translation>международная организация</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Find a person or an organization</source>
        <translation>Поиск человека или организации</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation>&amp;Объединить два выбранных…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Their statements stay, under the name logged</source>
        <translation>Их выступления остаются под записанным именем</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Category (if new)</source>
        <translation>Категория (для новой)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Select the two spellings of one person.</source>
        <translation>Выберите два написания имени одного человека.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>it is not a SQLite database (the file holds something else)</source>
        <translation>это не база данных SQLite (в файле что-то другое)</translation>
    </message>
    <message>
        <source>it is damaged (its header gives an impossible page size)</source>
        <translation>она повреждена (в заголовке невозможный размер страницы)</translation>
    </message>
    <message>
        <source>it is damaged (its header gives an unknown file format)</source>
        <translation>она повреждена (в заголовке неизвестный формат файла)</translation>
    </message>
    <message>
        <source>it is damaged (its header is not SQLite&apos;s)</source>
        <translation>она повреждена (заголовок не от SQLite)</translation>
    </message>
    <message>
        <source>it is damaged (its length is not a whole number of pages)</source>
        <translation>она повреждена (её длина — не целое число страниц)</translation>
    </message>
    <message>
        <source>it is not a regular file (a folder, a pipe or a device)</source>
        <translation>это не обычный файл (папка, канал или устройство)</translation>
    </message>
</context>
<context>
    <name>ProgramTemplateRow</name>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the DOCX template for every meeting</source>
        <translation>Выбрать шаблон DOCX для всех мероприятий</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the DOCX template for every meeting</source>
        <translation>Убрать шаблон DOCX для всех мероприятий</translation>
    </message>
    <message>
        <source>None: the program&apos;s own</source>
        <translation>Нет: собственный шаблон программы</translation>
    </message>
    <message>
        <source>DOCX template for every meeting</source>
        <translation>Шаблон DOCX для всех мероприятий</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Документы и шаблоны Word (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Rapporteur — floor</source>
        <translation>Rapporteur — экран зала</translation>
    </message>
    <message>
        <source>The floor is open</source>
        <translation>Слово свободно</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>и ещё {0}</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Следующие:</translation>
    </message>
    <message>
        <source>Queue empty</source>
        <translation>Очередь пуста</translation>
    </message>
    <message>
        <source>a speaker who asked not to be named</source>
        <translation>выступающий, попросивший не называть его по имени</translation>
    </message>
    <message>
        <source>{0} over</source>
        <translation>{0} сверх регламента</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>осталось {0}</translation>
    </message>
</context>
<context>
    <name>QueueList</name>
    <message>
        <source>Queue of speakers</source>
        <translation>Очередь выступающих</translation>
    </message>
    <message>
        <source>(not to be named)</source>
        <translation>(без указания имени)</translation>
    </message>
    <message>
        <source>right of reply to {0}</source>
        <translation>право на ответ на № {0}</translation>
    </message>
    <message>
        <source>right of reply</source>
        <translation>право на ответ</translation>
    </message>
    <message>
        <source>Correct…  (F2)</source>
        <translation>Исправить…  (F2)</translation>
    </message>
    <message>
        <source>Move up  (Alt+Up)</source>
        <translation>Выше  (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down  (Alt+Down)</source>
        <translation>Ниже  (Alt+↓)</translation>
    </message>
    <message>
        <source>Not to be named</source>
        <translation>Не называть по имени</translation>
    </message>
    <message>
        <source>Remove from the queue  (Delete)</source>
        <translation>Убрать из очереди  (Del)</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>▲ Up</source>
        <translation>▲ Выше</translation>
    </message>
    <message>
        <source>Move the chosen speaker up (Alt+Up)</source>
        <translation>Переместить выбранного выступающего выше (Alt+↑)</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Ниже</translation>
    </message>
    <message>
        <source>Move the chosen speaker down (Alt+Down)</source>
        <translation>Переместить выбранного выступающего ниже (Alt+↓)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>Correct the chosen speaker (F2)</source>
        <translation>Исправить выбранного выступающего (F2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Take the chosen speaker out (Delete)</source>
        <translation>Убрать выбранного выступающего из очереди (Del)</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Who asks for the floor? A delegation, an organization or a name — Enter</source>
        <translation>Кто просит слова? Делегация, организация или имя — Enter</translation>
    </message>
    <message>
        <source>“{0}” will not be named. Type how to describe her instead (“a survivor of trafficking”): Enter saves, Esc keeps “{1}”.</source>
        <translation>«{0}» не будет названа по имени. Введите, как её описать («пострадавшая от торговли людьми»): Enter — сохранить, Esc — оставить «{1}».</translation>
    </message>
    <message>
        <source>a speaker who asked not to be named</source>
        <translation>выступающий, попросивший не называть его по имени</translation>
    </message>
    <message>
        <source>queue {0}</source>
        <translation>запись в очередь: {0}</translation>
    </message>
    <message>
        <source>New: “{0}”. Its category?</source>
        <translation>Новая: «{0}». Её категория?</translation>
    </message>
    <message>
        <source>Correcting “{0}” in the queue: Enter saves, Esc cancels.</source>
        <translation>Исправление «{0}» в очереди: Enter — сохранить, Esc — отменить.</translation>
    </message>
</context>
<context>
    <name>RapportTab</name>
    <message>
        <source>Questions raised</source>
        <translation>Поднятые вопросы</translation>
    </message>
    <message>
        <source>Identified priorities</source>
        <translation>Выявленные приоритеты</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>The narrative, saved as you type. Ctrl+B bold, Ctrl+I italic, Ctrl+K a link, Ctrl+Shift+L a bulleted list, Ctrl+Shift+N a numbered list.</source>
        <translation>Изложение, сохраняется по мере ввода. Ctrl+B — полужирный, Ctrl+I — курсив, Ctrl+K — ссылка, Ctrl+Shift+L — маркированный список, Ctrl+Shift+N — нумерованный список.</translation>
    </message>
    <message>
        <source>Draft from the &amp;log</source>
        <translation>Черновик по &amp;журналу</translation>
    </message>
    <message>
        <source>Write a draft from the log where the cursor is: the moderator and introducers with their notes, the floor by category with its counts, and the themes raised. Nothing you wrote is replaced; Ctrl+Z takes it out.</source>
        <translation>Вставить в место курсора черновик по журналу: модератор и выступающие с вводным словом с их заметками, выступления по категориям с их числом и поднятые темы. Ничего из написанного вами не заменяется; Ctrl+Z убирает черновик.</translation>
    </message>
    <message>
        <source>One item per line, saved as you type. Ctrl+B bold, Ctrl+I italic, Ctrl+K a link.</source>
        <translation>По одному пункту в строке, сохраняется при вводе. Ctrl+B полужирный, Ctrl+I курсив, Ctrl+K ссылка.</translation>
    </message>
    <message>
        <source>Session rapport</source>
        <translation>Доклад о заседании</translation>
    </message>
    <message>
        <source>Working group conclusions</source>
        <translation>Выводы рабочей группы</translation>
    </message>
    <message>
        <source>The rapport as it will be sent</source>
        <translation>Доклад в том виде, в каком он будет отправлен</translation>
    </message>
    <message>
        <source>Document se&amp;ttings…</source>
        <translation>Пара&amp;метры документов…</translation>
    </message>
    <message>
        <source>Export {0}…</source>
        <translation>Экспорт в {0}…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Narrative&lt;/b&gt;</source>
        <translation>&lt;b&gt;Изложение&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recommendations (tick to include)</source>
        <translation>Рекомендации (отметьте, чтобы включить)</translation>
    </message>
    <message>
        <source>All the notes</source>
        <translation>Все заметки</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Labels in:</source>
        <translation>Язык надписей:</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Drafting…</source>
        <translation>Подготовка черновика…</translation>
    </message>
    <message>
        <source>Export the rapport</source>
        <translation>Экспорт доклада</translation>
    </message>
    <message>
        <source>Writing the rapport…</source>
        <translation>Запись доклада…</translation>
    </message>
</context>
<context>
    <name>RecommendationsView</name>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Addressee of the selected recommendation</source>
        <translation>Адресат выбранной рекомендации</translation>
    </message>
    <message>
        <source>New recommendation: type it and press Enter</source>
        <translation>Новая рекомендация: введите текст и нажмите Enter</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Переместить вверх (Alt+Вверх)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Переместить вниз (Alt+Вниз)</translation>
    </message>
    <message>
        <source>Mer&amp;ge two</source>
        <translation>Объ&amp;единить две</translation>
    </message>
    <message>
        <source>The selected recommendation: edit it here (Ctrl+B bold, Ctrl+I italic)</source>
        <translation>Выбранная рекомендация: правьте её здесь (Ctrl+B полужирный, Ctrl+I курсив)</translation>
    </message>
    <message>
        <source>Accept the proposed &amp;addressee</source>
        <translation>Принять предложенного &amp;адресата</translation>
    </message>
    <message>
        <source>Merge its d&amp;uplicates into it</source>
        <translation>Объединить с ней её п&amp;овторы</translation>
    </message>
    <message>
        <source>Keep this wording; the duplicates go, every statement they came from stays</source>
        <translation>Оставить эту формулировку; повторы удаляются, все выступления, из которых они взяты, сохраняются</translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <translation>Автор: %1</translation>
    </message>
    <message>
        <source>Its words address %1.</source>
        <translation>По формулировке адресована: %1.</translation>
    </message>
    <message>
        <source>Said the same as another of the list.</source>
        <translation>Совпадает с другой рекомендацией списка.</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Its words address %1 (“%2”).</source>
        <translation>По формулировке адресована: %1 («%2»).</translation>
    </message>
    <message numerus="yes">
        <source>Said the same as %n other(s) of the list.</source>
        <translation>
            <numerusform>Совпадает с %n другой рекомендацией списка.</numerusform>
            <numerusform>Совпадает с %n другими рекомендациями списка.</numerusform>
            <numerusform>Совпадает с %n другими рекомендациями списка.</numerusform>
        </translation>
    </message>
    <message>
        <source>In all: %1 proposed addressee(s), %2 group(s) of duplicates.</source>
        <translation>Всего: предложенных адресатов — %1, групп повторов — %2.</translation>
    </message>
    <message>
        <source>Select two recommendations to merge.</source>
        <translation>Выберите две рекомендации для объединения.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Registration lists (*.csv *.xlsx *.txt *.tsv)</source>
        <translation>Списки участников (*.csv *.xlsx *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Import the registration list</source>
        <translation>Импорт списка участников</translation>
    </message>
    <message>
        <source>The registration list as read</source>
        <translation>Список участников в прочитанном виде</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Read it again</source>
        <translation>Прочитать заново</translation>
    </message>
    <message>
        <source>After correcting the file, read it again</source>
        <translation>Исправив файл, прочитайте его заново</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Все строки</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Registration list</source>
        <translation>Список участников</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Файл не выбран.</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (.xlsx) registration list.</source>
        <translation>Выберите список участников в формате CSV или Excel (.xlsx).</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Reading the registration list…</source>
        <translation>Чтение списка участников…</translation>
    </message>
    <message>
        <source>{0} to add, {1} already registered, {2} repeated in the file, {3} with errors.</source>
        <translation>Добавить: {0}; уже зарегистрированы: {1}; повторы в файле: {2}; с ошибками: {3}.</translation>
    </message>
    <message>
        <source>Columns not used: {0}.</source>
        <translation>Неиспользуемые столбцы: {0}.</translation>
    </message>
    <message>
        <source>Some text looks garbled ({0}): the file mixes encodings. It is imported as written; correct the file and read it again to fix it.</source>
        <translation>Часть текста выглядит искажённой ({0}): в файле смешаны кодировки. Он будет импортирован как есть; чтобы это исправить, исправьте файл и прочитайте его снова.</translation>
    </message>
    <message>
        <source>Nothing can be imported while the file has errors: correct it and read it again.</source>
        <translation>Пока в файле есть ошибки, ничего импортировать нельзя: исправьте его и прочитайте заново.</translation>
    </message>
    <message>
        <source>The file names its columns but lists nobody.</source>
        <translation>В файле названы столбцы, но нет ни одного участника.</translation>
    </message>
    <message>
        <source>Importing the registration list…</source>
        <translation>Импорт списка участников…</translation>
    </message>
</context>
<context>
    <name>RegistrationModel</name>
    <message>
        <source>to add</source>
        <translation>добавить</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>уже зарегистрирован</translation>
    </message>
    <message>
        <source>repeated in the file</source>
        <translation>повтор в файле</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>new organization</source>
        <translation>новая организация</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>Добавить &amp;раздел</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>Удалить раздел</translation>
    </message>
    <message>
        <source>Heading (may stay empty)</source>
        <translation>Заголовок (можно оставить пустым)</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Текст раздела</translation>
    </message>
    <message>
        <source>Ctrl+B bold, Ctrl+I italic, Ctrl+K link, Ctrl+Shift+L list; a footnote is typed as ^[the note&apos;s text].</source>
        <translation>Ctrl+B полужирный, Ctrl+I курсив, Ctrl+K ссылка, Ctrl+Shift+L список; сноска вводится как ^[текст сноски].</translation>
    </message>
    <message>
        <source>Export &amp;DOCX…</source>
        <translation>Экспорт в &amp;DOCX…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Issuing office</source>
        <translation>Подразделение-составитель</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Place of issue</source>
        <translation>Место выпуска</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Дата выпуска</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Условное обозначение документа</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Table of the year&apos;s events</source>
        <translation>Таблица мероприятий года</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Follow-up of recommendations</source>
        <translation>Выполнение рекомендаций</translation>
    </message>
    <message>
        <source>{number}. (empty)</source>
        <translation>{number}. (пусто)</translation>
    </message>
    <message>
        <source>Export the annual report</source>
        <translation>Экспорт годового доклада</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Запись доклада…</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Запись {path}…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Address of the link (empty: no link):</source>
        <translation>Адрес ссылки (пусто — без ссылки):</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <source>Search all meetings</source>
        <translation>Поиск по всем мероприятиям</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Искомые слова</translation>
    </message>
    <message>
        <source>Words to find in every meeting&apos;s statements, recommendations, narratives…</source>
        <translation>Слова для поиска в выступлениях, рекомендациях, отчётах всех мероприятий…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Kind of text</source>
        <translation>Вид текста</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Год</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Мероприятие</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>&amp;Addressee</source>
        <translation>А&amp;дресат</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Отчёт о заседании</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>List item</source>
        <translation>Пункт списка</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Любой год</translation>
    </message>
    <message>
        <source>Any meeting</source>
        <translation>Любое мероприятие</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation>Любая организация</translation>
    </message>
    <message>
        <source>Any addressee</source>
        <translation>Любой адресат</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>The best {0} hits (there are more):</source>
        <translation>Лучшие {0} результатов (есть и другие):</translation>
    </message>
    <message>
        <source>Hits: {0}</source>
        <translation>Найдено: {0}</translation>
    </message>
    <message>
        <source>Statement {0}</source>
        <translation>Выступление {0}</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Opening session</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <source>Working session</source>
        <translation>Рабочее заседание</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Панельная дискуссия</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Рабочая группа</translation>
    </message>
    <message>
        <source>Side event</source>
        <translation>Параллельное мероприятие</translation>
    </message>
    <message>
        <source>Closing session</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <source>Agenda item (no rapport)</source>
        <translation>Пункт повестки (без доклада)</translation>
    </message>
    <message>
        <source>e.g. Working Session 14, SESSION II, Panel 3</source>
        <translation>например: Рабочее заседание 14, ЗАСЕДАНИЕ II, Панель 3</translation>
    </message>
    <message>
        <source>10.30</source>
        <translation>10.30</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Name, function</source>
        <translation>Имя, должность</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Один вопрос на строку</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Обозначение</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Introducers</source>
        <translation>Выступающие с вводным словом</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Справочная информация</translation>
    </message>
    <message>
        <source>Questions for discussion</source>
        <translation>Вопросы для обсуждения</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>A row without a name is not saved.</source>
        <translation>Строка без имени не сохраняется.</translation>
    </message>
    <message>
        <source>Day {0} — {1}</source>
        <translation>День {0} — {1}</translation>
    </message>
    <message>
        <source>No day yet</source>
        <translation>День не указан</translation>
    </message>
</context>
<context>
    <name>SessionTabs</name>
    <message>
        <source>Console</source>
        <translation>Пульт</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Доклад</translation>
    </message>
</context>
<context>
    <name>StateDelegate</name>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>StatementTableModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>От имени</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>{0} (not to be named)</source>
        <translation>{0} (без указания имени)</translation>
    </message>
</context>
<context>
    <name>StatementsTab</name>
    <message>
        <source>Statements</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <source>Export {0}…</source>
        <translation>Экспорт в {0}…</translation>
    </message>
    <message>
        <source>The statement log, for a spreadsheet</source>
        <translation>Журнал выступлений для электронной таблицы</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Export the statements</source>
        <translation>Экспорт выступлений</translation>
    </message>
    <message>
        <source>Writing the statements…</source>
        <translation>Запись выступлений…</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Meetings counted</source>
        <translation>Учитываемые совещания</translation>
    </message>
    <message>
        <source>Statements by meeting</source>
        <translation>Выступления по совещаниям</translation>
    </message>
    <message>
        <source>Who spoke how often</source>
        <translation>Кто сколько выступал</translation>
    </message>
    <message>
        <source>Recommendations to whom</source>
        <translation>Кому адресованы рекомендации</translation>
    </message>
    <message>
        <source>E&amp;xport this table…</source>
        <translation>&amp;Экспортировать эту таблицу…</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Совещание</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Гражданское общество</translation>
    </message>
    <message>
        <source>OSCE institutions</source>
        <translation>Институты ОБСЕ</translation>
    </message>
    <message>
        <source>International organizations</source>
        <translation>Международные организации</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Rights of reply</source>
        <translation>Право на ответ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Delegation or organization</source>
        <translation>Делегация или организация</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Statements by category</source>
        <translation>Выступления по категориям</translation>
    </message>
</context>
<context>
    <name>TallyView</name>
    <message>
        <source>No. of statements</source>
        <translation>Число выступлений</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Гражданское общество</translation>
    </message>
    <message>
        <source>OSCE institutions</source>
        <translation>Институты ОБСЕ</translation>
    </message>
    <message>
        <source>International organizations</source>
        <translation>Международные организации</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Rights of reply</source>
        <translation>Права на ответ</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Rapport versions</source>
        <translation>Версии доклада</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Final at</source>
        <translation>Окончательный с</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Отправил(а)</translation>
    </message>
    <message>
        <source>&amp;Export this version…</source>
        <translation>&amp;Экспорт этой версии…</translation>
    </message>
    <message>
        <source>Mark &amp;final…</source>
        <translation>Сделать &amp;окончательным…</translation>
    </message>
    <message>
        <source>&amp;Re-open</source>
        <translation>Открыть &amp;снова</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>with</source>
        <translation>с</translation>
    </message>
    <message>
        <source>version {0}</source>
        <translation>версию {0}</translation>
    </message>
    <message>
        <source>the session now</source>
        <translation>заседанием сейчас</translation>
    </message>
    <message>
        <source>{0}: final, version {1} ({2}, {3}). Locked.</source>
        <translation>{0}: окончательный, версия {1} ({2}, {3}). Заблокирован.</translation>
    </message>
    <message>
        <source>{0}: a draft, re-opened after version {1}.</source>
        <translation>{0}: проект, открыт снова после версии {1}.</translation>
    </message>
    <message>
        <source>{0}: a draft (never sent).</source>
        <translation>{0}: проект (ещё не отправлялся).</translation>
    </message>
    <message>
        <source>Export this version</source>
        <translation>Экспорт этой версии</translation>
    </message>
    <message>
        <source>Session file (*.json)</source>
        <translation>Файл заседания (*.json)</translation>
    </message>
    <message>
        <source>Writing the session file…</source>
        <translation>Запись файла заседания…</translation>
    </message>
    <message>
        <source>No change in the tally, the narrative or the recommendations.</source>
        <translation>Подсчёт, текст доклада и рекомендации не изменились.</translation>
    </message>
    <message>
        <source>Tally:</source>
        <translation>Подсчёт:</translation>
    </message>
    <message>
        <source>Narrative:</source>
        <translation>Текст доклада:</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Рекомендации:</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>выступления</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>делегации</translation>
    </message>
    <message>
        <source>civil society</source>
        <translation>гражданское общество</translation>
    </message>
    <message>
        <source>OSCE institutions</source>
        <translation>институты ОБСЕ</translation>
    </message>
    <message>
        <source>international organizations</source>
        <translation>международные организации</translation>
    </message>
    <message>
        <source>media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>rights of reply</source>
        <translation>права на ответ</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>Rights of reply that do not say which statement they answer: {count}.</source>
        <translation>Права на ответ без указания выступления, на которое они отвечают: {count}.</translation>
    </message>
    <message>
        <source>Recommendations without an addressee: {count}.</source>
        <translation>Рекомендации без адресата: {count}.</translation>
    </message>
    <message>
        <source>A statement is still on the floor: end it so its time is recorded.</source>
        <translation>Выступление ещё не завершено: завершите его, чтобы записать время.</translation>
    </message>
    <message>
        <source>The narrative is empty.</source>
        <translation>Изложение пусто.</translation>
    </message>
    <message>
        <source>The session has no rapporteur named.</source>
        <translation>Для заседания не указан докладчик.</translation>
    </message>
</context>
<context>
    <name>YearTables</name>
    <message>
        <source>Export the table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
</context>
<context>
    <name>YearView</name>
    <message>
        <source>The year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Meeting or event</source>
        <translation>Совещание или мероприятие</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Новое мероприятие…</translation>
    </message>
    <message>
        <source>&amp;Meetings and events</source>
        <translation>&amp;Совещания и мероприятия</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>С&amp;татистика</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Выполнение</translation>
    </message>
    <message>
        <source>Annual &amp;report</source>
        <translation>Годовой &amp;доклад</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Год</translation>
    </message>
</context>
<context>
    <name>YearWords</name>
    <message>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Совещание</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Country visit</source>
        <translation>Посещение страны</translation>
    </message>
    <message>
        <source>Simulation exercise</source>
        <translation>Имитационное учение</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Другое мероприятие</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>Not taken up</source>
        <translation>Не принята</translation>
    </message>
    <message>
        <source>OSCE participating States</source>
        <translation>государства – участники ОБСЕ</translation>
    </message>
    <message>
        <source>OSCE</source>
        <translation>ОБСЕ</translation>
    </message>
    <message>
        <source>ODIHR</source>
        <translation>БДИПЧ</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Гражданское общество</translation>
    </message>
    <message>
        <source>Partners for Co-operation</source>
        <translation>Партнеры по сотрудничеству</translation>
    </message>
</context>
</TS>
