import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { INDEXED_FIELDS } from "./indexes";
import { Store, type StoredObject } from "./store";

const scopes = ["test/platform", "test/acct_1"];
const customers = ["cus_a", "cus_b", "cus_c"];
const subscriptions = ["sub_1", "sub_2"];
const invoices = ["in_1", "in_2", "in_3"];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A tiny deterministic generator, so a failure replays. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Every indexed lookup answers exactly what scanning the collection would, in the same order. */
function assertIndexesMatchScans(store: Store, when: string) {
  const values = [...customers, ...subscriptions, ...invoices, "missing"];
  for (const scope of scopes)
    for (const [collection, fields] of Object.entries(INDEXED_FIELDS))
      for (const [field, extract] of Object.entries(fields))
        for (const value of values) {
          const scanned = store.all(scope, collection).filter((object) => extract(object as unknown as Record<string, unknown>) === value);
          assert.deepEqual(
            store.allBy(scope, collection, field, value).map((object) => object.id),
            scanned.map((object) => object.id),
            `${when}: ${scope} ${collection}.${field} = ${value}`,
          );
        }
}

describe("the Stripe emulator's indexes", () => {
  it("answer like a full scan across creates, updates (also in place), deletes, re-creates and restarts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "store-indexes-"));
    let store = new Store(dir);
    const next = random(7);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)] as T;
    for (let step = 1; step <= 600; step++) {
      const scope = pick(scopes);
      const roll = next();
      const id = `obj_${Math.floor(next() * 40)}`;
      if (roll < 0.35) {
        store.put(scope, "subscriptions", { id: `sub_${id}`, object: "subscription", customer: pick(customers) } as StoredObject);
        store.put(scope, "invoices", {
          id: `in_${id}`,
          object: "invoice",
          customer: pick(customers),
          parent: next() < 0.5 ? { subscription_details: { subscription: pick(subscriptions) } } : null,
        } as StoredObject);
      } else if (roll < 0.6) {
        // an invoice item drafted onto an invoice, or back to pending; sometimes changed in place before its put
        const existing = store.get<StoredObject & { invoice: string | null; customer: unknown }>(scope, "invoiceitems", `ii_${id}`);
        if (existing && next() < 0.5) {
          existing.invoice = next() < 0.5 ? null : pick(invoices);
          store.put(scope, "invoiceitems", existing);
        } else {
          const customer = next() < 0.2 ? { id: pick(customers), object: "customer" } : pick(customers); // expanded or not
          store.put(scope, "invoiceitems", { id: `ii_${id}`, object: "invoiceitem", customer, invoice: null } as StoredObject);
        }
      } else if (roll < 0.8) {
        store.remove(scope, pick(["subscriptions", "invoices", "invoiceitems"]), `${pick(["sub", "in", "ii"])}_${id}`);
        store.remove(scope, "invoiceitems", `ii_${id}`);
      } else if (roll < 0.9) {
        store.put(scope, "payment_methods", {
          id: `pm_${id}`,
          object: "payment_method",
          customer: next() < 0.3 ? null : pick(customers),
        } as StoredObject);
      } else {
        store.put(scope, "invoice_payments", { id: `inpay_${id}`, object: "invoice_payment", invoice: pick(invoices) } as StoredObject);
      }
      if (step % 50 === 0) assertIndexesMatchScans(store, `step ${step}`);
      if (step % 200 === 0) {
        await sleep(40); // the journal is written on a short timer; reopen from it, as after a crash
        store = new Store(dir);
        assertIndexesMatchScans(store, `reopened at step ${step}`);
      }
    }
    await store.flush();
    assertIndexesMatchScans(new Store(dir), "reopened from the snapshot");
  });

  it("refuses a lookup on a field that has no index, instead of scanning quietly", () => {
    const store = new Store(mkdtempSync(join(tmpdir(), "store-indexes-")));
    assert.throws(() => store.allBy("test/platform", "customers", "email", "a@example.com"), /customers.email is not indexed/);
  });
});
