import type { TestProject } from "vitest/node";
import { createTestDatabase } from "../../local/test/database";
import { startTokenIssuer } from "./token-issuer";

declare module "vitest" {
  interface ProvidedContext {
    databaseUrl: string;
    workerDatabaseUrl: string;
    supabaseUrl: string;
    jwtPrivateJwk: string;
  }
}

export default async function setup(project: TestProject) {
  const [database, issuer] = await Promise.all([createTestDatabase(), startTokenIssuer()]);
  project.provide("databaseUrl", database.url);
  project.provide("workerDatabaseUrl", database.workerUrl);
  project.provide("supabaseUrl", issuer.url);
  project.provide("jwtPrivateJwk", issuer.privateJwk);
  return async () => {
    await Promise.all([database.drop(), issuer.stop()]);
  };
}
