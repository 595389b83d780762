import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { describe, it } from "node:test";
import { freePort, isPortTaken } from "./ports";

const ephemeralLow = Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]);

describe("freePort", () => {
  it("hands out distinct ports below the OS's ephemeral range, each one bindable", async () => {
    const ports = await Promise.all(Array.from({ length: 40 }, () => freePort()));
    assert.equal(new Set(ports).size, ports.length, "no port handed out twice");
    for (const port of ports) assert.ok(port >= 10_000 && port < ephemeralLow, `${port} is below ${ephemeralLow}`);
    assert.equal(await isPortTaken(ports[0] as number), false);
  });

  it("says a port someone listens on is taken", async () => {
    const server = createServer();
    const taken = await new Promise<number>((resolve) =>
      server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)),
    );
    try {
      assert.equal(await isPortTaken(taken), true);
    } finally {
      server.close();
    }
  });
});
