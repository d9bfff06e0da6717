#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// packages/feature-docs/dist/usage-error.js
var exitCodes = {
  /** Every doc checked passes. */
  clean: 0,
  /** A doc breaks a rule: any warning or error. */
  lintFailed: 1,
  /** Usage, configuration or input error: nothing, or not everything, was checked. */
  usage: 2
};
var UsageError = class extends Error {
  name = "UsageError";
};

export {
  exitCodes,
  UsageError
};
