namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>
/// The schema migrations for PostgreSQL: the same numbers, names and tables as <see cref="Migrations"/> (SQLite), in
/// PostgreSQL's types. Documents are text, byte for byte as written (their ETags name those bytes); timestamps are text in
/// <see cref="Timestamps"/>' fixed ISO 8601 UTC form, as in SQLite, so that one code reads both and text order is time
/// order; amounts live only inside the documents, as whole cents. Append only, like the SQLite list: a new migration gets
/// the next number in both.
/// </summary>
public static class PostgresMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "scenarios, immutable versions, idempotency keys", """
            -- What two names of one organisation share (stored names are normalised: NFC, single spaces, trimmed).
            CREATE FUNCTION organisation_key(organisation text) RETURNS text
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                AS $$ SELECT upper(organisation) $$;

            -- Refuses the change a trigger guards against, with the trigger's message.
            CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql
                AS $$ BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$;

            CREATE TABLE scenarios (
                id              text    NOT NULL PRIMARY KEY,
                organisation    text    NOT NULL,
                name            text    NOT NULL,
                created_at      text    NOT NULL,
                deleted_at      text    NULL,
                current_version integer NOT NULL CHECK (current_version >= 1)
            );

            CREATE INDEX ix_scenarios_organisation ON scenarios (organisation_key(organisation), created_at, id);

            CREATE TABLE scenario_versions (
                scenario_id text    NOT NULL REFERENCES scenarios (id),
                version     integer NOT NULL CHECK (version >= 1),
                body        text    NOT NULL,
                etag        text    NOT NULL,
                created_at  text    NOT NULL,
                deleted     boolean NOT NULL DEFAULT false,
                PRIMARY KEY (scenario_id, version)
            );

            CREATE TRIGGER scenario_versions_immutable BEFORE UPDATE OR DELETE ON scenario_versions
                FOR EACH ROW EXECUTE FUNCTION refuse_change('scenario versions are immutable');

            CREATE TABLE idempotency_keys (
                key              text    NOT NULL PRIMARY KEY,
                method           text    NOT NULL,
                path             text    NOT NULL,
                request_hash     text    NOT NULL,
                status           integer NOT NULL,
                response_headers text    NOT NULL,
                response_body    bytea   NOT NULL,
                created_at       text    NOT NULL
            );
            """),
        new(2, "DU VO national distributions and spend plans, immutable versions", """
            CREATE TABLE duvo_distributions (
                year            integer NOT NULL PRIMARY KEY,
                created_at      text    NOT NULL,
                current_version integer NOT NULL CHECK (current_version >= 1)
            );

            CREATE TABLE duvo_distribution_versions (
                year       integer NOT NULL REFERENCES duvo_distributions (year),
                version    integer NOT NULL CHECK (version >= 1),
                body       text    NOT NULL,
                etag       text    NOT NULL,
                created_at text    NOT NULL,
                PRIMARY KEY (year, version)
            );

            CREATE TRIGGER duvo_distribution_versions_immutable BEFORE UPDATE OR DELETE ON duvo_distribution_versions
                FOR EACH ROW EXECUTE FUNCTION refuse_change('DU VO distribution versions are immutable');

            CREATE TABLE duvo_plans (
                centrumgemeente text    NOT NULL CHECK (centrumgemeente ~ '^GM[0-9]{4}$'),
                year            integer NOT NULL,
                name            text    NULL,
                created_at      text    NOT NULL,
                current_version integer NOT NULL CHECK (current_version >= 1),
                PRIMARY KEY (centrumgemeente, year)
            );

            CREATE TABLE duvo_plan_versions (
                centrumgemeente text    NOT NULL,
                year            integer NOT NULL,
                version         integer NOT NULL CHECK (version >= 1),
                body            text    NOT NULL,
                etag            text    NOT NULL,
                created_at      text    NOT NULL,
                PRIMARY KEY (centrumgemeente, year, version),
                FOREIGN KEY (centrumgemeente, year) REFERENCES duvo_plans (centrumgemeente, year)
            );

            CREATE TRIGGER duvo_plan_versions_immutable BEFORE UPDATE OR DELETE ON duvo_plan_versions
                FOR EACH ROW EXECUTE FUNCTION refuse_change('DU VO plan versions are immutable');
            """),
        new(3, "api keys (hashed), audit trail", """
            CREATE TABLE api_keys (
                id           text  NOT NULL PRIMARY KEY,
                prefix       text  NOT NULL,
                hash         bytea NOT NULL UNIQUE CHECK (octet_length(hash) = 32),
                organisation text  NOT NULL,
                roles        text  NOT NULL,
                name         text  NULL,
                created_at   text  NOT NULL,
                revoked_at   text  NULL
            );

            CREATE INDEX ix_api_keys_prefix ON api_keys (prefix);

            CREATE TABLE audit_log (
                id           bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                key_id       text    NOT NULL,
                organisation text    NOT NULL,
                at           text    NOT NULL,
                action       text    NOT NULL,
                resource     text    NOT NULL,
                version      integer NULL
            );

            CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
                FOR EACH ROW EXECUTE FUNCTION refuse_change('the audit trail is append-only');
            """),
        new(4, "idempotency keys scoped to the caller, expiring", """
            ALTER TABLE idempotency_keys ADD COLUMN scope text NOT NULL DEFAULT '';
            ALTER TABLE idempotency_keys ALTER COLUMN scope DROP DEFAULT;
            ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_pkey;
            ALTER TABLE idempotency_keys ADD PRIMARY KEY (scope, key);

            CREATE INDEX ix_idempotency_keys_created_at ON idempotency_keys (created_at);
            """),
        new(5, "the list of municipalities over time, immutable versions", """
            CREATE TABLE municipality_lists (
                list            text    NOT NULL PRIMARY KEY CHECK (list = 'cbs'),
                created_at      text    NOT NULL,
                current_version integer NOT NULL CHECK (current_version >= 1)
            );

            CREATE TABLE municipality_list_versions (
                list       text    NOT NULL REFERENCES municipality_lists (list),
                version    integer NOT NULL CHECK (version >= 1),
                body       text    NOT NULL,
                etag       text    NOT NULL,
                created_at text    NOT NULL,
                PRIMARY KEY (list, version)
            );

            CREATE TRIGGER municipality_list_versions_immutable BEFORE UPDATE OR DELETE ON municipality_list_versions
                FOR EACH ROW EXECUTE FUNCTION refuse_change('municipality list versions are immutable');
            """),
    ];
}
