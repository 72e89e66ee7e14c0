export default {
  globs: ['components/**/*.ts'],
  exclude: ['**/*.test.ts', 'components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
