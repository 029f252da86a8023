const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
      // Rewrites @practicum/* imports itself, so that global set-up (which skips moduleNameMapper) resolves them too.
      baseUrl: __dirname,
      paths: { '@practicum/*': ['libs/*/src'] },
    },
    module: { type: 'commonjs' },
  },
];
const moduleNameMapper = {
  '^@practicum/(config|database|core|queue|testing|matching)$': '<rootDir>/libs/$1/src',
};
// Nest 12, Apollo 5 and some of their dependencies ship only ES modules; Jest on Node 20 cannot
// require() them, so swc turns those (and only those) into CommonJS.
const esmPackages = [
  '@nestjs',
  '@apollo',
  '@as-integrations',
  '@graphql-tools',
  '@whatwg-node',
  '@standard-schema',
  '@tokenizer',
  '@borewit',
  'graphql-ws',
  'nodemailer',
  'smtp-server',
  'msgpackr',
  'cross-inspect',
  'uint8array-extras',
  'file-type',
  'strtok3',
  'token-types',
  'fast-check',
  'chokidar',
  'readdirp',
  'tinyglobby',
  'fdir',
  'postal-mime',
  'libphonenumber-js',
  'es-toolkit',
];
const common = {
  transform: { '^.+\\.(ts|js|mjs)$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper,
  testEnvironment: 'node',
  rootDir: __dirname,
};

module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/apps/**/test/**/*.e2e-spec.ts', '<rootDir>/apps/web/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
  ],
};
