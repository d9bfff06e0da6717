/**
 * doc-template's errors carry the codes the command line sorts them by, and
 * keep them through a worker thread, where the class is lost; Node's system
 * errors keep what `problems.ts` reads of them too.
 */
import { TemplateError } from '@feature-docs/doc-template'
import { OptionError } from '@feature-docs/rule-kit'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { isTemplateOrOptionError, optionErrorCode, templateErrorCode } from '../dist/expected-errors.js'
import { fromPlainFile, toPlainFile } from '../dist/lint/checked-file.js'

/** `error` as a fatal message's cause, sent through a worker thread's plain data and back. */
function throughWorker(error: Error): Error {
  const file = new VFile({ path: 'doc.md', value: '# Doc\n' })
  const message = file.message('Cannot process file', { cause: error })
  message.fatal = true
  const back = fromPlainFile(structuredClone(toPlainFile(file, false))).messages[0]!.cause
  expect(back).toBeInstanceOf(Error)
  return back as Error
}

describe('errors meant for the user', () => {
  it('are told by their code, which the classes carry', () => {
    expect(new TemplateError('x').code).toBe(templateErrorCode)
    expect(new OptionError('x').code).toBe(optionErrorCode)
    expect(isTemplateOrOptionError(new TemplateError('x'))).toBe(true)
    expect(isTemplateOrOptionError(new OptionError('x'))).toBe(true)
  })

  it('are told apart from other errors, whatever their name', () => {
    const named = new Error('x')
    named.name = 'OptionError'
    expect(isTemplateOrOptionError(named)).toBe(false)
    expect(isTemplateOrOptionError(new Error('x'))).toBe(false)
    expect(isTemplateOrOptionError({ code: optionErrorCode })).toBe(false)
  })

  it('keep their code, name and message through a worker thread', () => {
    for (const error of [new TemplateError('Unknown template `x`'), new OptionError('Unexpected value')]) {
      const back = throughWorker(error)
      expect(isTemplateOrOptionError(back)).toBe(true)
      expect([back.name, back.message]).toEqual([error.name, error.message])
    }
  })

  it('a system error keeps its code and system call through a worker thread', () => {
    const error = Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES', syscall: 'open' })
    expect(throughWorker(error)).toMatchObject({ code: 'EACCES', syscall: 'open' })
  })
})
