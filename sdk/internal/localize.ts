import type { ElementMessages } from "../locales/element-messages";
import { loadLocale, type OnDemandLocale } from "../locales/load";

/**
 * Localisation: one mechanism for every element. English is in every script; every other language
 * is one module with every element's texts (locales/fr.ts), typed so that it must provide every
 * message (a missing French string is a type error, not a runtime fallback), loaded once per page
 * when an element first needs it: `localeReady` starts the load and the base element holds its
 * render until it is in, so no English flashes first. Numbers, money and dates never live in
 * catalogues: they go through Intl with the same locale.
 *
 * Why not @lit/localize: its runtime locale is global to the page, while each <billing-provider>
 * has its own `locale`; and its extraction step (lit-localize) adds a build stage for ~60 strings.
 */
export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];

/** The supported locale closest to `locale` ("fr-CA" → "fr"; anything unsupported → "en"). */
export function supportedLocale(locale: string | undefined): Locale {
  const language = (locale ?? "en").toLowerCase().split("-")[0] as Locale;
  return LOCALES.includes(language) ? language : "en";
}

const loaded: Partial<Record<OnDemandLocale, ElementMessages>> = {};
const loading: Partial<Record<OnDemandLocale, Promise<void>>> = {};
/** Elements that stopped waiting (see LOCALE_WAIT_MS) and render again when the language arrives. */
const latecomers = new Set<{ requestUpdate(): void }>();
const failed = new Set<OnDemandLocale>();

/** How long an element holds its render for a language: a stalled load must not leave it blank. */
export const LOCALE_WAIT_MS = 3000;

/**
 * Undefined when `locale`'s messages can be used now; else a promise that settles once they can,
 * or after LOCALE_WAIT_MS (then `host` renders in English and again in its language once that
 * arrives). It never rejects: a language that fails to load, e.g. blocked by the page's CSP,
 * leaves English, with a warning, and is not tried again on this page.
 */
export function localeReady(locale: string | undefined, host: { requestUpdate(): void }): Promise<void> | undefined {
  const wanted = supportedLocale(locale);
  if (wanted === "en" || loaded[wanted] || failed.has(wanted)) return undefined;
  loading[wanted] ??= loadLocale(wanted).then(
    (messages) => {
      loaded[wanted] = messages;
      for (const element of latecomers) element.requestUpdate();
      latecomers.clear();
    },
    (error: unknown) => {
      failed.add(wanted);
      latecomers.clear();
      console.warn(`BillingOS: the ${wanted} messages did not load; showing English.`, error);
    },
  );
  const waited = new Promise<void>((resolve) =>
    setTimeout(() => {
      if (!loaded[wanted] && !failed.has(wanted)) latecomers.add(host);
      resolve();
    }, LOCALE_WAIT_MS),
  );
  return Promise.race([loading[wanted], waited]);
}

/** `element`'s texts in `locale` when that language is loaded (see `localeReady`), else `en`. */
export function messagesFor<K extends keyof ElementMessages>(
  element: K,
  en: ElementMessages[K],
  locale: string | undefined,
): ElementMessages[K] {
  const wanted = supportedLocale(locale);
  return (wanted === "en" ? undefined : loaded[wanted]?.[element]) ?? en;
}

/** The page's language: the nearest `lang` attribute, else the browser's. */
export function pageLocale(element: Element): string {
  return element.closest("[lang]")?.getAttribute("lang") || navigator.language || "en";
}

/** A date (Unix seconds) for people, in `locale`. */
export function formatDate(seconds: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(seconds * 1000));
}

/** An integer for people, in `locale` (1,000 / 1 000). */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}
