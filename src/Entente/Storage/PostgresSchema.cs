namespace Entente.Storage;

/// <summary>
/// The PostgreSQL store's schema: the same tables, columns and indexes as the SQLite <see cref="Schema"/>, in
/// PostgreSQL's types, as an ordered list of migrations. Entries already released are never edited.
/// </summary>
internal static class PostgresSchema
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
            );
            CREATE TABLE events (
                id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
                goldstein        DOUBLE PRECISION NOT NULL,
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
    ];

    /// <summary>The version a store has once every migration ran.</summary>
    public static int CurrentVersion => Migrations[^1].Version;
}
