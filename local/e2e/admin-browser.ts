// Helpers for end-to-end tests of the merchant admin (sdk/admin) on the real stack: the mailbox,
// signing in as a person does, pages that record every error, and screenshots at both widths and themes.
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { paths } from "../paths";

/** Where admin screenshots go (git-ignored; docs/screenshots/admin keeps the set last looked at). */
export const ADMIN_SHOTS = join(paths.root, "test-results", "admin");

export interface Mail {
  subject: string;
  text: string;
  links: string[];
}

/** The newest mail to `to` in the Auth emulator's mailbox at `auth` (its origin), waiting for it to arrive. */
export async function newestMail(auth: string, to: string): Promise<Mail> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const mails = (await (await fetch(`${auth}/mailbox/messages?to=${encodeURIComponent(to)}`)).json()) as Mail[];
    if (mails[0]) return mails[0];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail to ${to}`);
}

/**
 * A page that records into `errors` every page error, console error and failed request (with its
 * address: Chromium's console line for it has none). A test that provokes a failure on purpose
 * names its status.
 */
export async function openPage(context: BrowserContext, errors: string[], expectedStatus?: number): Promise<Page> {
  const page = await context.newPage();
  const failedLoad = /^Failed to load resource: the server responded with a status of/;
  page.on("console", (message) => message.type() === "error" && !failedLoad.test(message.text()) && errors.push(message.text()));
  page.on("response", (response) => {
    if (response.status() >= 400 && response.status() !== expectedStatus)
      errors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return page;
}

/** On the sign-in page: asks for the e-mail with the magic link and the code. */
export async function requestSignIn(page: Page, email: string): Promise<void> {
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.getByText(`We sent a link and a code to ${email}.`).waitFor();
}

/** On the sign-in page's code step: enters the 6-digit code from the newest mail to `email`. */
export async function enterCode(page: Page, auth: string, email: string): Promise<void> {
  const code = /code: (\d{6})/.exec((await newestMail(auth, email)).text)?.[1];
  assert.ok(code, "the mail carries a 6-digit code");
  await page.getByLabel("Or enter the 6-digit code").fill(code);
  await page.getByRole("button", { name: "Verify code" }).click();
}

/** On the sign-in page: signs in with the 6-digit code from the mail. */
export async function signInWithCode(page: Page, auth: string, email: string): Promise<void> {
  await requestSignIn(page, email);
  await enterCode(page, auth, email);
}

/** Opens the admin at `path` (e.g. /admin/customers) and signs in with the code; the page then shows `path`. */
export async function signedInAt(page: Page, api: string, auth: string, email: string, path = "/admin/"): Promise<void> {
  await page.goto(`${api}${path}`);
  await signInWithCode(page, auth, email);
}

/** Waits for the document title (each page header sets it), polling: pages render asynchronously. */
export async function titled(page: Page, title: string): Promise<void> {
  await page.waitForFunction(`document.title === ${JSON.stringify(title)}`);
}

/**
 * Screenshots of the page at 1280 px and 375 px, light and dark: `<name>-<desktop|phone>-<light|dark>.png`.
 * At 375 px the page must not be wider than the screen (nothing to scroll sideways). A dialog is taken
 * with `fullPage: false`: its backdrop covers the screen, not the whole scrolled page.
 */
export async function screenshots(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await mkdir(ADMIN_SHOTS, { recursive: true });
  const viewport = page.viewportSize() ?? { width: 1280, height: 860 };
  const fullPage = options.fullPage ?? true;
  for (const [width, label] of [
    [1280, "desktop"],
    [375, "phone"],
  ] as const) {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 860 });
      // A full-page shot of a scrolled page draws the sticky header and nav where they stuck: scroll to
      // the top first (with the wheel: the admin's CSP refuses the eval a scripted scroll would need),
      // from the screen's bottom-right corner (inside the new width; page padding, nothing to hover).
      if (fullPage) {
        await page.mouse.move(width - 2, 858);
        await page.mouse.wheel(0, -100_000);
      }
      // Past the layout's transitions (the phone drawer slides for 0.2 s after the width changes) and the scroll.
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(ADMIN_SHOTS, `${name}-${label}-${scheme}.png`), fullPage });
      if (width === 375) {
        const scrollWidth = (await page.evaluate("document.documentElement.scrollWidth")) as number;
        assert.ok(scrollWidth <= 375, `${name} is ${scrollWidth}px wide at 375`);
      }
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize(viewport);
}
