import { createClient, type SupabaseClient } from "@supabase/supabase-js";

/**
 * What the worker tells the admin about the Supabase Auth project: public values only, written into
 * the admin's page as a JSON data block (worker/routes/admin), so the admin asks for nothing first.
 */
export interface AuthConfig {
  supabase_url: string;
  supabase_anon_key: string;
}

/** The id of the page's settings block (worker/routes/admin/admin.index.ts writes it). */
export const AUTH_SETTINGS_ID = "billingos-admin-auth";

/** Reads the Auth settings from the page; throws a clear error when the page has none or they are malformed. */
export function readAuthConfig(doc: Document = document): AuthConfig {
  const text = doc.getElementById(AUTH_SETTINGS_ID)?.textContent;
  if (!text) throw new Error("The admin's settings are missing from the page.");
  let settings: Partial<AuthConfig>;
  try {
    settings = JSON.parse(text) as Partial<AuthConfig>;
  } catch {
    throw new Error("The admin's settings on the page are not valid JSON.");
  }
  if (typeof settings.supabase_url !== "string" || typeof settings.supabase_anon_key !== "string") {
    throw new Error("The admin's settings on the page lack the Auth URL or key.");
  }
  return { supabase_url: settings.supabase_url, supabase_anon_key: settings.supabase_anon_key };
}

/** supabase-js with PKCE: the link and OAuth come back with `?code=`, which supabase-js exchanges and removes. */
export function createAuthClient(config: AuthConfig): SupabaseClient {
  return createClient(config.supabase_url, config.supabase_anon_key, { auth: { flowType: "pkce", detectSessionInUrl: true } });
}

/** The OAuth providers the project has turned on (GoTrue's public `/settings`), in a fixed order. */
export async function enabledProviders(config: AuthConfig, names: string[]): Promise<string[]> {
  const response = await fetch(`${config.supabase_url}/auth/v1/settings`, { headers: { apikey: config.supabase_anon_key } });
  if (!response.ok) return [];
  const settings = (await response.json()) as { external?: Record<string, boolean> };
  return names.filter((name) => settings.external?.[name] === true);
}
