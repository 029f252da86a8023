import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(full);
    return /\.(ts|js)$/.test(entry.name) ? [full] : [];
  });
}

describe('libraries', () => {
  it('import no app (starting the real apps belongs beside the e2e specs)', () => {
    const offending = sources(path.join(root, 'libs'))
      .filter((file) => /(?:from\s+|import\(|require\()\s*['"][^'"]*\/apps\//.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(offending).toEqual([]);
  });
});
