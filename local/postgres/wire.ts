// The few pieces of the Postgres wire protocol (v3) the local pooler needs: framing only.

/**
 * Splits a byte stream into whole messages (type byte, then an int32 length that counts itself).
 * In `startup` mode messages have no type byte (StartupMessage, SSLRequest, CancelRequest).
 */
export class MessageReader {
  private pending: Buffer = Buffer.alloc(0);

  constructor(public startup: boolean) {}

  push(chunk: Buffer): Buffer[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const messages: Buffer[] = [];
    for (;;) {
      const header = this.startup ? 0 : 1;
      if (this.pending.length < header + 4) break;
      const size = header + this.pending.readInt32BE(header);
      if (this.pending.length < size) break;
      messages.push(this.pending.subarray(0, size));
      this.pending = this.pending.subarray(size);
      // Untyped packets come one at a time: the client waits for an answer to each.
      if (this.startup) break;
    }
    return messages;
  }
}

/** A typed message: type byte, length, body. */
export function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, "latin1");
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

/** A StartupMessage for protocol 3.0 with `params`. */
export function startupPacket(params: Record<string, string>): Buffer {
  const body = Buffer.from(`${Object.entries(params).flat().join("\0")}\0\0`);
  const header = Buffer.alloc(8);
  header.writeInt32BE(body.length + 8, 0);
  header.writeInt32BE(196608, 4);
  return Buffer.concat([header, body]);
}
