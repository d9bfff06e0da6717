/**
 * After `changeset version`: the version constants that the command line
 * and the preset carry (a bundle has no package.json to read) take their
 * package's new version. Tests keep each equal to its package.json.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..')
const constants = [
  ['packages/feature-docs/package.json', 'packages/feature-docs/src/version.ts'],
  ['packages/remark-preset-lint-feature-docs/package.json', 'packages/remark-preset-lint-feature-docs/src/index.ts'],
]
for (const [manifest, source] of constants) {
  const { version } = JSON.parse(readFileSync(join(root, manifest), 'utf8'))
  const path = join(root, source)
  const text = readFileSync(path, 'utf8')
  const updated = text.replace(/^export const version = '[^']*'$/mu, `export const version = '${version}'`)
  if (!updated.includes(`export const version = '${version}'`)) throw new Error(`${source}: no \`export const version = '…'\` line to update`)
  writeFileSync(path, updated)
  console.log(`${source}: ${version}`)
}
