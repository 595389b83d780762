import { expect, waitUntil } from "@open-wc/testing";
import { type Answer, apiError, json } from "../../fixtures/admin-fixture";
import { list, mountProduct, price, product, text } from "../../fixtures/catalogue-records";
import { answerConfirm } from "../../fixtures/confirm";
import "../../define";
import type { Role } from "../../session/permissions";
import type { AdminMigrateSubscribers } from "./migrate-subscribers";

const v1 = price({ id: "price_v1", product_version: 1, unit_amount: 1900 });
const v2 = price({ id: "price_v2", product_version: 2, unit_amount: 2900 });
const versioned = {
  "GET /v1/products/prod_pro": { body: product({ version: 2 }) },
  "GET /v1/prices": list([v2, v1]),
};
const report = (dryRun: boolean, migrated: unknown[], skipped: unknown[] = []) => ({
  object: "subscriber_migration",
  product: "prod_pro",
  timing: "now",
  dry_run: dryRun,
  migrated,
  skipped,
});
const move = { subscription: "sub_ada", from_price: "price_v1", to_price: "price_v2" };
const skip = { subscription: "sub_bob", reason: "currency_not_offered" };
/** Answers a dry run with `preview` and a real run with `result`. */
const migration =
  (preview: unknown, result: unknown = preview): Answer =>
  async (request) =>
    json(200, (await request.json()).dry_run ? preview : result);
const migrations = (api: { requests: Request[] }) =>
  Promise.all(api.requests.filter((r) => r.url.endsWith("/migrate_subscribers")).map((r) => r.clone().json()));
const button = (root: ParentNode, name: string) =>
  [...root.querySelectorAll("button")].find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;

async function openDialog(answer: Answer, role: Role = "owner") {
  const mounted = await mountProduct({ ...versioned, "POST /v1/products/prod_pro/migrate_subscribers": answer }, role);
  button(mounted.prices, "Migrate subscribers to version 2…")?.click();
  await waitUntil(() => mounted.prices.querySelector("billing-admin-migrate-subscribers"), "the dialog opens");
  const dialog = mounted.prices.querySelector("billing-admin-migrate-subscribers") as AdminMigrateSubscribers;
  await dialog.updateComplete;
  const root = dialog.shadowRoot as ShadowRoot;
  return { ...mounted, dialog, root };
}

async function preview(root: ShadowRoot, timing: "now" | "at_renewal") {
  (root.querySelector('select[name="timing"]') as HTMLSelectElement).value = timing;
  button(root, "Preview")?.click();
}

describe("<billing-admin-migrate-subscribers>", () => {
  it("previews with a dry run: who moves from which price to which, who is skipped and why", async () => {
    const { api, root, dialog } = await openDialog(migration(report(true, [move], [skip])));
    await preview(root, "now");
    await waitUntil(() => text(root).includes("Would move (1)"), "preview shown", { timeout: 5000 });
    expect(await migrations(api)).to.deep.equal([{ timing: "now", proration_behavior: "none", dry_run: true }]);
    expect(text(root)).to.include("sub_ada");
    expect(text(root)).to.include("$19.00 every month (version 1) → $29.00 every month (version 2)");
    expect(text(root)).to.include("Skipped (1)");
    expect(text(root)).to.include("sub_bob");
    expect(text(root)).to.include("does not sell that billing period in the subscription's currency");
    expect(root.querySelector('a[href="/admin/subscriptions/sub_ada"]')).to.not.equal(null);
    await expect(dialog).to.be.accessible();
  });

  it("migrates for real only after confirmation, and shows the result", async () => {
    const { api, root, dialog } = await openDialog(migration(report(true, [move]), report(false, [move])));
    await preview(root, "at_renewal");
    await waitUntil(() => button(root, "Migrate 1 subscriber"), "migrate offered", { timeout: 5000 });
    button(root, "Migrate 1 subscriber")?.click();
    await answerConfirm(dialog, "Cancel");
    expect((await migrations(api)).map((body) => body.dry_run)).to.deep.equal([true]);

    button(root, "Migrate 1 subscriber")?.click();
    expect(await answerConfirm(dialog, "Migrate 1 subscriber")).to.equal("Migrate 1 subscriber?");
    await waitUntil(() => text(root).includes("1 subscriber was migrated"), "result shown", { timeout: 5000 });
    expect(await migrations(api)).to.deep.equal([
      { timing: "at_renewal", proration_behavior: "none", dry_run: true },
      { timing: "at_renewal", proration_behavior: "none", dry_run: false },
    ]);
    expect(text(root)).to.include("Moved (1)");
    const reads = () => api.requests.filter((r) => r.url.endsWith("/versions")).length;
    const before = reads();
    button(root, "Done")?.click();
    await waitUntil(() => reads() === before + 1, "the versions' subscriptions read again", { timeout: 5000 });
  });

  it("sends nothing more when the preview has nobody to migrate", async () => {
    const { api, root } = await openDialog(migration(report(true, [], [skip])));
    await preview(root, "now");
    await waitUntil(() => text(root).includes("nothing to migrate"), "empty preview", { timeout: 5000 });
    expect([...root.querySelectorAll("button")].map((b) => b.textContent?.trim())).to.deep.equal(["Back"]);
    expect(await migrations(api)).to.have.length(1);
  });

  it("shows the API's refusal in the dialog", async () => {
    const refused = apiError(402, "stripe_error", "Stripe is unreachable.");
    const { root } = await openDialog(() => json(refused.status, refused.body));
    await preview(root, "now");
    await waitUntil(() => root.querySelector(".alert"), "error shown", { timeout: 5000 });
    expect(root.querySelector(".alert")?.textContent).to.equal("Stripe is unreachable.");
    expect(button(root, "Preview")).to.not.equal(undefined);
  });
});

describe("<billing-admin-product-prices>: who may change what", () => {
  it("shows a viewer no write action, not even on older versions", async () => {
    const { prices, root } = await mountProduct(versioned, "viewer");
    expect(prices.querySelectorAll("button")).to.have.length(0);
    expect(prices.querySelector("billing-admin-price-form")).to.equal(null);
    expect(root.querySelectorAll("button")).to.have.length(0);
  });

  it("offers an admin (no subscriptions:write) prices but no migration", async () => {
    const { prices } = await mountProduct(versioned, "admin");
    expect(prices.querySelector("billing-admin-price-form")).to.not.equal(null);
    expect(button(prices, "Replace")).to.not.equal(undefined);
    expect(button(prices, "Migrate subscribers to version 2…")).to.equal(undefined);
  });
});
