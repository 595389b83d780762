import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Sql } from "postgres";
import { type ApiKeyType, generateApiKey, parseApiKey } from "../../worker/shared/api-key-format";

export const DEMO_ORG_ID = "org_demoAcmeCloud";

export interface DemoKeys {
  secret: string;
  publishable: string;
}

/**
 * The demo organisation's test keys, printed in the banner. Keys are stored hashed, so the
 * plaintext is kept in the (git-ignored) state directory and the keys are re-created whenever
 * the database no longer has them (a reset, or another DATABASE_URL).
 */
export async function ensureDemoKeys(sql: Sql, home: string): Promise<DemoKeys> {
  return ensureTestKeys(sql, join(home, "demo-keys.json"), DEMO_ORG_ID, "Demo");
}

/** The platform organisation's (supabase/seed.sql): its publishable key is the worker's PLATFORM_PUBLISHABLE_KEY. */
export const PLATFORM_ORG_ID = "org_billingosPlatform";

export async function ensurePlatformKeys(sql: Sql, home: string): Promise<DemoKeys> {
  return ensureTestKeys(sql, join(home, "platform-keys.json"), PLATFORM_ORG_ID, "Platform");
}

async function ensureTestKeys(sql: Sql, file: string, orgId: string, label: string): Promise<DemoKeys> {
  const saved = JSON.parse(await readFile(file, "utf8").catch(() => "null")) as DemoKeys | null;
  if (saved && (await stored(sql, saved.secret)) && (await stored(sql, saved.publishable))) return saved;
  const keys = {
    secret: await insertKey(sql, orgId, "secret", `${label} secret key`),
    publishable: await insertKey(sql, orgId, "publishable", `${label} publishable key`),
  };
  await writeFile(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  return keys;
}

async function stored(sql: Sql, key: string): Promise<boolean> {
  const lookup = parseApiKey(key)?.lookup;
  if (!lookup) return false;
  const rows = await sql`select 1 from api_keys where lookup = ${lookup} and revoked_at is null`;
  return rows.length === 1;
}

async function insertKey(sql: Sql, orgId: string, type: ApiKeyType, name: string): Promise<string> {
  const generated = await generateApiKey(type, false);
  const id = `key_demo${generated.lookup}`;
  await sql`insert into api_keys (id, org_id, livemode, type, name, lookup, secret_hash, last4)
            values (${id}, ${orgId}, false, ${type}, ${name}, ${generated.lookup}, ${generated.secretHash}, ${generated.last4})`;
  return generated.key;
}
