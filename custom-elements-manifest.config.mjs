/** `npm run analyze` → custom-elements.json, from the JSDoc of components/ (design.md §4 "Docs in the code"). */
export default {
  globs: ['components/**/*.ts'],
  exclude: ['**/*.test.ts', 'components/**/*.styles.ts', 'components/**/*.i18n.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // Events are documented with @fires; the analyzer also lists `dispatchEvent(new XEvent(…))` calls without a name.
      name: 'intras-drop-nameless-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) if (Array.isArray(d.events)) d.events = d.events.filter((e) => e.name);
        }
      },
    },
  ],
};
