import { type BenchResult, load } from "./load";
import { apiCaller, demoKeys, type EntitledCustomers } from "./seed";

/** One connection, a request at a time, at a pace that leaves the box idle between requests. */
const ONE_AT_A_TIME = { connections: 1, overallRate: 50 } as const;

/** `POST /v1/entitlements/check` one connection at a time, without and with `consume` (the targets: p50 ≤ 6 ms, p99 ≤ 12 ms; +1 ms with consume). */
export async function benchChecks(api: string, seeded: EntitledCustomers, seconds: number): Promise<BenchResult[]> {
  const { secret } = await demoKeys();
  const headers = { Authorization: `Bearer ${secret}` };
  const customer = seeded.customers[0] as string;
  const url = `${api}/v1/entitlements/check`;
  const check = { customer, feature: seeded.features.calls };
  return [
    await load("entitlement_check", url, { ...ONE_AT_A_TIME, seconds, headers, method: "POST", body: check }),
    await load("entitlement_check_consume", url, { ...ONE_AT_A_TIME, seconds, headers, method: "POST", body: { ...check, consume: true } }),
  ];
}

/** Quota 100, used 99, fifty concurrent consumes of 1: exactly one may be allowed, and the counter ends at 100. */
export async function benchRace(api: string, seeded: EntitledCustomers) {
  const { secret } = await demoKeys();
  const call = apiCaller(api, secret);
  const customer = seeded.customers[1] as string;
  const body = { customer, feature: seeded.features.race, consume: true };
  await call("/v1/entitlements/check", { ...body, required: 99 });
  const answers = await Promise.all(
    Array.from({ length: 50 }, () => call<{ allowed: boolean }>("/v1/entitlements/check", { ...body, required: 1 })),
  );
  const after = await call<{ used: number }>("/v1/entitlements/check", { customer, feature: seeded.features.race });
  const allowed = answers.filter((answer) => answer.allowed).length;
  return {
    bench: "entitlement_consume_race",
    quota: 100,
    used_before: 99,
    concurrent: 50,
    allowed,
    used_after: after.used,
    ok: allowed === 1 && after.used === 100,
  };
}

interface BatchAnswer {
  accepted: number;
  duplicate: number;
  rejected: number;
  data: Array<{ status: string; error?: { code: string } }>;
}

/**
 * `POST /v1/usage/batch` for `seconds`: batches of 1,000 events of value 1, one sender per customer
 * (a batch is one transaction; two on one counter would only queue behind each other's row lock),
 * 5 % of each batch re-sending ids already sent (earlier batches, some still in flight on another
 * sender, or earlier in the same batch). A batch that fails is sent again as it was, as the SDK
 * retries. Then the stored totals are reconciled with what was sent: every id counts exactly once.
 */
export async function benchIngest(api: string, seeded: EntitledCustomers, seconds: number) {
  const { secret } = await demoKeys();
  const call = apiCaller(api, secret);
  const feature = seeded.features.events;
  const senders = seeded.customers.slice(2);
  const run = Date.now().toString(36);
  const sentIds: string[] = [];
  const unique = new Map<string, number>(senders.map((customer) => [customer, 0]));
  let sent = 0;
  let duplicatesSent = 0;
  let retries = 0;
  const answered = { accepted: 0, duplicate: 0, rejected: 0 };
  const rejections: Record<string, number> = {};
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const send = async (customer: string, sender: number) => {
    for (let batch = 0; performance.now() < deadline; batch++) {
      const events = [];
      for (let i = 0; i < 1000; i++) {
        const fromBefore = sentIds.length > 0 && i % 20 === 19;
        // A duplicate names the same customer as its original, so it is the same event sent twice.
        const id = fromBefore ? undefined : `ev_${run}_${sender}_${batch}_${i}`;
        if (id) {
          sentIds.push(`${customer}\u0000${id}`);
          unique.set(customer, (unique.get(customer) ?? 0) + 1);
          events.push({ id, customer, feature, value: 1 });
        } else {
          const [owner, earlier] = (sentIds[Math.floor(Math.random() * sentIds.length)] as string).split("\u0000") as [string, string];
          duplicatesSent++;
          events.push({ id: earlier, customer: owner, feature, value: 1 });
        }
      }
      for (;;) {
        try {
          const answer = await call<BatchAnswer>("/v1/usage/batch", { events });
          for (const key of ["accepted", "duplicate", "rejected"] as const) answered[key] += answer[key];
          for (const item of answer.data) if (item.error) rejections[item.error.code] = (rejections[item.error.code] ?? 0) + 1;
          break;
        } catch (error) {
          retries++;
          if (retries <= 3) console.error(`bench: batch failed, sending it again: ${String(error)}`);
        }
      }
      sent += events.length;
    }
  };
  await Promise.all(senders.map((customer, index) => send(customer, index)));
  const elapsed = (performance.now() - started) / 1000;
  let lost = 0;
  let doubleCounted = 0;
  for (const customer of senders) {
    const usage = await call<{ data: Array<{ feature: string; used: number; current: boolean }> }>(
      `/v1/customers/${customer}/usage?feature=${feature}`,
    );
    const stored = usage.data.filter((row) => row.current).reduce((sum, row) => sum + row.used, 0);
    const expected = unique.get(customer) ?? 0;
    lost += Math.max(0, expected - stored);
    doubleCounted += Math.max(0, stored - expected);
  }
  const expectedUnique = [...unique.values()].reduce((sum, value) => sum + value, 0);
  return {
    bench: "usage_batch_ingest",
    seconds: Math.round(elapsed * 10) / 10,
    senders: senders.length,
    events_sent: sent,
    events_per_s: Math.round(sent / elapsed),
    duplicates_sent: duplicatesSent,
    batch_retries: retries,
    answered,
    rejections,
    expected_unique: expectedUnique,
    lost,
    double_counted: doubleCounted,
  };
}
