/**
 * `--fix` and `--fix-dry-run`: apply the fixes the rules attached to their
 * messages, check the fixed text again, and repeat while a pass changes
 * something (a fix that overlapped another waits for the next pass, as in
 * ESLint), at most `maxPasses` times. Renames and moves go in a pass of
 * their own before insertions, which are placed by the doc's outline. Then either write each changed file
 * (see `writeFixed`) or print its diff; the files returned hold the
 * messages of the text as fixed, which are what is reported.
 */
import { realpath } from 'node:fs/promises'
import { relative, resolve } from 'node:path'
import { isWithin } from '@feature-docs/doc-template'
import { applyFixes, fixPass, type Fix } from '@feature-docs/rule-kit'
import { VFile } from 'vfile'
import type { FixType } from '../arguments.js'
import { showPath } from '../report/show-path.js'
import { writeFixed } from './write-fixed.js'

/** As ESLint's: enough for fixes that wait on each other, a bound on any that never settle. */
export const maxPasses = 10

/** Check files again, given with their text (`value`): the same configuration, the same engine. */
export type Recheck = (files: VFile[]) => Promise<VFile[]>

export interface FixOutcome {
  /** Every file, those fixed replaced by their last check. */
  files: VFile[]
  /** One line each for files that could not be written (exit code 2). */
  problems: string[]
  /** One line each worth telling (a symbolic link written through). */
  notes: string[]
}

export async function fixFiles(
  files: VFile[],
  recheck: Recheck,
  options: { mode: 'write' | 'dry-run'; types: readonly FixType[]; cwd: string },
): Promise<FixOutcome> {
  const types = new Set<string>(options.types)
  const chosen = (file: VFile): Fix[] =>
    fixable(file) ? file.messages.flatMap((message) => (message.fix && types.has(message.fix.kind) ? [message.fix] : [])) : []
  const results = new Map(files.map((file, index) => [file.path, index]))
  const current = [...files]
  const original = new Map<string, string>()
  let pending = files
  for (let pass = 0; pass < maxPasses && pending.length > 0; pass++) {
    const changed: VFile[] = []
    for (const file of pending) {
      const fixes = chosen(file)
      if (fixes.length === 0) continue
      const text = String(file.value)
      // Offsets count after a byte order mark; it is kept.
      const mark = text.charCodeAt(0) === 0xfeff ? 1 : 0
      const body = text.slice(mark)
      const fixed = applyFixes(body, fixPass(fixes)).text
      if (fixed === body) continue
      if (!original.has(file.path)) original.set(file.path, text)
      changed.push(new VFile({ path: file.path, cwd: file.cwd, value: text.slice(0, mark) + fixed }))
    }
    if (changed.length === 0) break
    pending = await recheck(changed)
    for (const file of pending) current[results.get(file.path)!] = file
  }

  const outcome: FixOutcome = { files: current, problems: [], notes: [] }
  // A file named twice (itself and through a symbolic link) is fixed once, by its own name first.
  const targets = new Map<string, string>()
  for (const path of original.keys()) targets.set(path, await realpath(resolve(options.cwd, path)).catch(() => resolve(options.cwd, path)))
  const done = new Set<string>()
  const order = [...original.keys()].sort((a, b) => Number(targets.get(a) !== resolve(options.cwd, a)) - Number(targets.get(b) !== resolve(options.cwd, b)))
  for (const path of order) {
    const before = original.get(path)!
    const file = current[results.get(path)!]!
    const after = String(file.value)
    const target = targets.get(path)!
    if (after === before || done.has(target)) continue
    done.add(target)
    if (options.mode === 'dry-run') {
      const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import('diff')
      // The file a patch would change: a link's target, by its path from here when it is below.
      const name = (isWithin(target, options.cwd) ? relative(options.cwd, target) : target).split('\\').join('/')
      process.stdout.write(createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY }))
      continue
    }
    const written = await writeFixed(resolve(options.cwd, path), before, after)
    if (written.written) {
      file.stored = true
      if (written.through) outcome.notes.push(`${showPath(path)} is a symbolic link: fixed its target, ${showPath(written.through)}`)
    } else {
      // Not written: what is reported is the file as it is on disk, checked before.
      current[results.get(path)!] = files[results.get(path)!]!
      outcome.problems.push(`${showPath(path)} ${written.why}`)
    }
  }
  return outcome
}

/** A file that was read and checked: no read error, no crashed rule (its fixes may be partial). */
function fixable(file: VFile): boolean {
  if ((file.data.featureDocsCrashes ?? []).length > 0) return false
  return !file.messages.some((message) => message.fatal === true && !message.ruleId)
}
