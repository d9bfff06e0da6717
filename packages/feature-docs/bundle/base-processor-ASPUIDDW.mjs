#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseProcessor
} from "./chunk-BDEKSBAZ.mjs";
import "./chunk-KIPN2ZSD.mjs";
import "./chunk-NTVGFNZT.mjs";
import "./chunk-4FWJR2CL.mjs";
import "./chunk-65BFW4UO.mjs";
import "./chunk-6XU6A2BS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  baseProcessor
};
