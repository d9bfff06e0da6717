#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseProcessor
} from "./chunk-C7GZ57Q2.mjs";
import "./chunk-BAX6QJ7F.mjs";
import "./chunk-ICCYZSAI.mjs";
import "./chunk-K4Q7IJCT.mjs";
import "./chunk-VHOK44J6.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  baseProcessor
};
