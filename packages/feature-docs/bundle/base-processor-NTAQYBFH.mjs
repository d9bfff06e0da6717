#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseProcessor
} from "./chunk-7IXYSSTK.mjs";
import "./chunk-WFXRYFUU.mjs";
import "./chunk-ICCYZSAI.mjs";
import "./chunk-K4Q7IJCT.mjs";
import "./chunk-IIOL2FI7.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  baseProcessor
};
