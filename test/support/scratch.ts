/** Scratch folders for tests that work on real files, removed afterwards. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const scratchFolders: string[] = []

/** A new empty folder under the system's temporary folder, removed by `removeScratch`. */
export function scratch(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `feature-docs-${name}-`))
  scratchFolders.push(folder)
  return folder
}

/** Remove every scratch folder made so far: `afterAll(removeScratch)` in each test file. */
export function removeScratch(): void {
  for (const folder of scratchFolders.splice(0)) rmSync(folder, { recursive: true, force: true })
}
