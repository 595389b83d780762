import { createClient, type SupabaseClient, type SupabaseClientOptions } from "@supabase/supabase-js";

/**
 * supabase-js builds its realtime client eagerly, and on Node 20 (no global WebSocket) that throws
 * unless a transport is given. The local stack uses only Auth, so the transport refuses to connect.
 */
class RealtimeNotUsed {
  constructor() {
    throw new Error("Realtime is not part of the BillingOS local stack");
  }
}

/** A supabase-js client for Node tests and tools, against the emulator or a real project. */
export function createNodeSupabaseClient(url: string, key: string, options: SupabaseClientOptions<"public"> = {}): SupabaseClient {
  return createClient(url, key, {
    ...options,
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false, ...options.auth },
    realtime: {
      ...options.realtime,
      transport: RealtimeNotUsed as unknown as NonNullable<NonNullable<SupabaseClientOptions<"public">["realtime"]>["transport"]>,
    },
  });
}
