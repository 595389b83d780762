// `cem analyze` (run by `npm run build`): dist/custom-elements.json, read by IDEs and Storybook for tags,
// attributes, events, slots, parts and CSS properties, from each element's doc comment.
export default {
  globs: ["components/*/*.ts", "internal/billing-element.ts"],
  exclude: ["**/*.test.ts", "**/*.stories.ts", "**/*.styles.ts", "**/define.ts"],
  outdir: "dist",
  litelement: true,
};
