// Helpers for end-to-end tests of the merchant admin (sdk/admin) on the real stack: the mailbox,
// signing in as a person does, pages that record every error, and screenshots at both widths and themes.
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { paths } from "../paths";
import { launchChromium } from "./browser";
import { type BootedStack, bootBeside } from "./stack";

/** Where admin screenshots go (git-ignored; docs/screenshots/admin keeps the set last looked at). */
export const ADMIN_SHOTS = join(paths.root, "test-results", "admin");

/** What an admin e2e file shares: the stack, one Chromium, and the Auth emulator's origin (its mailbox). */
export interface AdminStack {
  stack: BootedStack;
  browser: Browser;
  auth: string;
}

/** Boots the stack and Chromium side by side (a file's `before`). */
export async function bootAdmin(): Promise<AdminStack> {
  const [stack, browser] = await bootBeside(launchChromium());
  return { stack, browser, auth: `http://127.0.0.1:${stack.ports.auth}` };
}

/** Closes what `bootAdmin` started (a file's `after`), also when the boot failed half way. */
export async function stopAdmin({ stack, browser }: Partial<AdminStack>): Promise<void> {
  await browser?.close();
  await stack?.stop();
}

/** Calls the API at `base` with `headers`: POST with a JSON `body`, GET without; asserts a 2xx and resolves its JSON. */
export async function requestJson<T>(base: string, path: string, headers: Record<string, string>, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { ...headers, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as T;
  assert.ok(response.ok, `${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** The signed-in person's access token in `page` (supabase-js keeps the session in localStorage under sb-<host>-auth-token). */
export const accessToken = async (page: Page): Promise<string> =>
  (await page.evaluate(
    "JSON.parse(Object.entries(localStorage).find(([key]) => key.endsWith('-auth-token'))?.[1] ?? '{}').access_token",
  )) as string;

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

/** The admin's accept-invitation link in the newest mail to `email`. */
export async function invitationLink(auth: string, email: string): Promise<string> {
  const link = (await newestMail(auth, email)).links.find((candidate) => candidate.includes("/admin/accept-invitation"));
  assert.ok(link, `the invitation mail to ${email} links to the admin`);
  return link;
}

/**
 * In a browser context of its own: opens the invitation mailed to `email`, signs in with the code
 * and continues into the admin. Close it with `page.context().close()`.
 */
export async function joinAsInvited(browser: Browser, auth: string, email: string, errors: string[]): Promise<Page> {
  const link = await invitationLink(auth, email);
  const page = await openPage(await browser.newContext({ viewport: { width: 1280, height: 860 } }), errors);
  await page.goto(link);
  await signInWithCode(page, auth, email);
  await page.getByRole("link", { name: "Continue" }).click({ timeout: 15_000 });
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

/**
 * Waits for the document title (each page header sets it; a RegExp: a title that matches), polling
 * `page.title()` from here: pages render asynchronously, and `waitForFunction` with a string is an
 * eval, which the admin's CSP (script-src 'self') refuses.
 */
export async function titled(page: Page, title: string | RegExp): Promise<void> {
  const matches = (text: string) => (typeof title === "string" ? text === title : title.test(text));
  for (let attempt = 0; attempt < 150; attempt++) {
    if (matches(await page.title())) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const last = await page.title();
  assert.ok(matches(last), `the title is "${last}", not ${title}`);
}

/**
 * Screenshots of the page at 1280 px and 375 px, light and dark: `<name>-<desktop|phone>-<light|dark>.png`.
 * At 375 px the page must not be wider than the screen (nothing to scroll sideways). A dialog is taken
 * with `fullPage: false`: its backdrop covers the screen, not the whole scrolled page. A full page is
 * taken from the top: scrolled, its sticky header would be drawn half way down the picture.
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
      // A function, not a string (no eval under the admin's CSP), and no DOM types in local/.
      if (fullPage) await page.locator("html").evaluate((root) => ((root as unknown as { scrollTop: number }).scrollTop = 0));
      // Past the layout's transitions (the phone drawer slides for 0.2 s after the width changes,
      // which is with each width's first, light, picture); a scheme change only redraws the charts.
      await page.waitForTimeout(scheme === "light" ? 300 : 100);
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
