/**
 * A page's filters, sort and search in the address (`/admin/customers?status=active&q=ada`), so a
 * filtered list is a deep link and survives reload and back/forward. Replaces the current history
 * entry (typing in a search box should not add one entry per key).
 */
export function readQuery(): URLSearchParams {
  return new URLSearchParams(location.search);
}

/** Sets (or, for empty values, removes) the given parameters and keeps the rest. */
export function writeQuery(values: Record<string, string | undefined | null>): void {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(values)) {
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  history.replaceState(history.state, "", url);
}
