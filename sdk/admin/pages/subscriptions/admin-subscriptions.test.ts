import { expect, html, waitUntil } from "@open-wc/testing";
import { adminFixture, apiError, fakeAdminApi, testSession } from "../../fixtures/admin-fixture";
import { catalogueAnswers, list, subscription } from "../../fixtures/admin-records";
import "../../define";
import type { AdminTable } from "../../elements/admin-table/admin-table";
import type { Subscription } from "../shared/status";
import type { AdminSubscriptions } from "./admin-subscriptions";

type Answers = Parameters<typeof fakeAdminApi>[0];

async function mount(answers: Answers, search = "") {
  history.replaceState(null, "", `${location.pathname}${search}`);
  const api = fakeAdminApi({ ...catalogueAnswers, ...answers });
  const page = await adminFixture<AdminSubscriptions>(html`<billing-admin-subscriptions></billing-admin-subscriptions>`, testSession(api));
  const root = page.shadowRoot as ShadowRoot;
  const table = root.querySelector("billing-admin-table") as unknown as AdminTable<Subscription>;
  const settled = async () => {
    await waitUntil(() => table.view.status !== "loading", "the list never settled");
    await table.updateComplete;
  };
  await settled();
  const listRequests = () => api.requests.filter((r) => new URL(r.url).pathname === "/v1/subscriptions");
  return { page, root, table, settled, listRequests };
}

describe("<billing-admin-subscriptions>", () => {
  afterEach(() => history.replaceState(null, "", location.pathname));

  it("lists subscriptions by plan name with links to each, accessibly", async () => {
    const { page, table } = await mount({ "GET /v1/subscriptions": { body: list([subscription()]) } });
    await waitUntil(() => table.shadowRoot?.querySelector("tbody")?.textContent?.includes("Starter"), "the plan is named");
    expect(table.shadowRoot?.querySelector("tbody a")?.getAttribute("href")).to.equal("/admin/subscriptions/sub_ada");
    await expect(page).to.be.accessible();
  });

  it("starts from the filters in the address and sends status, plan, renewal range and sort as the API's query", async () => {
    const { root, listRequests, settled } = await mount(
      { "GET /v1/subscriptions": { body: list([]) } },
      "?status=past_due&sort=current_period_end:asc",
    );
    let query = new URL(listRequests()[0]?.url as string).searchParams;
    expect(query.get("status")).to.equal("past_due");
    expect([query.get("sort"), query.get("order")]).to.deep.equal(["current_period_end", "asc"]);
    await waitUntil(() => root.querySelectorAll("#filter-product option").length === 3, "the plans load");
    const set = (selector: string, value: string) => {
      const input = root.querySelector(selector) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event("change"));
    };
    set("#filter-product", "prod_pro");
    set("#filter-renews_from", "2026-03-01");
    set("#filter-renews_to", "2026-03-31");
    await waitUntil(() => listRequests().some((r) => new URL(r.url).searchParams.has("current_period_end[lte]")), "the range is sent");
    await settled();
    query = new URL(listRequests().at(-1)?.url as string).searchParams;
    expect(query.get("product")).to.equal("prod_pro");
    expect(Number(query.get("current_period_end[gte]"))).to.equal(new Date(2026, 2, 1).getTime() / 1000);
    expect(Number(query.get("current_period_end[lte]"))).to.equal(new Date(2026, 2, 31, 23, 59, 59).getTime() / 1000);
    expect(new URLSearchParams(location.search).get("product")).to.equal("prod_pro");
    expect(root.querySelector("billing-admin-table")?.shadowRoot?.querySelector("[part=empty]")?.textContent).to.contain(
      "No subscription matches these filters.",
    );
  });

  it("says when there is none yet, and shows the API's error", async () => {
    const empty = await mount({ "GET /v1/subscriptions": { body: list([]) } });
    expect(empty.table.shadowRoot?.querySelector("[part=empty]")?.textContent).to.contain("No subscriptions yet.");
    const failing = await mount({ "GET /v1/subscriptions": apiError(500, "api_error", "The database is resting.") });
    expect(failing.table.shadowRoot?.querySelector("[part=error]")?.textContent).to.contain("The database is resting.");
  });
});
