/**
 * After `changeset publish`: one tag for the release, `v<version>`, on the
 * commit published, which is what a pre-commit user pins (`rev: v0.2.0`):
 * the hook runs the command line's bundle from the repository root.
 * changeset publish tags each package (`feature-docs@0.2.0`) as well.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const { version } = JSON.parse(readFileSync('packages/feature-docs/package.json', 'utf8'))
const tag = `v${version}`
const existing = execFileSync('git', ['tag', '--list', tag], { encoding: 'utf8' }).trim()
if (existing) console.log(`${tag}: already tagged`)
else {
  execFileSync('git', ['tag', '-a', tag, '-m', `feature-docs ${version}`])
  console.log(`${tag}: tagged; push it with git push origin ${tag}`)
}
