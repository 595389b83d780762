import type { FrameLocator, Page } from "playwright-core";

// How a person uses the Acme Notes example (examples/html): sign in, pick a plan, pay in the checkout.

export async function signIn(page: Page, exampleUrl: string, email: string): Promise<void> {
  await page.goto(exampleUrl);
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByText(`Signed in as ${email}`).waitFor();
}

/** The Payment Element's frame inside the open checkout. */
export function paymentFrame(page: Page): FrameLocator {
  return page.locator("billing-checkout").frameLocator("iframe[name^=__privateStripeFrame]");
}

export async function typeCard(page: Page, number: string): Promise<void> {
  const frame = paymentFrame(page);
  await frame.locator("#card-number").fill(number);
  await frame.locator("#card-expiry").fill("12 / 34");
  await frame.locator("#card-cvc").fill("123");
}

/** Picks the yearly interval in the pricing table and the plan's call to action. */
export async function chooseYearlyPlan(page: Page, plan: string): Promise<void> {
  const table = page.locator("billing-pricing-table");
  await table.locator("label", { hasText: "Yearly" }).click();
  await table.getByRole("article", { name: plan }).getByRole("button").click();
  await page.locator("billing-checkout").getByRole("button", { name: /^Pay / }).waitFor();
}

export async function pay(page: Page): Promise<void> {
  await page.locator("billing-checkout").getByRole("button", { name: /^Pay / }).click();
}
