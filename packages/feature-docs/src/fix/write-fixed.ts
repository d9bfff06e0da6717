/**
 * Writing a fixed file without losing anything. The new text goes to a
 * temporary file in the same folder, which takes the old file's mode (and
 * owner, where allowed) and then replaces it by a rename, so a reader sees
 * the old file or the new one, never half of one. Refused, with the reason:
 * - a file whose bytes are no longer those that were checked (it changed
 *   since it was read: the fixes were made for the old text);
 * - a file that is not valid UTF-8 (it was read as text, and writing the
 *   text back would change the bytes it could not read);
 * - a file with more than one hard link (the rename would leave the other
 *   names with the old text).
 * A symbolic link is written through: its target is what is replaced, and
 * the link stays a link.
 */
import { randomBytes } from 'node:crypto'
import { chmod, chown, lstat, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { writeErrorText } from '../write-error.js'

export type WriteResult = { written: true; through: string | undefined } | { written: false; why: string }

/**
 * Replace the file at `path`, whose text was `before` when it was checked,
 * with `after`. `through` names the target when `path` is a symbolic link.
 */
export async function writeFixed(path: string, before: string, after: string): Promise<WriteResult> {
  let target = path
  let through: string | undefined
  try {
    if ((await lstat(path)).isSymbolicLink()) {
      target = await realpath(path)
      through = target
    }
    const info = await stat(target, { bigint: true })
    if (!info.isFile()) return { written: false, why: 'is no longer a regular file: not fixed' }
    if (info.nlink > 1n) {
      return { written: false, why: `has ${info.nlink} hard links: not fixed (replacing it would leave the other names with the old text)` }
    }
    const expected = Buffer.from(before, 'utf8')
    const unchanged = async () => expected.equals(await readFile(target))
    if (!(await unchanged())) {
      const current = await readFile(target)
      if (current.toString('utf8') === before) return { written: false, why: 'is not valid UTF-8: not fixed, so that no byte of it is lost' }
      return { written: false, why: 'changed since it was read: not fixed (check it again)' }
    }
    const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.feature-docs.tmp`)
    const mode = Number(info.mode & 0o7777n)
    try {
      await writeFile(temporary, after, { flag: 'wx', mode })
      // The process's umask applies at creation: set the mode as the file had it.
      await chmod(temporary, mode)
      await chown(temporary, Number(info.uid), Number(info.gid)).catch(() => {})
      // As late as can be: a change made while the fixes were worked out is not overwritten.
      if (!(await unchanged())) {
        await unlink(temporary)
        return { written: false, why: 'changed since it was read: not fixed (check it again)' }
      }
      await rename(temporary, target)
    } catch (error) {
      await unlink(temporary).catch(() => {})
      throw error
    }
    return { written: true, through }
  } catch (error) {
    return { written: false, why: `cannot be written: ${writeErrorText(error)}` }
  }
}
