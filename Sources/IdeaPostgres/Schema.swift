import IdeaModel

/// The tables idea-tui keeps a database in, in a PostgreSQL schema of its own
/// (`idea_tui`), made by numbered migrations. docs/POSTGRES.md says what each holds and why.
///
/// - `records`: every record of every collection (SessionCollection), one row each:
///   its collection and id, a position that keeps the file's order, the record as jsonb,
///   and the version of the change that last wrote it. A deleted record stays as a row
///   without a record (a tombstone), so a reader at version N learns what was deleted
///   since. The festival's own fields and the list of districts are single records (id "").
/// - `log`: the activity log, append-only (a trigger refuses DELETE and TRUNCATE, and any
///   UPDATE but the one the model makes: clearing an entry's link to a removed idea, or
///   putting it back when that removal is undone; the trigger keeps the cleared link in
///   `cleared_idea`, so only that idea can be put back, never another).
/// - `head`: one row, the current version; every change locks it, checks it and bumps it.
/// - `schema_version`: which migrations ran, when, and by which idea-tui.
///
/// Version 2: a row of `records` or `log` written by hand (psql) moves the version too,
/// as a commit does, and notifies, so open apps and local copies (`LocalCopy`) see it.
/// Version 3: "by hand" is any write not in a transaction idea-tui marked (`marking`), so
/// a hand write that sets the version itself, or a TRUNCATE, moves it too.
public enum Schema {
    /// The newest schema this idea-tui knows.
    public static let version = 3

    /// The PostgreSQL schema that holds the tables.
    public static let name = "idea_tui"

    /// The channel a commit notifies, with the new version as its payload.
    public static let channel = "idea_tui"

    /// Marks the open transaction as idea-tui's writing the version after the head's (the
    /// head row locked first): the triggers take its rows at that version as a commit's,
    /// not as a change by hand. A setting of the transaction only, gone at its end.
    static let marking = "SELECT set_config('idea_tui.writing', (SELECT version + 1 FROM idea_tui.head)::text, true)"

    /// Taken (for the transaction) by `db init` and `db copy`, so two at once do not race.
    static let setupLock = 7_101_985_342

    /// The tables the schema this idea-tui knows holds besides `schema_version`.
    static let tables = ["head", "records", "log"]

    /// The collections kept as rows of `records`, by their names in the file.
    static let collections = SessionCollection.allCases.filter { $0 != .log }.map(\.rawValue)

    /// The statements of each migration, by the version it leads to. Each runs inside the
    /// transaction that records it in `schema_version`.
    static func migration(to version: Int) -> [String] {
        switch version {
        case 1: return version1
        case 2: return version2
        case 3: return version3
        default: return []
        }
    }

    static let version1: [String] = [
        "CREATE SCHEMA idea_tui",
        "COMMENT ON SCHEMA idea_tui IS 'Kaunas Ideas (idea-tui): one row per record; see docs/POSTGRES.md'",
        """
        CREATE TABLE idea_tui.schema_version (
            version integer PRIMARY KEY CHECK (version >= 1),
            applied_at timestamptz NOT NULL DEFAULT now(),
            applied_by text NOT NULL DEFAULT current_user,
            program text NOT NULL
        )
        """,
        """
        CREATE TABLE idea_tui.head (
            only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
            version bigint NOT NULL CHECK (version >= 0),
            replaced_at bigint NOT NULL DEFAULT 0 CHECK (replaced_at >= 0 AND replaced_at <= version),
            changed_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "INSERT INTO idea_tui.head (version, replaced_at) VALUES (0, 0)",
        """
        CREATE TABLE idea_tui.records (
            collection text NOT NULL CHECK (collection IN (\(collections.map { "'\($0)'" }.joined(separator: ", ")))),
            id text NOT NULL,
            position numeric NOT NULL,
            record jsonb,
            version bigint NOT NULL CHECK (version >= 1),
            PRIMARY KEY (collection, id),
            CHECK ((collection IN ('festival', 'districts')) = (id = '')),
            CHECK (record IS NULL OR collection IN ('festival', 'districts') OR record->>'id' = id)
        )
        """,
        "CREATE INDEX records_in_order ON idea_tui.records (collection, position) WHERE record IS NOT NULL",
        "CREATE INDEX records_by_version ON idea_tui.records (version)",
        """
        CREATE TABLE idea_tui.log (
            seq bigint PRIMARY KEY CHECK (seq >= 1),
            id text NOT NULL UNIQUE,
            entry jsonb NOT NULL CHECK (entry->>'id' = id),
            version bigint NOT NULL CHECK (version >= 1),
            cleared_idea jsonb
        )
        """,
        "COMMENT ON COLUMN idea_tui.log.cleared_idea IS 'The ideaId the entry had before it was cleared (kept by the trigger): the only one that may be put back'",
        "CREATE INDEX log_by_version ON idea_tui.log (version)",
        """
        CREATE FUNCTION idea_tui.log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                NEW.cleared_idea := NULL;
                RETURN NEW;
            END IF;
            IF TG_OP = 'UPDATE' THEN
                IF NEW.seq = OLD.seq AND NEW.id = OLD.id AND NEW.version >= OLD.version
                   AND (NEW.entry - 'ideaId') = (OLD.entry - 'ideaId') THEN
                    -- The link is cleared: remember to which idea, the only one it may point at again.
                    IF (OLD.entry ? 'ideaId') AND NOT (NEW.entry ? 'ideaId') THEN
                        NEW.cleared_idea := OLD.entry->'ideaId';
                        RETURN NEW;
                    END IF;
                    -- Put back: only the idea it named before.
                    IF NOT (OLD.entry ? 'ideaId') AND (NEW.entry ? 'ideaId') THEN
                        IF OLD.cleared_idea IS NOT NULL AND NEW.entry->'ideaId' = OLD.cleared_idea THEN
                            NEW.cleared_idea := NULL;
                            RETURN NEW;
                        END IF;
                    ELSIF NOT (OLD.entry ? 'ideaId') THEN
                        NEW.cleared_idea := OLD.cleared_idea;
                        RETURN NEW;
                    END IF;
                END IF;
            END IF;
            RAISE EXCEPTION 'the idea-tui log is append-only: % of its entries is refused', TG_OP
                USING ERRCODE = 'restrict_violation',
                      HINT = 'Only an entry''s link to an idea (ideaId) may be cleared or put back; see docs/POSTGRES.md.';
        END
        $$
        """,
        """
        CREATE TRIGGER log_append_only BEFORE INSERT OR UPDATE OR DELETE ON idea_tui.log
            FOR EACH ROW EXECUTE FUNCTION idea_tui.log_append_only()
        """,
        """
        CREATE TRIGGER log_no_truncate BEFORE TRUNCATE ON idea_tui.log
            FOR EACH STATEMENT EXECUTE FUNCTION idea_tui.log_append_only()
        """,
    ]

    /// idea-tui writes every row at the version after the head's, then moves the head in
    /// the same transaction; a row written at the head's version or older was written by
    /// someone else (by hand), and is given a version of its own here. A row deleted by
    /// hand leaves nothing to read a change from, so every reader reads everything again
    /// (as after a replacement).
    static let version2: [String] = [
        """
        CREATE FUNCTION idea_tui.changed_by_hand() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            moved bigint;
        BEGIN
            IF TG_OP <> 'DELETE' AND NEW.version > (SELECT version FROM idea_tui.head) THEN
                RETURN NEW;
            END IF;
            IF TG_OP = 'DELETE' THEN
                UPDATE idea_tui.head SET version = version + 1, replaced_at = version + 1, changed_at = now()
                    RETURNING version INTO moved;
                PERFORM pg_notify('\(channel)', moved::text);
                RETURN OLD;
            END IF;
            UPDATE idea_tui.head SET version = version + 1, changed_at = now() RETURNING version INTO moved;
            NEW.version := moved;
            PERFORM pg_notify('\(channel)', moved::text);
            RETURN NEW;
        END
        $$
        """,
        """
        CREATE TRIGGER records_changed_by_hand BEFORE INSERT OR UPDATE OR DELETE ON idea_tui.records
            FOR EACH ROW EXECUTE FUNCTION idea_tui.changed_by_hand()
        """,
        """
        CREATE TRIGGER log_changed_by_hand BEFORE INSERT OR UPDATE ON idea_tui.log
            FOR EACH ROW EXECUTE FUNCTION idea_tui.changed_by_hand()
        """,
    ]

    /// Version 2 took any row written ahead of the head's version as a commit's, so a
    /// hand edit setting `version = 1000` (or the head's next) moved nothing, and a
    /// TRUNCATE of the records fires no row trigger. Now a row is a commit's only at the
    /// version its transaction marked (`marking`) and the head's next; any other is given
    /// a version of its own. A TRUNCATE not marked is a deletion of every row: every
    /// reader reads everything again.
    static let version3: [String] = [
        """
        CREATE OR REPLACE FUNCTION idea_tui.changed_by_hand() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            head bigint := (SELECT version FROM idea_tui.head);
            moved bigint;
        BEGIN
            IF TG_OP <> 'DELETE' AND NEW.version = head + 1
               AND NEW.version::text = current_setting('idea_tui.writing', true) THEN
                RETURN NEW;
            END IF;
            IF TG_OP = 'DELETE' THEN
                UPDATE idea_tui.head SET version = version + 1, replaced_at = version + 1, changed_at = now()
                    RETURNING version INTO moved;
                PERFORM pg_notify('\(channel)', moved::text);
                RETURN OLD;
            END IF;
            UPDATE idea_tui.head SET version = version + 1, changed_at = now() RETURNING version INTO moved;
            NEW.version := moved;
            PERFORM pg_notify('\(channel)', moved::text);
            RETURN NEW;
        END
        $$
        """,
        """
        CREATE FUNCTION idea_tui.truncated_by_hand() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            moved bigint;
        BEGIN
            IF current_setting('idea_tui.writing', true) = ((SELECT version FROM idea_tui.head) + 1)::text THEN
                RETURN NULL;
            END IF;
            UPDATE idea_tui.head SET version = version + 1, replaced_at = version + 1, changed_at = now()
                RETURNING version INTO moved;
            PERFORM pg_notify('\(channel)', moved::text);
            RETURN NULL;
        END
        $$
        """,
        """
        CREATE TRIGGER records_truncated_by_hand AFTER TRUNCATE ON idea_tui.records
            FOR EACH STATEMENT EXECUTE FUNCTION idea_tui.truncated_by_hand()
        """,
    ]
}
