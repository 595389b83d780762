import { expect, html, waitUntil } from "@open-wc/testing";
import { setViewport } from "@web/test-runner-commands";
import { adminFixture, apiError, fakeAdminApi, testSession } from "../../fixtures/admin-fixture";
import { catalogueAnswers, customer, list, XSS } from "../../fixtures/admin-records";
import "../../define";
import type { AdminTable } from "../../elements/admin-table/admin-table";
import type { AdminCustomers, Customer } from "./admin-customers";

type Answers = Parameters<typeof fakeAdminApi>[0];

async function mount(answers: Answers) {
  history.replaceState(null, "", location.pathname);
  const api = fakeAdminApi({ ...catalogueAnswers, ...answers });
  const page = await adminFixture<AdminCustomers>(html`<billing-admin-customers></billing-admin-customers>`, testSession(api));
  const root = page.shadowRoot as ShadowRoot;
  const table = root.querySelector("billing-admin-table") as unknown as AdminTable<Customer>;
  const settled = async () => {
    await waitUntil(() => table.view.status !== "loading", "the list never settled");
    await table.updateComplete;
  };
  await settled();
  const listRequests = () => api.requests.filter((r) => new URL(r.url).pathname === "/v1/customers");
  return { page, root, table, api, settled, listRequests };
}

describe("<billing-admin-customers>", () => {
  it("lists customers with links to their page, accessibly", async () => {
    const { page, table, listRequests } = await mount({ "GET /v1/customers": { body: list([customer()]) } });
    const link = table.shadowRoot?.querySelector("tbody a") as HTMLAnchorElement;
    expect(link.getAttribute("href")).to.equal("/admin/customers/cus_ada");
    expect(link.textContent).to.contain("Ada Lovelace");
    expect(new URL(listRequests()[0]?.url as string).searchParams.get("sort")).to.equal("created");
    await expect(page).to.be.accessible();
  });

  it("sends search, status, plan, created range and sort as the API's query, and keeps them in the address bar", async () => {
    const { root, table, listRequests, settled } = await mount({ "GET /v1/customers": { body: list([]) } });
    await waitUntil(() => root.querySelectorAll("#filter-product option").length === 3, "the plans load");
    const set = (selector: string, value: string, type = "change") => {
      const input = root.querySelector(selector) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event(type));
    };
    set("#filter-status", "past_due");
    set("#filter-product", "prod_pro");
    set("#filter-created_from", "2026-01-01");
    set("#filter-created_to", "2026-01-31");
    set("#filter-sort", "email:asc");
    set("#filter-search", "ada@", "input");
    await waitUntil(() => listRequests().some((r) => new URL(r.url).searchParams.get("search") === "ada@"), "the search is sent");
    await settled();
    const query = new URL(listRequests().at(-1)?.url as string).searchParams;
    expect(query.get("status")).to.equal("past_due");
    expect(query.get("product")).to.equal("prod_pro");
    expect(query.get("sort")).to.equal("email");
    expect(query.get("order")).to.equal("asc");
    expect(Number(query.get("created[gte]"))).to.equal(new Date(2026, 0, 1).getTime() / 1000);
    expect(Number(query.get("created[lte]"))).to.equal(new Date(2026, 0, 31, 23, 59, 59).getTime() / 1000);
    expect(new URLSearchParams(location.search).get("search")).to.equal("ada@");
    expect(table.shadowRoot?.querySelector("[part=empty]")?.textContent).to.contain("No customer matches these filters.");
    history.replaceState(null, "", location.pathname);
  });

  it("folds the filters behind a Filters button on phones", async () => {
    const { root } = await mount({ "GET /v1/customers": { body: list([]) } });
    const toggle = root.querySelector(".filters-toggle") as HTMLButtonElement;
    const more = root.querySelector("#more-filters") as HTMLElement;
    await setViewport({ width: 375, height: 800 });
    try {
      expect(getComputedStyle(toggle).display).not.to.equal("none");
      expect(getComputedStyle(more).display).to.equal("none");
      expect(root.querySelector("#filter-search")?.checkVisibility()).to.equal(true);
      toggle.click();
      await waitUntil(() => toggle.getAttribute("aria-expanded") === "true", "the toggle opens");
      expect(getComputedStyle(more).display).to.equal("flex");
      await setViewport({ width: 1280, height: 800 });
      expect(getComputedStyle(toggle).display).to.equal("none");
      expect(getComputedStyle(more).display).to.equal("contents");
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it("shows the empty state for a new business", async () => {
    const { table } = await mount({ "GET /v1/customers": { body: list([]) } });
    expect(table.shadowRoot?.querySelector("[part=empty]")?.textContent).to.contain("No customers yet.");
  });

  it("shows the API's error with a retry", async () => {
    const { table } = await mount({ "GET /v1/customers": apiError(500, "api_error", "The database is resting.") });
    expect(table.shadowRoot?.querySelector("[part=error]")?.textContent).to.contain("The database is resting.");
  });

  it("shows names, e-mails and external ids as text", async () => {
    const { table } = await mount({ "GET /v1/customers": { body: list([customer({ name: XSS, email: XSS, external_id: XSS })]) } });
    expect(table.shadowRoot?.querySelector("tbody")?.textContent).to.contain(XSS);
    expect(table.shadowRoot?.querySelector("img")).to.equal(null);
    expect((window as { __adminXss?: number }).__adminXss).to.equal(undefined);
  });

  it("exports every matching customer as CSV with the same filters, and says why when it fails", async () => {
    let csvRequest: Request | undefined;
    let fail = false;
    const { root } = await mount({
      "GET /v1/customers": (request) => {
        if (request.headers.get("Accept") !== "text/csv") return new Response(JSON.stringify(list([customer()])), { status: 200 });
        csvRequest = request;
        if (fail) return new Response(JSON.stringify(apiError(403, "insufficient_permissions", "Not allowed.").body), { status: 403 });
        return new Response("id,email\ncus_ada,ada@example.test\n", { status: 200, headers: { "content-type": "text/csv" } });
      },
    });
    const clicked: string[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    try {
      const button = root.querySelector("billing-admin-page-header button") as HTMLButtonElement;
      button.click();
      await waitUntil(() => clicked.length === 1, "the file is downloaded");
      expect(clicked[0]).to.match(/^customers-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(new URL(csvRequest?.url as string).searchParams.get("limit")).to.equal(null);
      fail = true;
      button.click();
      await waitUntil(() => root.querySelector("[role=alert]"), "the failure is shown");
      expect(root.querySelector("[role=alert]")?.textContent).to.contain("Not allowed.");
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
  });
});
