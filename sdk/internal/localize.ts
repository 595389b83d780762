/**
 * Localisation: one mechanism for every element. Each element keeps its texts in a catalogue typed
 * so that every supported locale must provide every message (a missing French string is a type
 * error, not a runtime fallback); `messagesFor` picks the catalogue entry for a BCP 47 locale.
 * Numbers, money and dates never live in catalogues: they go through Intl with the same locale.
 *
 * Why not @lit/localize: its runtime locale is global to the page, while each <billing-provider>
 * has its own `locale`; and its extraction step (lit-localize) adds a build stage for ~60 strings.
 */
export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];

/** Messages of one element in every supported locale. */
export type Catalogue<M> = Record<Locale, M>;

/** The supported locale closest to `locale` ("fr-CA" → "fr"; anything unsupported → "en"). */
export function supportedLocale(locale: string | undefined): Locale {
  const language = (locale ?? "en").toLowerCase().split("-")[0] as Locale;
  return LOCALES.includes(language) ? language : "en";
}

export function messagesFor<M>(catalogue: Catalogue<M>, locale: string | undefined): M {
  return catalogue[supportedLocale(locale)];
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
