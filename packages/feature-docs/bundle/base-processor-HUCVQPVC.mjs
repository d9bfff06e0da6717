#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseProcessor
} from "./chunk-BW6TNQWI.mjs";
import "./chunk-IUQFATQB.mjs";
import "./chunk-ICCYZSAI.mjs";
import "./chunk-XOXIG7CD.mjs";
import "./chunk-MDWJ4W4X.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  baseProcessor
};
