import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { verifyWebhook, WebhookVerificationError } from "../../../sdk/server/webhooks";
import { newSigningSecret, signedHeaders } from "./signing";

const body = JSON.stringify({ id: "evt_1", object: "event", type: "customer.created", data: { object: { id: "cus_1" } } });

/** Headers as the standardwebhooks library (an independent implementation) signs them. */
function signedByLibrary(secret: string, at = new Date()) {
  const id = "msg_library";
  const signature = new Webhook(secret).sign(id, at, body);
  return { "webhook-id": id, "webhook-timestamp": String(Math.floor(at.getTime() / 1000)), "webhook-signature": signature };
}

const refused = (promise: Promise<unknown>) => expect(promise).rejects.toBeInstanceOf(WebhookVerificationError);

describe("verifyWebhook (sdk/server) against the standardwebhooks library", () => {
  it("accepts what the library signs, and the library accepts what BillingOS signs", async () => {
    const secret = newSigningSecret();
    expect(await verifyWebhook(body, signedByLibrary(secret), { secret })).toMatchObject({ type: "customer.created" });
    const ours = await signedHeaders([secret], "msg_ours", Math.floor(Date.now() / 1000), body);
    expect(new Webhook(secret).verify(body, ours)).toMatchObject({ id: "evt_1" });
    expect(await verifyWebhook(body, new Headers(ours), { secret })).toMatchObject({ id: "evt_1" });
  });

  it("refuses a tampered body, another secret, a stale or future timestamp, and missing headers", async () => {
    const secret = newSigningSecret();
    const headers = signedByLibrary(secret);
    await refused(verifyWebhook(body.replace("cus_1", "cus_2"), headers, { secret }));
    await refused(verifyWebhook(body, headers, { secret: newSigningSecret() }));
    await refused(verifyWebhook(body, signedByLibrary(secret, new Date(Date.now() - 301_000)), { secret }));
    await refused(verifyWebhook(body, signedByLibrary(secret, new Date(Date.now() + 301_000)), { secret }));
    await refused(verifyWebhook(body, { ...headers, "webhook-id": "msg_other" }, { secret }));
    await refused(verifyWebhook(body, { "webhook-id": "msg_1" }, { secret }));
    await refused(verifyWebhook(body, { ...headers, "webhook-signature": "v1,not base64!" }, { secret }));
  });

  it("accepts either secret during a rotation: both signatures are sent", async () => {
    const [old, current] = [newSigningSecret(), newSigningSecret()];
    const headers = await signedHeaders([current, old], "msg_rotation", Math.floor(Date.now() / 1000), body);
    expect(await verifyWebhook(body, headers, { secret: old })).toBeTruthy();
    expect(await verifyWebhook(body, headers, { secret: current })).toBeTruthy();
    expect(await verifyWebhook(body, headers, { secret: [newSigningSecret(), current] })).toBeTruthy();
  });
});
