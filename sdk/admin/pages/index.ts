import { html } from "lit";
import { icons } from "./icons";
import type { AdminPage } from "./page";

// Each folder's elements, loaded when one of its pages is first opened (the customers list is in
// the first load: ../define-first.ts).
const home = () => import("./home/define");
const customer = () => import("./customers/define");
const subscriptions = () => import("./subscriptions/define");
const products = () => import("./products/define");
const analytics = () => import("./analytics/define");
const fees = () => import("./fees/define");
const apiKeys = () => import("./api-keys/define");
const webhooks = () => import("./webhooks/define");
const settings = () => import("./settings/define");
const team = () => import("./team/define");

/**
 * Every page of the admin, in one list: the router and the navigation are built from it. To add a
 * page, write its element under pages/<name>/, define it in that folder's define.ts and add one
 * entry here with that module as `load` (see ../README.md).
 */
export const adminPages: AdminPage[] = [
  {
    path: "",
    load: home,
    render: () => html`<billing-admin-home></billing-admin-home>`,
    nav: { label: "Home", icon: icons.home, order: 0 },
  },
  {
    path: "customers",
    render: () => html`<billing-admin-customers></billing-admin-customers>`,
    nav: { label: "Customers", icon: icons.customers, order: 10, prefix: "customers" },
  },
  {
    path: "customers/:id",
    load: customer,
    render: ({ id }) => html`<billing-admin-customer customer-id=${id ?? ""}></billing-admin-customer>`,
  },
  {
    path: "subscriptions",
    load: subscriptions,
    render: () => html`<billing-admin-subscriptions></billing-admin-subscriptions>`,
    nav: { label: "Subscriptions", icon: icons.subscriptions, order: 20, prefix: "subscriptions" },
  },
  {
    path: "subscriptions/:id",
    load: subscriptions,
    render: ({ id }) => html`<billing-admin-subscription subscription-id=${id ?? ""}></billing-admin-subscription>`,
  },
  {
    path: "products",
    load: products,
    render: () => html`<billing-admin-products></billing-admin-products>`,
    nav: { label: "Products", icon: icons.products, order: 30, prefix: "products" },
  },
  {
    path: "products/new",
    load: products,
    render: () => html`<billing-admin-new-product></billing-admin-new-product>`,
    requires: "catalogue",
  },
  { path: "products/preview", load: products, render: () => html`<billing-admin-pricing-preview></billing-admin-pricing-preview>` },
  {
    path: "products/:id",
    load: products,
    render: ({ id }) => html`<billing-admin-product product-id=${id ?? ""}></billing-admin-product>`,
  },
  {
    path: "analytics",
    load: analytics,
    render: () => html`<billing-admin-analytics></billing-admin-analytics>`,
    nav: { label: "Analytics", icon: icons.analytics, order: 40 },
  },
  {
    path: "fees",
    load: fees,
    render: () => html`<billing-admin-fees></billing-admin-fees>`,
    nav: { label: "Fees", icon: icons.fees, order: 60 },
  },
  {
    path: "api-keys",
    load: apiKeys,
    render: () => html`<billing-admin-api-keys></billing-admin-api-keys>`,
    nav: { label: "API keys", icon: icons.keys, order: 80, prefix: "api-keys" },
  },
  {
    path: "webhooks",
    load: webhooks,
    render: () => html`<billing-admin-webhooks></billing-admin-webhooks>`,
    nav: { label: "Webhooks", icon: icons.webhooks, order: 82, prefix: "webhooks" },
  },
  {
    path: "webhooks/:id",
    load: webhooks,
    render: ({ id }) => html`<billing-admin-webhook endpoint-id=${id ?? ""}></billing-admin-webhook>`,
  },
  {
    path: "settings",
    load: settings,
    render: () => html`<billing-admin-business></billing-admin-business>`,
    nav: { label: "Settings", icon: icons.settings, order: 90, prefix: "settings" },
  },
  { path: "settings/stripe", load: settings, render: () => html`<billing-admin-stripe></billing-admin-stripe>` },
  { path: "settings/failed-payments", load: settings, render: () => html`<billing-admin-failed-payments></billing-admin-failed-payments>` },
  { path: "settings/audit-log", load: settings, render: () => html`<billing-admin-audit-log></billing-admin-audit-log>` },
  { path: "settings/billing", load: settings, render: () => html`<billing-admin-billing></billing-admin-billing>` },
  { path: "settings/branding", load: settings, render: () => html`<billing-admin-branding></billing-admin-branding>` },
  {
    path: "team",
    load: team,
    render: () => html`<billing-admin-team></billing-admin-team>`,
    nav: { label: "Team", icon: icons.customers, order: 85 },
  },
];

/** The list a record's page belongs to (`/admin/customers/cus_1` → `/admin/customers`); undefined for other pages. */
export function listOfRecordPage(pathname: string): string | undefined {
  const rest = pathname.replace(/^\/admin\//, "").replace(/\/$/, "");
  const [list, id, ...more] = rest.split("/");
  if (!id || more.length > 0 || adminPages.some((page) => page.path === rest)) return undefined;
  return adminPages.some((page) => page.path === `${list}/:id`) ? `/admin/${list}` : undefined;
}
