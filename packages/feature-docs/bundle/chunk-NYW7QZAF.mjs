#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// packages/feature-docs/dist/write-error.js
function writeErrorText(error) {
  const known = {
    EACCES: "permission denied",
    EPERM: "permission denied",
    EISDIR: "it is a folder",
    ENOTDIR: "a part of the path is not a folder",
    EEXIST: "a part of the path is a file",
    EROFS: "the file system is read-only",
    ENOSPC: "no space left on the device"
  };
  const code = error?.code;
  if (code !== void 0 && known[code] !== void 0)
    return known[code];
  return error instanceof Error ? error.message.split("\n")[0] : String(error);
}

export {
  writeErrorText
};
