// An SDK test file that fails on purpose (not matched by the suite's `*.test.ts`):
// local/test/suite-exit-codes.test.ts runs it with web-test-runner to prove a failure exits non-zero.
it("passes", () => {
  if (Number("2") !== 2) throw new Error("arithmetic broke");
});

it("fails on purpose", () => {
  throw new Error("deliberate failure");
});
