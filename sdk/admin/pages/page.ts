import type { TemplateResult } from "lit";
import type { WritableResource } from "../session/permissions";

/**
 * One page of the admin. `path` is under /admin/ (`"customers/:id"` → /admin/customers/cus_…),
 * in URLPattern syntax (@lit-labs/router); `render` gets the path's named groups. Pages are
 * rendered only when someone is signed in to an organisation, inside the shell's layout, and are
 * created afresh when the organisation or the mode changes.
 */
export interface AdminPage {
  path: string;
  render: (params: Record<string, string | undefined>) => TemplateResult;
  /** Defines the page's elements (its folder's define.ts, split off the first load); none for pages in ../define-first.ts. */
  load?: () => Promise<unknown>;
  /** Listed in the navigation (only pages that exist: never a placeholder). */
  nav?: {
    label: string;
    icon: TemplateResult;
    /** Sort key in the navigation (home 0, then by tens). */
    order: number;
    /** Also marks the item current under these path prefixes (its detail pages). */
    prefix?: string;
  };
  /** Hidden from roles that cannot write this (e.g. settings pages that are all actions). */
  requires?: WritableResource;
}
