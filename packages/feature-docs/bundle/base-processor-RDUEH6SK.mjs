#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseProcessor
} from "./chunk-NJPRLDCQ.mjs";
import "./chunk-K4Q7IJCT.mjs";
import "./chunk-EJ5EP5OA.mjs";
import "./chunk-4FWJR2CL.mjs";
import "./chunk-AANN4ARL.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  baseProcessor
};
