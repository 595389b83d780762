import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A webhook receiver for the worker tests (started by global-setup in Node, reached by the worker
 * at http://127.0.0.1:<port>). Each path is a receiver of its own; it records every request and
 * answers as `POST /_control/<path>` last told it: a status, a delay, a redirect. `GET
 * /_received/<path>` lists what it got.
 */
interface Behaviour {
  status: number;
  delayMs: number;
  location?: string;
  body?: string;
}

export async function startWebhookReceiver(): Promise<{ url: string; stop: () => Promise<void> }> {
  const received = new Map<string, Array<{ headers: Record<string, string>; body: string; at: number }>>();
  const behaviours = new Map<string, Behaviour>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const url = new URL(request.url ?? "/", "http://receiver");
      if (url.pathname.startsWith("/_control/")) {
        behaviours.set(url.pathname.slice("/_control".length), { status: 200, delayMs: 0, ...JSON.parse(body || "{}") });
        response.writeHead(204).end();
        return;
      }
      if (url.pathname.startsWith("/_received/")) {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify(received.get(url.pathname.slice("/_received".length)) ?? []));
        return;
      }
      const list = received.get(url.pathname) ?? [];
      list.push({ headers: request.headers as Record<string, string>, body, at: Date.now() });
      received.set(url.pathname, list);
      const behaviour = behaviours.get(url.pathname) ?? { status: 200, delayMs: 0 };
      const timer = setTimeout(() => {
        if (response.destroyed) return;
        response.writeHead(behaviour.status, {
          "content-type": "text/plain",
          ...(behaviour.location ? { location: behaviour.location } : {}),
        });
        response.end(behaviour.body ?? `status ${behaviour.status}`);
      }, behaviour.delayMs);
      response.on("close", () => clearTimeout(timer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
