/**
 * The words `src/lint/engine-failures.ts` sorts unified-engine's failures by,
 * checked against the installed unified-engine: each failure is produced by a
 * real run of the engine and must be classified as it is now. An upgrade that
 * rewords one fails here, instead of the command line silently reporting a
 * file under the wrong problem.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { PassThrough } from 'node:stream'
import { remark } from 'remark'
import { engine, type Options } from 'unified-engine'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { afterAll, describe, expect, it } from 'vitest'
import { engineCause, engineFailure, engineText } from '../dist/lint/engine-failures.js'
import { removeScratch, scratch } from './support/cli.js'

afterAll(removeScratch)

/** Run the engine in a fresh folder holding `files`; the fatal message of the one file checked. */
async function fatal(files: Record<string, string | null>, options: Partial<Options>): Promise<VFileMessage> {
  const cwd = scratch('engine-failures')
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true })
    if (text === null) mkdirSync(join(cwd, path))
    else writeFileSync(join(cwd, path), text)
  }
  const checked = await new Promise<VFile[]>((resolve, reject) => {
    engine(
      {
        processor: remark(),
        cwd,
        files: ['doc.md'],
        extensions: ['md'],
        rcName: '.remarkrc',
        packageField: 'remarkConfig',
        ignoreName: '.remarkignore',
        pluginPrefix: 'remark',
        detectConfig: true,
        detectIgnore: true,
        streamOut: new PassThrough(),
        streamError: new PassThrough(),
        ...options,
      },
      (error, _code, context) => (error ? reject(error) : resolve(context?.files ?? [])),
    )
  })
  expect(checked).toHaveLength(1)
  const messages = checked[0]!.messages.filter((message) => message.fatal)
  expect(messages).toHaveLength(1)
  return messages[0]!
}

const doc = '# Doc\n'

describe('unified-engine failures are told apart as the installed version words them', () => {
  it('a path that does not exist', async () => {
    const message = await fatal({}, {})
    expect(message.reason).toBe(engineText.missing[0])
    expect(engineFailure(message)).toEqual({ kind: 'missing' })
  })

  it('a path that cannot be found because the ignore file given does not exist', async () => {
    const message = await fatal({ 'doc.md': doc }, { ignorePath: 'nowhere/.ignore' })
    expect(message.reason).toBe(engineText.missing[1])
    expect(engineFailure(message)).toEqual({ kind: 'missing' })
  })

  it('a path given that an ignore file covers', async () => {
    const message = await fatal({ 'doc.md': doc, '.remarkignore': 'doc.md\n' }, {})
    expect(engineFailure(message)).toEqual({ kind: 'ignored' })
  })

  it('a folder that cannot be listed (the engine marks this path unreachable in tests, so its words are read from its source)', () => {
    const finder = join(dirname(createRequire(import.meta.url).resolve('unified-engine')), 'lib', 'finder.js')
    expect(readFileSync(finder, 'utf8')).toContain(`otherFile.fail('${engineText.unreadableFolder}')`)
  })

  it('a plugin that throws', async () => {
    const boom = new Error('boom')
    const message = await fatal({ 'doc.md': doc }, {
      plugins: [
        () => {
          throw boom
        },
      ],
    })
    expect(engineFailure(message)).toEqual({ kind: 'process', cause: boom })
    expect(engineCause(boom)).toEqual({ kind: 'other' })
  })

  it.each([
    ['configuration naming a plugin that is not installed', { 'doc.md': doc, '.remarkrc.json': '{"plugins": ["lint-not-installed"]}' }, {}, { kind: 'missing-module', name: 'lint-not-installed' }],
    ['a configuration file that does not parse', { 'doc.md': doc, '.remarkrc.json': '{' }, {}, { kind: 'config-file' }],
    ['a configuration file that cannot be read', { 'doc.md': doc, '.remarkrc.json': null }, {}, { kind: 'config-file' }],
    ['a configuration file given that does not exist', { 'doc.md': doc }, { rcPath: 'nowhere.json' }, { kind: 'config-file' }],
    ['a configuration file given that does not parse', { 'doc.md': doc, 'given.json': '{' }, { rcPath: 'given.json' }, { kind: 'config-file' }],
  ] as const)('%s', async (_, files, options, expected) => {
    const message = await fatal(files, options)
    const failure = engineFailure(message)
    expect(failure.kind).toBe('process')
    expect(engineCause((failure as { cause: Error }).cause)).toEqual(expected)
  })
})
