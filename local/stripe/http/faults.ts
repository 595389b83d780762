import { StripeApiError } from "./errors";

/**
 * Failures a test asks for, to prove callers survive Stripe misbehaving: `before` answers an error
 * without running the request (Stripe overloaded: 429, 500, 503); `after` runs it, saves it under
 * its idempotency key, then answers 500 as if the response were lost on the way back — the case
 * where only retrying with the same Idempotency-Key avoids a duplicate.
 */
export interface Fault {
  id: string;
  method: string;
  /** The API path, exact (`/v1/subscriptions`) or with a trailing `*` as a prefix. */
  path: string;
  /** Only requests for this connected account (Stripe-Account), so parallel tests do not meet each other's faults. */
  account: string | null;
  status: 429 | 500 | 503;
  when: "before" | "after";
  remaining: number;
}

export type FaultInput = Omit<Fault, "id">;

const STATUSES = new Set([429, 500, 503]);

export class Faults {
  private list: Fault[] = [];
  private counter = 0;

  add(input: Record<string, unknown>): Fault {
    const method = String(input.method ?? "POST").toUpperCase();
    const path = String(input.path ?? "");
    const status = Number(input.status ?? 500);
    const when = input.when === "after" ? "after" : "before";
    const times = Number(input.times ?? 1);
    if (!path.startsWith("/v1/")) throw new TypeError("path must start with /v1/");
    if (!STATUSES.has(status)) throw new TypeError("status must be 429, 500 or 503");
    if (when === "after" && status !== 500) throw new TypeError("an `after` fault answers 500");
    if (!Number.isInteger(times) || times < 1 || times > 100) throw new TypeError("times must be an integer from 1 to 100");
    const fault: Fault = {
      id: `fault_${++this.counter}`,
      method,
      path,
      account: typeof input.account === "string" ? input.account : null,
      status: status as Fault["status"],
      when,
      remaining: times,
    };
    this.list.push(fault);
    return fault;
  }

  all(): Fault[] {
    return this.list.map((fault) => ({ ...fault }));
  }

  clear(account?: string) {
    this.list = account ? this.list.filter((fault) => fault.account !== account) : [];
  }

  /** Takes one use of the first fault matching this request, if any. */
  take(method: string, path: string, account: string | null, when: Fault["when"]): Fault | undefined {
    const fault = this.list.find(
      (candidate) =>
        candidate.when === when &&
        candidate.method === method &&
        candidate.account === account &&
        (candidate.path.endsWith("*") ? path.startsWith(candidate.path.slice(0, -1)) : path === candidate.path),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.list = this.list.filter((other) => other !== fault);
    return fault;
  }
}

/** The error Stripe answers with that status. */
export function faultError(status: Fault["status"]): StripeApiError {
  if (status === 429)
    return new StripeApiError(429, {
      type: "invalid_request_error",
      code: "rate_limit",
      message: "Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.",
    });
  return new StripeApiError(status, {
    type: "api_error",
    message: "An unknown error occurred. (injected by the emulator's /_emulator/faults)",
  });
}
