/** Stripe's cancellation_details.feedback values (an empty string, read as null, unsets it). */
export const CANCELLATION_FEEDBACK = [
  "customer_service",
  "low_quality",
  "missing_features",
  "other",
  "switched_service",
  "too_complex",
  "too_expensive",
  "unused",
] as const;

/** Parameter shapes shared by subscription create, update and invoice previews. */
export const itemShape = {
  object: {
    id: "string",
    price: "string",
    quantity: "integer",
    deleted: "boolean",
    metadata: "metadata",
    clear_usage: "boolean",
    discounts: "any",
    tax_rates: "any",
  },
} as const;
export const discountShape = { array: { object: { coupon: "string", promotion_code: "string", discount: "string" } } } as const;

export const updateShape = {
  items: { array: itemShape },
  proration_behavior: { enum: ["create_prorations", "always_invoice", "none"] },
  proration_date: "integer",
  cancel_at_period_end: "boolean",
  cancel_at: "integer",
  cancellation_details: { object: { comment: "string", feedback: { enum: CANCELLATION_FEEDBACK } } },
  pause_collection: { object: { behavior: { enum: ["keep_as_draft", "mark_uncollectible", "void"] }, resumes_at: "integer" } },
  default_payment_method: "string",
  metadata: "metadata",
  trial_end: "timestamp_or_now",
  payment_behavior: { enum: ["allow_incomplete", "default_incomplete", "error_if_incomplete", "pending_if_incomplete"] },
  application_fee_percent: "string",
  description: "string",
  billing_cycle_anchor: { enum: ["now", "unchanged"] },
  discounts: discountShape,
  collection_method: { enum: ["charge_automatically", "send_invoice"] },
  days_until_due: "integer",
  off_session: "boolean",
  trial_settings: { object: { end_behavior: { object: { missing_payment_method: { enum: ["cancel", "create_invoice", "pause"] } } } } },
  payment_settings: {
    object: {
      save_default_payment_method: { enum: ["off", "on_subscription"] },
      payment_method_types: "any",
      payment_method_options: "any",
    },
  },
} as const;

export const subscriptionShape = {
  ...updateShape,
  customer: "string",
  currency: "string",
  trial_period_days: "integer",
  trial_from_plan: "boolean",
} as const;
