import { expect, html, waitUntil } from "@open-wc/testing";
import { adminFixture, apiError, fakeAdminApi, testSession } from "../../fixtures/admin-fixture";
import "../../define";
import { call } from "../../session/admin-api";
import type { AdminTable, Column, ListPage, LoadPage } from "./admin-table";

interface Row {
  id: string;
  email: string;
  amount: number;
}

const XSS = `<img src=x onerror="window.__adminXss=1">`;
const columns: Column<Row>[] = [
  { label: "E-mail", cell: (row) => row.email },
  { label: "Amount", cell: (row) => String(row.amount), align: "end", secondary: true },
];
const rows = (from: number, count: number): Row[] =>
  Array.from({ length: count }, (_, i) => ({ id: `cus_${from + i}`, email: `c${from + i}@example.test`, amount: (from + i) * 100 }));

/** A list of `total` rows answered page by page, as the API does, recording each request. */
function pagedList(total: number) {
  const all = rows(1, total);
  const requests: Array<{ limit: number; starting_after?: string }> = [];
  const load: LoadPage<Row> = async (page) => {
    requests.push(page);
    const start = page.starting_after ? all.findIndex((row) => row.id === page.starting_after) + 1 : 0;
    const data = all.slice(start, start + page.limit);
    return { data, has_more: start + page.limit < all.length };
  };
  return { load, requests };
}

async function mount(load: LoadPage<Row>, extra: Partial<AdminTable<Row>> = {}) {
  const session = testSession(fakeAdminApi({}));
  const table = await adminFixture<AdminTable<Row>>(
    html`<billing-admin-table label="Customers" empty-text="No customers yet." .columns=${extra.columns ?? columns} .load=${load}
      page-size="2" .rowHref=${extra.rowHref}></billing-admin-table>`,
    session,
  );
  return { table, session, root: table.shadowRoot as ShadowRoot };
}
const settled = (table: AdminTable<Row>) => waitUntil(() => table.view.status !== "loading", "the table never settled");
const cells = (root: ShadowRoot) => [...root.querySelectorAll("tbody tr")].map((tr) => tr.querySelector("td")?.textContent?.trim());

describe("<billing-admin-table>", () => {
  it("is accessible, with a caption and column headers", async () => {
    const { table, root } = await mount(pagedList(3).load);
    await settled(table);
    await expect(table).to.be.accessible();
    expect(root.querySelector("caption")?.textContent).to.equal("Customers");
    expect([...root.querySelectorAll("th")].map((th) => th.getAttribute("scope"))).to.deep.equal(["col", "col"]);
  });

  it("shows skeleton rows and aria-busy while the first page loads", async () => {
    let release: (page: ListPage<Row>) => void = () => {};
    const { table, root } = await mount(() => new Promise((resolve) => (release = resolve)));
    expect(root.querySelector("table")?.getAttribute("aria-busy")).to.equal("true");
    expect(root.querySelectorAll("tr.skeleton").length).to.equal(5);
    await expect(table).to.be.accessible();
    release({ data: rows(1, 1), has_more: false });
    await settled(table);
    await table.updateComplete;
    expect(root.querySelector("table")?.getAttribute("aria-busy")).to.equal("false");
    expect(cells(root)).to.deep.equal(["c1@example.test"]);
  });

  it("pages forward with starting_after = the last row's id, and back to the cursor before", async () => {
    const list = pagedList(5);
    const { table, root } = await mount(list.load);
    await settled(table);
    await table.updateComplete;
    expect(cells(root)).to.deep.equal(["c1@example.test", "c2@example.test"]);
    const button = (name: string) => [...root.querySelectorAll("button")].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
    expect(button("Previous").disabled).to.equal(true);
    button("Next").click();
    await settled(table);
    await table.updateComplete;
    expect(cells(root)).to.deep.equal(["c3@example.test", "c4@example.test"]);
    button("Next").click();
    await settled(table);
    await table.updateComplete;
    expect(cells(root)).to.deep.equal(["c5@example.test"]);
    expect(button("Next").disabled, "has_more false: no next page").to.equal(true);
    button("Previous").click();
    await settled(table);
    await table.updateComplete;
    expect(cells(root)).to.deep.equal(["c3@example.test", "c4@example.test"]);
    expect(list.requests).to.deep.equal([
      { limit: 2 },
      { limit: 2, starting_after: "cus_2" },
      { limit: 2, starting_after: "cus_4" },
      { limit: 2, starting_after: "cus_2" },
    ]);
  });

  it("shows the empty state, without pagination", async () => {
    const { table, root } = await mount(async () => ({ data: [], has_more: false }));
    await settled(table);
    await table.updateComplete;
    expect(root.querySelector("[part=empty]")?.textContent?.trim()).to.equal("No customers yet.");
    expect(root.querySelector(".pager")).to.equal(null);
    await expect(table).to.be.accessible();
  });

  it("shows the API's error message with a retry that loads again", async () => {
    const api = fakeAdminApi({ "GET /v1/customers": apiError(500, "api_error", "The database is unavailable.") });
    const session = testSession(api);
    let fail = true;
    const load: LoadPage<Row> = async (page) => {
      if (fail) await call(session.api.GET("/v1/customers", { params: { query: page } }));
      return { data: rows(1, 1), has_more: false };
    };
    const { table, root } = await mount(load);
    await settled(table);
    await table.updateComplete;
    const alert = root.querySelector("[role=alert]");
    expect(alert?.textContent).to.contain("This list could not be loaded.");
    expect(alert?.textContent).to.contain("The database is unavailable.");
    await expect(table).to.be.accessible();
    fail = false;
    (root.querySelector("[role=alert] button") as HTMLButtonElement).click();
    await settled(table);
    await table.updateComplete;
    expect(cells(root)).to.deep.equal(["c1@example.test"]);
  });

  it("renders data as text, never as markup", async () => {
    const { table, root } = await mount(async () => ({ data: [{ id: "cus_x", email: XSS, amount: 1 }], has_more: false }));
    await settled(table);
    await table.updateComplete;
    expect(cells(root)).to.deep.equal([XSS]);
    expect(root.querySelector("img")).to.equal(null);
    expect((window as { __adminXss?: number }).__adminXss).to.equal(undefined);
  });

  it("links each row to its record: a real link in the first cell, and a click anywhere on the row", async () => {
    const { table, root, session } = await mount(pagedList(1).load, { rowHref: (row: Row) => `/admin/customers/${row.id}` });
    await settled(table);
    await table.updateComplete;
    expect(root.querySelector("tbody a")?.getAttribute("href")).to.equal("/admin/customers/cus_1");
    (root.querySelector("tbody td:last-child") as HTMLElement).click();
    expect(session.calls).to.deep.equal(["navigate /admin/customers/cus_1"]);
  });

  it("shows a record linked inside a cell as a link, and the row's own link as the row's text", async () => {
    const linked: Column<Row>[] = [
      ...columns,
      { label: "Invoice", cell: (row) => html`<a href=${`/admin/invoices/in_${row.id}`}>in_${row.id}</a>` },
    ];
    const { table, root } = await mount(pagedList(1).load, { columns: linked, rowHref: (row: Row) => `/admin/customers/${row.id}` });
    await settled(table);
    await table.updateComplete;
    const color = (element: Element | null) => getComputedStyle(element as Element).color;
    const probe = document.createElement("span");
    probe.style.color = "var(--_color-accent)";
    root.querySelector("td")?.append(probe);
    const accent = color(probe);
    probe.style.color = "var(--_color-text)";
    const text = color(probe);
    probe.remove();
    expect(accent).not.to.equal(text);
    expect(color(root.querySelector('tbody a[href="/admin/invoices/in_cus_1"]'))).to.equal(accent);
    expect(color(root.querySelector("tbody a.row-link"))).to.equal(text);
  });

  it("starts again from the first page when given a new load function (filters changed)", async () => {
    const list = pagedList(5);
    const { table } = await mount(list.load);
    await settled(table);
    ((table.shadowRoot as ShadowRoot).querySelectorAll(".pager button")[1] as HTMLButtonElement).click();
    await settled(table);
    const filtered = pagedList(1);
    table.load = filtered.load;
    await settled(table);
    expect(filtered.requests).to.deep.equal([{ limit: 2 }]);
  });
});
