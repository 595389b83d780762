import { expect, fixture, html } from "@open-wc/testing";
import "../../define";
import type { AdminCohortMap, CohortCell } from "./admin-cohort-map";

const jan = Date.UTC(2026, 0, 1) / 1000;
const feb = Date.UTC(2026, 1, 1) / 1000;
const cell = (
  cohort: number,
  monthsSince: number,
  customers: number,
  retained: number,
  initial: number,
  retainedMrr: number,
): CohortCell => ({
  cohort,
  currency: "usd",
  currency_exponent: 2,
  months_since: monthsSince,
  customers,
  retained_customers: retained,
  logo_retention: customers ? retained / customers : null,
  initial_mrr: initial,
  retained_mrr: retainedMrr,
  revenue_retention: initial ? retainedMrr / initial : null,
});
// The golden fixture's January cohort (5 customers, 37,000) for three months, and February's (1 customer) for two.
const cells = [
  cell(jan, 0, 5, 5, 37_000, 37_000),
  cell(jan, 1, 5, 5, 37_000, 33_000),
  cell(jan, 2, 5, 4, 37_000, 30_000),
  cell(feb, 0, 1, 1, 5_000, 5_000),
  cell(feb, 1, 1, 1, 5_000, 5_000),
];

const table = (map: AdminCohortMap) => {
  const root = map.shadowRoot as ShadowRoot;
  return [...root.querySelectorAll("tbody tr")].map((row) =>
    [...row.children].map((child) => [child.textContent?.trim(), (child as HTMLElement).style.getPropertyValue("--shade")]),
  );
};

describe("<billing-admin-cohort-map>", () => {
  it("is a table of cohorts by month since, each cell its retention, shaded by it", async () => {
    const map = await fixture<AdminCohortMap>(html`<billing-admin-cohort-map lang="en-US" .cells=${cells}></billing-admin-cohort-map>`);
    const root = map.shadowRoot as ShadowRoot;
    expect([...root.querySelectorAll("thead th")].map((th) => th.textContent)).to.deep.equal([
      "Cohort",
      "Customers",
      "Month 0",
      "+1",
      "+2",
    ]);
    expect(table(map)).to.deep.equal([
      [
        ["Jan 2026", ""],
        ["5", ""],
        ["100%", "100%"],
        ["100%", "100%"],
        ["80%", "80%"],
      ],
      [
        ["Feb 2026", ""],
        ["1", ""],
        ["100%", "100%"],
        ["100%", "100%"],
        ["not yet", ""],
      ],
    ]);
    expect(root.querySelector("tbody th")?.getAttribute("scope")).to.equal("row");
    expect(root.querySelector(".scroll")?.getAttribute("tabindex"), "keyboard users can scroll it").to.equal("0");
    await expect(map).to.be.accessible();
  });

  it("switches to revenue retention, which can exceed 100 % (shaded fully), and shades less for less", async () => {
    const grown = [...cells.slice(0, 2), cell(jan, 2, 5, 5, 37_000, 39_000)];
    const map = await fixture<AdminCohortMap>(html`<billing-admin-cohort-map lang="en-US" .cells=${grown}></billing-admin-cohort-map>`);
    const root = map.shadowRoot as ShadowRoot;
    const revenue = [...root.querySelectorAll(".measure button")].find((b) => b.textContent === "Revenue") as HTMLButtonElement;
    revenue.click();
    await map.updateComplete;
    expect(revenue.getAttribute("aria-pressed")).to.equal("true");
    expect(root.querySelector("thead th:nth-child(2)")?.textContent).to.equal("First MRR");
    expect(table(map)).to.deep.equal([
      [
        ["Jan 2026", ""],
        ["$370.00", ""],
        ["100%", "100%"],
        ["89.2%", "89%"],
        ["105.4%", "100%"],
      ],
    ]);
    const background = (index: number) => getComputedStyle(root.querySelectorAll("tbody td")[index] as Element).backgroundColor;
    expect(background(2), "89 % is lighter than 100 %").to.not.equal(background(1));
    await expect(map).to.be.accessible();
  });

  it("shows a dash where a cohort has no base, and renders nothing from the data as markup", async () => {
    const map = await fixture<AdminCohortMap>(
      html`<billing-admin-cohort-map lang="en-US" label=${"<img src=x>"} .cells=${[cell(jan, 0, 0, 0, 0, 0)]}></billing-admin-cohort-map>`,
    );
    expect(table(map)).to.deep.equal([
      [
        ["Jan 2026", ""],
        ["0", ""],
        ["–", ""],
      ],
    ]);
    expect(map.shadowRoot?.querySelector("img")).to.equal(null);
  });
});
