import { html } from "lit";
import { icons } from "./icons";
import type { AdminPage } from "./page";

/**
 * Every page of the admin, in one list: the router and the navigation are built from it. To add a
 * page, write its element under pages/<name>/, define it in ../define.ts and add one entry here
 * (see ../README.md).
 */
export const adminPages: AdminPage[] = [
  { path: "", render: () => html`<billing-admin-home></billing-admin-home>`, nav: { label: "Home", icon: icons.home, order: 0 } },
  {
    path: "customers",
    render: () => html`<billing-admin-customers></billing-admin-customers>`,
    nav: { label: "Customers", icon: icons.customers, order: 10, prefix: "customers" },
  },
  {
    path: "customers/:id",
    render: ({ id }) => html`<billing-admin-customer customer-id=${id ?? ""}></billing-admin-customer>`,
  },
  {
    path: "subscriptions",
    render: () => html`<billing-admin-subscriptions></billing-admin-subscriptions>`,
    nav: { label: "Subscriptions", icon: icons.subscriptions, order: 20, prefix: "subscriptions" },
  },
  {
    path: "subscriptions/:id",
    render: ({ id }) => html`<billing-admin-subscription subscription-id=${id ?? ""}></billing-admin-subscription>`,
  },
];
