/**
 * The plugins' option types, checked by tsc over `test/types/options.ts`:
 * valid settings compile, and every `@ts-expect-error` there must meet an
 * error (tsc reports one that does not), so a plugin whose options turned
 * to `unknown` or `any` fails here. Reads the built declarations (`tsc -b`
 * first, as the test command does).
 */
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { completed, runProcess } from './support/process.js'

const root = join(import.meta.dirname, '..')

it('types each rule and the preset by its exported Options, and refuses what they do not take', async () => {
  const result = completed(await runProcess(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'test', 'types')], { cwd: root }), 'tsc')
  expect(result.stdout + result.stderr).toBe('')
  expect(result.code).toBe(0)
}, 120_000)
