/** Why a file could not be written, in words: `permission denied`, not `EACCES: …, open '/abs/path'`. */
export function writeErrorText(error: unknown): string {
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    EEXIST: 'a part of the path is a file',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code !== undefined && known[code] !== undefined) return known[code]
  return error instanceof Error ? error.message.split('\n')[0]! : String(error)
}
