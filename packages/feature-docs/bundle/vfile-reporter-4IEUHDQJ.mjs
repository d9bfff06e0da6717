#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  reporter
} from "./chunk-22MH3SP5.mjs";
import "./chunk-OCVCO3WH.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  reporter as default,
  reporter
};
