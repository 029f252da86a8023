// Lets a child process run the TypeScript sources directly (`node -r libs/testing/src/ts-register.js
// apps/worker/src/main.ts`), compiled on the fly with swc like jest does; tests use it to run a
// real worker process they can SIGKILL, without a build first.
const { readFileSync } = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '../../..');
const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
    baseUrl: root,
    paths: { '@practicum/*': ['libs/*/src'] },
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
Module._extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
