#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseProcessor
} from "./chunk-QDTKI2YN.mjs";
import "./chunk-5YY244MW.mjs";
import "./chunk-ICCYZSAI.mjs";
import "./chunk-K4Q7IJCT.mjs";
import "./chunk-4PTCVUQ7.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  baseProcessor
};
