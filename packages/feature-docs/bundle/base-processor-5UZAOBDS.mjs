#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseProcessor
} from "./chunk-7FJM37EP.mjs";
import "./chunk-YL47MUCO.mjs";
import "./chunk-4FWJR2CL.mjs";
import "./chunk-NTVGFNZT.mjs";
import "./chunk-KHU5GV32.mjs";
import "./chunk-5ATELSKS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  baseProcessor
};
