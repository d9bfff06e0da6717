#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  dist_default,
  templatesFolder,
  version
} from "./chunk-Q753PL4B.mjs";
import "./chunk-KHU5GV32.mjs";
import "./chunk-5ATELSKS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  dist_default as default,
  templatesFolder,
  version
};
