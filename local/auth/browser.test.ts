import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { launchChromium } from "../e2e/browser";
import { client, fragmentParams, latestSignInMail, startTestAuth, type TestAuth } from "./test-support";

let auth: TestAuth;
let browser: Browser;

before(async () => {
  auth = await startTestAuth();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await auth?.dispose();
});

describe("in Chromium", () => {
  it("OAuth: authorize → local consent page → approve → PKCE code → session", async () => {
    const supabase = client(auth, { auth: { flowType: "pkce" } });
    const appUrl = `${auth.url}/auth/v1/health`; // any page on a loopback origin can stand in for the app
    const { data, error } = await supabase.auth.signInWithOAuth({
      provider: "github",
      options: { redirectTo: appUrl, skipBrowserRedirect: true },
    });
    assert.equal(error, null);
    const page = await browser.newPage();
    try {
      await page.goto(data.url ?? "");
      assert.match((await page.locator("h1").textContent()) ?? "", /Sign in with github/);
      await page.fill("#email", "octo@example.test");
      await Promise.all([page.waitForURL((url) => url.pathname === "/auth/v1/health"), page.click("#approve button")]);
      const landed = new URL(page.url());
      const code = landed.searchParams.get("code") ?? "";
      assert.ok(code, "the app receives ?code=");
      const exchanged = await supabase.auth.exchangeCodeForSession(code);
      assert.equal(exchanged.error, null);
      const user = exchanged.data.session?.user;
      assert.equal(user?.email, "octo@example.test");
      assert.equal(user?.app_metadata.provider, "github");
      assert.deepEqual(
        user?.identities?.map((identity) => identity.provider),
        ["github"],
      );
    } finally {
      await page.close();
    }
  });

  it("OAuth: cancelling on the consent page returns an error to the app, no session", async () => {
    const { data } = await client(auth).auth.signInWithOAuth({
      provider: "github",
      options: { redirectTo: `${auth.url}/auth/v1/health`, skipBrowserRedirect: true },
    });
    const page = await browser.newPage();
    try {
      await page.goto(data.url ?? "");
      await Promise.all([page.waitForURL((url) => url.pathname === "/auth/v1/health"), page.click("#deny button")]);
      const params = fragmentParams(new URL(page.url()));
      assert.equal(params.get("error"), "access_denied");
      assert.equal(params.get("access_token"), null);
    } finally {
      await page.close();
    }
  });

  it("the mailbox page shows mail as text: markup in the subject or body never runs; the magic link logs in", async () => {
    const payload = `<img src=x onerror="window.__pwned = 1">`;
    const sent = await fetch(`${auth.url}/mailbox/send`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${auth.serviceRoleKey}` },
      body: JSON.stringify({
        to: "mallory@example.test",
        subject: `Invite from ${payload}`,
        text: `Hi <script>window.__pwned = 2</script>\nJoin: http://127.0.0.1:3000/join`,
      }),
    });
    assert.equal(sent.status, 200);
    await client(auth).auth.signInWithOtp({ email: "reader@example.test", options: { emailRedirectTo: `${auth.url}/auth/v1/health` } });
    const { link } = await latestSignInMail(auth, "reader@example.test");

    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    try {
      const response = await page.goto(`${auth.url}/mailbox`);
      assert.match(response?.headers()["content-security-policy"] ?? "", /script-src 'self'/);
      const evil = page.locator("#messages button", { hasText: "Invite from" });
      await evil.click();
      assert.equal(await page.locator("#reader .subject").textContent(), `Invite from ${payload}`);
      assert.match((await page.locator("#reader .body").textContent()) ?? "", /<script>window.__pwned = 2<\/script>/);
      assert.equal(await page.locator("#reader img, #reader script").count(), 0, "no element was created from the data");
      assert.equal(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned), undefined);
      assert.equal(await page.locator("#reader .body a").getAttribute("href"), "http://127.0.0.1:3000/join");

      // Newest first: the sign-in mail sent after the invitation is at the top.
      assert.match((await page.locator("#messages li").first().textContent()) ?? "", /Confirm Your Signup/);
      await page.locator("#messages button", { hasText: "Confirm Your Signup" }).click();
      await Promise.all([
        page.waitForURL((url) => url.pathname === "/auth/v1/health"),
        page.locator(`#reader .body a[href="${link}"]`).click(),
      ]);
      const tokens = fragmentParams(new URL(page.url()));
      const { data, error } = await client(auth).auth.getUser(tokens.get("access_token") ?? "");
      assert.equal(error, null);
      assert.equal(data.user?.email, "reader@example.test");
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});
