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
    {
      // The analyzer lists modules in the order its file search returns them, which varies with the machine's load:
      // sort them by path so that the manifest is the same bytes on every run (test/node/manifest.test.ts).
      name: 'intras-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
