import type { SupabaseClient } from "@supabase/supabase-js";

export interface Organization {
  id: string;
  name: string;
  slug: string;
  role?: string;
}

export class ApiFailure extends Error {}

/** Calls the BillingOS API as the signed-in merchant user. */
export async function callApi<T>(supabase: SupabaseClient, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const { data } = await supabase.auth.getSession();
  const token = data.session?.access_token;
  if (!token) throw new ApiFailure("You are signed out.");
  const response = await fetch(path, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: { Authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { "content-type": "application/json" }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const body = await response.json();
  if (!response.ok) throw new ApiFailure(body?.error?.message ?? `Request failed (${response.status}).`);
  return body as T;
}
