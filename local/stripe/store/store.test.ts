import assert from "node:assert/strict";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { Store } from "./store";

const scope = "test/platform";
const customer = (id: string, email: string) => ({ id, object: "customer", email });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("stripe emulator store", () => {
  it("keeps every change across a crash that skipped flush, from the journal alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "store-"));
    const store = new Store(dir);
    store.put(scope, "customers", customer("cus_a", "a@example.com"));
    store.put(scope, "customers", customer("cus_b", "b@example.com"));
    store.put(scope, "customers", customer("cus_a", "a2@example.com"));
    store.remove(scope, "customers", "cus_b");
    store.setLink("pi_1", "invoice", "in_1");
    store.setSetting("clock", "42");
    await sleep(60); // the journal is appended on a short timer; no flush, as if the process died

    assert.equal(existsSync(join(dir, "stripe-state.json")), false, "no snapshot was written for a few small changes");
    const reopened = new Store(dir);
    assert.deepEqual(reopened.get(scope, "customers", "cus_a"), customer("cus_a", "a2@example.com"));
    assert.equal(reopened.get(scope, "customers", "cus_b"), undefined);
    assert.equal(reopened.link("pi_1", "invoice"), "in_1");
    assert.equal(reopened.setting("clock"), "42");
    // Opening folds the journal into the snapshot.
    assert.equal(existsSync(join(dir, "stripe-state.journal")), false);
  });

  it("replays a put that follows a remove of the same object, and ignores a torn last line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "store-"));
    const store = new Store(dir);
    store.put(scope, "customers", customer("cus_c", "c@example.com"));
    await sleep(60);
    store.remove(scope, "customers", "cus_c");
    store.put(scope, "customers", customer("cus_c", "back@example.com"));
    await sleep(60);
    appendFileSync(join(dir, "stripe-state.journal"), '[["put","test/platform","customers",{"id":"cus_torn"');

    const reopened = new Store(dir);
    assert.deepEqual(reopened.get(scope, "customers", "cus_c"), customer("cus_c", "back@example.com"));
    assert.equal(reopened.get(scope, "customers", "cus_torn"), undefined);
  });

  it("writes only what changed: the journal grows by the change, not by the whole state", async () => {
    const dir = mkdtempSync(join(tmpdir(), "store-"));
    const store = new Store(dir);
    for (let index = 0; index < 2_000; index++) store.put(scope, "customers", customer(`cus_${index}`, `${"x".repeat(200)}@example.com`));
    await store.flush();
    const snapshot = statSync(join(dir, "stripe-state.json")).size;
    assert.ok(snapshot > 400_000, `a sizeable state (${snapshot} bytes)`);

    store.put(scope, "customers", customer("cus_7", "changed@example.com"));
    await sleep(60);
    const journal = readFileSync(join(dir, "stripe-state.journal"), "utf8");
    assert.ok(journal.length < 200, `one small line (${journal.length} bytes)`);
    assert.match(journal, /changed@example\.com/);
    assert.equal(statSync(join(dir, "stripe-state.json")).size, snapshot, "the snapshot was not rewritten");

    await store.flush();
    assert.equal(existsSync(join(dir, "stripe-state.journal")), false);
    assert.deepEqual(new Store(dir).get(scope, "customers", "cus_7"), customer("cus_7", "changed@example.com"));
  });
});
