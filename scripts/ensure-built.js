// Builds dist/ once when a script needs compiled code and none is there yet, so that
// `npm run -s match` works on a fresh clone without compiling TypeScript on every run.
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
if (!existsSync(path.join(root, 'dist/libs/matching/src/cli.js'))) {
  process.stderr.write('practicum: building dist/ (first run only)...\n');
  execSync('npm run -s build', { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
}
