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
];
