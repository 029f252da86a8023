export * from './apps';
export * from './factories';
export * from './smtp';
export * from './test-env';
export * from './market';
export * from './processes';
export * from './tcp-proxy';
