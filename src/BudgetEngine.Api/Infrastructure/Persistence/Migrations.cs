namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>A numbered schema change. Once released, a migration never changes: add a new one.</summary>
/// <param name="Version">Its number; applied in order, each once.</param>
/// <param name="Name">What it does.</param>
/// <param name="Sql">The statements.</param>
public sealed record Migration(int Version, string Name, string Sql);

/// <summary>Every schema migration, in order. Append only; keep migration 1 unchanged forever.</summary>
public static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "scenarios, immutable versions, idempotency keys", """
            CREATE TABLE scenarios (
                id              TEXT    NOT NULL PRIMARY KEY,
                organisation    TEXT    NOT NULL,
                name            TEXT    NOT NULL,
                created_at      TEXT    NOT NULL,
                deleted_at      TEXT    NULL,
                current_version INTEGER NOT NULL CHECK (current_version >= 1)
            ) STRICT;

            CREATE INDEX ix_scenarios_organisation ON scenarios (organisation COLLATE NOCASE, created_at, id);

            CREATE TABLE scenario_versions (
                scenario_id TEXT    NOT NULL REFERENCES scenarios (id),
                version     INTEGER NOT NULL CHECK (version >= 1),
                body        TEXT    NOT NULL,
                etag        TEXT    NOT NULL,
                created_at  TEXT    NOT NULL,
                deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                PRIMARY KEY (scenario_id, version)
            ) STRICT;

            CREATE TRIGGER scenario_versions_no_update BEFORE UPDATE ON scenario_versions
            BEGIN SELECT RAISE(ABORT, 'scenario versions are immutable'); END;

            CREATE TRIGGER scenario_versions_no_delete BEFORE DELETE ON scenario_versions
            BEGIN SELECT RAISE(ABORT, 'scenario versions are immutable'); END;

            CREATE TABLE idempotency_keys (
                key              TEXT    NOT NULL PRIMARY KEY,
                method           TEXT    NOT NULL,
                path             TEXT    NOT NULL,
                request_hash     TEXT    NOT NULL,
                status           INTEGER NOT NULL,
                response_headers TEXT    NOT NULL,
                response_body    BLOB    NOT NULL,
                created_at       TEXT    NOT NULL
            ) STRICT;
            """),
        new(2, "DU VO national distributions and spend plans, immutable versions", """
            CREATE TABLE duvo_distributions (
                year            INTEGER NOT NULL PRIMARY KEY,
                created_at      TEXT    NOT NULL,
                current_version INTEGER NOT NULL CHECK (current_version >= 1)
            ) STRICT;

            CREATE TABLE duvo_distribution_versions (
                year       INTEGER NOT NULL REFERENCES duvo_distributions (year),
                version    INTEGER NOT NULL CHECK (version >= 1),
                body       TEXT    NOT NULL,
                etag       TEXT    NOT NULL,
                created_at TEXT    NOT NULL,
                PRIMARY KEY (year, version)
            ) STRICT;

            CREATE TRIGGER duvo_distribution_versions_no_update BEFORE UPDATE ON duvo_distribution_versions
            BEGIN SELECT RAISE(ABORT, 'DU VO distribution versions are immutable'); END;

            CREATE TRIGGER duvo_distribution_versions_no_delete BEFORE DELETE ON duvo_distribution_versions
            BEGIN SELECT RAISE(ABORT, 'DU VO distribution versions are immutable'); END;

            CREATE TABLE duvo_plans (
                centrumgemeente TEXT    NOT NULL CHECK (centrumgemeente GLOB 'GM[0-9][0-9][0-9][0-9]'),
                year            INTEGER NOT NULL,
                name            TEXT    NULL,
                created_at      TEXT    NOT NULL,
                current_version INTEGER NOT NULL CHECK (current_version >= 1),
                PRIMARY KEY (centrumgemeente, year)
            ) STRICT;

            CREATE TABLE duvo_plan_versions (
                centrumgemeente TEXT    NOT NULL,
                year            INTEGER NOT NULL,
                version         INTEGER NOT NULL CHECK (version >= 1),
                body            TEXT    NOT NULL,
                etag            TEXT    NOT NULL,
                created_at      TEXT    NOT NULL,
                PRIMARY KEY (centrumgemeente, year, version),
                FOREIGN KEY (centrumgemeente, year) REFERENCES duvo_plans (centrumgemeente, year)
            ) STRICT;

            CREATE TRIGGER duvo_plan_versions_no_update BEFORE UPDATE ON duvo_plan_versions
            BEGIN SELECT RAISE(ABORT, 'DU VO plan versions are immutable'); END;

            CREATE TRIGGER duvo_plan_versions_no_delete BEFORE DELETE ON duvo_plan_versions
            BEGIN SELECT RAISE(ABORT, 'DU VO plan versions are immutable'); END;
            """),
        new(3, "api keys (hashed), audit trail", """
            CREATE TABLE api_keys (
                id           TEXT NOT NULL PRIMARY KEY,
                prefix       TEXT NOT NULL,
                hash         BLOB NOT NULL UNIQUE CHECK (length(hash) = 32),
                organisation TEXT NOT NULL,
                roles        TEXT NOT NULL,
                name         TEXT NULL,
                created_at   TEXT NOT NULL,
                revoked_at   TEXT NULL
            ) STRICT;

            CREATE INDEX ix_api_keys_prefix ON api_keys (prefix);

            CREATE TABLE audit_log (
                id           INTEGER NOT NULL PRIMARY KEY,
                key_id       TEXT    NOT NULL,
                organisation TEXT    NOT NULL,
                at           TEXT    NOT NULL,
                action       TEXT    NOT NULL,
                resource     TEXT    NOT NULL,
                version      INTEGER NULL
            ) STRICT;

            CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            """),
        new(4, "idempotency keys scoped to the caller, expiring", """
            CREATE TABLE idempotency_keys_scoped (
                scope            TEXT    NOT NULL,
                key              TEXT    NOT NULL,
                method           TEXT    NOT NULL,
                path             TEXT    NOT NULL,
                request_hash     TEXT    NOT NULL,
                status           INTEGER NOT NULL,
                response_headers TEXT    NOT NULL,
                response_body    BLOB    NOT NULL,
                created_at       TEXT    NOT NULL,
                PRIMARY KEY (scope, key)
            ) STRICT;

            INSERT INTO idempotency_keys_scoped (scope, key, method, path, request_hash, status, response_headers, response_body, created_at)
            SELECT '', key, method, path, request_hash, status, response_headers, response_body, created_at FROM idempotency_keys;

            DROP TABLE idempotency_keys;
            ALTER TABLE idempotency_keys_scoped RENAME TO idempotency_keys;

            CREATE INDEX ix_idempotency_keys_created_at ON idempotency_keys (created_at);
            """),
        new(5, "the list of municipalities over time, immutable versions", """
            CREATE TABLE municipality_lists (
                list            TEXT    NOT NULL PRIMARY KEY CHECK (list = 'cbs'),
                created_at      TEXT    NOT NULL,
                current_version INTEGER NOT NULL CHECK (current_version >= 1)
            ) STRICT;

            CREATE TABLE municipality_list_versions (
                list       TEXT    NOT NULL REFERENCES municipality_lists (list),
                version    INTEGER NOT NULL CHECK (version >= 1),
                body       TEXT    NOT NULL,
                etag       TEXT    NOT NULL,
                created_at TEXT    NOT NULL,
                PRIMARY KEY (list, version)
            ) STRICT;

            CREATE TRIGGER municipality_list_versions_no_update BEFORE UPDATE ON municipality_list_versions
            BEGIN SELECT RAISE(ABORT, 'municipality list versions are immutable'); END;

            CREATE TRIGGER municipality_list_versions_no_delete BEFORE DELETE ON municipality_list_versions
            BEGIN SELECT RAISE(ABORT, 'municipality list versions are immutable'); END;
            """),
    ];
}
