// `cem analyze` (run by `npm run build`): dist/custom-elements.json, read by IDEs and Storybook for tags,
// attributes, events, slots, parts and CSS properties, from each element's doc comment.
export default {
  globs: ["components/*/*.ts", "internal/billing-element.ts"],
  exclude: ["**/*.test.ts", "**/*.stories.ts", "**/*.styles.ts", "**/define.ts"],
  outdir: "dist",
  litelement: true,
  plugins: [
    {
      // BillingElement.emit(type, …) dispatches whatever type it is given; the real events are the
      // @event tags of each element, so drop the placeholder the analyzer infers from `emit`.
      name: "billing-emit-events",
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== "type");
          }
        }
      },
    },
  ],
};
