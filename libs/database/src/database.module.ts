import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@practicum/config';
import { CountingLogger } from './sql-statement-counter';
import { typeormOptions } from './typeorm-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...typeormOptions(config.DATABASE_URL),
        migrationsRun: false,
        logging: ['query', 'error', 'warn'],
        logger: new CountingLogger(),
      }),
    }),
  ],
})
export class DatabaseModule {}
