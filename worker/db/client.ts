import postgres, { type Sql } from "postgres";
import { textArray } from "./text-array";

/**
 * A postgres.js client for one request. `fetch_types: false` skips a catalogue round trip on
 * connect; the connection is made on first query.
 */
export function connect(connectionString: string): Sql {
  return postgres(connectionString, {
    max: 5,
    fetch_types: false,
    connect_timeout: 5,
    idle_timeout: 10,
    onnotice: () => {},
    types: { textArray },
  });
}
