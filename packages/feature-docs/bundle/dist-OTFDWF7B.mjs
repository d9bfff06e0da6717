#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  dist_default,
  templatesFolder,
  version
} from "./chunk-LBUN46EI.mjs";
import "./chunk-C53XPUPQ.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  dist_default as default,
  templatesFolder,
  version
};
