import type { Scope, Store } from "../store/store";
import type { Faults } from "./faults";
import type { FormObject } from "./form";

/** What every piece of emulator logic needs: the state, and which mode and account it acts in. */
export interface ScopeContext {
  emulator: EmulatorCore;
  scope: Scope;
  livemode: boolean;
  /** The connected account (`Stripe-Account`), or null for the platform. */
  account: string | null;
  /** The API request that caused this work, or null for clock advances and other background work. */
  request: { id: string; idempotency_key: string | null } | null;
}

export interface RequestContext extends ScopeContext {
  input: FormObject;
  args: string[];
  /** True when the caller used a publishable key (Stripe.js); only routes marked for it allow that. */
  publishable: boolean;
}

/** Long-lived parts shared by all requests; events and webhooks hang off it. */
export interface EmulatorCore {
  store: Store;
  /** Failures tests inject through `/_emulator/faults`. */
  faults: Faults;
  baseUrl: string;
  onEvent(ctx: ScopeContext, event: { id: string }): void;
}

export type Handler = (ctx: RequestContext) => unknown;

export interface Route {
  method: "GET" | "POST" | "DELETE";
  /** `/v1/customers/:id` style; each `:name` becomes one entry of `ctx.args`, in order. */
  path: string;
  handler: Handler;
  /** Stripe.js may call it with a publishable key (it then checks the client secret itself). */
  publishable?: boolean;
}
