import type Stripe from "stripe";
import { emit } from "../events/events";
import type { EmulatorCore, ScopeContext } from "../http/context";
import { mustGet } from "../resources/lookup";
import { attemptInvoicePayment, finalizeInvoice } from "./invoice-lifecycle";
import {
  cancelSubscription,
  endTrial,
  expireIncomplete,
  expirePendingUpdate,
  INCOMPLETE_EXPIRY_SECONDS,
  periodOf,
  renew,
  saveSubscription,
  TRIAL_WILL_END_SECONDS,
} from "./subscription-cycle";
import { previewSubscriptionInvoice } from "./subscription-update";

/**
 * The scheduler behind test clocks and the wall clock: what falls due (draft invoices finalizing an hour
 * after creation, payment retries, trial ends, renewals, cancellations, incomplete expiry) and when.
 */
/** `invoice.upcoming` goes out this long before a renewal (Stripe's default setting is seven days). */
export const UPCOMING_NOTICE_SECONDS = 7 * 86_400;

export interface Due {
  at: number;
  /** Lower runs first when two things fall on the same second (invoices settle before periods roll). */
  order: number;
  run: () => void;
}

/** Everything due by `limit` for the customers on `clockId` (null: customers without a test clock), earliest first. */
export function dueWork(ctx: ScopeContext, clockId: string | null, limit: number): Due[] {
  const store = ctx.emulator.store;
  const customers = new Set(
    store
      .all<Stripe.Customer>(ctx.scope, "customers")
      .filter((customer) => (customer.test_clock ?? null) === clockId)
      .map((customer) => customer.id),
  );
  const work: Due[] = [];
  const load = (id: string) => mustGet<Stripe.Subscription>(ctx, "subscriptions", id, "subscription");
  for (const invoice of store.all<Stripe.Invoice>(ctx.scope, "invoices")) {
    if (!customers.has(String(invoice.customer))) continue;
    const finalizesAt = invoice.automatically_finalizes_at;
    if (invoice.status === "draft" && invoice.auto_advance && finalizesAt !== null && finalizesAt <= limit)
      work.push({
        at: finalizesAt,
        order: 0,
        run: () => {
          const finalized = finalizeInvoice(ctx, invoice, finalizesAt);
          if (finalized.status === "open" && finalized.collection_method === "charge_automatically")
            attemptInvoicePayment(ctx, finalized, finalizesAt);
        },
      });
    const retryAt = invoice.next_payment_attempt;
    if (invoice.status === "open" && retryAt !== null && retryAt <= limit)
      work.push({
        at: retryAt,
        order: 1,
        run: () => attemptInvoicePayment(ctx, mustGet<Stripe.Invoice>(ctx, "invoices", invoice.id, "invoice"), retryAt),
      });
  }
  for (const subscription of store.all<Stripe.Subscription>(ctx.scope, "subscriptions")) {
    if (!customers.has(String(subscription.customer))) continue;
    const period = periodOf(subscription);
    const id = subscription.id;
    if (subscription.status === "trialing" && subscription.trial_end !== null) {
      const warnAt = subscription.trial_end - TRIAL_WILL_END_SECONDS;
      if (store.link(id, "trial_will_end") !== String(subscription.trial_end) && warnAt <= limit && warnAt > subscription.created)
        work.push({
          at: warnAt,
          order: 2,
          run: () => {
            store.setLink(id, "trial_will_end", String(subscription.trial_end));
            emit(ctx, "customer.subscription.trial_will_end", load(id));
          },
        });
      if (subscription.trial_end <= limit)
        work.push({ at: subscription.trial_end, order: 3, run: () => endTrial(ctx, load(id), subscription.trial_end ?? limit) });
    }
    if (["active", "past_due", "unpaid"].includes(subscription.status)) {
      // Stripe's "upcoming renewal" notice, seven days before a period ends (when the period is longer than that).
      const upcomingAt = period.end - UPCOMING_NOTICE_SECONDS;
      if (
        !subscription.cancel_at_period_end &&
        upcomingAt > period.start &&
        upcomingAt <= limit &&
        store.link(id, "upcoming_for") !== String(period.end)
      )
        work.push({
          at: upcomingAt,
          order: 2,
          run: () => {
            store.setLink(id, "upcoming_for", String(period.end));
            emit(ctx, "invoice.upcoming", previewSubscriptionInvoice(ctx, load(id), {}, upcomingAt));
          },
        });
      const cancelAt = subscription.cancel_at;
      if (cancelAt !== null && cancelAt < period.end && cancelAt <= limit)
        work.push({ at: cancelAt, order: 3, run: () => cancelSubscription(ctx, load(id), cancelAt, "cancellation_requested") });
      else if (period.end <= limit) work.push({ at: period.end, order: 3, run: () => renew(ctx, load(id), period.end) });
      const resumesAt = subscription.pause_collection?.resumes_at;
      if (resumesAt && resumesAt <= limit)
        work.push({ at: resumesAt, order: 2, run: () => saveSubscription(ctx, load(id), { ...load(id), pause_collection: null }) });
    }
    const expiresAt = subscription.pending_update?.expires_at;
    if (expiresAt !== undefined && expiresAt <= limit)
      work.push({ at: expiresAt, order: 2, run: () => expirePendingUpdate(ctx, load(id), expiresAt) });
    if (subscription.status === "incomplete" && subscription.created + INCOMPLETE_EXPIRY_SECONDS <= limit)
      work.push({
        at: subscription.created + INCOMPLETE_EXPIRY_SECONDS,
        order: 4,
        run: () => expireIncomplete(ctx, load(id), subscription.created + INCOMPLETE_EXPIRY_SECONDS),
      });
  }
  return work.sort((a, b) => a.at - b.at || a.order - b.order);
}

/** Runs what is due by now for customers without a test clock (in every mode and account). */
export function runWallClock(core: EmulatorCore) {
  const now = Math.floor(Date.now() / 1000);
  for (const scope of core.store.scopes()) {
    const [mode, owner] = scope.split("/");
    const ctx: ScopeContext = {
      emulator: core,
      scope,
      livemode: mode === "live",
      account: owner === "platform" ? null : (owner ?? null),
      request: null,
    };
    for (let step = 0; step < 1_000; step++) {
      const [next] = dueWork(ctx, null, now);
      if (!next) break;
      next.run();
    }
  }
}
