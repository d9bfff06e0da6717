#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseProcessor
} from "./chunk-QQKOL2QY.mjs";
import "./chunk-AC3A7H5L.mjs";
import "./chunk-ICCYZSAI.mjs";
import "./chunk-XOXIG7CD.mjs";
import "./chunk-QCAE34DB.mjs";
import "./chunk-5ATELSKS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  baseProcessor
};
