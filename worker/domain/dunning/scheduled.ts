import { connect } from "../../db/client";
import { sweepDunningNotices } from "./notices";

/**
 * The failed-payments part of the cron: retries the e-mails whose first send was refused. A
 * function of its own, so the worker's one `scheduled` handler can run it next to other work.
 */
export async function runDunningSweep(env: Env): Promise<number> {
  const sql = connect(env.HYPERDRIVE.connectionString);
  try {
    return await sweepDunningNotices(sql, { url: env.EMAIL_API_URL, key: env.EMAIL_API_KEY });
  } finally {
    await sql.end({ timeout: 5 });
  }
}
