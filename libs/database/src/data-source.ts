import 'reflect-metadata';
import { loadConfig } from '@practicum/config';
import { DataSource } from 'typeorm';
import { typeormOptions } from './typeorm-options';

/** Used by the TypeORM CLI: `npm run migration:run|revert|generate`. */
export default new DataSource(typeormOptions(loadConfig().DATABASE_URL));
