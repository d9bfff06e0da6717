/**
 * `--shard i/n`: a stable 1/n of the files, so a CI matrix splits a
 * repository. A file belongs to shard `hash(path) mod n`, its path taken
 * relative to the working folder with forward slashes: the same split on
 * every machine and in every file order, and every file in exactly one
 * shard.
 */
import { createHash } from 'node:crypto'
import { isAbsolute, relative, resolve, sep } from 'node:path'

export interface Shard {
  /** 1-based, as written. */
  index: number
  count: number
}

export function inShard(path: string, shard: Shard, cwd: string): boolean {
  const absolute = resolve(cwd, path)
  const fromCwd = relative(cwd, absolute)
  const name = (fromCwd === '' || fromCwd.startsWith('..') || isAbsolute(fromCwd) ? absolute : fromCwd).split(sep).join('/')
  const hash = createHash('sha1').update(name).digest()
  return hash.readUInt32BE(0) % shard.count === shard.index - 1
}
