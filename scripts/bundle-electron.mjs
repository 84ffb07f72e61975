// Bundles the Electron entry points into self-contained CommonJS files:
//   dist/electron/main.cjs     ← electron/app/main.ts       (main process, Node 22)
//   dist/electron/preload.cjs  ← electron/preload/preload.ts (sandboxed preload, Chromium 140)
// A sandboxed preload can require() nothing but `electron`, so the build fails if its bundle
// would need anything else. Run: node scripts/bundle-electron.mjs
import { build } from 'esbuild';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  absWorkingDir: repoRoot,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  sourcemap: true,
  legalComments: 'none',
  metafile: true,
};

const bundles = {
  main: {
    entryPoints: ['electron/app/main.ts'],
    outfile: 'main.cjs',
    target: 'node22',
    // ws's optional native speed-ups are not installed; ws works without them.
    external: ['electron', 'bufferutil', 'utf-8-validate'],
    // Bundled ESM that asks for its own URL gets the bundle's.
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__bundleUrl' },
  },
  preload: {
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'preload.cjs',
    target: 'chrome140',
    external: ['electron'],
    // It carries the contract's schemas only for their names; minified, it loads faster.
    minify: true,
  },
};

const externalRequires = (result) =>
  Object.values(result.metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((entry) => entry.external)
    .map((entry) => entry.path);

/**
 * @param {{ outDir?: string, targets?: Array<'main' | 'preload'>, quiet?: boolean }} [options]
 * @returns {Promise<Array<{ target: string, file: string, bytes: number, requires: string[] }>>}
 */
export const bundleElectron = async ({
  outDir = resolve(repoRoot, 'dist/electron'),
  targets = ['main', 'preload'],
  quiet = false,
} = {}) =>
  Promise.all(
    targets.map(async (target) => {
      const { outfile, ...options } = bundles[target];
      const file = resolve(outDir, outfile);
      const result = await build({
        ...common,
        ...options,
        outfile: file,
        logLevel: quiet ? 'silent' : 'warning',
      });
      const requires = [...new Set(externalRequires(result))].sort();
      if (target === 'preload' && requires.some((path) => path !== 'electron')) {
        throw new Error(
          `The sandboxed preload may only require "electron", but its bundle requires: ${requires.join(', ')}`,
        );
      }
      const { bytes } = result.metafile.outputs[relative(repoRoot, file).split('\\').join('/')];
      return { target, file, bytes, requires };
    }),
  );

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    for (const { file, bytes } of await bundleElectron())
      console.log(`${relative(repoRoot, file)}  ${(bytes / 1024).toFixed(1)} kB`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
