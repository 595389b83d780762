import { expect } from "@open-wc/testing";
import { BillingApiError, type CreateCustomerSessionOptions, createCustomerSession } from "./customer-sessions";

/** A fetch that records where it was called and answers like the API. */
function recordingFetch(status: number, body: unknown) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetcher = (async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  }) as typeof fetch;
  return { calls, fetcher };
}

const session = { object: "customer_session", id: "bcs_1", livemode: false, customer: "cus_1", token: "bcs_test_x", expires_at: 1 };

describe("createCustomerSession", () => {
  it("refuses to run without apiBase, so a secret key never goes to a guessed address", async () => {
    const { calls, fetcher } = recordingFetch(201, session);
    const options = { secretKey: "sk_test_1", customer: "cus_1", fetch: fetcher } as unknown as CreateCustomerSessionOptions;
    let error: unknown;
    await createCustomerSession(options).catch((caught) => (error = caught));
    expect(error).to.be.instanceOf(TypeError);
    expect((error as Error).message).to.contain("apiBase");
    expect(calls).to.have.length(0);
  });

  it("refuses a publishable key before any request", async () => {
    const { calls, fetcher } = recordingFetch(201, session);
    let error: unknown;
    await createCustomerSession({ apiBase: "http://api.test", secretKey: "pk_test_1", customer: "cus_1", fetch: fetcher }).catch(
      (caught) => (error = caught),
    );
    expect(error).to.be.instanceOf(TypeError);
    expect(calls).to.have.length(0);
  });

  it("posts to the given API origin with the secret key and returns the session", async () => {
    const { calls, fetcher } = recordingFetch(201, session);
    const minted = await createCustomerSession({
      apiBase: "https://billing.test/",
      secretKey: "sk_test_1",
      customer: "cus_1",
      fetch: fetcher,
    });
    expect(minted.token).to.equal("bcs_test_x");
    expect(calls.map((call) => call.url)).to.deep.equal(["https://billing.test/v1/customer_sessions"]);
    expect(new Headers(calls[0]?.init?.headers).get("authorization")).to.equal("Bearer sk_test_1");
    expect(JSON.parse(String(calls[0]?.init?.body))).to.deep.equal({ customer: "cus_1" });
  });

  it("surfaces the API's error envelope", async () => {
    const { fetcher } = recordingFetch(404, {
      error: { code: "resource_missing", message: "No such customer: 'cus_x'.", param: "customer" },
    });
    let error: unknown;
    await createCustomerSession({ apiBase: "https://billing.test", secretKey: "sk_test_1", customer: "cus_x", fetch: fetcher }).catch(
      (caught) => (error = caught),
    );
    expect(error).to.be.instanceOf(BillingApiError);
    expect(error).to.include({ status: 404, code: "resource_missing", param: "customer" });
  });
});
