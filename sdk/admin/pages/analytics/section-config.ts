import { html, type TemplateResult } from "lit";
import type { AdminClient } from "../../session/admin-api";
import type { Interval, Range } from "./analytics-range";

/** What a section needs to format its numbers (the page's locale, the API's exponents). */
export interface Formats {
  money(amount: number, currency: string, exponent: number): string;
  number(value: number): string;
  percent(ratio: number): string;
  /** A period's start, as the interval reads ("2 Dec", "Week of 30 Nov", "Dec 2026"). */
  period(seconds: number): string;
  /** A period's start, short, for a chart's axis ("2 Dec", "Dec 26"). */
  tick(seconds: number): string;
  /** What a period is, for a chart's legend and table ("Week starting"). */
  periodLabel: string;
}

/** Where a section reads from: the client, the range and the currency shown. */
export interface SectionContext {
  api: AdminClient;
  range: Range;
  currency: string;
  format: Formats;
}

/** One section of the page, built once per view (a new `load` is a new load). */
export interface SectionConfig<T> {
  heading: string;
  description: string;
  csvName: string;
  emptyText: string;
  wide?: boolean;
  load: () => Promise<T>;
  csv: () => Promise<Blob>;
  isEmpty: (data: T) => boolean;
  content: (data: T) => TemplateResult;
}

export function sectionElement<T>(config: SectionConfig<T>): TemplateResult {
  return html`<billing-admin-analytics-section class=${config.wide ? "wide" : ""} heading=${config.heading}
    description=${config.description} csv-name=${config.csvName} empty-text=${config.emptyText} .load=${config.load}
    .csv=${config.csv} .isEmpty=${config.isEmpty} .content=${config.content}></billing-admin-analytics-section>`;
}

/** How a period's start reads for an interval: in full, short (a chart's axis), and what a period is. */
export function periodFormats(interval: Interval, locale: string): Pick<Formats, "period" | "tick" | "periodLabel"> {
  const month = interval === "month";
  const long = new Intl.DateTimeFormat(
    locale,
    month ? { month: "short", year: "numeric", timeZone: "UTC" } : { day: "numeric", month: "short", timeZone: "UTC" },
  );
  const short = new Intl.DateTimeFormat(
    locale,
    month ? { month: "short", year: "2-digit", timeZone: "UTC" } : { day: "numeric", month: "short", timeZone: "UTC" },
  );
  return {
    period: (seconds) => (interval === "week" ? `Week of ${long.format(seconds * 1000)}` : long.format(seconds * 1000)),
    tick: (seconds) => short.format(seconds * 1000),
    periodLabel: { day: "Day", week: "Week starting", month: "Month" }[interval],
  };
}

/** A small list of headline figures ("Gross $1,200.00  Refunds $0.00 …"). */
export function summary(items: Array<[string, string]>): TemplateResult {
  return html`<dl class="summary">${items.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
}

/** A table of numbers per row in a scrolling box (keyboard-scrollable: it takes focus). */
export function numbersTable(
  caption: string,
  head: string[],
  rows: Array<[string | TemplateResult, ...Array<string | TemplateResult>]>,
): TemplateResult {
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${caption}>
    <table class="numbers">
      <caption class="sr-only">${caption}</caption>
      <thead><tr>${head.map((label) => html`<th scope="col">${label}</th>`)}</tr></thead>
      <tbody>${rows.map(([first, ...cells]) => html`<tr><th scope="row">${first}</th>${cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody>
    </table>
  </div>`;
}
