#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseProcessor
} from "./chunk-JNMAKNDX.mjs";
import "./chunk-K4Q7IJCT.mjs";
import "./chunk-XEBHH4U3.mjs";
import "./chunk-4FWJR2CL.mjs";
import "./chunk-C53XPUPQ.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  baseProcessor
};
