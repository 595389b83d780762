/** The same server and database, logged in as the worker's non-bypassing role. */
export function asWorkerRole(url: string): string {
  const parsed = new URL(url);
  parsed.username = "billingos_worker";
  parsed.password = process.env.BILLINGOS_WORKER_DB_PASSWORD ?? "billingos_worker";
  return parsed.toString();
}

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
