/**
 * Runs before every test file (vitest `setupFiles`): after the file's tests,
 * kill any child process a test started and did not see exit (one left by a
 * test that failed or timed out), so it cannot outlive the run.
 */
import { afterAll } from 'vitest'
import { stopChildren } from './process.js'

afterAll(stopChildren)
