#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  dist_default,
  templatesFolder,
  version
} from "./chunk-75OLF2L5.mjs";
import "./chunk-DUZUEJLI.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  dist_default as default,
  templatesFolder,
  version
};
