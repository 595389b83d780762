import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSql, api, newApiKey, newOrganization } from "../../test/fixtures";

// The worker dies at the worst moment: after the request did its work, when its response is being
// recorded under the Idempotency-Key. The fault is real: Postgres itself terminates the request's
// connection (a trigger on the stored response, fired once for one key), as a killed worker's
// connection would drop. Before, the work was committed in its own transaction and the response
// stored in a second one, so this left a customer behind and a retry made a second one.
const admin = adminSql();
const tag = crypto.randomUUID().replaceAll("-", "");
const doomedKey = `doomed-${tag}`;
let secretKey: string;

beforeAll(async () => {
  const { orgId } = await newOrganization("Idempotent Faults");
  secretKey = (await newApiKey(admin, orgId)).key;
  // A sequence is not transactional, so the fault fires exactly once even though its transaction dies.
  await admin.unsafe(`
    create sequence public.fault_${tag};
    create function public.kill_${tag}() returns trigger language plpgsql security definer as $$
    begin
      if nextval('public.fault_${tag}') = 1 then
        perform pg_terminate_backend(pg_backend_pid());
        perform pg_sleep(10);
      end if;
      return new;
    end $$;
    create trigger kill_${tag} before insert or update on public.idempotency_keys for each row
      when (new.key = '${doomedKey}' and new.response_status is not null) execute function public.kill_${tag}();`);
});
afterAll(async () => {
  await admin.unsafe(
    `drop trigger kill_${tag} on public.idempotency_keys; drop function public.kill_${tag}(); drop sequence public.fault_${tag};`,
  );
  await admin.end();
});

const named = `Fault ${tag}`;
const create = () =>
  api<{ id: string; error?: { type: string } }>("/v1/customers", {
    auth: secretKey,
    body: { name: named },
    headers: { "Idempotency-Key": doomedKey },
  });
const customersNamed = async () => (await admin<{ n: number }[]>`select count(*)::int as n from customers where name = ${named}`)[0]?.n;

describe("Idempotency-Key when the worker dies", () => {
  it("leaves nothing when it dies while storing the response, and the retry executes once", async () => {
    const killed = await create();
    expect(killed.status).toBeGreaterThanOrEqual(500);
    expect(await customersNamed()).toBe(0);

    // Even once the old five-minute takeover of an unfinished key would have passed.
    await admin`update idempotency_keys set created = created - interval '6 minutes' where key = ${doomedKey}`;
    const retried = await create();
    expect(retried.status).toBe(201);
    expect(retried.headers.get("Idempotent-Replayed")).toBeNull();
    const replayed = await create();
    expect(replayed.status).toBe(201);
    expect(replayed.headers.get("Idempotent-Replayed")).toBe("true");
    expect(replayed.body.id).toBe(retried.body.id);
    expect(await customersNamed()).toBe(1);
  });
});
