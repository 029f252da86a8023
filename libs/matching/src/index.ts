export * from './allocate';
export * from './cohort-split';
export * from './errors';
export * from './prng';
export * from './recommend';
export * from './run-cli';
