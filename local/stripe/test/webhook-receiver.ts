import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  body: string;
  signature: string;
}

/** A local webhook endpoint that records what it receives and answers with a scripted status. */
export async function startReceiver(statuses: number[] = []) {
  const received: Received[] = [];
  const waiters: Array<() => void> = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ body: Buffer.concat(chunks).toString("utf8"), signature: String(request.headers["stripe-signature"] ?? "") });
      response.writeHead(statuses.shift() ?? 200).end();
      for (const wake of waiters.splice(0)) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
  return {
    url,
    received,
    types: () => received.map((item) => (JSON.parse(item.body) as { type: string }).type),
    /** Resolves once `predicate` holds for what has arrived (fails after 5 s). */
    async until(predicate: (items: Received[]) => boolean) {
      const deadline = Date.now() + 5_000;
      while (!predicate(received)) {
        if (Date.now() > deadline) throw new Error(`webhook receiver: condition not met; got ${received.length} deliveries`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
