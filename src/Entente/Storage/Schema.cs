namespace Entente.Storage;

/// <summary>
/// The store's schema as an ordered list of migrations. A new table or index is a new entry at the end;
/// entries already released are never edited, so every store can be brought forward step by step.
/// </summary>
internal static class Schema
{
    /// <summary>The migrations, in version order; versions start at 1 and have no gaps.</summary>
    public static readonly IReadOnlyList<(int Version, string Sql)> Migrations =
    [
        (1, """
            CREATE TABLE articles (
                id           TEXT PRIMARY KEY,
                origin       TEXT NOT NULL,
                source       TEXT,
                url          TEXT,
                title        TEXT,
                published    TEXT,
                text         TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                ingested_at  TEXT NOT NULL
            );
            CREATE TABLE sentences (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                idx        INTEGER NOT NULL,
                start      INTEGER NOT NULL,
                length     INTEGER NOT NULL,
                PRIMARY KEY (article_id, idx)
            ) WITHOUT ROWID;
            CREATE TABLE events (
                id               INTEGER PRIMARY KEY,
                article_id       TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                sentence_idx     INTEGER NOT NULL,
                sentence_start   INTEGER NOT NULL,
                sentence_length  INTEGER NOT NULL,
                sentence         TEXT NOT NULL,
                source_code      TEXT NOT NULL,
                source_sector    TEXT,
                source_name      TEXT NOT NULL,
                source_person    TEXT,
                source_rule      TEXT NOT NULL,
                source_start     INTEGER NOT NULL,
                source_length    INTEGER NOT NULL,
                target_code      TEXT,
                target_sector    TEXT,
                target_name      TEXT,
                target_person    TEXT,
                target_rule      TEXT,
                target_start     INTEGER,
                target_length    INTEGER,
                type             TEXT NOT NULL,
                cameo            TEXT NOT NULL,
                goldstein        REAL NOT NULL,
                mode             TEXT,
                claimant_code    TEXT,
                claimant_sector  TEXT,
                claimant_name    TEXT,
                claimant_person  TEXT,
                claimant_rule    TEXT,
                claimant_start   INTEGER,
                claimant_length  INTEGER,
                date             TEXT,
                trigger_start    INTEGER NOT NULL,
                trigger_length   INTEGER NOT NULL,
                lexicon_entry    TEXT NOT NULL,
                mentions         INTEGER NOT NULL
            );
            CREATE INDEX ix_events_source_code ON events(source_code);
            CREATE INDEX ix_events_target_code ON events(target_code);
            CREATE INDEX ix_events_type ON events(type);
            CREATE INDEX ix_events_date ON events(date);
            CREATE INDEX ix_events_article ON events(article_id, sentence_idx);
            """),
        // Full-text search over sentences (SQLite FTS5). Triggers keep the index in step with the sentences table, so
        // ingestion needs no change; sentence_rows gives each sentence a rowid for the FTS row, so a replaced article's
        // rows are deleted by key, not by a scan. Offsets are UTF-16 in C# and characters in SQLite's substr: they differ
        // only for characters outside the Basic Multilingual Plane (emoji), which shift the indexed text, not the events.
        (2, """
            CREATE TABLE sentence_rows (
                id         INTEGER PRIMARY KEY,
                article_id TEXT NOT NULL,
                idx        INTEGER NOT NULL,
                UNIQUE (article_id, idx)
            );
            CREATE VIRTUAL TABLE sentences_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
            INSERT INTO sentence_rows (article_id, idx) SELECT article_id, idx FROM sentences ORDER BY article_id, idx;
            INSERT INTO sentences_fts (rowid, text)
                SELECT r.id, substr(a.text, s.start + 1, s.length)
                FROM sentence_rows r
                JOIN sentences s ON s.article_id = r.article_id AND s.idx = r.idx
                JOIN articles a ON a.id = s.article_id;
            CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
                INSERT INTO sentence_rows (article_id, idx) VALUES (NEW.article_id, NEW.idx);
                INSERT INTO sentences_fts (rowid, text)
                    SELECT last_insert_rowid(), substr(a.text, NEW.start + 1, NEW.length) FROM articles a WHERE a.id = NEW.article_id;
            END;
            CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
                DELETE FROM sentences_fts WHERE rowid = (SELECT id FROM sentence_rows WHERE article_id = OLD.article_id AND idx = OLD.idx);
                DELETE FROM sentence_rows WHERE article_id = OLD.article_id AND idx = OLD.idx;
            END;
            """),
    ];

    /// <summary>The version a store has once every migration ran.</summary>
    public static int CurrentVersion => Migrations[^1].Version;
}
