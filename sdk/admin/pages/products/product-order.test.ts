import { expect, html, waitUntil } from "@open-wc/testing";
import { adminFixture, apiError, fakeAdminApi, testSession } from "../../fixtures/admin-fixture";
import { list, product, text } from "../../fixtures/catalogue-records";
import "../../define";
import type { Role } from "../../session/permissions";
import { reordered } from "./product-order";

const starter = product({ id: "prod_starter", name: "Starter", display_order: 1 });
const pro = product({ id: "prod_pro", name: "Pro", display_order: 2 });
const team = product({ id: "prod_team", name: "Team", display_order: 3 });
const hidden = product({ id: "prod_hidden", name: "Hidden", display_order: 4, visible: false });

async function mount(answers: Parameters<typeof fakeAdminApi>[0], role: Role = "owner") {
  const api = fakeAdminApi(answers);
  const page = await adminFixture<HTMLElement>(
    html`<billing-admin-product-order></billing-admin-product-order>`,
    testSession(api, { role }),
  );
  const root = page.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector("ol"), "order loaded", { timeout: 5000 });
  const names = () => [...root.querySelectorAll("li")].map((li) => text(li).trim());
  const button = (label: string) => root.querySelector(`button[aria-label="${label}"]`) as HTMLButtonElement | null;
  return { api, page, root, names, button };
}
const saved = (api: { requests: Request[] }) =>
  Promise.all(api.requests.filter((r) => r.method === "POST").map(async (r) => [new URL(r.url).pathname, await r.clone().json()]));

describe("<billing-admin-product-order>", () => {
  it("renumbers from 1 and keeps only the positions that change", () => {
    expect(reordered([starter, pro, team], 0, 1)).to.deep.equal([
      { id: "prod_pro", display_order: 1 },
      { id: "prod_starter", display_order: 2 },
    ]);
    const tied = [0, 0, 0].map((display_order, i) => ({ ...[starter, pro, team][i], display_order })) as (typeof starter)[];
    expect(reordered(tied, 2, 1)).to.deep.equal([
      { id: "prod_starter", display_order: 1 },
      { id: "prod_team", display_order: 2 },
      { id: "prod_pro", display_order: 3 },
    ]);
  });

  it("lists the pricing table's products by position and moves one down, saving both positions", async () => {
    const { api, page, names, button } = await mount({
      "GET /v1/products": list([team, hidden, starter, pro]),
      "POST /v1/products/prod_starter": { body: { ...starter, display_order: 2 } },
      "POST /v1/products/prod_pro": { body: { ...pro, display_order: 1 } },
    });
    expect(names()).to.deep.equal(["1. Starter ↑ ↓", "2. Pro ↑ ↓", "3. Team ↑ ↓"]);
    expect(new URL(api.requests[0]?.url ?? "").searchParams.get("active")).to.equal("true");
    expect(button("Move Starter up")?.disabled).to.equal(true);
    expect(button("Move Team down")?.disabled).to.equal(true);
    await expect(page).to.be.accessible();
    button("Move Starter down")?.click();
    await waitUntil(() => api.requests.filter((r) => r.method === "POST").length === 2, "both saved", { timeout: 5000 });
    expect(await saved(api)).to.deep.equal([
      ["/v1/products/prod_pro", { display_order: 1 }],
      ["/v1/products/prod_starter", { display_order: 2 }],
    ]);
  });

  it("shows the API's refusal", async () => {
    const { root, button } = await mount({
      "GET /v1/products": list([starter, pro]),
      "POST /v1/products/prod_pro": apiError(403, "insufficient_permissions", "You cannot change the catalogue."),
    });
    button("Move Pro up")?.click();
    await waitUntil(() => root.querySelector(".alert"), "error shown", { timeout: 5000 });
    expect(root.querySelector(".alert")?.textContent).to.equal("You cannot change the catalogue.");
  });

  it("shows a viewer the order without a move", async () => {
    const { root, names } = await mount({ "GET /v1/products": list([starter, pro]) }, "viewer");
    expect(names()).to.deep.equal(["1. Starter", "2. Pro"]);
    expect(root.querySelectorAll("button")).to.have.length(0);
  });
});
