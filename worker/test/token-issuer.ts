// TEMPORARY until the auth emulator lands: serves a JWKS and signs tokens for the worker tests.
import { createServer } from "node:http";
import { exportJWK, generateKeyPair } from "jose";
import { freePort } from "../../local/ports";

export async function startTokenIssuer() {
  const { publicKey, privateKey } = await generateKeyPair("ES256", { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: "test-key", alg: "ES256", use: "sig" };
  const mail: unknown[] = [];
  const port = await freePort();
  const server = createServer((req, res) => {
    if (req.url === "/auth/v1/.well-known/jwks.json")
      return void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] }));
    if (req.url === "/mailbox/send" && req.method === "POST") {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        mail.push({ ...JSON.parse(body), created_at: Date.now() });
        res.writeHead(200).end("{}");
      });
      return;
    }
    if (req.url?.startsWith("/mailbox/messages")) {
      const to = new URL(req.url, "http://x").searchParams.get("to");
      return void res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify(mail.filter((m) => (m as { to: string }).to === to)));
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    privateJwk: JSON.stringify({ ...(await exportJWK(privateKey)), kid: "test-key", alg: "ES256" }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
