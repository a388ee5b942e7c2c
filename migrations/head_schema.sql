-- The schema at revision 0024, as the migrations make it on an empty file.
-- Written by tools/make_head_schema.py: do not edit (run it after a new migration).
-- revision: 0024
BEGIN IMMEDIATE;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE recommendation_sources (
	recommendation_id INTEGER NOT NULL, 
	statement_id INTEGER NOT NULL, 
	CONSTRAINT fk_recommendation_sources_recommendation_id_recommendations FOREIGN KEY(recommendation_id) REFERENCES recommendations (id) ON DELETE CASCADE, 
	CONSTRAINT fk_recommendation_sources_statement_id_statements FOREIGN KEY(statement_id) REFERENCES statements (id) ON DELETE CASCADE, 
	CONSTRAINT pk_recommendation_sources PRIMARY KEY (recommendation_id, statement_id)
);
CREATE TABLE "introducers" (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	session_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	role VARCHAR(30) NOT NULL, 
	name VARCHAR(500) NOT NULL, 
	function TEXT NOT NULL, 
	organization VARCHAR(500) NOT NULL, 
	CONSTRAINT ck_introducers_role CHECK (role IN ('introducer', 'panellist', 'keynote')), 
	CONSTRAINT fk_introducers_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE
);
CREATE TABLE "meetings" (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	title VARCHAR(500) NOT NULL, 
	venue VARCHAR(500) NOT NULL, 
	start_date DATE, 
	end_date DATE, 
	background TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	documents TEXT DEFAULT ('') NOT NULL
, kind VARCHAR DEFAULT 'meeting' NOT NULL);
CREATE TABLE "organizations" (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	name VARCHAR(500) NOT NULL, 
	name_key VARCHAR(500) NOT NULL, 
	category VARCHAR(40) NOT NULL, 
	acronym VARCHAR(100) NOT NULL, 
	org_group VARCHAR(40) NOT NULL, 
	reference_key VARCHAR(100), 
	created_at DATETIME NOT NULL, 
	CONSTRAINT ck_organizations_category CHECK (category IN ('delegation', 'civil-society', 'osce-institution', 'international-organization', 'media')), 
	CONSTRAINT uq_organizations_name_key UNIQUE (name_key), 
	CONSTRAINT uq_organizations_reference_key UNIQUE (reference_key)
);
CREATE TABLE "queue_entries" (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	session_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	speaker_id INTEGER, 
	speaker_name VARCHAR(500) NOT NULL, 
	organization_id INTEGER, 
	on_behalf_of VARCHAR(500) NOT NULL, 
	category VARCHAR(40) NOT NULL, 
	kind VARCHAR(30) NOT NULL, 
	replying_to_id INTEGER, 
	anonymous BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT ck_queue_entries_category CHECK (category IN ('delegation', 'civil-society', 'osce-institution', 'international-organization', 'media')), 
	CONSTRAINT ck_queue_entries_kind CHECK (kind IN ('statement', 'right-of-reply', 'presentation')), 
	CONSTRAINT fk_queue_entries_organization_id_organizations FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE SET NULL, 
	CONSTRAINT fk_queue_entries_replying_to_id_statements FOREIGN KEY(replying_to_id) REFERENCES statements (id) ON DELETE SET NULL, 
	CONSTRAINT fk_queue_entries_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE, 
	CONSTRAINT fk_queue_entries_speaker_id_speakers FOREIGN KEY(speaker_id) REFERENCES speakers (id) ON DELETE SET NULL
);
CREATE TABLE "recommendations" (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	session_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	addressee VARCHAR(500) NOT NULL, 
	text TEXT NOT NULL, 
	statement_id INTEGER, 
	included BOOLEAN NOT NULL, 
	CONSTRAINT fk_recommendations_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE, 
	CONSTRAINT fk_recommendations_statement_id_statements FOREIGN KEY(statement_id) REFERENCES statements (id) ON DELETE SET NULL
);
CREATE TABLE "session_items" (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	session_id INTEGER NOT NULL, 
	list_name VARCHAR(40) NOT NULL, 
	position INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	CONSTRAINT ck_session_items_list_name CHECK (list_name IN ('questions-for-discussion', 'questions-raised', 'priorities', 'findings')), 
	CONSTRAINT fk_session_items_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE
);
CREATE TABLE "sessions" (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	meeting_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	kind VARCHAR(30) NOT NULL, 
	label VARCHAR(200) NOT NULL, 
	title VARCHAR(1000) NOT NULL, 
	day DATE, 
	start_time TIME, 
	end_time TIME, 
	room VARCHAR(200) NOT NULL, 
	moderator TEXT NOT NULL, 
	rapporteur TEXT NOT NULL, 
	background TEXT NOT NULL, 
	narrative TEXT NOT NULL, 
	statement_limit_s INTEGER NOT NULL, 
	reply_limit_s INTEGER NOT NULL, 
	panel_limit_s INTEGER DEFAULT '600' NOT NULL, 
	documents TEXT DEFAULT ('') NOT NULL, uid VARCHAR, final_version INTEGER, handoff_stamp VARCHAR, handoff_digest VARCHAR, handoff_local_digest VARCHAR, 
	CONSTRAINT ck_sessions_kind CHECK (kind IN ('opening', 'working-session', 'panel', 'working-group', 'side-event', 'closing', 'item')), 
	CONSTRAINT ck_sessions_limits CHECK (statement_limit_s > 0 AND reply_limit_s > 0), 
	CONSTRAINT ck_sessions_panel_limit CHECK (panel_limit_s > 0), 
	CONSTRAINT fk_sessions_meeting_id_meetings FOREIGN KEY(meeting_id) REFERENCES meetings (id) ON DELETE CASCADE
);
CREATE TABLE "statements" (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	session_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	speaker_id INTEGER, 
	speaker_name VARCHAR(500) NOT NULL, 
	organization_id INTEGER, 
	on_behalf_of VARCHAR(500) NOT NULL, 
	category VARCHAR(40) NOT NULL, 
	kind VARCHAR(30) NOT NULL, 
	replying_to_id INTEGER, 
	start_time TIME, 
	end_time TIME, 
	notes TEXT NOT NULL, 
	anonymous BOOLEAN NOT NULL, 
	anonymous_description VARCHAR(500) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT ck_statements_category CHECK (category IN ('delegation', 'civil-society', 'osce-institution', 'international-organization', 'media')), 
	CONSTRAINT ck_statements_kind CHECK (kind IN ('statement', 'right-of-reply', 'presentation')), 
	CONSTRAINT fk_statements_organization_id_organizations FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE SET NULL, 
	CONSTRAINT fk_statements_replying_to_id_statements FOREIGN KEY(replying_to_id) REFERENCES statements (id) ON DELETE SET NULL, 
	CONSTRAINT fk_statements_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE, 
	CONSTRAINT fk_statements_speaker_id_speakers FOREIGN KEY(speaker_id) REFERENCES speakers (id) ON DELETE SET NULL
);
CREATE TABLE "speakers" (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	name VARCHAR(500) NOT NULL, 
	name_key VARCHAR(500) NOT NULL, 
	function TEXT NOT NULL, 
	organization_id INTEGER, 
	email VARCHAR(320) NOT NULL, 
	created_at DATETIME NOT NULL, 
	not_named BOOLEAN DEFAULT 0 NOT NULL, 
	anonymous_description VARCHAR DEFAULT '' NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT fk_speakers_meeting_id_meetings FOREIGN KEY(meeting_id) REFERENCES meetings (id) ON DELETE CASCADE, 
	CONSTRAINT fk_speakers_organization_id_organizations FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE SET NULL
);
CREATE TABLE statement_cosignatories (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	statement_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	organization_id INTEGER, 
	name VARCHAR NOT NULL, 
	CONSTRAINT fk_statement_cosignatories_organization_id_organizations FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE SET NULL, 
	CONSTRAINT fk_statement_cosignatories_statement_id_statements FOREIGN KEY(statement_id) REFERENCES statements (id) ON DELETE CASCADE
);
CREATE TABLE queue_cosignatories (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	queue_entry_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	organization_id INTEGER, 
	name VARCHAR NOT NULL, 
	CONSTRAINT fk_queue_cosignatories_organization_id_organizations FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE SET NULL, 
	CONSTRAINT fk_queue_cosignatories_queue_entry_id_queue_entries FOREIGN KEY(queue_entry_id) REFERENCES queue_entries (id) ON DELETE CASCADE
);
CREATE TABLE session_tallies (
	session_id INTEGER NOT NULL, 
	logged INTEGER DEFAULT '0' NOT NULL, 
	delegations INTEGER DEFAULT '0' NOT NULL, 
	civil_society INTEGER DEFAULT '0' NOT NULL, 
	osce_institutions INTEGER DEFAULT '0' NOT NULL, 
	international_organizations INTEGER DEFAULT '0' NOT NULL, 
	media INTEGER DEFAULT '0' NOT NULL, 
	rights_of_reply INTEGER DEFAULT '0' NOT NULL, 
	CONSTRAINT fk_session_tallies_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE, 
	CONSTRAINT pk_session_tallies PRIMARY KEY (session_id)
);
CREATE VIRTUAL TABLE search_index USING fts5(body, content='', tokenize='unicode61 remove_diacritics 2');
CREATE TABLE rapport_versions (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	session_id INTEGER NOT NULL, 
	version INTEGER NOT NULL, 
	finalized_at DATETIME NOT NULL, 
	author VARCHAR DEFAULT '' NOT NULL, 
	content TEXT NOT NULL, 
	CONSTRAINT fk_rapport_versions_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE, 
	CONSTRAINT uq_rapport_versions_session_version UNIQUE (session_id, version)
);
CREATE TABLE recommendation_followups (
	recommendation_id INTEGER NOT NULL, 
	state VARCHAR DEFAULT 'open' NOT NULL, 
	office VARCHAR DEFAULT '' NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT fk_recommendation_followups_recommendation_id_recommendations FOREIGN KEY(recommendation_id) REFERENCES recommendations (id) ON DELETE CASCADE, 
	CONSTRAINT pk_recommendation_followups PRIMARY KEY (recommendation_id)
);
CREATE TABLE recommendation_notes (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	recommendation_id INTEGER NOT NULL, 
	day DATE NOT NULL, 
	text TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT fk_recommendation_notes_recommendation_id_recommendations FOREIGN KEY(recommendation_id) REFERENCES recommendations (id) ON DELETE CASCADE
);
CREATE TABLE recommendation_links (
	later_id INTEGER NOT NULL, 
	earlier_id INTEGER NOT NULL, 
	confirmed BOOLEAN NOT NULL, 
	CONSTRAINT fk_recommendation_links_earlier_id_recommendations FOREIGN KEY(earlier_id) REFERENCES recommendations (id) ON DELETE CASCADE, 
	CONSTRAINT fk_recommendation_links_later_id_recommendations FOREIGN KEY(later_id) REFERENCES recommendations (id) ON DELETE CASCADE, 
	CONSTRAINT pk_recommendation_links PRIMARY KEY (later_id, earlier_id)
);
CREATE TABLE annual_reports (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	year INTEGER NOT NULL, 
	content TEXT DEFAULT '' NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT uq_annual_reports_year UNIQUE (year)
);
CREATE TABLE program_settings (
	name VARCHAR(100) NOT NULL, 
	value TEXT DEFAULT '' NOT NULL, 
	CONSTRAINT pk_program_settings PRIMARY KEY (name)
);
CREATE TABLE team_members (
	role_name VARCHAR NOT NULL, 
	secretariat BOOLEAN DEFAULT 0 NOT NULL, 
	CONSTRAINT pk_team_members PRIMARY KEY (role_name)
);
CREATE TABLE session_grants (
	role_name VARCHAR NOT NULL, 
	session_id INTEGER NOT NULL, 
	CONSTRAINT fk_session_grants_role_name_team_members FOREIGN KEY(role_name) REFERENCES team_members (role_name) ON DELETE CASCADE, 
	CONSTRAINT fk_session_grants_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE, 
	CONSTRAINT pk_session_grants PRIMARY KEY (role_name, session_id)
);
CREATE INDEX ix_introducers_session_id ON introducers (session_id);
CREATE INDEX ix_queue_cosignatories_organization_id ON queue_cosignatories (organization_id);
CREATE INDEX ix_queue_cosignatories_queue_entry_id ON queue_cosignatories (queue_entry_id);
CREATE INDEX ix_queue_entries_organization_id ON queue_entries (organization_id);
CREATE INDEX ix_queue_entries_replying_to_id ON queue_entries (replying_to_id);
CREATE INDEX ix_queue_entries_session_position ON queue_entries (session_id, position);
CREATE INDEX ix_queue_entries_speaker_id ON queue_entries (speaker_id);
CREATE INDEX ix_rapport_versions_session_id ON rapport_versions (session_id);
CREATE INDEX ix_recommendation_links_earlier_id ON recommendation_links (earlier_id);
CREATE INDEX ix_recommendation_notes_recommendation_id ON recommendation_notes (recommendation_id);
CREATE INDEX ix_recommendation_sources_statement_id ON recommendation_sources (statement_id);
CREATE INDEX ix_recommendations_session_position ON recommendations (session_id, position);
CREATE INDEX ix_recommendations_statement_id ON recommendations (statement_id);
CREATE INDEX ix_session_grants_session_id ON session_grants (session_id);
CREATE INDEX ix_session_items_session_id ON session_items (session_id);
CREATE INDEX ix_sessions_meeting_id ON sessions (meeting_id);
CREATE UNIQUE INDEX ix_sessions_uid ON sessions (uid);
CREATE INDEX ix_speakers_meeting_name_key ON speakers (meeting_id, name_key);
CREATE INDEX ix_speakers_organization_id ON speakers (organization_id);
CREATE INDEX ix_statement_cosignatories_organization_id ON statement_cosignatories (organization_id);
CREATE INDEX ix_statement_cosignatories_statement_id ON statement_cosignatories (statement_id);
CREATE INDEX ix_statements_organization_id ON statements (organization_id);
CREATE INDEX ix_statements_replying_to_id ON statements (replying_to_id);
CREATE INDEX ix_statements_session_kind_category ON statements (session_id, kind, category);
CREATE INDEX ix_statements_session_organization ON statements (session_id, organization_id, kind, category, anonymous);
CREATE INDEX ix_statements_session_position ON statements (session_id, position);
CREATE INDEX ix_statements_speaker_id ON statements (speaker_id);
CREATE INDEX ix_statements_on_floor ON statements (session_id) WHERE start_time IS NOT NULL AND end_time IS NULL;
CREATE TRIGGER tr_search_item_delete AFTER DELETE ON session_items
BEGIN
  INSERT INTO search_index (search_index, rowid, body) SELECT 'delete', doc, text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT OLD.id + 5497558138880 AS doc, coalesce(OLD.text, '') AS text))));
END;
CREATE TRIGGER tr_search_item_insert AFTER INSERT ON session_items
BEGIN
  INSERT INTO search_index (rowid, body) SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT NEW.id + 5497558138880 AS doc, coalesce(NEW.text, '') AS text)));
END;
CREATE TRIGGER tr_search_item_update AFTER UPDATE OF id, text ON session_items
BEGIN
  INSERT INTO search_index (search_index, rowid, body) SELECT 'delete', doc, text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT OLD.id + 5497558138880 AS doc, coalesce(OLD.text, '') AS text))));
  INSERT INTO search_index (rowid, body) SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT NEW.id + 5497558138880 AS doc, coalesce(NEW.text, '') AS text)));
END;
CREATE TRIGGER tr_search_meeting_delete AFTER DELETE ON meetings
BEGIN
  INSERT INTO search_index (search_index, rowid, body) SELECT 'delete', doc, text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT OLD.id + 6597069766656 AS doc, coalesce(OLD.title, '') || ' ' || coalesce(OLD.venue, '') || ' ' || coalesce(OLD.background, '') AS text))));
END;
CREATE TRIGGER tr_search_meeting_insert AFTER INSERT ON meetings
BEGIN
  INSERT INTO search_index (rowid, body) SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT NEW.id + 6597069766656 AS doc, coalesce(NEW.title, '') || ' ' || coalesce(NEW.venue, '') || ' ' || coalesce(NEW.background, '') AS text)));
END;
CREATE TRIGGER tr_search_meeting_update AFTER UPDATE OF id, title, venue, background ON meetings
BEGIN
  INSERT INTO search_index (search_index, rowid, body) SELECT 'delete', doc, text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT OLD.id + 6597069766656 AS doc, coalesce(OLD.title, '') || ' ' || coalesce(OLD.venue, '') || ' ' || coalesce(OLD.background, '') AS text))));
  INSERT INTO search_index (rowid, body) SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT NEW.id + 6597069766656 AS doc, coalesce(NEW.title, '') || ' ' || coalesce(NEW.venue, '') || ' ' || coalesce(NEW.background, '') AS text)));
END;
CREATE TRIGGER tr_search_narrative_delete AFTER DELETE ON sessions
BEGIN
  INSERT INTO search_index (search_index, rowid, body) SELECT 'delete', doc, text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT OLD.id + 3298534883328 AS doc, coalesce(OLD.narrative, '') AS text))));
END;
CREATE TRIGGER tr_search_narrative_insert AFTER INSERT ON sessions
BEGIN
  INSERT INTO search_index (rowid, body) SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT NEW.id + 3298534883328 AS doc, coalesce(NEW.narrative, '') AS text)));
END;
CREATE TRIGGER tr_search_narrative_update AFTER UPDATE OF id, narrative ON sessions
BEGIN
  INSERT INTO search_index (search_index, rowid, body) SELECT 'delete', doc, text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT OLD.id + 3298534883328 AS doc, coalesce(OLD.narrative, '') AS text))));
  INSERT INTO search_index (rowid, body) SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT NEW.id + 3298534883328 AS doc, coalesce(NEW.narrative, '') AS text)));
END;
CREATE TRIGGER tr_search_organization_delete AFTER DELETE ON organizations
BEGIN
  INSERT INTO search_index (search_index, rowid, body) SELECT 'delete', doc, text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT OLD.id + 0 AS doc, coalesce(OLD.name, '') || ' ' || coalesce(OLD.acronym, '') AS text))));
END;
CREATE TRIGGER tr_search_organization_insert AFTER INSERT ON organizations
BEGIN
  INSERT INTO search_index (rowid, body) SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT NEW.id + 0 AS doc, coalesce(NEW.name, '') || ' ' || coalesce(NEW.acronym, '') AS text)));
END;
CREATE TRIGGER tr_search_organization_update AFTER UPDATE OF id, name, acronym ON organizations
BEGIN
  INSERT INTO search_index (search_index, rowid, body) SELECT 'delete', doc, text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT OLD.id + 0 AS doc, coalesce(OLD.name, '') || ' ' || coalesce(OLD.acronym, '') AS text))));
  INSERT INTO search_index (rowid, body) SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT NEW.id + 0 AS doc, coalesce(NEW.name, '') || ' ' || coalesce(NEW.acronym, '') AS text)));
END;
CREATE TRIGGER tr_search_person_delete AFTER DELETE ON speakers
BEGIN
  INSERT INTO search_index (search_index, rowid, body) SELECT 'delete', doc, text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT OLD.id + 7696581394432 AS doc, coalesce(OLD.name, '') || ' ' || coalesce(OLD.function, '') AS text))));
END;
CREATE TRIGGER tr_search_person_insert AFTER INSERT ON speakers
BEGIN
  INSERT INTO search_index (rowid, body) SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT NEW.id + 7696581394432 AS doc, coalesce(NEW.name, '') || ' ' || coalesce(NEW.function, '') AS text)));
END;
CREATE TRIGGER tr_search_person_update AFTER UPDATE OF id, name, function ON speakers
BEGIN
  INSERT INTO search_index (search_index, rowid, body) SELECT 'delete', doc, text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT OLD.id + 7696581394432 AS doc, coalesce(OLD.name, '') || ' ' || coalesce(OLD.function, '') AS text))));
  INSERT INTO search_index (rowid, body) SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT NEW.id + 7696581394432 AS doc, coalesce(NEW.name, '') || ' ' || coalesce(NEW.function, '') AS text)));
END;
CREATE TRIGGER tr_search_recommendation_delete AFTER DELETE ON recommendations
BEGIN
  INSERT INTO search_index (search_index, rowid, body) SELECT 'delete', doc, text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT OLD.id + 2199023255552 AS doc, coalesce(OLD.text, '') || ' ' || coalesce(OLD.addressee, '') AS text))));
END;
CREATE TRIGGER tr_search_recommendation_insert AFTER INSERT ON recommendations
BEGIN
  INSERT INTO search_index (rowid, body) SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT NEW.id + 2199023255552 AS doc, coalesce(NEW.text, '') || ' ' || coalesce(NEW.addressee, '') AS text)));
END;
CREATE TRIGGER tr_search_recommendation_update AFTER UPDATE OF id, text, addressee ON recommendations
BEGIN
  INSERT INTO search_index (search_index, rowid, body) SELECT 'delete', doc, text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT OLD.id + 2199023255552 AS doc, coalesce(OLD.text, '') || ' ' || coalesce(OLD.addressee, '') AS text))));
  INSERT INTO search_index (rowid, body) SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT NEW.id + 2199023255552 AS doc, coalesce(NEW.text, '') || ' ' || coalesce(NEW.addressee, '') AS text)));
END;
CREATE TRIGGER tr_search_session_delete AFTER DELETE ON sessions
BEGIN
  INSERT INTO search_index (search_index, rowid, body) SELECT 'delete', doc, text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT OLD.id + 4398046511104 AS doc, coalesce(OLD.label, '') || ' ' || coalesce(OLD.title, '') || ' ' || coalesce(OLD.background, '') AS text))));
END;
CREATE TRIGGER tr_search_session_insert AFTER INSERT ON sessions
BEGIN
  INSERT INTO search_index (rowid, body) SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT NEW.id + 4398046511104 AS doc, coalesce(NEW.label, '') || ' ' || coalesce(NEW.title, '') || ' ' || coalesce(NEW.background, '') AS text)));
END;
CREATE TRIGGER tr_search_session_update AFTER UPDATE OF id, label, title, background ON sessions
BEGIN
  INSERT INTO search_index (search_index, rowid, body) SELECT 'delete', doc, text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT OLD.id + 4398046511104 AS doc, coalesce(OLD.label, '') || ' ' || coalesce(OLD.title, '') || ' ' || coalesce(OLD.background, '') AS text))));
  INSERT INTO search_index (rowid, body) SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT NEW.id + 4398046511104 AS doc, coalesce(NEW.label, '') || ' ' || coalesce(NEW.title, '') || ' ' || coalesce(NEW.background, '') AS text)));
END;
CREATE TRIGGER tr_search_statement_delete AFTER DELETE ON statements
BEGIN
  INSERT INTO search_index (search_index, rowid, body) SELECT 'delete', doc, text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT OLD.id + 1099511627776 AS doc, coalesce(OLD.notes, '') AS text))));
END;
CREATE TRIGGER tr_search_statement_insert AFTER INSERT ON statements
BEGIN
  INSERT INTO search_index (rowid, body) SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT NEW.id + 1099511627776 AS doc, coalesce(NEW.notes, '') AS text)));
END;
CREATE TRIGGER tr_search_statement_update AFTER UPDATE OF id, notes ON statements
BEGIN
  INSERT INTO search_index (search_index, rowid, body) SELECT 'delete', doc, text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT OLD.id + 1099511627776 AS doc, coalesce(OLD.notes, '') AS text))));
  INSERT INTO search_index (rowid, body) SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ϊ', 'Ι'), 'Ϋ', 'Υ'), 'ά', 'α'), 'έ', 'ε'), 'ή', 'η'), 'ί', 'ι'), 'ΰ', 'υ'), 'ϊ', 'ι'), 'ϋ', 'υ'), 'ό', 'ο'), 'ύ', 'υ'), 'ώ', 'ω'), 'ϓ', 'ϒ'), 'ϔ', 'ϒ') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'Ŀ', 'L'), 'þ', 'th'), 'Þ', 'TH'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'), 'ё', 'е'), 'Ё', 'Е'), 'Ά', 'Α'), 'Έ', 'Ε'), 'Ή', 'Η'), 'Ί', 'Ι'), 'Ό', 'Ο'), 'Ύ', 'Υ'), 'Ώ', 'Ω'), 'ΐ', 'ι') AS text FROM (SELECT doc, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T'), 'ı', 'i'), 'ŀ', 'l') AS text FROM (SELECT NEW.id + 1099511627776 AS doc, coalesce(NEW.notes, '') AS text)));
END;
CREATE TRIGGER tr_statements_count_delete AFTER DELETE ON statements BEGIN
  UPDATE session_tallies SET
    logged = logged - CASE WHEN 1 = 1 THEN 1 ELSE 0 END,
    delegations = delegations - CASE WHEN OLD.kind = 'statement' AND OLD.category = 'delegation' THEN 1 ELSE 0 END,
    civil_society = civil_society - CASE WHEN OLD.kind = 'statement' AND OLD.category = 'civil-society' THEN 1 ELSE 0 END,
    osce_institutions = osce_institutions - CASE WHEN OLD.kind = 'statement' AND OLD.category = 'osce-institution' THEN 1 ELSE 0 END,
    international_organizations = international_organizations - CASE WHEN OLD.kind = 'statement' AND OLD.category = 'international-organization' THEN 1 ELSE 0 END,
    media = media - CASE WHEN OLD.kind = 'statement' AND OLD.category = 'media' THEN 1 ELSE 0 END,
    rights_of_reply = rights_of_reply - CASE WHEN OLD.kind = 'right-of-reply' THEN 1 ELSE 0 END
    WHERE session_id = OLD.session_id;
END;
CREATE TRIGGER tr_statements_count_insert AFTER INSERT ON statements BEGIN
  INSERT OR IGNORE INTO session_tallies (session_id) VALUES (NEW.session_id);
  UPDATE session_tallies SET
    logged = logged + CASE WHEN 1 = 1 THEN 1 ELSE 0 END,
    delegations = delegations + CASE WHEN NEW.kind = 'statement' AND NEW.category = 'delegation' THEN 1 ELSE 0 END,
    civil_society = civil_society + CASE WHEN NEW.kind = 'statement' AND NEW.category = 'civil-society' THEN 1 ELSE 0 END,
    osce_institutions = osce_institutions + CASE WHEN NEW.kind = 'statement' AND NEW.category = 'osce-institution' THEN 1 ELSE 0 END,
    international_organizations = international_organizations + CASE WHEN NEW.kind = 'statement' AND NEW.category = 'international-organization' THEN 1 ELSE 0 END,
    media = media + CASE WHEN NEW.kind = 'statement' AND NEW.category = 'media' THEN 1 ELSE 0 END,
    rights_of_reply = rights_of_reply + CASE WHEN NEW.kind = 'right-of-reply' THEN 1 ELSE 0 END
    WHERE session_id = NEW.session_id;
END;
CREATE TRIGGER tr_statements_count_update AFTER UPDATE OF session_id, kind, category ON statements
BEGIN
  UPDATE session_tallies SET
    logged = logged - CASE WHEN 1 = 1 THEN 1 ELSE 0 END,
    delegations = delegations - CASE WHEN OLD.kind = 'statement' AND OLD.category = 'delegation' THEN 1 ELSE 0 END,
    civil_society = civil_society - CASE WHEN OLD.kind = 'statement' AND OLD.category = 'civil-society' THEN 1 ELSE 0 END,
    osce_institutions = osce_institutions - CASE WHEN OLD.kind = 'statement' AND OLD.category = 'osce-institution' THEN 1 ELSE 0 END,
    international_organizations = international_organizations - CASE WHEN OLD.kind = 'statement' AND OLD.category = 'international-organization' THEN 1 ELSE 0 END,
    media = media - CASE WHEN OLD.kind = 'statement' AND OLD.category = 'media' THEN 1 ELSE 0 END,
    rights_of_reply = rights_of_reply - CASE WHEN OLD.kind = 'right-of-reply' THEN 1 ELSE 0 END
    WHERE session_id = OLD.session_id;
  INSERT OR IGNORE INTO session_tallies (session_id) VALUES (NEW.session_id);
  UPDATE session_tallies SET
    logged = logged + CASE WHEN 1 = 1 THEN 1 ELSE 0 END,
    delegations = delegations + CASE WHEN NEW.kind = 'statement' AND NEW.category = 'delegation' THEN 1 ELSE 0 END,
    civil_society = civil_society + CASE WHEN NEW.kind = 'statement' AND NEW.category = 'civil-society' THEN 1 ELSE 0 END,
    osce_institutions = osce_institutions + CASE WHEN NEW.kind = 'statement' AND NEW.category = 'osce-institution' THEN 1 ELSE 0 END,
    international_organizations = international_organizations + CASE WHEN NEW.kind = 'statement' AND NEW.category = 'international-organization' THEN 1 ELSE 0 END,
    media = media + CASE WHEN NEW.kind = 'statement' AND NEW.category = 'media' THEN 1 ELSE 0 END,
    rights_of_reply = rights_of_reply + CASE WHEN NEW.kind = 'right-of-reply' THEN 1 ELSE 0 END
    WHERE session_id = NEW.session_id;
END;
INSERT INTO "alembic_version" VALUES ('0024');
INSERT INTO "sqlite_sequence" VALUES ('introducers', 0);
INSERT INTO "sqlite_sequence" VALUES ('meetings', 0);
INSERT INTO "sqlite_sequence" VALUES ('organizations', 0);
INSERT INTO "sqlite_sequence" VALUES ('queue_entries', 0);
INSERT INTO "sqlite_sequence" VALUES ('recommendations', 0);
INSERT INTO "sqlite_sequence" VALUES ('session_items', 0);
INSERT INTO "sqlite_sequence" VALUES ('sessions', 0);
INSERT INTO "sqlite_sequence" VALUES ('statements', 0);
COMMIT;
