import { createContext } from "@lit/context";
import type { Theme } from "../../internal/context";
import type { AdminClient, Mode, Organization } from "./admin-api";
import type { Role, WritableResource } from "./permissions";

/**
 * What the admin shell shares with every page and admin element (through `adminContext`): who is
 * signed in, where they act, and the API client for that place. A new object whenever any of it
 * changes, so consumers re-render; the shell also re-creates the page when the organisation or
 * mode changes, so a page never shows one organisation's rows under another's name.
 */
export interface AdminSession {
  user: { id: string; email: string };
  /** Every organisation the user belongs to (with their `role` in each). */
  organizations: Organization[];
  /** The organisation the admin acts in. */
  organization: Organization;
  role: Role;
  mode: Mode;
  theme: Theme;
  /** The API as this user, in `organization` and `mode`. */
  api: AdminClient;
  /** The API as this user with no organisation (their organisations, invitations). */
  userApi: AdminClient;
  /** Whether the user's role may change `resource` (hide write actions otherwise; the API refuses them anyway). */
  canWrite(resource: WritableResource): boolean;
  /** Client-side navigation to an admin path (`/admin/customers/cus_…`), with a history entry unless `replace`. */
  navigate(path: string, options?: { replace?: boolean }): void;
  /** Switches organisation (and reloads the list first when `reload`, e.g. after creating one). */
  selectOrganization(id: string, options?: { reload?: boolean }): Promise<void>;
  /**
   * Takes a changed organisation the API answered (e.g. Settings › Business saved a new name) into
   * the session, so the header and the switcher show it; the page stays as it is.
   */
  organizationUpdated(organization: Organization): void;
  /**
   * Switches test/live. On a record's page it opens the other mode's list (a record lives in one
   * mode) unless `stay` (the record page's own "Switch to live mode" after a 404).
   */
  setMode(mode: Mode, options?: { stay?: boolean }): void;
  /** The user menu's appearance choice, remembered in this browser. */
  setTheme(theme: Theme): void;
}

export const adminContext = createContext<AdminSession | undefined>(Symbol.for("billingos.admin.session"));
