import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { LitElement } from "lit";
import type { ListPage } from "./admin-table/admin-table";
import { dateRangeQuery, ListFilters, type PageQuery, sortQuery } from "./list-filters";
import { listStyles } from "./list-filters.styles";

type Filters = { q: string; status: string; sort: "new" | "old"; from: string };
const SORTS = [
  { value: "new", label: "Newest" },
  { value: "old", label: "Oldest" },
] as const;

/** A list page as the admin's are written: a search, a select and a date in the bar. */
class FilteredList extends LitElement {
  static override styles = [listStyles];
  readonly calls: Array<{ filters: Filters; page: PageQuery }> = [];
  readonly filters = new ListFilters<Filters, { id: string }>(this, {
    defaults: { q: "", status: "", sort: "new", from: "" },
    choices: { sort: SORTS },
    typed: ["q"],
    list: async (filters, page): Promise<ListPage<{ id: string }>> => {
      this.calls.push({ filters, page });
      return { data: [], has_more: false };
    },
  });
  protected override render() {
    const f = this.filters;
    return f.bar("Filter things", {
      search: f.search("q", "Search", "Name"),
      more: html`${f.select("status", "Status", [
        { value: "", label: "Any" },
        { value: "active", label: "Active" },
      ])} ${f.select("sort", "Sort", SORTS)} ${f.date("from", "From")}`,
    });
  }
}
customElements.define("test-filtered-list", FilteredList);

async function mount(search = "") {
  history.replaceState(null, "", `${location.pathname}${search}`);
  const element = await fixture<FilteredList>(html`<test-filtered-list></test-filtered-list>`);
  const root = element.shadowRoot as ShadowRoot;
  const control = <E extends HTMLInputElement | HTMLSelectElement>(id: string) => root.querySelector(`#filter-${id}`) as E;
  const change = async (id: string, value: string, type = "change") => {
    const input = control(id);
    input.value = value;
    input.dispatchEvent(new Event(type));
    await element.updateComplete;
  };
  return { element, root, control, change };
}

describe("ListFilters", () => {
  afterEach(() => history.replaceState(null, "", location.pathname));

  it("starts from the address, refusing a sort it does not offer, and labels the bar accessibly", async () => {
    const { element, control } = await mount("?status=active&sort=sideways&q=ada&tab=x");
    expect(element.filters.values).to.deep.equal({ q: "ada", status: "active", sort: "new", from: "" });
    expect(control("q").value).to.equal("ada");
    expect(control<HTMLSelectElement>("status").value).to.equal("active");
    expect(element.filters.filtered).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it("writes a change to the address without a history entry, defaults left out, and hands the table a new load", async () => {
    const { element, change } = await mount("?tab=x");
    const before = history.length;
    const firstLoad = element.filters.load;
    await change("status", "active");
    await change("sort", "old");
    await change("from", "2026-01-31");
    const address = new URLSearchParams(location.search);
    expect(Object.fromEntries(address)).to.deep.equal({ tab: "x", status: "active", sort: "old", from: "2026-01-31" });
    expect(history.length).to.equal(before);
    expect(element.filters.load).not.to.equal(firstLoad);
    await element.filters.load({ limit: 20, starting_after: "x_1" });
    expect(element.calls.at(-1)).to.deep.equal({
      filters: { q: "", status: "active", sort: "old", from: "2026-01-31" },
      page: { limit: 20, starting_after: "x_1" },
    });
    await change("sort", "new");
    expect(new URLSearchParams(location.search).has("sort")).to.equal(false);
  });

  it("applies a typed filter once typing pauses, not on every key", async () => {
    const { element, change } = await mount();
    const firstLoad = element.filters.load;
    await change("q", "a", "input");
    await change("q", "ad", "input");
    await change("q", "ada", "input");
    expect(element.filters.load).to.equal(firstLoad);
    expect(location.search).to.equal("");
    await waitUntil(() => element.filters.values.q === "ada", "the search is applied");
    expect(new URLSearchParams(location.search).get("q")).to.equal("ada");
  });

  it("keeps a typed value still waiting when another filter changes, in one reload", async () => {
    const { element, change } = await mount();
    const firstLoad = element.filters.load;
    await change("q", "ada", "input");
    await change("status", "active");
    expect(element.filters.values).to.deep.equal({ q: "ada", status: "active", sort: "new", from: "" });
    expect(element.filters.load).not.to.equal(firstLoad);
    const applied = element.filters.load;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(element.filters.load).to.equal(applied);
    expect(Object.fromEntries(new URLSearchParams(location.search))).to.deep.equal({ q: "ada", status: "active" });
  });

  it("offers Clear only once something is filtered, and clears the address with it", async () => {
    const { element, root, change, control } = await mount();
    expect(root.querySelector(".reset")).to.equal(null);
    await change("status", "active");
    (root.querySelector(".reset") as HTMLButtonElement).click();
    await element.updateComplete;
    expect(element.filters.filtered).to.equal(false);
    expect(location.search).to.equal("");
    expect(control<HTMLSelectElement>("status").value).to.equal("");
    expect(root.querySelector(".reset")).to.equal(null);
  });

  it("counts the folded filters that are set on the phone's Filters button, the search (always in view) aside", async () => {
    const { root, change } = await mount("?q=ada");
    const toggle = root.querySelector(".filters-toggle") as HTMLButtonElement;
    expect(toggle.textContent?.trim()).to.equal("Filters");
    await change("status", "active");
    await change("sort", "old");
    expect(toggle.textContent?.trim()).to.equal("Filters (2)");
  });

  it("drops a typed change still waiting when the page goes away", async () => {
    const { element, change } = await mount();
    await change("q", "gone", "input");
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(location.search).to.equal("");
  });

  it("turns a sort and a date range into the API's query", () => {
    expect(sortQuery<{ sort?: string; order?: string }>("email:asc")).to.deep.equal({ sort: "email", order: "asc" });
    expect(dateRangeQuery("created", "2026-01-01", "2026-01-31")).to.deep.equal({
      "created[gte]": new Date(2026, 0, 1).getTime() / 1000,
      "created[lte]": new Date(2026, 0, 31, 23, 59, 59).getTime() / 1000,
    });
    expect(dateRangeQuery("created", "", "not-a-date")).to.deep.equal({});
  });
});
