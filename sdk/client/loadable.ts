import type { BillingError } from "./errors";

/** What a store holds while its data is fetched: elements render a skeleton, the data or the error. */
export type Loadable<T> =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; data: T }
  | { status: "error"; error: BillingError };
