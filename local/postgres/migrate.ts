import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Sql } from "postgres";
import { paths } from "../paths";

/** A migration file: `supabase/migrations/<version>_<name>.sql`, as the Supabase CLI names them. */
export interface Migration {
  version: string;
  name: string;
  sql: string;
}

export class ChangedMigrationError extends Error {
  constructor(
    readonly version: string,
    readonly file: string,
  ) {
    super(
      `Migration ${file} was already applied (version ${version}) but its file has changed since. ` +
        "Applied migrations are immutable: revert the edit and add a new migration instead.",
    );
    this.name = "ChangedMigrationError";
  }
}

const FILE_NAME = /^(\d+)_(.+)\.sql$/;
// Any constant works; it just has to be the same for every runner so two never interleave.
const MIGRATION_LOCK = 4_286_139_201;

export async function readMigrations(dir = paths.migrations): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => FILE_NAME.test(file)).sort();
  return Promise.all(
    files.map(async (file) => {
      const [, version, name] = FILE_NAME.exec(file) as RegExpExecArray;
      return { version: version as string, name: name as string, sql: await readFile(join(dir, file), "utf8") };
    }),
  );
}

/** Creates the Supabase roles, `auth` helpers, the API login role and the history table where missing. */
export async function bootstrap(sql: Sql): Promise<void> {
  await sql.unsafe(await readFile(join(paths.local, "postgres", "bootstrap.sql"), "utf8"));
}

/**
 * Applies pending migrations in version order, each with its history row, all in one transaction
 * under an advisory lock: a failure leaves the database exactly as it was. The history row stores
 * the file's text as its single statement; an applied migration whose file text differs is
 * refused before anything runs.
 * Must run as a role that may create roles and schemas (the superuser locally, `postgres` on Supabase).
 */
export async function migrate(sql: Sql, dir = paths.migrations): Promise<{ applied: string[]; version: string | null }> {
  await bootstrap(sql);
  const migrations = await readMigrations(dir);
  return sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(${MIGRATION_LOCK})`;
    const history = await tx<{ version: string; statements: string[] | null }[]>`
      select version, statements from supabase_migrations.schema_migrations`;
    const recorded = new Map(history.map((row) => [row.version, row.statements ?? []]));
    for (const migration of migrations) {
      const statements = recorded.get(migration.version);
      if (statements && normalise(statements.join("\n")) !== normalise(migration.sql)) {
        throw new ChangedMigrationError(migration.version, `${migration.version}_${migration.name}.sql`);
      }
    }
    const applied: string[] = [];
    for (const migration of migrations) {
      if (recorded.has(migration.version)) continue;
      await tx.savepoint(async (step) => {
        await step.unsafe(migration.sql);
        await step`insert into supabase_migrations.schema_migrations (version, name, statements)
                   values (${migration.version}, ${migration.name}, ${[migration.sql]})`;
      });
      applied.push(migration.version);
    }
    const versions = [...recorded.keys(), ...applied].sort();
    return { applied, version: versions.at(-1) ?? null };
  });
}

/** Loads `supabase/seed.sql` (idempotent by construction). */
export async function seed(sql: Sql, file = paths.seed): Promise<void> {
  await sql.unsafe(await readFile(file, "utf8"));
}

/** Compares migration text the way it matters: ignoring whitespace and statement separators. */
function normalise(text: string): string {
  return text.replace(/[\s;]+/g, "");
}
