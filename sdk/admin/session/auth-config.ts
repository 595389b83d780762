import { createClient, type SupabaseClient } from "@supabase/supabase-js";

/** What the worker tells the admin about the Supabase Auth project (/admin/config.json): public values only. */
export interface AuthConfig {
  supabase_url: string;
  supabase_anon_key: string;
}

export async function loadAuthConfig(): Promise<AuthConfig> {
  const response = await fetch("/admin/config.json");
  if (!response.ok) throw new Error(`The admin's settings could not be loaded (${response.status}).`);
  return (await response.json()) as AuthConfig;
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
