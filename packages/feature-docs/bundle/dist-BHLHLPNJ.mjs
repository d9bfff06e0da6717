#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  dist_default,
  templatesFolder,
  version
} from "./chunk-HWY557BJ.mjs";
import "./chunk-AANN4ARL.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  dist_default as default,
  templatesFolder,
  version
};
