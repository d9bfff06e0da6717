#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseProcessor
} from "./chunk-GG3XV64O.mjs";
import "./chunk-2Y3E27DR.mjs";
import "./chunk-NZJC72CU.mjs";
import "./chunk-XOXIG7CD.mjs";
import "./chunk-CMZGC465.mjs";
import "./chunk-5ATELSKS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  baseProcessor
};
