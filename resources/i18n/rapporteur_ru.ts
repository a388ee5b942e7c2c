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
        <source>Restored. The database as it was is kept as {0}.</source>
        <translation>Восстановлено. Прежняя база данных сохранена как {0}.</translation>
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
        <source>{target} cannot be written: {reason}.</source>
        <translation>Невозможно записать {target}: {reason}.</translation>
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
        <source>&amp;Export report, highlights or agenda…</source>
        <translation>&amp;Экспорт доклада, основных итогов или повестки…</translation>
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
        <source>Pro&amp;jector window</source>
        <translation>Окно &amp;проектора</translation>
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
        <source>One item per line. Saved as you type.</source>
        <translation>Один пункт на строку. Сохраняется по мере ввода.</translation>
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
</TS>
