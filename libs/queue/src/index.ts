export * from './queue.constants';
export * from './queue.module';
export * from './queue.producer';
export * from './redis-connection';
export * from './live';
