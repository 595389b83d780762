import { expect } from "@open-wc/testing";
import { createTypedFetch, queryString } from "./typed-fetch";

/** A fetch that records each request and answers with `answer`. */
function recorder(answer: () => Response) {
  const requests: Request[] = [];
  return {
    requests,
    fetch: async (request: Request) => {
      requests.push(request);
      return answer();
    },
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

describe("createTypedFetch", () => {
  it("fills path placeholders (encoded), the query, default and per-call headers, and a JSON body", async () => {
    const api = recorder(() => json(200, { id: "sub_1" }));
    const client = createTypedFetch({ baseUrl: "https://api.example/", fetch: api.fetch, headers: { Authorization: "Bearer pk_test_x" } });
    const result = await client.POST("/v1/subscriptions/{id}/cancel", {
      params: { path: { id: "sub 1/../x" } },
      body: { at_period_end: true, comment: "<b>too dear</b>" },
      headers: { "Idempotency-Key": "k1" },
    });
    const [request] = api.requests;
    expect(request?.method).to.equal("POST");
    expect(request?.url).to.equal("https://api.example/v1/subscriptions/sub%201%2F..%2Fx/cancel");
    expect(request?.headers.get("authorization")).to.equal("Bearer pk_test_x");
    expect(request?.headers.get("idempotency-key")).to.equal("k1");
    expect(request?.headers.get("content-type")).to.equal("application/json");
    expect(await request?.json()).to.deep.equal({ at_period_end: true, comment: "<b>too dear</b>" });
    expect(result.data).to.deep.equal({ id: "sub_1" });
    expect(result.error).to.equal(undefined);
    expect(result.response.status).to.equal(200);
  });

  it("sends no body and no Content-Type on a GET, and serialises the query", async () => {
    const api = recorder(() => json(200, { object: "list", data: [], has_more: false }));
    const client = createTypedFetch({ baseUrl: "https://api.example", fetch: api.fetch });
    await client.GET("/v1/invoices", { params: { query: { limit: 24 } }, headers: { "If-None-Match": undefined } });
    const [request] = api.requests;
    expect(request?.url).to.equal("https://api.example/v1/invoices?limit=24");
    expect(request?.headers.has("content-type")).to.equal(false);
    expect(request?.headers.has("if-none-match")).to.equal(false);
    expect(request?.body).to.equal(null);
  });

  it("leaves a non-JSON answer unparsed on request: a Blob, or the untouched body to hand on; an error is still parsed", async () => {
    const csv = () => new Response('id,email\ncus_1,"a,b@example.test"\n', { status: 200, headers: { "Content-Type": "text/csv" } });
    const client = createTypedFetch({ baseUrl: "https://api.example", fetch: recorder(csv).fetch });
    const blob = await client.GET("/v1/customers", { headers: { Accept: "text/csv" }, parseAs: "blob" });
    expect(await blob.data?.text()).to.equal('id,email\ncus_1,"a,b@example.test"\n');
    const streamed = await client.GET("/v1/customers", { parseAs: "stream" });
    expect(streamed.response.bodyUsed).to.equal(false);
    expect(await new Response(streamed.data).text()).to.contain("cus_1");
    const refused = createTypedFetch({
      baseUrl: "https://api.example",
      fetch: recorder(() => json(403, { error: { code: "forbidden" } })).fetch,
    });
    const answer = await refused.GET("/v1/customers", { parseAs: "blob" });
    expect(answer.data).to.equal(undefined);
    expect(answer.error).to.deep.equal({ error: { code: "forbidden" } });
  });

  it("returns the parsed error envelope (or the text of a non-JSON answer) with the response, never data", async () => {
    const envelope = {
      error: { type: "invalid_request_error", code: "resource_missing", message: "No such subscription.", request_id: "req_1" },
    };
    const missing = createTypedFetch({ baseUrl: "https://api.example", fetch: recorder(() => json(404, envelope)).fetch });
    const answer = await missing.GET("/v1/checkout_sessions/{id}", { params: { path: { id: "cs_nope" } } });
    expect(answer.data).to.equal(undefined);
    expect(answer.error).to.deep.equal(envelope);
    expect(answer.response.status).to.equal(404);

    const proxy = createTypedFetch({
      baseUrl: "https://api.example",
      fetch: recorder(() => new Response("<h1>Bad gateway</h1>", { status: 502 })).fetch,
    });
    expect((await proxy.GET("/v1/pricing")).error).to.equal("<h1>Bad gateway</h1>");

    const notModified = createTypedFetch({
      baseUrl: "https://api.example",
      fetch: recorder(() => new Response(null, { status: 304 })).fetch,
    });
    const unchanged = await notModified.GET("/v1/customer_state");
    expect(unchanged.response.status).to.equal(304);
    expect(unchanged.data).to.equal(undefined);
  });

  it("lets onRequest change or refuse the request before it is sent, and shows onResponse every answer", async () => {
    const api = recorder(() => json(201, { id: "cs_1" }));
    const seen: string[] = [];
    const client = createTypedFetch({
      baseUrl: "https://api.example",
      fetch: api.fetch,
      onRequest(request) {
        if (request.url.endsWith("/v1/pricing")) throw new Error("refused");
        request.headers.set("Authorization", "Bearer session");
        return request;
      },
      onResponse: (request, response) => seen.push(`${request.method} ${response.status}`),
    });
    const created = await client.POST("/v1/checkout_sessions", { body: { price: "price_1" }, headers: { "Idempotency-Key": "k" } });
    expect(created.data).to.deep.equal({ id: "cs_1" });
    expect(api.requests[0]?.headers.get("authorization")).to.equal("Bearer session");
    expect(seen).to.deep.equal(["POST 201"]);
    const refused = await client.GET("/v1/pricing").catch((error: unknown) => error);
    expect((refused as Error).message).to.equal("refused");
    expect(api.requests).to.have.length(1);
  });

  it("passes a lost connection on as fetch's own error", async () => {
    const client = createTypedFetch({
      baseUrl: "https://api.example",
      fetch: () => Promise.reject(new TypeError("Failed to fetch")),
    });
    const error = await client.GET("/v1/pricing").catch((thrown: unknown) => thrown);
    expect(error).to.be.instanceOf(TypeError);
  });
});

describe("queryString", () => {
  it("repeats arrays, writes objects as deepObject, skips empty values and encodes", () => {
    expect(
      queryString({ limit: 10, status: ["open", "paid"], metadata: { plan: "pro & co" }, starting_after: undefined, x: null }),
    ).to.equal("?limit=10&status=open&status=paid&metadata%5Bplan%5D=pro+%26+co");
    expect(queryString({})).to.equal("");
    expect(queryString()).to.equal("");
  });
});
