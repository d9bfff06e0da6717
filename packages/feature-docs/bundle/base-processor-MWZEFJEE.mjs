#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseProcessor
} from "./chunk-5QZ5YQLG.mjs";
import "./chunk-ZI7RBZPL.mjs";
import "./chunk-ICCYZSAI.mjs";
import "./chunk-K4Q7IJCT.mjs";
import "./chunk-S2GYGWE5.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  baseProcessor
};
