#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  dist_default,
  templatesFolder,
  version
} from "./chunk-R6Z63JQN.mjs";
import "./chunk-65BFW4UO.mjs";
import "./chunk-6XU6A2BS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  dist_default as default,
  templatesFolder,
  version
};
