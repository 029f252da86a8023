// Builds dist/ once when a script needs compiled code and none is there yet, so that
// `npm run -s match` works on a fresh clone without compiling TypeScript on every run.
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
if (!existsSync(path.join(root, 'dist/libs/matching/src/cli.js'))) {
  process.stderr.write('practicum: compiling the matching engine (first run only)...\n');
  execSync('npx tsc -p libs/matching/tsconfig.lib.json', {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  });
}
