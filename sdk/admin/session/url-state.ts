import type { AdminScope, Mode } from "./admin-api";

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

/**
 * The organisation and mode a page shows, kept in its address (`?org=org_…&mode=live`) beside the
 * page's own parameters: a copied link opens the same record in the same organisation and mode,
 * and back/forward return to the mode each entry was seen in. Absent values mean "as last used".
 */
export interface AddressScope {
  org: string | null;
  mode: Mode | null;
}

export function readScope(): AddressScope {
  const query = readQuery();
  const mode = query.get("mode");
  return { org: query.get("org"), mode: mode === "live" || mode === "test" ? mode : null };
}

/** Writes the scope into the current history entry when the address says otherwise. */
export function writeScope(scope: AdminScope): void {
  const current = readScope();
  if (current.org !== scope.org || current.mode !== scope.mode) writeQuery({ org: scope.org, mode: scope.mode });
}
