/**
 * Fewer files than this are checked in the main thread: starting a worker
 * costs about what checking a dozen docs does. It also bounds the fast
 * path (`fast-path.ts`), which holds every file it checks to the end: more
 * named files than this (a large commit in pre-commit, `$(git ls-files)`)
 * are checked in batches, in the pool when there are cores for it.
 */
export const poolThreshold = 40
