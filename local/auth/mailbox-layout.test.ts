import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../e2e/browser";
import { paths } from "../paths";
import { startTestAuth, type TestAuth } from "./test-support";

let auth: TestAuth;
let browser: Browser;
const screenshots = join(paths.root, "test-results");
const LONG_LINK = `http://127.0.0.1:8787/admin/invitations/accept?token=${"a1B2c3D4".repeat(30)}&redirect_to=${"x".repeat(80)}`;

before(async () => {
  [auth, browser] = await Promise.all([startTestAuth(), launchChromium()]);
  await mkdir(screenshots, { recursive: true });
  const sent = await fetch(`${auth.url}/mailbox/send`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${auth.serviceRoleKey}` },
    body: JSON.stringify({
      to: "a-rather-long-address.for-layout@example.test",
      subject: "You are invited to Acme Cloud",
      text: `Accept: ${LONG_LINK}`,
    }),
  });
  assert.equal(sent.status, 200);
});
after(async () => {
  await browser?.close();
  await auth?.dispose();
});

async function openMessage(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 740 } });
  await page.goto(`${auth.url}/mailbox`);
  await page.locator("#messages button", { hasText: "You are invited" }).click();
  await page.locator("#reader .body a").waitFor();
  return page;
}

/** How far the widest element reaches past the viewport's right edge (0 when everything fits). */
// Runs in the page (a string: this package's TypeScript has no DOM types).
const overflow = (page: Page) =>
  page.evaluate(`(() => {
    let right = 0;
    for (const node of document.querySelectorAll("body *")) right = Math.max(right, node.getBoundingClientRect().right);
    const root = document.documentElement;
    return Math.max(0, Math.ceil(right) - root.clientWidth, root.scrollWidth - root.clientWidth);
  })()`) as Promise<number>;

describe("the mailbox page's layout", () => {
  it("fits a 375 px phone screen, long links wrapped inside the message", async () => {
    const page = await openMessage(375);
    try {
      assert.equal(await overflow(page), 0, "nothing sticks out to the right");
      const link = await page.locator("#reader .body a").boundingBox();
      assert.ok(link && link.height > 40, "the long link wraps over several lines");
      await page.screenshot({ path: join(screenshots, "mailbox-375.png"), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it("keeps the list and the message side by side on a desktop, long links wrapped", async () => {
    const page = await openMessage(1280);
    try {
      assert.equal(await overflow(page), 0);
      const [list, reader] = await Promise.all([page.locator("nav").boundingBox(), page.locator("#reader").boundingBox()]);
      assert.ok(list && reader && reader.x >= list.x + list.width - 1, "the message is right of the list");
      await page.screenshot({ path: join(screenshots, "mailbox-desktop.png"), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it("says no messages match a filter that finds nothing, and clears the open message", async () => {
    const page = await openMessage(1280);
    try {
      await page.fill("#to", "nobody@example.test");
      await page.locator("#empty", { hasText: "No messages match nobody@example.test." }).waitFor();
      assert.equal(await page.locator("#messages li").count(), 0);
      assert.equal(await page.locator("#reader").textContent(), "", "the message pane is cleared");
      await page.fill("#to", "");
      await page.locator("#messages button", { hasText: "You are invited" }).waitFor();
      assert.equal(await page.locator("#empty").isHidden(), true);
    } finally {
      await page.close();
    }
  });
});
