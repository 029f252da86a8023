import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside each JS, CSS, SVG and JSON file of the build,
 * at their best compression, once: the API sends them to browsers that accept them
 * (apps/api/src/portal/portal.module.ts).
 */
function precompress(): Plugin {
  return {
    name: 'practicum-precompress',
    apply: 'build',
    // After writing: the files on disk are final (generateBundle still sees placeholders such as
    // __VITE_PRELOAD__ that Vite's own plugins fill in later).
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|svg|json)$/.test(fileName) || fileName.startsWith('.vite/')) continue;
        const file = path.join(options.dir!, fileName);
        const source = readFileSync(file);
        writeFileSync(`${file}.br`, brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(source, { level: 9 }));
      }
    },
  };
}

// JSX is compiled by Vite's own Oxc transform (automatic runtime): @vitejs/plugin-react's optional
// Babel peers cannot be resolved next to Jest's Babel 7 in the one lockfile, and it adds only Fast
// Refresh (edits reload the page instead).
export default defineConfig({
  root,
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // dist/.vite/manifest.json: each chunk's imports and CSS, read by bench/web to size what each area loads.
    manifest: true,
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      // Mantine marks its modules "use client" for React Server Components; a browser bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: 'http://localhost:3000', ws: true, changeOrigin: true } },
  },
  test: {
    root,
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    testTimeout: 30000,
  },
});
