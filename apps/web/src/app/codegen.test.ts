import { createContext, generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../../..');

describe('generated GraphQL types', () => {
  it('match the committed schema and every .graphql operation (run `npm run codegen` when this fails)', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const context = await createContext({ config: 'apps/web/codegen.yml' } as Parameters<typeof createContext>[0]);
      const outputs = await generate(context, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const committed = readFileSync(path.join(root, output.filename), 'utf8');
        expect({ file: output.filename, upToDate: committed === output.content }).toEqual({
          file: output.filename,
          upToDate: true,
        });
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
