import type { ApiKeyType } from "./api-key-format";
import type { Role } from "./permissions";

/** Who is calling, resolved once per request by the authenticate middleware. */
export type Principal =
  | { kind: "anonymous" }
  | {
      kind: "user";
      userId: string;
      email: string;
      /** Set when the request names an organisation the user belongs to (BillingOS-Organization). */
      org?: { id: string; role: Role; livemode: boolean };
    }
  | {
      kind: "api_key";
      keyId: string;
      keyType: ApiKeyType;
      orgId: string;
      livemode: boolean;
      /** Restricted keys only: resource → access. */
      scopes?: Record<string, "read" | "write">;
    }
  | {
      /** A merchant's end customer in the browser, through a short-lived customer session. */
      kind: "customer_session";
      sessionId: string;
      orgId: string;
      livemode: boolean;
      customerId: string;
    };

export type PrincipalKind = "anonymous" | "user" | "secret_key" | "restricted_key" | "publishable_key" | "customer_session";

/** The principal kind route access rules are written against. */
export function principalKind(principal: Principal): PrincipalKind {
  if (principal.kind === "api_key") return `${principal.keyType}_key`;
  return principal.kind;
}
