import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import "../../define";
import type { AdminChart } from "./admin-chart";

const months = [Date.UTC(2026, 8, 1), Date.UTC(2026, 9, 1), Date.UTC(2026, 10, 1)].map((ms) => ms / 1000);
const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

describe("<billing-admin-chart>", () => {
  it("draws the series with uPlot and gives assistive technology the numbers as a table", async () => {
    const chart = await fixture<AdminChart>(html`<billing-admin-chart label="MRR by month" lang="en-US" .x=${months}
      .series=${[{ label: "MRR", values: [100_00, 120_00, null] }]} .formatValue=${dollars}
      .formatX=${(s: number) => new Date(s * 1000).toISOString().slice(0, 7)}></billing-admin-chart>`);
    const root = chart.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector(".plot canvas"), "uPlot drew a canvas");
    expect(root.querySelector(".plot")?.getAttribute("aria-hidden")).to.equal("true");
    const rows = [...root.querySelectorAll("table.data tbody tr")].map((tr) => [...tr.children].map((cell) => cell.textContent?.trim()));
    expect(rows).to.deep.equal([
      ["2026-09", "$100.00"],
      ["2026-10", "$120.00"],
      ["2026-11", ""],
    ]);
    expect(root.querySelector("table.data caption")?.textContent).to.equal("MRR by month");
    const hidden = root.querySelector("table.data")?.parentElement as HTMLElement;
    expect(hidden.getBoundingClientRect().height, "the table takes no room on screen").to.be.at.most(1);
    await expect(chart).to.be.accessible();
  });

  it("shrinks with its container, even in a grid track that would grow to fit a wide canvas", async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="display: grid; grid-template-columns: 1fr; width: 1000px">
      <billing-admin-chart label="MRR" .x=${months} .series=${[{ label: "MRR", values: [1, 2, 3] }]}></billing-admin-chart>
    </div>`);
    const chart = box.querySelector("billing-admin-chart") as AdminChart;
    const canvas = () => chart.shadowRoot?.querySelector<HTMLCanvasElement>(".plot canvas");
    await waitUntil(() => (canvas()?.getBoundingClientRect().width ?? 0) > 900, "drawn at the container's width");
    box.style.width = "300px";
    await waitUntil(() => (canvas()?.getBoundingClientRect().width ?? 1000) <= 300, "redrawn at the narrower width");
    expect(box.scrollWidth, "nothing sticks out").to.be.at.most(300);
    expect(chart.getBoundingClientRect().width).to.be.at.most(300);
  });

  it("says so when there is no data, and draws nothing", async () => {
    const chart = await fixture<AdminChart>(html`<billing-admin-chart label="MRR" .x=${[]} .series=${[]}></billing-admin-chart>`);
    expect(chart.shadowRoot?.querySelector("[part=empty]")?.textContent).to.equal("No data for this period yet.");
    expect(chart.shadowRoot?.querySelector("canvas")).to.equal(null);
  });

  it("renders series labels as text", async () => {
    const xss = `<img src=x onerror="window.__adminXss=1">`;
    const chart = await fixture<AdminChart>(
      html`<billing-admin-chart label="MRR" .x=${months} .series=${[{ label: xss, values: [1, 2, 3] }]}></billing-admin-chart>`,
    );
    await waitUntil(() => chart.shadowRoot?.querySelector("canvas"), "drawn");
    expect(chart.shadowRoot?.querySelector("table.data thead th:last-child")?.textContent).to.equal(xss);
    expect(chart.shadowRoot?.querySelector("img")).to.equal(null);
    expect((window as { __adminXss?: number }).__adminXss).to.equal(undefined);
  });
});

describe("stacked bars", () => {
  it("piles positive values up and negative ones down from 0 (a 0 draws no bar), and keeps each series' own values in the table", async () => {
    const { stackValues, barRange } = await import("./chart-stack");
    expect(
      stackValues([
        [5, 0, null],
        [2, 3, 1],
        [-1, -4, 0],
        [-2, 0, 0],
      ]),
    ).to.deep.equal([
      [5, 0, null],
      [7, 3, 1],
      [-1, -4, 0],
      [-3, 0, 0],
    ]);
    const halfStep = (30 * 86_400) / 2; // the shortest gap (September's 30 days), each side
    expect(barRange(months)).to.deep.equal([(months[0] as number) - halfStep, (months[2] as number) + halfStep]);
    const chart = await fixture<AdminChart>(html`<billing-admin-chart kind="bars" label="Movements" lang="en-US" .x=${months}
      .series=${[{ label: "New", values: [5, 0, 2] }, { label: "Churn", values: [-1, -4, 0] }]}></billing-admin-chart>`);
    const root = chart.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector(".plot canvas"), "uPlot drew the bars");
    const legend = [...root.querySelectorAll(".u-legend .u-series .u-label")].map((label) => label.textContent);
    expect(legend, "the legend in the order given, though drawn backwards").to.deep.equal(["Date", "New", "Churn"]);
    const rows = [...root.querySelectorAll("table.data tbody tr")].map((tr) =>
      [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim()),
    );
    expect(rows).to.deep.equal([
      ["5", "-1"],
      ["0", "-4"],
      ["2", "0"],
    ]);
  });
});
