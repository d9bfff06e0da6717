#!/usr/bin/env node
/**
 * Bundles the command line, with every dependency, into bundle/ (ESM, code
 * split so lazy imports stay lazy). pre-commit installs a node hook by
 * running `npm install` and `npm pack` in the repository root, where npm
 * cannot resolve pnpm's `workspace:` links, so the root package ships this
 * bundle as its `feature-docs` command. It is committed, and a test checks
 * that it matches the sources: run `pnpm bundle` after changing them.
 *
 *   node packages/feature-docs/scripts/bundle.mjs [outdir]
 */
import { rmSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const here = dirname(fileURLToPath(import.meta.url))
const packageRoot = join(here, '..')
const outdir = process.argv[2] ?? join(packageRoot, 'bundle')
// The built-in templates, seen from the bundle's files (all in bundle/):
// the preset's own folder, which the root package ships beside the bundle.
const templates = '../../remark-preset-lint-feature-docs/templates/'

rmSync(outdir, { recursive: true, force: true })
await build({
  // The worker threads' code is an entry of its own: `new Worker` loads it by file.
  entryPoints: { 'feature-docs': join(packageRoot, 'dist', 'cli.js'), 'pool-worker': join(packageRoot, 'dist', 'lint', 'pool-worker.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  chunkNames: '[name]-[hash]',
  define: { FEATURE_DOCS_BUNDLED_TEMPLATES: JSON.stringify(templates), FEATURE_DOCS_BUNDLED_WORKER: JSON.stringify('./pool-worker.mjs') },
  // Some dependencies are CommonJS and call require(); give ESM one.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'linked',
  logLevel: 'warning',
})
console.log(`bundled the command line into ${relative(process.cwd(), outdir) || '.'}`)
