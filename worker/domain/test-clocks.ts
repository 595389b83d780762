import Stripe from "stripe";
import { InvalidRequestError, NotFoundError } from "../shared/errors";
import type { BillingContext } from "./billing-context";

export type TestClock = Stripe.TestHelpers.TestClock;

export const serializeTestClock = (clock: TestClock) => ({
  id: clock.id,
  object: "test_clock" as const,
  frozen_time: clock.frozen_time,
  status: clock.status,
  name: clock.name ?? null,
});

/** Test clocks exist only in test mode: a live-mode call is refused before anything reaches Stripe. */
export function assertTestMode(billing: { context: BillingContext["context"] }, param?: string) {
  if (billing.context.tenant.livemode)
    throw new InvalidRequestError(
      "livemode_not_supported",
      "Test clocks simulate time in test mode only; use a test-mode key (or switch the dashboard to test mode).",
      param,
    );
}

/**
 * The clock on this organisation's connected account. Another organisation's clock lives on another
 * account, so Stripe answers resource_missing: that is our 404.
 */
export async function retrieveTestClock(billing: BillingContext, id: string): Promise<TestClock> {
  assertTestMode(billing);
  try {
    return await billing.stripe.testHelpers.testClocks.retrieve(id, {}, billing.on);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === "resource_missing")
      throw new NotFoundError(`No such test clock: '${id}'.`, "resource_missing", "id");
    throw error;
  }
}

export async function createTestClock(billing: BillingContext, input: { frozen_time?: number; name?: string }): Promise<TestClock> {
  assertTestMode(billing);
  return billing.stripe.testHelpers.testClocks.create(
    { frozen_time: input.frozen_time ?? Math.floor(Date.now() / 1000), ...(input.name ? { name: input.name } : {}) },
    billing.on,
  );
}

/** Moves the clock forward; Stripe runs everything that falls due (renewals, retries, trial ends) on the way. */
export async function advanceTestClock(billing: BillingContext, id: string, frozenTime: number): Promise<TestClock> {
  const clock = await retrieveTestClock(billing, id);
  if (frozenTime <= clock.frozen_time)
    throw new InvalidRequestError(
      "parameter_invalid",
      `frozen_time must be later than the clock's current frozen_time (${clock.frozen_time}).`,
      "frozen_time",
    );
  return billing.stripe.testHelpers.testClocks.advance(id, { frozen_time: frozenTime }, billing.on);
}

/** For POST /v1/customers: the clock must be one of this organisation's (test mode only), else 400 on `test_clock`. */
export async function assertOwnTestClock(billing: BillingContext, id: string): Promise<void> {
  assertTestMode(billing, "test_clock");
  try {
    await retrieveTestClock(billing, id);
  } catch (error) {
    if (error instanceof NotFoundError) throw new InvalidRequestError("resource_missing", `No such test clock: '${id}'.`, "test_clock");
    throw error;
  }
}
