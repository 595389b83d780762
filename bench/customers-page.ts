// The admin's customers page in Chromium at 10,000 customers: a merchant of the 10,000-customer
// organisation (bench/customer-search.ts seeds it) opens /admin/customers by a full load and by a
// client-side navigation, and searches. Runs inside `npm run bench:customers`.
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Sql } from "postgres";
import { signInWithCode } from "../local/e2e/admin-browser";
import { launchChromium } from "../local/e2e/browser";

/** The target: the customers page interactive within a second. */
export const CUSTOMERS_PAGE_TARGET_MS = 1000;
const EMAIL = "bench-customers-page@bench.test";

// Page-side code as text: bench/ is type-checked for Node, without the DOM's types.
/** Finds `selector` through every open shadow root of the page. */
const DEEP = `window.__deep = (selector, root = document) => {
  const found = root.querySelector(selector);
  if (found) return found;
  for (const element of root.querySelectorAll("*")) {
    const inner = element.shadowRoot && window.__deep(selector, element.shadowRoot);
    if (inner) return inner;
  }
  return null;
}`;
/**
 * Resolves, in the page's clock, the first frame after the customers table shows rows (not the
 * skeleton) whose first cell differs from `before`, with the search box ready for input.
 */
const ROWS_DRAWN = `(before) => new Promise((resolve, reject) => {
  const deadline = performance.now() + 20000;
  const tick = () => {
    if (performance.now() > deadline) return reject(new Error("no rows within 20 s (before: " + before + ")"));
    const table = window.__deep("billing-admin-customers billing-admin-table, billing-admin-table");
    const rows = table && table.shadowRoot && table.shadowRoot.querySelectorAll("table[aria-busy=false] tbody tr:not(.skeleton)");
    const first = rows && rows[0] && rows[0].textContent;
    const search = window.__deep("#filter-search");
    if (rows && rows.length > 0 && first !== before && search && !search.disabled) requestAnimationFrame(() => resolve({ at: performance.now(), first }));
    else requestAnimationFrame(tick);
  };
  tick();
})`;
/** When, in the page's clock, the admin script, the organisations and the first customers page arrived. */
const PHASES = `(() => {
  const end = (part) => {
    const entry = performance.getEntriesByType("resource").find((resource) => resource.name.includes(part));
    return entry ? entry.responseEnd : -1;
  };
  const nav = performance.getEntriesByType("navigation")[0];
  return {
    html: nav ? nav.responseEnd : -1,
    script: end("/admin/assets/admin"),
    organizations: end("/v1/organizations"),
    customers: end("/v1/customers"),
  };
})()`;

type Phases = { html: number; script: number; organizations: number; customers: number };

/** A member (owner) of `orgId`: signed in through the Auth emulator's mailbox once; the browser state is reused. */
async function signedInState(browser: Browser, sql: Sql, api: string, auth: string, orgId: string) {
  const context = await browser.newContext();
  const page = await withDeep(context);
  await page.goto(`${api}/admin/`);
  await signInWithCode(page, auth, EMAIL);
  let id: string | null = null;
  for (let attempt = 0; attempt < 100 && !id; attempt++) {
    await page.waitForTimeout(100);
    id = (await page.evaluate(`(() => {
      for (const key of Object.keys(localStorage)) {
        if (!key.endsWith("-auth-token")) continue;
        const session = JSON.parse(localStorage.getItem(key));
        if (session && session.user) return session.user.id;
      }
      return null;
    })()`)) as string | null;
  }
  if (!id) throw new Error("the sign-in left no session in localStorage");
  await sql`insert into users (id, email) values (${id}, ${EMAIL}) on conflict (id) do nothing`;
  await sql`insert into memberships (org_id, user_id, role) values (${orgId}, ${id}, 'owner') on conflict do nothing`;
  await page.evaluate(
    `localStorage.setItem("billingos.admin.org", ${JSON.stringify(orgId)}); localStorage.setItem("billingos.admin.mode", "test")`,
  );
  const state = await context.storageState();
  await context.close();
  return state;
}

async function withDeep(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: DEEP });
  return page;
}

/** From the click on a navigation link (client-side) to the page's rows. */
async function clickTo(page: Page, href: string, before: string | null): Promise<{ ms: number; first: string }> {
  return (await page.evaluate(`(async () => {
    const link = window.__deep('a[href="${href}"]');
    const start = performance.now();
    link.click();
    const drawn = await (${ROWS_DRAWN})(${JSON.stringify(before)});
    return { ms: drawn.at - start, first: drawn.first };
  })()`)) as { ms: number; first: string };
}

/** From typing a search (one `input` event, as a paste) to the filtered rows; includes the page's 250 ms pause for typing. */
async function searchTo(page: Page, term: string, before: string): Promise<number> {
  return (await page.evaluate(`(async () => {
    const input = window.__deep("#filter-search");
    const start = performance.now();
    input.value = ${JSON.stringify(term)};
    input.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
    const drawn = await (${ROWS_DRAWN})(${JSON.stringify(before)});
    if (!drawn.first.includes(${JSON.stringify(term)})) throw new Error("the search did not filter: " + drawn.first);
    return drawn.at - start;
  })()`)) as number;
}

type Deep = { __deep: (selector: string) => unknown };
/** A function, not a string: the admin's CSP forbids eval, which a string predicate would need. */
const businessShown = () => (globalThis as unknown as Deep).__deep("form[aria-label='Business details']") !== null;

const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN);
};

/**
 * `runs` full loads of /admin/customers in fresh browser contexts (cold HTTP cache, the session
 * restored from storage, as a merchant opening a bookmark), then `runs` client-side navigations
 * Settings → Customers in one tab, each followed by a search; p50/p95 of each, and where a full
 * load's time goes (median arrival of the page, the admin script, the organisations, the first page).
 */
export async function benchCustomersPage(api: string, auth: string, sql: Sql, orgId: string, runs = 20) {
  const browser = await launchChromium();
  try {
    const storageState = await signedInState(browser, sql, api, auth, orgId);
    const full: number[] = [];
    const phases: Phases[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ storageState });
      const page = await withDeep(context);
      await page.goto(`${api}/admin/customers`);
      const drawn = (await page.evaluate(`(${ROWS_DRAWN})(null)`)) as { at: number };
      full.push(drawn.at);
      process.stderr.write(`full load ${run + 1}/${runs}: ${Math.round(drawn.at)} ms\n`);
      phases.push((await page.evaluate(PHASES)) as Phases);
      await context.close();
    }
    const context = await browser.newContext({ storageState });
    const page = await withDeep(context);
    await page.goto(`${api}/admin/settings`);
    await page.waitForFunction(businessShown);
    const client: number[] = [];
    const search: number[] = [];
    for (let run = 0; run < runs; run++) {
      const opened = await clickTo(page, "/admin/customers", null);
      client.push(opened.ms);
      process.stderr.write(`client-side ${run + 1}/${runs}: ${Math.round(opened.ms)} ms\n`);
      // `.<n>@` is in customer n's e-mail only (ada.<n>@example.com).
      search.push(await searchTo(page, `.${2 + ((run * 379) % 9_998)}@`, opened.first));
      await page.evaluate(`window.__deep('a[href="/admin/settings"]').click()`);
      await page.waitForFunction(businessShown);
    }
    await context.close();
    const median = (phase: keyof Phases) =>
      percentile(
        phases.map((sample) => sample[phase]),
        0.5,
      );
    return {
      bench: "customers_page_interactive_10k",
      customers: 10_000,
      runs,
      target_ms: CUSTOMERS_PAGE_TARGET_MS,
      full_load_p50_ms: percentile(full, 0.5),
      full_load_p95_ms: percentile(full, 0.95),
      client_nav_p50_ms: percentile(client, 0.5),
      client_nav_p95_ms: percentile(client, 0.95),
      search_to_rows_p50_ms: percentile(search, 0.5),
      search_to_rows_p95_ms: percentile(search, 0.95),
      full_load_p50_html_ms: median("html"),
      full_load_p50_script_ms: median("script"),
      full_load_p50_organizations_ms: median("organizations"),
      full_load_p50_customers_ms: median("customers"),
    };
  } finally {
    await browser.close();
  }
}
