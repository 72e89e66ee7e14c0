// papaparse (the CSV parser of `src/jobs/`) ships CommonJS / UMD only. The CDN build converts it with
// @rollup/plugin-commonjs; the test and demo servers (web-test-runner, web-dev-server) do the same through
// @web/dev-server-rollup's `fromRollup` adapter (the documented way to use a rollup plugin there), limited to that
// package. `strictRequires: false` gives the module a default export for our `import Papa from 'papaparse'`; its
// Node-only `require('stream')` (for Node streams, never called in a browser) resolves to an empty module.
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';

const EMPTY_STREAM = '/__intras/empty-stream.js';

/** The web-dev-server plugins to put first in `plugins`. */
export function commonjsPlugins() {
  return [
    {
      name: 'intras-empty-node-stream',
      resolveImport: ({ source }) => (source === 'stream' ? EMPTY_STREAM : undefined),
      serve: (context) => (context.path === EMPTY_STREAM ? { body: 'export default {};', type: 'js' } : undefined),
    },
    fromRollup(rollupCommonjs)({ include: ['**/node_modules/papaparse/**'], strictRequires: false }),
  ];
}
