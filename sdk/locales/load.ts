import type { ElementMessages } from "./element-messages";

/** The languages that load on demand (English is in every script). */
export type OnDemandLocale = "fr";

/**
 * Loads one language's messages. In the npm package this is an `import()` the app's bundler splits
 * off; the all-in-one browser script swaps this module for ./load.script.ts.
 */
export function loadLocale(locale: OnDemandLocale): Promise<ElementMessages> {
  const modules = { fr: () => import("./fr").then((module) => module.fr) };
  return modules[locale]();
}
