import { html, nothing, type PropertyValues } from "lit";
import uPlot from "uplot";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../admin.styles";
import { AdminElement } from "../admin-element";
import { styles } from "./admin-chart.styles";
import { barRange, stackValues } from "./chart-stack";

export interface ChartSeries {
  label: string;
  /** One value per `x`; null where there is no data. */
  values: Array<number | null>;
  /** A #rrggbb colour (default: the accent, then the palette). */
  color?: string;
}

/** Series colours after the first (the accent): distinct in light and dark. */
const PALETTE = ["#0ea5e9", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6"];
/** Tick steps for whole numbers: 1, 2, 5, 10, 20, 50, … */
const WHOLE_STEPS = Array.from({ length: 16 }, (_, power) => [1, 2, 5].map((step) => step * 10 ** power)).flat();

/**
 * A time-series line chart drawn by uPlot (loaded only by the admin). The canvas is hidden from
 * assistive technology; the same numbers are in a visually hidden table, so screen readers and
 * keyboard users get the data itself. `kind="bars"` stacks the series as bars instead: positive
 * values upward, negative ones downward (MRR movements).
 *
 * @tagname billing-admin-chart
 * @cssproperty --height - The plot's height (240px).
 */
export class AdminChart extends AdminElement {
  static override styles = [tokenStyles, adminStyles, styles];
  static override properties = {
    ...AdminElement.properties,
    label: {},
    x: { attribute: false },
    series: { attribute: false },
    formatValue: { attribute: false },
    formatX: { attribute: false },
    xLabel: { attribute: "x-label" },
    kind: {},
  };

  /** What the chart shows ("MRR by month"): the table's caption. */
  declare label: string;
  /** Unix seconds, ascending. */
  declare x: number[];
  declare series: ChartSeries[];
  /** Formats a value for the axis, the legend and the table (money: use `formatMoney` with the API's exponent). */
  declare formatValue: (value: number) => string;
  /** Formats an x value for the table and the legend; dates by default. */
  declare formatX: ((seconds: number) => string) | undefined;
  /** What x is ("Month"): the legend's and the table's first column. */
  declare xLabel: string;
  /** Lines (default), or stacked bars. */
  declare kind: "line" | "bars";

  #plot: uPlot | undefined;
  #resize = new ResizeObserver(() => this.#fit());
  /** The colours come from the tokens, which follow the system's light/dark: redraw when it changes. */
  #scheme = matchMedia("(prefers-color-scheme: dark)");
  #schemeChanged = () => this.#draw();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#scheme.addEventListener("change", this.#schemeChanged);
  }

  constructor() {
    super();
    this.label = "";
    this.x = [];
    this.xLabel = "Date";
    this.kind = "line";
    this.series = [];
    this.formatValue = (value) => this.formatNumber(value);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#scheme.removeEventListener("change", this.#schemeChanged);
    this.#resize.disconnect();
    this.#plot?.destroy();
    this.#plot = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Redraw on new data and on a theme change (the colours are read from the tokens).
    this.#draw();
  }

  #token(name: string): string {
    return getComputedStyle(this).getPropertyValue(`--_${name}`).trim();
  }

  #fit(): void {
    const target = this.shadowRoot?.querySelector<HTMLElement>(".plot");
    if (this.#plot && target && target.clientWidth > 0) this.#plot.setSize({ width: target.clientWidth, height: this.#height() });
  }

  #height(): number {
    return Number.parseInt(getComputedStyle(this).getPropertyValue("--height"), 10) || 240;
  }

  #draw(): void {
    this.#plot?.destroy();
    this.#plot = undefined;
    const target = this.shadowRoot?.querySelector<HTMLElement>(".plot");
    if (!target || this.x.length === 0) return;
    const text = this.#token("color-text-muted");
    const grid = this.#token("color-border");
    const accent = this.#token("color-accent");
    const formatX = (seconds: number) => (this.formatX ?? ((s: number) => this.formatDate(s)))(seconds);
    const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 }, font: "12px system-ui, sans-serif" };
    const bars = this.kind === "bars";
    const integers = this.series.every((serie) => serie.values.every((value) => value == null || Number.isInteger(value)));
    const colour = (serie: ChartSeries, index: number) =>
      serie.color ?? (index === 0 ? accent : (PALETTE[(index - 1) % PALETTE.length] as string));
    // Bars are drawn from 0 up to each series' running total, the tallest first so the shorter ones show over it.
    const drawn = bars ? stackValues(this.series.map((serie) => serie.values)) : this.series.map((serie) => serie.values);
    const order = this.series.map((_, index) => index);
    if (bars) order.reverse();
    const barPaths = uPlot.paths.bars?.({ size: [0.6, 48] });
    this.#plot = new uPlot(
      {
        width: target.clientWidth || 600,
        height: this.#height(),
        cursor: { y: false, points: { size: 7, show: !bars } },
        legend: { show: true, live: true },
        scales: { x: bars ? { time: true, range: () => barRange(this.x) } : { time: true } },
        axes: [
          { ...axis, values: (_, ticks) => ticks.map((tick) => formatX(tick)), space: 80 },
          // Counts and minor units are whole numbers: no tick between them (no "0.2 subscriptions").
          {
            ...axis,
            values: (_, ticks) => ticks.map((tick) => this.formatValue(tick)),
            size: 80,
            incrs: integers ? WHOLE_STEPS : undefined,
          },
        ],
        series: [
          { label: this.xLabel, value: (_, seconds) => (seconds == null ? "" : formatX(seconds)) },
          ...order.map((index) => {
            const serie = this.series[index] as ChartSeries;
            const stroke = colour(serie, index);
            return {
              label: serie.label,
              stroke,
              width: bars ? 0 : 2,
              // A light wash under the main line; canvas takes #rrggbbaa (not every CSS colour form).
              fill: bars ? stroke : index === 0 && /^#[0-9a-f]{6}$/i.test(stroke) ? `${stroke}1a` : undefined,
              paths: bars ? barPaths : undefined,
              points: { show: !bars && this.x.length < 40 },
              // The legend shows the series' own value, not the running total a bar is drawn to.
              value: (_: uPlot, __: number | null, ___: number, at: number | null) => {
                const value = at == null ? null : serie.values[at];
                return value == null ? "–" : this.formatValue(value);
              },
            };
          }),
        ],
      },
      [this.x, ...order.map((index) => drawn[index] as Array<number | null>)],
      target,
    );
    // The legend lists the series in the order given, though bars draw them backwards (uPlot keeps its own references to the cells).
    const legend = target.querySelector(".u-legend tbody");
    if (bars && legend) for (const row of [...legend.children].slice(1).reverse()) legend.append(row);
    this.#resize.observe(target);
  }

  protected override render() {
    const formatX = this.formatX ?? ((seconds: number) => this.formatDate(seconds));
    if (this.x.length === 0) return html`<div class="empty" part="empty">No data for this period yet.</div>`;
    // The table sits in a visually hidden div: a table ignores height and overflow, so it cannot be that box itself.
    return html`<div class="plot" part="plot" aria-hidden="true"></div>
      <div class="sr-only"><table class="data">
        <caption>${this.label}</caption>
        <thead><tr><th scope="col">${this.xLabel}</th>${this.series.map((serie) => html`<th scope="col">${serie.label}</th>`)}</tr></thead>
        <tbody>
          ${this.x.map(
            (seconds, row) => html`<tr><th scope="row">${formatX(seconds)}</th>
              ${this.series.map((serie) => {
                const value = serie.values[row];
                return html`<td>${value == null ? nothing : this.formatValue(value)}</td>`;
              })}</tr>`,
          )}
        </tbody>
      </table></div>`;
  }
}
