#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseProcessor
} from "./chunk-IUYFCMDE.mjs";
import "./chunk-56IYKZS3.mjs";
import "./chunk-ICCYZSAI.mjs";
import "./chunk-XOXIG7CD.mjs";
import "./chunk-RDGQSEYX.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  baseProcessor
};
