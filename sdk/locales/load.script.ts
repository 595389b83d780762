import type { ElementMessages } from "./element-messages";
import type { OnDemandLocale } from "./load";

/** Written in by the browser build (sdk/rollup.config.mjs): each language's script, content-hashed, and its SRI value. */
declare const BILLINGOS_LOCALE_SCRIPTS: Record<OnDemandLocale, { file: string; integrity: string }>;

/** Language scripts sit next to this script (e.g. /sdk/billingos.fr.<hash>.js beside /sdk/billingos.<hash>.js). */
const base = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : location.href;

/**
 * The all-in-one script's `loadLocale`: adds the language's script (./fr.script.ts, built on its own)
 * with its integrity, so the page's SRI on our script extends to it, and reads what it registered.
 * It comes from the same origin as our script, so a CSP that admits our script admits it too.
 */
export function loadLocale(locale: OnDemandLocale): Promise<ElementMessages> {
  const { file, integrity } = BILLINGOS_LOCALE_SCRIPTS[locale];
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement("script"), { src: new URL(file, base).href, integrity, crossOrigin: "anonymous" });
    script.addEventListener("load", () => {
      const messages = (globalThis as { BillingOSLocales?: Partial<Record<OnDemandLocale, ElementMessages>> }).BillingOSLocales?.[locale];
      if (messages) resolve(messages);
      else reject(new Error(`${file} registered no messages`));
    });
    script.addEventListener("error", () => reject(new Error(`${file} did not load`)));
    document.head.append(script);
  });
}
