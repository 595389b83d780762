import type { SupabaseClient } from "@supabase/supabase-js";
import type { Theme } from "../../internal/context";
import { type AdminClient, call, createAdminApi, type Mode, type Organization } from "../session/admin-api";
import type { AdminSession } from "../session/admin-session";
import { organizationAllowsWrite } from "../session/permissions";
import { preferences } from "../session/preferences";

export interface SignedInUser {
  id: string;
  email: string;
}

/** The pieces of an `AdminSession` that change; `buildSession` makes the object pages see. */
export interface SessionParts {
  user: SignedInUser;
  organizations: Organization[];
  organization: Organization;
  mode: Mode;
  theme: Theme;
}

export interface SessionActions {
  navigate: AdminSession["navigate"];
  selectOrganization: AdminSession["selectOrganization"];
  organizationUpdated: AdminSession["organizationUpdated"];
  setMode: AdminSession["setMode"];
  setTheme: AdminSession["setTheme"];
}

/** The current access token, refreshed by supabase-js when it is about to expire. */
export function accessTokenOf(supabase: SupabaseClient): () => Promise<string | null> {
  return async () => (await supabase.auth.getSession()).data.session?.access_token ?? null;
}

export function userApiOf(supabase: SupabaseClient, fetcher?: typeof fetch): AdminClient {
  return createAdminApi({ accessToken: accessTokenOf(supabase), ...(fetcher ? { fetch: fetcher } : {}) });
}

/** The user's organisations (every membership, with its role). */
export async function loadOrganizations(userApi: AdminClient): Promise<Organization[]> {
  return (await call(userApi.GET("/v1/organizations"))).data;
}

/** The organisation to open: the one asked for, else the one used last in this browser, else the first. */
export function pickOrganization(organizations: Organization[], wanted?: string | null): Organization | undefined {
  return organizations.find((org) => org.id === wanted) ?? organizations.find((org) => org.id === preferences.org) ?? organizations[0];
}

/**
 * The parts with `changed` in place of the organisation of the same id (in the list, and as the
 * current one when it is). An answer without the caller's role or permissions keeps the ones known.
 */
export function withOrganization(parts: SessionParts, changed: Organization): SessionParts {
  const merge = (org: Organization) => (org.id === changed.id ? { ...org, ...changed } : org);
  return { ...parts, organizations: parts.organizations.map(merge), organization: merge(parts.organization) };
}

export function buildSession(supabase: SupabaseClient, parts: SessionParts, actions: SessionActions, fetcher?: typeof fetch): AdminSession {
  const accessToken = accessTokenOf(supabase);
  const role = parts.organization.role ?? "viewer";
  return {
    ...parts,
    role,
    api: createAdminApi({ accessToken, scope: { org: parts.organization.id, mode: parts.mode }, ...(fetcher ? { fetch: fetcher } : {}) }),
    userApi: userApiOf(supabase, fetcher),
    canWrite: (resource) => organizationAllowsWrite(parts.organization, resource),
    ...actions,
  };
}
