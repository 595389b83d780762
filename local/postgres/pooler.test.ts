import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import postgres from "postgres";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { type RunningPooler, startPooler } from "./pooler";

let database: TestDatabase;
let pooler: RunningPooler;

before(async () => {
  database = await createTestDatabase();
  pooler = await startPooler({ upstream: database.workerUrl, max: 2 });
});
after(async () => {
  await pooler.stop();
  await database.drop();
});

/** One client session through the pooler, as the worker opens one per request. */
async function session<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, fetch_types: false, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end();
  }
}

const backend = (sql: postgres.Sql) => sql<{ pid: number }[]>`select pg_backend_pid() as pid`.then(([row]) => row?.pid);

describe("local Hyperdrive pooler", () => {
  it("serves sessions as the worker role and reuses the server connection", async () => {
    const first = await session(pooler.url, async (sql) => {
      const [row] = await sql<{ user: string }[]>`select current_user as user`;
      assert.equal(row?.user, "billingos_worker");
      return backend(sql);
    });
    const second = await session(pooler.url, backend);
    assert.equal(second, first);
  });

  it("resets session state between clients", async () => {
    await session(pooler.url, (sql) => sql`select set_config('request.jwt.claims', '{"org_id":"org_a"}', false)`);
    const [row] = await session(
      pooler.url,
      (sql) => sql<{ claims: string | null }[]>`select current_setting('request.jwt.claims', true) as claims`,
    );
    assert.ok(!row?.claims);
  });

  it("row-level security still applies: the API role is set per transaction and gone afterwards", async () => {
    await session(pooler.url, (sql) => sql.begin((tx) => tx`select set_config('role', 'billingos_api', true)`));
    const [row] = await session(pooler.url, (sql) => sql<{ role: string }[]>`select current_user as role`);
    assert.equal(row?.role, "billingos_worker");
  });

  it("closes a server connection left inside a transaction instead of reusing it", async () => {
    const abandoned = await session(pooler.url, async (sql) => {
      await sql.unsafe("begin"); // allowed with max: 1; the session ends inside the transaction
      return backend(sql);
    });
    const next = await session(pooler.url, backend);
    assert.notEqual(next, abandoned);
  });

  it("refuses a wrong password and another user", async () => {
    const wrongPassword = new URL(pooler.url);
    wrongPassword.password = "nope";
    await assert.rejects(
      session(wrongPassword.toString(), (sql) => sql`select 1`),
      /password authentication failed/,
    );
    const otherUser = new URL(pooler.url);
    otherUser.username = "postgres";
    await assert.rejects(
      session(otherUser.toString(), (sql) => sql`select 1`),
      /no such user/,
    );
  });

  it("queues clients beyond its size", async () => {
    const pids = await Promise.all(
      Array.from({ length: 6 }, () =>
        session(pooler.url, async (sql) => {
          await sql`select pg_sleep(0.05)`;
          return backend(sql);
        }),
      ),
    );
    assert.ok(new Set(pids).size <= 2);
  });
});
