import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_BATCH } from "../../domain/customer-export";
import { insertCustomers, insertSubscription, twoPlans } from "../../test/admin-list-fixtures";
import { addMember, adminSql, api, call, newApiKey, newOrganization, newUser } from "../../test/fixtures";
import { orgRows } from "../../test/org-rows";

const admin = adminSql();
const HEADER = "id,email,name,external_id,created,stripe_customer_id,livemode,metadata";
let orgId: string;
let key: string;

beforeAll(async () => {
  ({ orgId } = await newOrganization("Exports"));
  key = (await newApiKey(admin, orgId)).key;
});
afterAll(() => admin.end());

async function csv(query: string, auth: { key?: string; token?: string; org?: string } = { key }) {
  const headers: Record<string, string> = { Accept: "text/csv", Authorization: `Bearer ${auth.key ?? auth.token}` };
  if (auth.org) headers["BillingOS-Organization"] = auth.org;
  const response = await call(`/v1/customers?${query}`, { headers });
  return {
    status: response.status,
    type: response.headers.get("Content-Type"),
    disposition: response.headers.get("Content-Disposition"),
    text: await response.text(),
  };
}

/** A small RFC 4180 reader, so the test checks the file as a spreadsheet would read it. */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += char;
    }
  }
  expect(cell, "the file ends with CRLF").toBe("");
  return rows;
}

describe("customer CSV export", () => {
  it("answers only the header when nothing matches", async () => {
    const empty = await csv("search=nobody-has-this-name");
    expect(empty).toMatchObject({ status: 200, type: "text/csv; charset=utf-8", disposition: 'attachment; filename="customers.csv"' });
    expect(empty.text).toBe(`${HEADER}\r\n`);
  });

  it("quotes commas, quotes and newlines, and defuses formulas", async () => {
    const nasty = [
      { name: 'Smith, "Jo"\nsecond line', email: '=HYPERLINK("http://evil.test")@x.test', external_id: "+1-555", created: 1_780_000_000 },
      { name: "@SUM(A1:A9)", email: "-2+3@x.test", external_id: "\tcmd", created: 1_780_000_001 },
    ];
    const [first, second] = (await insertCustomers(admin, orgId, nasty)) as [string, string];
    await admin`update customers set metadata = ${admin.json({ note: "a,b" })} where id = ${first}`;
    const { text, status } = await csv("created[gte]=1780000000&created[lte]=1780000001&sort=created&order=asc");
    expect(status).toBe(200);
    const rows = parse(text);
    expect(rows).toEqual([
      HEADER.split(","),
      [
        first,
        '\'=HYPERLINK("http://evil.test")@x.test',
        'Smith, "Jo"\nsecond line',
        "'+1-555",
        "2026-05-28T20:26:40.000Z",
        "",
        "false",
        '{"note":"a,b"}',
      ],
      [second, "'-2+3@x.test", "'@SUM(A1:A9)", "'\tcmd", "2026-05-28T20:26:41.000Z", "", "false", ""],
    ]);
    // One customer, by the same filters as the list.
    const one = parse((await csv(`search=${encodeURIComponent("@sum")}`)).text);
    expect(one.map((row) => row[0])).toEqual(["id", second]);
  });

  it("streams every matching customer across many database batches, in the list's order and filters", async () => {
    const org = await newOrganization("Big Export");
    const bigKey = (await newApiKey(admin, org.orgId)).key;
    const count = EXPORT_BATCH * 2 + 7;
    await admin`insert into customers (id, org_id, livemode, name, email, created)
                select 'cus_big' || lpad(n::text, 6, '0'), ${org.orgId}, false, 'Name ' || (n % 10), 'big' || n || '@x.test',
                       to_timestamp(1780000000 + n)
                from generate_series(1, ${count}) n`;
    const [other] = (await insertCustomers(admin, org.orgId, [{ name: "Live", livemode: true }])) as [string];
    const all = parse((await csv("sort=name", { key: bigKey })).text);
    expect(all).toHaveLength(count + 1);
    const expected = Array.from({ length: count }, (_, i) => ({
      id: `cus_big${String(i + 1).padStart(6, "0")}`,
      name: `Name ${(i + 1) % 10}`,
    }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))
      .map((row) => row.id);
    expect(all.slice(1).map((row) => row[0])).toEqual(expected);
    expect(all.slice(1).map((row) => row[0])).not.toContain(other);
    // Filters apply: a subscription status narrows the file as it narrows the list.
    const plans = await twoPlans(admin, bigKey);
    await insertSubscription(admin, org.orgId, { customer: "cus_big000003", status: "active", stripePrice: plans.pro.monthly.stripeId });
    const active = parse((await csv(`status=active&product=${plans.pro.id}`, { key: bigKey })).text);
    expect(active.map((row) => row[0])).toEqual(["id", "cus_big000003"]);
  });

  it("is refused to a foreign organisation's data and readable by a viewer, who still cannot write", async () => {
    const other = await newOrganization("Export Other");
    const otherKey = (await newApiKey(admin, other.orgId)).key;
    const [theirs] = (await insertCustomers(admin, other.orgId, [{ name: "Theirs" }])) as [string];
    expect((await csv("")).text).not.toContain(theirs);
    expect(parse((await csv("", { key: otherKey })).text).map((row) => row[0])).toEqual(["id", theirs]);
    const viewer = await newUser();
    await addMember(admin, orgId, viewer, "viewer");
    const asViewer = await csv("", { token: viewer.token, org: orgId });
    expect(asViewer.status).toBe(200);
    expect(asViewer.text.startsWith(`${HEADER}\r\n`)).toBe(true);
    const before = await orgRows(admin, orgId);
    expect((await api("/v1/customers", { auth: viewer.token, org: orgId, body: { name: "x" } })).status).toBe(403);
    expect(await orgRows(admin, orgId)).toEqual(before);
  });
});
