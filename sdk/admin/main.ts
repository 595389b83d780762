// The merchant admin's script (/admin/assets/admin.js): defines the first load's elements (the other
// pages' load on demand: pages/index.ts), then starts the app in <billing-admin-app> with the
// Supabase Auth settings the worker writes into the page.
// @lit-labs/router matches with URLPattern, which Firefox and Safari only ship in recent versions:
// the polyfill installs itself only where the browser has none.
import "urlpattern-polyfill";
import "./define-first";
import { createAuthClient, readAuthConfig } from "./session/auth-config";

const app = document.querySelector("billing-admin-app");
if (app) {
  try {
    const config = readAuthConfig();
    app.config = config;
    app.supabase = createAuthClient(config);
  } catch (error) {
    app.phase = { name: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}
