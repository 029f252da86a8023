export * from './database.module';
export * from './migrations';
export * from './typeorm-options';
export * from './seeds/seed';
export * from './sql-statement-counter';
export * from './pg-listener';
