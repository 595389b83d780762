// Customer search and the customers page's data at scale: 100,000 customers (and 10,000 in a second
// organisation) written straight into the stack's Postgres, set-based, then the API asked one request
// at a time. Runs inside `npm run bench`, or alone: `npm run bench:customers`.
import postgres, { type Sql } from "postgres";
import { EMBEDDED_SUPERUSER } from "../local/postgres/embedded";
import { asWorkerRole } from "../local/postgres/urls";
import { connect } from "../worker/db/client";
import { withTenant } from "../worker/db/tenant";
import { listCustomers } from "../worker/domain/customer-list";
import { generateApiKey } from "../worker/shared/api-key-format";

/** The stack's database as its superuser: DATABASE_URL when set, else the embedded cluster `npm start` runs. */
export function stackDatabaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const { user, password } = EMBEDDED_SUPERUSER;
  return `postgres://${user}:${password}@127.0.0.1:${process.env.BILLINGOS_DB_PORT ?? 54322}/postgres`;
}

const FIRST = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Margaret", "Ken", "Radia", "Linus", "Frances", "John"];
const LAST = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Hamilton", "Thompson", "Perlman", "Torvalds", "Allen"];
const DOMAINS = ["example.com", "acme.test", "mail.test", "corp.example", "startup.io"];

/**
 * An organisation of its own with `count` test-mode customers (names, e-mails and external ids as
 * a merchant's look, created over two years) and a fresh secret key. Kept between runs: seeding
 * is skipped when the count is already there. A tenth of them have an active subscription, so the
 * status filter has something to find.
 */
async function seedOrganization(sql: Sql, orgId: string, count: number): Promise<string> {
  await sql`insert into organizations (id, name, slug) values (${orgId}, ${`Bench ${count} customers`}, ${orgId.toLowerCase().replace("org_", "bench-")})
            on conflict (id) do nothing`;
  const [have] = await sql<{ n: number }[]>`select count(*)::int as n from customers where org_id = ${orgId}`;
  if (have?.n !== count) {
    await sql`delete from customers where org_id = ${orgId}`;
    await sql`
      insert into customers (id, org_id, livemode, name, email, external_id, created, updated)
      select 'cus_' || ${orgId.slice(4)} || n, ${orgId}, false,
             (${FIRST}::text[])[1 + n % ${FIRST.length}] || ' ' || (${LAST}::text[])[1 + (n / 7) % ${LAST.length}] || ' ' || n,
             lower((${FIRST}::text[])[1 + n % ${FIRST.length}]) || '.' || n || '@' || (${DOMAINS}::text[])[1 + n % ${DOMAINS.length}],
             'user_' || n,
             now() - make_interval(secs => (n * 631) % (730 * 86400)),
             now()
      from generate_series(1, ${count}) n`;
    await sql`
      insert into subscriptions (id, org_id, livemode, stripe_customer_id, customer_id, status, currency, current_period_end, created)
      select 'sub_' || ${orgId.slice(4)} || n, ${orgId}, false, 'cus_stripe' || n, 'cus_' || ${orgId.slice(4)} || n, 'active', 'usd',
             now() + make_interval(days => n % 30), now() - make_interval(days => n % 365)
      from generate_series(1, ${count}, 10) n
      on conflict (id) do nothing`;
    await sql`analyze customers`;
    await sql`analyze subscriptions`;
  }
  const generated = await generateApiKey("secret", false);
  await sql`insert into api_keys (id, org_id, livemode, type, name, lookup, secret_hash, last4)
            values (${`key_bench${generated.lookup}`}, ${orgId}, false, 'secret', 'Customer search bench', ${generated.lookup},
                    ${generated.secretHash}, ${generated.last4})`;
  return generated.key;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (ms: number) => Math.round(ms * 100) / 100;

/** Requests `paths` one at a time (each once, in order) and returns each round trip in ms, in order; throws on a non-2xx. */
async function roundTrips(base: string, paths: string[], headers: Record<string, string> = {}, expectOk = true): Promise<number[]> {
  const times: number[] = [];
  for (const path of paths) {
    const start = performance.now();
    const response = await fetch(`${base}${path}`, { headers });
    await response.arrayBuffer();
    times.push(performance.now() - start);
    if (expectOk && !response.ok) throw new Error(`${path} answered ${response.status}`);
  }
  return times;
}

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { requests: sorted.length, p50_ms: round(percentile(sorted, 50)), p95_ms: round(percentile(sorted, 95)) };
}

/** p50/p95 per search kind (the i-th search is of kind i % kinds). */
function byKind(times: number[]) {
  return Object.fromEntries(
    KINDS.map((kind, k) => {
      const { p50_ms, p95_ms } = summary(times.filter((_, i) => i % KINDS.length === k));
      return [kind, [p50_ms, p95_ms]];
    }),
  );
}

/** Requests `paths` one at a time (each once, in order) and returns p50/p95 of the round trip; throws on a non-2xx. */
export async function oneAtATime(base: string, paths: string[], headers: Record<string, string> = {}, expectOk = true) {
  return summary(await roundTrips(base, paths, headers, expectOk));
}

/** The kinds of search, in the order searchTerms cycles through them. */
const KINDS = ["whole_email", "email_start", "name_and_number", "external_id", "number_at", "miss", "common_surname", "domain"];

/** Search terms a merchant types: part of a name, a whole e-mail, an e-mail's start, an external id, a domain, a miss. */
function searchTerms(count: number, requests: number): string[] {
  const terms: string[] = [];
  for (let i = 0; i < requests; i++) {
    const n = 1 + ((i * 7919) % count);
    const first = (FIRST[n % FIRST.length] as string).toLowerCase();
    const kinds = [
      `${first}.${n}@${DOMAINS[n % DOMAINS.length]}`,
      `${first}.${n}`,
      `${LAST[Math.floor(n / 7) % LAST.length]} ${n}`,
      `user_${n}`,
      `${n}@`,
      `nobody-${n}`,
      LAST[i % LAST.length] as string,
      DOMAINS[i % DOMAINS.length] as string,
    ];
    terms.push(kinds[i % kinds.length] as string);
  }
  return terms;
}

/** Each search's transaction (claims, search, page) timed in Node against the stack's Postgres, one at a time. */
async function databaseOnly(paths: string[]) {
  const sql = connect(asWorkerRole(stackDatabaseUrl()));
  const tenant = { orgId: "org_benchCustomers100k", livemode: false };
  const times: number[] = [];
  for (const path of paths) {
    const search = new URL(path, "http://x").searchParams.get("search") ?? "";
    const start = performance.now();
    await withTenant(sql, tenant, (tx) => listCustomers(tx, { limit: 20, search }, "/v1/customers"));
    times.push(performance.now() - start);
  }
  await sql.end();
  return { ...summary(times), p50_p95_ms_by_kind: byKind(times) };
}

export interface CustomerBenchFloors {
  bare_url: string;
}

/** The searches at 100,000 customers and the customers page's requests at 10,000, each beside this run's floors measured the same way. */
export async function benchCustomers(api: string, floors: CustomerBenchFloors, requests = Number(process.env.BENCH_SEARCHES ?? 400)) {
  const sql = postgres(stackDatabaseUrl(), { max: 1, onnotice: () => {} });
  const seedStart = performance.now();
  const bigKey = await seedOrganization(sql, "org_benchCustomers100k", 100_000);
  const pageKey = await seedOrganization(sql, "org_benchCustomers10k", 10_000);
  const seedMs = Math.round(performance.now() - seedStart);
  await sql.end();

  const floorPaths = Array.from({ length: requests }, () => "");
  const floor = {
    floor_bare_hono: await oneAtATime(floors.bare_url, floorPaths),
    floor_api_not_found: await oneAtATime(`${api}/v1/nope`, floorPaths, {}, false),
  };
  const floorFields = {
    floor_bare_p50_ms: floor.floor_bare_hono.p50_ms,
    floor_bare_p95_ms: floor.floor_bare_hono.p95_ms,
    floor_not_found_p50_ms: floor.floor_api_not_found.p50_ms,
    floor_not_found_p95_ms: floor.floor_api_not_found.p95_ms,
  };
  const auth = (key: string) => ({ Authorization: `Bearer ${key}` });
  const searches = searchTerms(100_000, requests).map((term) => `/v1/customers?limit=20&search=${encodeURIComponent(term)}`);
  // Warm the isolate and the pooled connections before timing, as a merchant's second search is.
  await oneAtATime(api, searches.slice(0, 20), auth(bigKey));
  const searchTimes = await roundTrips(api, searches, auth(bigKey));
  const results: object[] = [
    {
      bench: "customer_search_100k",
      customers: 100_000,
      seed_ms: seedMs,
      target_p95_ms: 50,
      ...summary(searchTimes),
      ...floorFields,
      p50_p95_ms_by_kind: byKind(searchTimes),
    },
  ];
  // The same searches straight through the domain function as the worker's role, without HTTP,
  // workerd or the key check: how much of the figure above is the database's.
  results.push({ bench: "customer_search_100k_database_only", ...(await databaseOnly(searches)) });

  // What the customers page asks for: the first page, sorted and filtered pages, and the next page by cursor.
  const first = (await (await fetch(`${api}/v1/customers?limit=25`, { headers: auth(pageKey) })).json()) as { data: { id: string }[] };
  const pageQueries = [
    "/v1/customers?limit=25",
    "/v1/customers?limit=25&sort=name",
    "/v1/customers?limit=25&sort=email&order=desc",
    "/v1/customers?limit=25&status=active",
    `/v1/customers?limit=25&starting_after=${first.data.at(-1)?.id}`,
    "/v1/subscriptions?limit=25&sort=current_period_end",
  ];
  const pagePaths = Array.from({ length: requests }, (_, i) => pageQueries[i % pageQueries.length] as string);
  await oneAtATime(api, pagePaths.slice(0, 12), auth(pageKey));
  results.push({
    bench: "customers_page_data_10k",
    customers: 10_000,
    seed_ms: seedMs,
    target_p95_ms: 50,
    ...(await oneAtATime(api, pagePaths, auth(pageKey))),
    ...floorFields,
  });
  const exportStart = performance.now();
  const csv = await (await fetch(`${api}/v1/customers`, { headers: { ...auth(pageKey), Accept: "text/csv" } })).text();
  const exportMs = Math.round(performance.now() - exportStart);
  return [
    ...results,
    { bench: "customers_csv_export_10k", rows: csv.split("\r\n").length - 2, total_ms: exportMs, bytes: csv.length, ...floorFields },
  ];
}
