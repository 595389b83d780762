import { couponRoutes } from "../billing/coupons";
import { invoiceItemRoutes } from "../billing/invoice-items";
import { invoicePaymentRoutes } from "../billing/invoice-payments";
import { invoiceRoutes } from "../billing/invoices";
import { scheduleRoutes } from "../billing/schedules";
import { subscriptionItemRoutes } from "../billing/subscription-items";
import { subscriptionRoutes } from "../billing/subscriptions";
import { testClockRoutes } from "../billing/test-clocks";
import { accountRoutes } from "../connect/accounts";
import { applicationFeeRoutes } from "../connect/application-fees";
import { linkRoutes } from "../connect/links";
import { eventRoutes } from "../events/routes";
import type { Route } from "../http/context";
import { chargeRoutes } from "../payments/charges";
import { paymentIntentRoutes } from "../payments/payment-intent-routes";
import { paymentMethodRoutes } from "../payments/payment-methods";
import { refundRoutes } from "../payments/refunds";
import { setupIntentRoutes } from "../payments/setup-intents";
import { customerRoutes } from "./customers";
import { priceRoutes } from "./prices";
import { productRoutes } from "./products";

/** Every `/v1` endpoint the emulator speaks. */
export const apiRoutes: Route[] = [
  ...customerRoutes,
  ...productRoutes,
  ...priceRoutes,
  ...paymentMethodRoutes,
  ...paymentIntentRoutes,
  ...setupIntentRoutes,
  ...chargeRoutes,
  ...refundRoutes,
  ...accountRoutes,
  ...linkRoutes,
  ...applicationFeeRoutes,
  ...eventRoutes,
  ...couponRoutes,
  ...subscriptionRoutes,
  ...subscriptionItemRoutes,
  ...invoiceRoutes,
  ...invoiceItemRoutes,
  ...invoicePaymentRoutes,
  ...testClockRoutes,
  ...scheduleRoutes,
];
