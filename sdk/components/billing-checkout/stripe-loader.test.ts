import { expect } from "@open-wc/testing";
import type { StripeConstructor } from "@stripe/stripe-js";
import { stripeLoader } from "./stripe-loader";

/** The script tags added to the page while `run` runs. */
async function addedScripts(run: () => Promise<unknown>): Promise<string[]> {
  const added: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof HTMLScriptElement) added.push(new URL(node.src).pathname);
  });
  observer.observe(document.head, { childList: true });
  try {
    await run();
  } finally {
    await new Promise((resolve) => setTimeout(resolve));
    observer.disconnect();
  }
  return added;
}

const stripeOnPage = () => (window as { Stripe?: StripeConstructor }).Stripe;

// In this order: the page has no Stripe.js until the second test loads the emulator's stand-in.
describe("stripeLoader", () => {
  it("tries a script that fails once more, then rejects; a later call tries again", async () => {
    const load = stripeLoader("/nope/stripe.js", 'script[src$="/nope/stripe.js"]');
    let error: unknown;
    const first = await addedScripts(async () => {
      error = await load("pk_test_1", {}).catch((thrown: unknown) => thrown);
    });
    expect((error as Error).message).to.equal("Failed to load Stripe.js");
    expect(first).to.deep.equal(["/nope/stripe.js", "/nope/stripe.js"]);
    expect(document.querySelectorAll('script[src$="/nope/stripe.js"]')).to.have.length(1);
    const again = await addedScripts(() => load("pk_test_1", {}).catch(() => undefined));
    expect(again).to.deep.equal(["/nope/stripe.js", "/nope/stripe.js"]);
  });

  it("adds the script once for concurrent calls and makes each Stripe with its key and options", async () => {
    expect(stripeOnPage()).to.equal(undefined);
    const load = stripeLoader("/v3/stripe.js", 'script[src$="/v3/stripe.js"]');
    let stripes: unknown[] = [];
    const added = await addedScripts(async () => {
      stripes = await Promise.all([load("pk_test_a", { locale: "fr" }), load("pk_test_b", { stripeAccount: "acct_1" })]);
    });
    expect(added).to.deep.equal(["/v3/stripe.js"]);
    expect(stripes).to.have.length(2);
    expect(stripes[0]).to.not.equal(stripes[1]);
    expect(typeof (stripes[0] as { elements?: unknown }).elements).to.equal("function");
  });

  it("uses the Stripe.js already on the page without adding a script", async () => {
    const made: unknown[][] = [];
    const original = stripeOnPage();
    (window as { Stripe?: unknown }).Stripe = (...args: unknown[]) => {
      made.push(args);
      return { fake: true };
    };
    try {
      const load = stripeLoader("/never/stripe.js", 'script[src$="/never/stripe.js"]');
      const added = await addedScripts(async () => expect(await load("pk_test_c", { locale: "en" })).to.deep.equal({ fake: true }));
      expect(added).to.deep.equal([]);
      expect(made).to.deep.equal([["pk_test_c", { locale: "en" }]]);
    } finally {
      (window as { Stripe?: unknown }).Stripe = original;
    }
  });
});
