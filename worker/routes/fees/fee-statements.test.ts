import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationFee } from "../../domain/fees/application-fee";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { addMember, adminSql, api, call, newApiKey, newUser } from "../../test/fixtures";
import { checkedOut } from "../../test/money-path-fixtures";

const admin = adminSql();
afterAll(() => admin.end());

interface Entry {
  id: string;
  invoice: string | null;
  payment_intent: string | null;
  currency: string;
  currency_exponent: number;
  gross: number;
  fee: number;
  net: number;
  fee_income: number;
}
interface Page {
  data: Entry[];
  has_more: boolean;
  error: { code: string; param?: string };
}

const month = new Date().toISOString().slice(0, 7);
const lastMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 1)).toISOString().slice(0, 7);

/** The text a PDF draws: pdf-lib writes standard-font text as hex strings (`<48656C6C6F> Tj`) in Flate-compressed content streams. */
async function pdfText(bytes: ArrayBuffer): Promise<{ title: string | undefined; pages: number; text: string }> {
  const doc = await PDFDocument.load(bytes);
  const text: string[] = [];
  for (const page of doc.getPages()) {
    const contents = page.node.Contents();
    const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    for (const stream of refs.map((ref) => doc.context.lookup(ref))) {
      if (!(stream instanceof PDFRawStream)) continue;
      const decoded = new TextDecoder("latin1").decode(decodePDFRawStream(stream).decode());
      for (const [, hex] of decoded.matchAll(/<([0-9A-Fa-f]*)> Tj/g))
        text.push(String.fromCharCode(...(hex?.match(/../g) ?? []).map((pair) => Number.parseInt(pair, 16))));
    }
  }
  return { title: doc.getTitle(), pages: doc.getPageCount(), text: text.join("\n") };
}

let org: BillingOrganization;
let usdFee: number;

beforeAll(async () => {
  org = await billingOrganization("Statements Co");
  const customer = await org.newCustomer();
  await checkedOut(org, customer.id, (await org.newPrice({ currency: "usd", unit_amount: 2_500, recurring: { interval: "month" } })).id);
  await checkedOut(org, customer.id, (await org.newPrice({ currency: "jpy", unit_amount: 2_900, recurring: { interval: "month" } })).id);
  await checkedOut(org, customer.id, (await org.newPrice({ currency: "usd", unit_amount: 123_456 })).id);
  usdFee = applicationFee(2_500, "usd").fee;
}, 60_000);

describe("GET /v1/fees/ledger", () => {
  it("lists every payment's fee newest first, page by page, by month and currency", async () => {
    const all = await org.as<Page>("/v1/fees/ledger");
    expect(all.status).toBe(200);
    expect(all.body.data.map((entry) => [entry.currency, entry.gross])).toEqual([
      ["usd", 123_456],
      ["jpy", 2_900],
      ["usd", 2_500],
    ]);
    const subscription = all.body.data[2] as Entry;
    expect(subscription).toMatchObject({ currency_exponent: 2, fee: usdFee, net: 2_500 - usdFee, fee_income: usdFee });
    expect(subscription.invoice).toMatch(/^in_/);
    expect(all.body.data[0]?.payment_intent).toMatch(/^pi_/);
    expect(all.body.data[1]?.currency_exponent).toBe(0);

    const first = await org.as<Page>("/v1/fees/ledger?limit=2");
    expect(first.body.has_more).toBe(true);
    const rest = await org.as<Page>(`/v1/fees/ledger?limit=2&starting_after=${first.body.data[1]?.id}`);
    expect(rest.body).toMatchObject({ has_more: false, data: [{ id: subscription.id }] });
    const back = await org.as<Page>(`/v1/fees/ledger?limit=2&ending_before=${subscription.id}`);
    expect(back.body.data.map((entry) => entry.id)).toEqual(first.body.data.map((entry) => entry.id));

    expect((await org.as<Page>(`/v1/fees/ledger?month=${month}&currency=jpy`)).body.data.map((entry) => entry.gross)).toEqual([2_900]);
    expect((await org.as<Page>(`/v1/fees/ledger?month=${lastMonth}`)).body.data).toEqual([]);
  });

  it("refuses bad parameters with their param", async () => {
    for (const [query, param] of [
      ["month=2026-13", "month"],
      ["month=2999-01", "month"],
      ["currency=USD", "currency"],
      ["starting_after=fle_999999999", "starting_after"],
      ["ending_before=cus_123", "ending_before"],
      ["sort=created", "sort"],
    ]) {
      const refused = await org.as<Page>(`/v1/fees/ledger?${query}`);
      expect(refused.status, query).toBe(400);
      expect(refused.body.error.param, query).toBe(param);
    }
  });

  it("shows nothing of another organisation or the other mode, and another's cursor is unknown", async () => {
    const other = await billingOrganization("Other Statements Co");
    const mine = (await org.as<Page>("/v1/fees/ledger")).body.data[0] as Entry;
    expect((await other.as<Page>("/v1/fees/ledger")).body.data).toEqual([]);
    const cursor = await other.as<Page>(`/v1/fees/ledger?starting_after=${mine.id}`);
    expect(cursor.status).toBe(400);
    expect(cursor.body.error).toMatchObject({ code: "resource_missing", param: "starting_after" });
    const live = await newApiKey(admin, org.orgId, { livemode: true });
    expect((await api<Page>("/v1/fees/ledger", { auth: live.key })).body.data).toEqual([]);
    const statement = await call(`/v1/fees/statements/${month}?format=csv`, { headers: { Authorization: `Bearer ${live.key}` } });
    expect((await statement.text()).trim().split("\r\n")).toHaveLength(1);
  });

  it("is read by every member role and secret keys, not by publishable keys or anonymous callers", async () => {
    const viewer = await newUser();
    await addMember(admin, org.orgId, viewer, "viewer");
    expect((await api<Page>("/v1/fees/ledger", { auth: viewer.token, org: org.orgId })).status).toBe(200);
    const publishable = await newApiKey(admin, org.orgId, { type: "publishable" });
    expect((await api("/v1/fees/ledger", { auth: publishable.key })).status).toBe(403);
    expect((await api("/v1/fees/ledger")).status).toBe(401);
    expect((await api(`/v1/fees/statements/${month}?format=pdf`)).status).toBe(401);
  });
});

describe("GET /v1/fees/statements/{month}", () => {
  it("streams the month as CSV, every row once across batches, amounts in the currency's decimals", async () => {
    const bulk = await billingOrganization("Bulk Statements Co");
    // 1,203 payments: more than two of the stream's 500-row batches.
    await admin`insert into fee_ledger (org_id, livemode, payment_intent_id, currency, gross, fee, net, created)
                select ${bulk.orgId}, false, 'pi_bulk' || n, 'kwd', 10000 + n * 10, 80, 9920 + n * 10, now() - make_interval(secs => 1203 - n)
                from generate_series(1, 1203) as n`;
    const response = await call(`/v1/fees/statements/${month}?format=csv`, { headers: { Authorization: `Bearer ${bulk.secretKey}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="billingos-fees-${bulk.orgId}-test-${month}.csv"`);
    const [header, ...rows] = (await response.text()).trim().split("\r\n");
    expect(header).toBe("date,entry,invoice,payment_intent,charge,application_fee,currency,gross,fee,net,refunded,fee_returned,fee_income");
    expect(rows).toHaveLength(1203);
    expect(rows.map((row) => row.split(",")[3])).toEqual(Array.from({ length: 1203 }, (_, i) => `pi_bulk${i + 1}`));
    expect(rows[0]?.split(",").slice(6)).toEqual(["KWD", "10.010", "0.080", "9.930", "0.000", "0.000", "0.080"]);

    const csv = await call(`/v1/fees/statements/${month}?format=csv`, { headers: { Authorization: `Bearer ${org.secretKey}` } });
    const lines = (await csv.text()).trim().split("\r\n").slice(1);
    expect(lines.map((line) => line.split(",").slice(6, 9))).toEqual([
      ["USD", "25.00", (usdFee / 100).toFixed(2)],
      ["JPY", "2900", String(applicationFee(2_900, "jpy").fee)],
      ["USD", "1234.56", (applicationFee(123_456, "usd").fee / 100).toFixed(2)],
    ]);
  });

  it("prints the month as a PDF: totals per currency and the payments, formatted with each currency's exponent", async () => {
    const response = await call(`/v1/fees/statements/${month}?format=pdf`, { headers: { Authorization: `Bearer ${org.secretKey}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const pdf = await pdfText(await response.arrayBuffer());
    expect(pdf.title).toBe(`BillingOS fee statement ${month}`);
    expect(pdf.text).toContain(`BillingOS fee statement - ${month}`);
    expect(pdf.text).toContain(`Statements Co (${org.orgId}) - test mode`);
    const usdTotalFee = usdFee + applicationFee(123_456, "usd").fee;
    const usdTotals = ["USD", "2", "1,259.56", (usdTotalFee / 100).toFixed(2), "0.00", "0.00", (usdTotalFee / 100).toFixed(2)];
    expect(pdf.text).toContain(usdTotals.join("\n"));
    expect(pdf.text).toContain(["JPY", "1", "2,900"].join("\n"));
    expect(pdf.text).toContain(["USD", "1,234.56"].join("\n"));
    expect(pdf.text).not.toContain("payments are listed");
  });

  it("lists the first 1,000 payments over pages and says how many there were", async () => {
    const bulk = await billingOrganization("Long Statement Co");
    await admin`insert into fee_ledger (org_id, livemode, payment_intent_id, currency, gross, fee, net)
                select ${bulk.orgId}, false, 'pi_long' || n, 'usd', 1000, 35, 965 from generate_series(1, 1010) as n`;
    const response = await call(`/v1/fees/statements/${month}?format=pdf`, { headers: { Authorization: `Bearer ${bulk.secretKey}` } });
    const pdf = await pdfText(await response.arrayBuffer());
    expect(pdf.pages).toBeGreaterThan(10);
    expect(pdf.text).toContain(["USD", "1010", "10,100.00", "353.50"].join("\n"));
    expect(pdf.text).toContain("The first 1000 of 1010 payments are listed; the CSV statement lists every one.");
  });

  it("refuses a bad month or format with its param", async () => {
    for (const [path, param] of [
      ["2026-1?format=csv", "month"],
      ["2999-01?format=pdf", "month"],
      [`${month}?format=xlsx`, "format"],
      [`${month}?format=PDF`, "format"],
      [`${month}?format=pdf&month=${month}`, "month"],
    ]) {
      const refused = await org.as<{ error: { param: string } }>(`/v1/fees/statements/${path}`);
      expect(refused.status, path).toBe(400);
      expect(refused.body.error.param, path).toBe(param);
    }
  });
});
