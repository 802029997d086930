import type { Db } from './db.js';
import { createIssue } from '@gk/core';
import { StoreError } from './errors.js';

/** A schema migration: its version and SQL. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
  /**
   * Whether the case projections (derived from the events) are rebuilt after this migration, in its
   * transaction: for a change in how events are read, such as renamed values.
   */
  readonly rebuildProjections?: boolean;
}

/**
 * The schema, as versioned migrations applied in order on open. Every table carries `agency_id`
 * first in its key: the distribution column when a province shards by agency (see docs/store.md).
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'events with an audit chain, personal data apart, case projections, disclosure log',
    sql: `
CREATE TABLE gk_events (
  agency_id   text        NOT NULL,
  case_id     text        NOT NULL,
  version     integer     NOT NULL CHECK (version > 0),
  type        text        NOT NULL,
  occurred_on date        NOT NULL,
  occurred_at timestamptz,
  actor_id    text        NOT NULL,
  payload     jsonb       NOT NULL,
  prev_hash   text        NOT NULL,
  hash        text        NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (agency_id, case_id, version)
);
CREATE TABLE gk_personal_data (
  agency_id text    NOT NULL,
  case_id   text    NOT NULL,
  version   integer NOT NULL,
  data      jsonb   NOT NULL,
  PRIMARY KEY (agency_id, case_id, version)
);
CREATE TABLE gk_cases (
  agency_id          text    NOT NULL,
  case_id            text    NOT NULL,
  version            integer NOT NULL,
  status             text    NOT NULL,
  received_on        date,
  due_on             date,
  concluded_on       date,
  applicant_kind     text,
  applicant_category text,
  outcome            text,
  fee_amount         numeric,
  fee_paid_on        date,
  summary            jsonb   NOT NULL,
  updated_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (agency_id, case_id)
);
CREATE INDEX gk_cases_due ON gk_cases (agency_id, due_on) WHERE concluded_on IS NULL;
CREATE INDEX gk_cases_status ON gk_cases (agency_id, status);
CREATE INDEX gk_cases_received ON gk_cases (agency_id, received_on);
CREATE TABLE gk_disclosures (
  id         bigserial   PRIMARY KEY,
  agency_id  text        NOT NULL,
  case_id    text        NOT NULL,
  actor_id   text        NOT NULL,
  reason     text        NOT NULL CHECK (reason <> ''),
  disclosed_at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION gk_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'gk: % on % is not allowed: events and their personal data are append-only', TG_OP, TG_TABLE_NAME;
END
$$;
CREATE TRIGGER gk_events_append_only BEFORE UPDATE OR DELETE ON gk_events FOR EACH ROW EXECUTE FUNCTION gk_refuse_change();
CREATE TRIGGER gk_personal_data_append_only BEFORE UPDATE OR DELETE ON gk_personal_data FOR EACH ROW EXECUTE FUNCTION gk_refuse_change();
CREATE TRIGGER gk_disclosures_append_only BEFORE UPDATE OR DELETE ON gk_disclosures FOR EACH ROW EXECUTE FUNCTION gk_refuse_change();
`,
  },
  {
    version: 2,
    description: 'online applications awaiting registration (receipt number, hashed look-up code), published documents',
    sql: `
CREATE TABLE gk_submissions (
  agency_id    text        NOT NULL,
  receipt_no   text        NOT NULL,
  submitted_on date        NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  code_hash    text        NOT NULL,
  payload      jsonb,
  personal     jsonb,
  case_id      text,
  registered_on date,
  PRIMARY KEY (agency_id, receipt_no)
);
CREATE INDEX gk_submissions_pending ON gk_submissions (agency_id, submitted_on) WHERE case_id IS NULL;
CREATE TABLE gk_documents (
  agency_id  text        NOT NULL,
  kind       text        NOT NULL,
  id         text        NOT NULL,
  body       jsonb       NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (agency_id, kind, id)
);
`,
  },
  {
    version: 3,
    description: 'signed audit checkpoints (append-only); no TRUNCATE of the append-only tables',
    sql: `
CREATE TABLE gk_checkpoints (
  id         bigserial   PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  root       text        NOT NULL,
  body       jsonb       NOT NULL
);
CREATE TRIGGER gk_checkpoints_append_only BEFORE UPDATE OR DELETE ON gk_checkpoints FOR EACH ROW EXECUTE FUNCTION gk_refuse_change();
CREATE TRIGGER gk_events_no_truncate BEFORE TRUNCATE ON gk_events FOR EACH STATEMENT EXECUTE FUNCTION gk_refuse_change();
CREATE TRIGGER gk_personal_data_no_truncate BEFORE TRUNCATE ON gk_personal_data FOR EACH STATEMENT EXECUTE FUNCTION gk_refuse_change();
CREATE TRIGGER gk_disclosures_no_truncate BEFORE TRUNCATE ON gk_disclosures FOR EACH STATEMENT EXECUTE FUNCTION gk_refuse_change();
CREATE TRIGGER gk_checkpoints_no_truncate BEFORE TRUNCATE ON gk_checkpoints FOR EACH STATEMENT EXECUTE FUNCTION gk_refuse_change();
`,
  },
  {
    version: 4,
    description:
      'data values in camelCase (inPerson, perItem, thirdParty …): events stay as written and are read through the upcaster; projections rebuilt',
    sql: `SELECT 1;`,
    rebuildProjections: true,
  },
  {
    version: 5,
    description: 'publications (主动公开): events with an audit chain, projections with a character-pair search vector',
    sql: `
CREATE TABLE gk_publication_events (
  agency_id      text        NOT NULL,
  publication_id text        NOT NULL,
  version        integer     NOT NULL CHECK (version > 0),
  type           text        NOT NULL,
  occurred_on    date        NOT NULL,
  actor_id       text        NOT NULL,
  payload        jsonb       NOT NULL,
  prev_hash      text        NOT NULL,
  hash           text        NOT NULL,
  recorded_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (agency_id, publication_id, version)
);
CREATE TABLE gk_publications (
  agency_id          text        NOT NULL,
  publication_id     text        NOT NULL,
  version            integer     NOT NULL,
  index_no           text,
  status             text        NOT NULL,
  title              text,
  topic              text,
  published_on       date,
  validity           text        NOT NULL,
  catalogue_item_ids text[]      NOT NULL DEFAULT '{}',
  search             tsvector    NOT NULL,
  summary            jsonb       NOT NULL,
  updated_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (agency_id, publication_id)
);
CREATE UNIQUE INDEX gk_publications_index_no ON gk_publications (agency_id, index_no);
CREATE INDEX gk_publications_search ON gk_publications USING GIN (search);
CREATE INDEX gk_publications_items ON gk_publications USING GIN (catalogue_item_ids);
CREATE INDEX gk_publications_listing ON gk_publications (agency_id, status, published_on DESC);
CREATE TRIGGER gk_publication_events_append_only BEFORE UPDATE OR DELETE ON gk_publication_events FOR EACH ROW EXECUTE FUNCTION gk_refuse_change();
CREATE TRIGGER gk_publication_events_no_truncate BEFORE TRUNCATE ON gk_publication_events FOR EACH STATEMENT EXECUTE FUNCTION gk_refuse_change();
`,
  },
  {
    version: 6,
    description:
      'publications: the state without body, findings and issues in its own column, read by compliance checks',
    sql: `
ALTER TABLE gk_publications ADD COLUMN facts jsonb;
UPDATE gk_publications SET facts = jsonb_set(summary, '{metadata,body}', '""') - 'findings' - 'issues' WHERE summary->'metadata' <> 'null'::jsonb;
UPDATE gk_publications SET facts = summary - 'findings' - 'issues' WHERE facts IS NULL;
ALTER TABLE gk_publications ALTER COLUMN facts SET NOT NULL;
`,
  },
  {
    version: 7,
    description: 'online applications the applicant withdrew before registration',
    sql: `
ALTER TABLE gk_submissions ADD COLUMN withdrawn_on date;
DROP INDEX gk_submissions_pending;
CREATE INDEX gk_submissions_pending ON gk_submissions (agency_id, submitted_on) WHERE case_id IS NULL AND withdrawn_on IS NULL;
`,
  },
];

/**
 * Checks, without writing, that a database (a hot standby) has every migration of this version.
 * @param db - the database
 * @throws {@link StoreError} `store.standbyBehind` when it lacks one
 */
export async function checkSchema(db: Db): Promise<void> {
  const expected = Math.max(...MIGRATIONS.map((m) => m.version));
  const [table] = await db.query<{ exists: boolean }>("SELECT to_regclass('gk_migrations') IS NOT NULL AS exists");
  const version =
    table?.exists === true
      ? ((await db.query<{ v: number | null }>('SELECT max(version) AS v FROM gk_migrations'))[0]?.v ?? 0)
      : 0;
  if (version < expected) {
    await db.close();
    throw new StoreError([createIssue('store.standbyBehind', { version, expected }, [])]);
  }
}

/**
 * Applies the migrations a database lacks, in one transaction, under an advisory lock so that two
 * processes opening the same database at once do not race.
 * @param db - the database
 * @param rebuildProjections - rebuilds the case projections inside the transaction; called once when an
 *   applied migration asks for it
 * @returns the versions applied
 */
export async function migrate(db: Db, rebuildProjections?: (tx: Db) => Promise<unknown>): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7240105)');
    // Created only when missing: an application role without CREATE on the schema (see
    // separateOwnerSql) opens a migrated database without touching its definition.
    const [table] = await tx.query<{ exists: boolean }>("SELECT to_regclass('gk_migrations') IS NOT NULL AS exists");
    if (table?.exists !== true)
      await tx.query(
        'CREATE TABLE gk_migrations (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
      );
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM gk_migrations')).map((row) => row.version),
    );
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO gk_migrations (version, description) VALUES ($1, $2)', [
        migration.version,
        migration.description,
      ]);
      applied.push(migration.version);
    }
    const rebuild = MIGRATIONS.some((m) => m.rebuildProjections === true && applied.includes(m.version));
    if (rebuild && rebuildProjections !== undefined) await rebuildProjections(tx);
    return applied;
  });
}

const ROLE = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The SQL that gives the store's tables to an owner role the application cannot log in as, and leaves
 * the application role only what it needs: reading and appending to the append-only tables (events,
 * personal data, the disclosure log, checkpoints), reading and writing the rest. The application role
 * then cannot drop, disable or alter the triggers that keep the log append-only, nor truncate it.
 * Run it once as a superuser (or the role that ran the migrations) after the first `openStore`, and
 * again after an upgrade that adds tables; run upgrades' migrations as the owner. See docs/store.md.
 * @param appRole - the role the application connects as
 * @param ownerRole - the owning role, created `NOLOGIN` when missing; `gk_owner` by default
 * @returns the SQL script
 */
export function separateOwnerSql(appRole: string, ownerRole = 'gk_owner'): string {
  for (const role of [appRole, ownerRole])
    if (!ROLE.test(role)) throw new TypeError(`角色名“${role}”无效：只能由小写字母、数字和下划线组成`);
  const appendOnly = ['gk_events', 'gk_personal_data', 'gk_disclosures', 'gk_checkpoints', 'gk_publication_events'];
  const readWrite = ['gk_cases', 'gk_submissions', 'gk_documents', 'gk_publications'];
  const all = [...appendOnly, ...readWrite, 'gk_migrations'];
  return [
    `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ownerRole}') THEN CREATE ROLE ${ownerRole} NOLOGIN; END IF; END $$;`,
    ...all.map((table) => `ALTER TABLE ${table} OWNER TO ${ownerRole};`),
    `ALTER FUNCTION gk_refuse_change() OWNER TO ${ownerRole};`,
    `REVOKE ALL ON ${all.join(', ')} FROM ${appRole};`,
    `REVOKE CREATE ON SCHEMA public FROM ${appRole};`,
    `GRANT USAGE ON SCHEMA public TO ${appRole};`,
    `GRANT SELECT, INSERT ON ${appendOnly.join(', ')} TO ${appRole};`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ${readWrite.join(', ')} TO ${appRole};`,
    `GRANT SELECT ON gk_migrations TO ${appRole};`,
    `GRANT USAGE ON SEQUENCE gk_disclosures_id_seq, gk_checkpoints_id_seq TO ${appRole};`,
  ].join('\n');
}
