#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseProcessor
} from "./chunk-CR7V4ZHR.mjs";
import "./chunk-5VF7PSEN.mjs";
import "./chunk-ICCYZSAI.mjs";
import "./chunk-K4Q7IJCT.mjs";
import "./chunk-2RE5IPSG.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  baseProcessor
};
