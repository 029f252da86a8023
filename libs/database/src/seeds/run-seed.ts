import 'reflect-metadata';
import { loadConfig } from '@practicum/config';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../typeorm-options';
import { seed } from './seed';

async function main() {
  const dataSource = new DataSource(typeormOptions(loadConfig().DATABASE_URL));
  await dataSource.initialize();
  try {
    const report = await seed(dataSource);
    process.stdout.write(
      `seed: added ${Object.entries(report)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')}\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
