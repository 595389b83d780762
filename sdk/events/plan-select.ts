/** `billing-plan-select`: a visitor chose a plan in <billing-pricing-table>. */
export interface PlanSelectDetail {
  price: string;
  product: string;
  /** null for a one-time price. */
  interval: "day" | "week" | "month" | "year" | null;
  interval_count: number | null;
  currency: string;
  quantity: number;
  /** The customer's current subscription when a signed-in customer picks another plan (a plan change, not a new purchase). */
  subscription: string | null;
}

export type PlanSelectEvent = CustomEvent<PlanSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    "billing-plan-select": PlanSelectEvent;
  }
}
