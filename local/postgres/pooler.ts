import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from "node:crypto";
import { connect, createServer, type Socket } from "node:net";
import { MessageReader, message, startupPacket } from "./wire";

/** A running pooler: `url` is the upstream URL with the pooler's port. */
export interface RunningPooler {
  url: string;
  stop(): Promise<void>;
}

interface ServerConnection {
  socket: Socket;
  reader: MessageReader;
  /** ParameterStatus and BackendKeyData from its login, replayed to every client it serves. */
  greeting: Buffer[];
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const PROTOCOL_3 = 196608;

/**
 * The pooling half of Hyperdrive, for the local stack. In production Hyperdrive keeps warm
 * connections to the database and a worker's per-request client only logs in to Hyperdrive; the
 * local emulation in wrangler connects each client straight to Postgres, so every request paid
 * for a new backend (fork, catalogue caches, SCRAM): about 7 ms of CPU (bench/README.md).
 *
 * Session pooling: a client that logs in (same user, password and database as `upstream`) gets an
 * idle server connection for its whole session. When it says goodbye with nothing in flight and no
 * transaction open, the connection runs `DISCARD ALL` (role, settings, prepared statements reset)
 * and goes back to the pool; anything else closes it. Row-level security is unchanged: the worker
 * still logs in as its non-bypassing role and sets role and claims per transaction.
 */
export async function startPooler(options: { upstream: string; max?: number }): Promise<RunningPooler> {
  const upstream = new URL(options.upstream);
  const user = decodeURIComponent(upstream.username);
  const password = decodeURIComponent(upstream.password);
  const database = upstream.pathname.slice(1) || user;
  const max = options.max ?? 20;
  const idle: ServerConnection[] = [];
  const waiting: Array<(connection: ServerConnection) => void> = [];
  const clients = new Set<Socket>();
  let open = 0;

  async function acquire(): Promise<ServerConnection> {
    for (let ready = idle.pop(); ready; ready = idle.pop()) {
      if (!ready.socket.destroyed) return ready;
      open--; // closed by the server while idle
    }
    if (open >= max) return new Promise((resolve) => waiting.push(resolve));
    open++;
    try {
      return await login(upstream.hostname, Number(upstream.port || 5432), user, password, database);
    } catch (error) {
      open--;
      throw error;
    }
  }

  function release(connection: ServerConnection) {
    const next = waiting.shift();
    if (next) next(connection);
    else idle.push(connection);
  }

  function discard(connection: ServerConnection) {
    connection.socket.destroy();
    open--;
    // Someone waiting for a connection now may open one.
    const next = waiting.shift();
    if (next) acquire().then(next, () => waiting.unshift(next));
  }

  function serve(client: Socket) {
    clients.add(client);
    client.on("close", () => clients.delete(client));
    client.on("error", () => client.destroy());
    const reader = new MessageReader(true);
    const onStartup = async (chunk: Buffer) => {
      for (const packet of reader.push(chunk)) {
        const code = packet.readInt32BE(4);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          client.write("N");
          continue;
        }
        client.off("data", onStartup);
        if (code !== PROTOCOL_3) return client.destroy();
        const params = startupParams(packet);
        if (params.user !== user || (params.database ?? params.user) !== database)
          return refuse(client, "28000", `no such user or database through the local Hyperdrive pooler`);
        reader.startup = false;
        client.write(message("R", int32(3))); // cleartext password: loopback only
        return authenticate(client, reader);
      }
    };
    client.on("data", onStartup);
  }

  function authenticate(client: Socket, reader: MessageReader) {
    const onPassword = (chunk: Buffer) => {
      for (const packet of reader.push(chunk)) {
        client.off("data", onPassword);
        const given = packet.subarray(5, packet.length - 1).toString("utf8");
        if (packet[0] !== 0x70 || !sameSecret(given, password))
          return refuse(client, "28P01", `password authentication failed for user "${user}"`);
        client.pause();
        acquire().then(
          (connection) => attach(client, reader, connection),
          (error) => refuse(client, "08006", `the database is unavailable: ${String(error)}`),
        );
        return;
      }
    };
    client.on("data", onPassword);
  }

  function attach(client: Socket, clientReader: MessageReader, connection: ServerConnection) {
    if (client.destroyed) return release(connection);
    let inFlight = 0; // Sync and Query messages not yet answered by ReadyForQuery
    let status = "I";
    let done = false;
    const fromServer = (chunk: Buffer) => {
      for (const packet of connection.reader.push(chunk)) {
        if (packet[0] !== 0x5a) continue; // ReadyForQuery
        inFlight--;
        status = String.fromCharCode(packet[5] as number);
      }
      client.write(chunk);
    };
    const finish = () => {
      if (done) return;
      done = true;
      connection.socket.off("data", fromServer);
      connection.socket.off("close", serverGone);
      client.off("data", fromClient);
      // A graceful close: destroying a socket the peer is still using sends a reset, and wrangler's
      // Hyperdrive proxy dies on an unhandled ECONNRESET.
      client.end();
      if (inFlight === 0 && status === "I") reset(connection);
      else discard(connection);
    };
    const serverGone = () => {
      if (done) return;
      done = true;
      client.end();
      open--;
    };
    const fromClient = (chunk: Buffer) => {
      const packets = clientReader.push(chunk);
      const terminate = packets.findIndex((packet) => packet[0] === 0x58);
      const forward = terminate === -1 ? packets : packets.slice(0, terminate);
      for (const packet of forward) if (packet[0] === 0x53 || packet[0] === 0x51) inFlight++; // Sync, Query
      if (forward.length > 0) connection.socket.write(forward.length === 1 ? (forward[0] as Buffer) : Buffer.concat(forward));
      if (terminate !== -1) finish();
    };
    connection.socket.on("data", fromServer);
    connection.socket.once("close", serverGone);
    client.on("data", fromClient);
    client.once("close", finish);
    client.write(Buffer.concat([message("R", int32(0)), ...connection.greeting, message("Z", Buffer.from("I"))]));
    client.resume();
  }

  function reset(connection: ServerConnection) {
    let failed = false;
    const onData = (chunk: Buffer) => {
      for (const packet of connection.reader.push(chunk)) {
        if (packet[0] === 0x45) failed = true;
        if (packet[0] !== 0x5a) continue;
        connection.socket.off("data", onData);
        connection.socket.off("close", onClose);
        if (failed || packet[5] !== 0x49) return discard(connection);
        return release(connection);
      }
    };
    const onClose = () => {
      connection.socket.off("data", onData);
      open--;
    };
    connection.socket.on("data", onData);
    connection.socket.once("close", onClose);
    connection.socket.write(message("Q", cstring("DISCARD ALL")));
  }

  // No Nagle: a client pipelines small messages, and waiting for an ACK before sending the next
  // one stalls a request by up to 40 ms (delayed ACK).
  const server = createServer({ noDelay: true }, serve);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  const url = new URL(upstream);
  url.hostname = "127.0.0.1";
  url.port = String(typeof address === "object" && address ? address.port : 0);
  return {
    url: url.toString(),
    stop: async () => {
      for (const client of clients) client.destroy();
      for (const connection of idle.splice(0)) connection.socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Opens one server connection and logs in with SCRAM-SHA-256 (or a cleartext request). */
function login(host: string, port: number, user: string, password: string, database: string): Promise<ServerConnection> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port, noDelay: true });
    const reader = new MessageReader(false);
    const greeting: Buffer[] = [];
    const clientNonce = randomBytes(18).toString("base64");
    const clientFirstBare = `n=*,r=${clientNonce}`;
    let serverSignature = "";
    const fail = (reason: string) => {
      socket.destroy();
      reject(new Error(reason));
    };
    socket.once("error", (error) => reject(error));
    socket.on("connect", () =>
      socket.write(startupPacket({ user, database, client_encoding: "UTF8", application_name: "billingos-local-hyperdrive" })),
    );
    const onData = (chunk: Buffer) => {
      for (const packet of reader.push(chunk)) {
        const type = String.fromCharCode(packet[0] as number);
        const body = packet.subarray(5);
        if (type === "E") return fail(`login refused: ${errorMessage(body)}`);
        if (type === "S" || type === "K") greeting.push(packet);
        if (type === "Z") {
          socket.off("data", onData);
          socket.removeAllListeners("error");
          socket.on("error", () => socket.destroy()); // a dead connection is noticed on its next use
          return resolve({ socket, reader, greeting });
        }
        if (type !== "R") continue;
        const code = body.readInt32BE(0);
        if (code === 3) socket.write(message("p", cstring(password)));
        else if (code === 10) {
          const first = Buffer.from(`n,,${clientFirstBare}`);
          socket.write(message("p", Buffer.concat([cstring("SCRAM-SHA-256"), int32(first.length), first])));
        } else if (code === 11) {
          const serverFirst = body.subarray(4).toString();
          const fields = Object.fromEntries(serverFirst.split(",").map((part) => [part[0], part.slice(2)]));
          if (!fields.r?.startsWith(clientNonce)) return fail("login refused: SCRAM nonce mismatch");
          const salted = pbkdf2Sync(password, Buffer.from(fields.s ?? "", "base64"), Number(fields.i), 32, "sha256");
          const clientKey = hmac(salted, "Client Key");
          const withoutProof = `c=biws,r=${fields.r}`;
          const authMessage = `${clientFirstBare},${serverFirst},${withoutProof}`;
          const signature = hmac(createHash("sha256").update(clientKey).digest(), authMessage);
          const proof = Buffer.from(clientKey.map((byte, i) => byte ^ (signature[i] as number)));
          serverSignature = hmac(hmac(salted, "Server Key"), authMessage).toString("base64");
          socket.write(message("p", Buffer.from(`${withoutProof},p=${proof.toString("base64")}`)));
        } else if (code === 12) {
          if (body.subarray(4).toString() !== `v=${serverSignature}`) return fail("login refused: wrong SCRAM server signature");
        } else if (code !== 0) return fail(`login refused: unsupported authentication request ${code}`);
      }
    };
    socket.on("data", onData);
  });
}

function refuse(client: Socket, code: string, text: string) {
  const fields = Buffer.concat([cstring("SFATAL"), cstring("VFATAL"), cstring(`C${code}`), cstring(`M${text}`), Buffer.from([0])]);
  client.end(message("E", fields));
}

function startupParams(packet: Buffer): Record<string, string> {
  const parts = packet.subarray(8).toString("utf8").split("\0");
  const params: Record<string, string> = {};
  for (let i = 0; i + 1 < parts.length && parts[i]; i += 2) params[parts[i] as string] = parts[i + 1] as string;
  return params;
}

function errorMessage(body: Buffer): string {
  const field = body
    .toString()
    .split("\0")
    .find((part) => part.startsWith("M"));
  return field?.slice(1) ?? "unknown error";
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function hmac(key: Buffer, text: string): Buffer {
  return createHmac("sha256", key).update(text).digest();
}

function int32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
}

function cstring(text: string): Buffer {
  return Buffer.from(`${text}\0`);
}
