import type { TenantScope } from "../db/tenant";

/** Everything a business function needs to know about the request, without HTTP. */
export interface ActionContext {
  tenant: TenantScope;
  actor: { type: "user" | "api_key" | "customer" | "system"; id: string };
  requestId: string | null;
  ip: string | null;
}
