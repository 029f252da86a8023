export * from './factories';
export * from './gql';
export * from './smtp';
export * from './test-env';
export * from './market';
export * from './processes';
export * from './tcp-proxy';
