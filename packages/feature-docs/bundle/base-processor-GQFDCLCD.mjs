#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseProcessor
} from "./chunk-TU6UONO6.mjs";
import "./chunk-MET36KRJ.mjs";
import "./chunk-ICCYZSAI.mjs";
import "./chunk-XOXIG7CD.mjs";
import "./chunk-6A7HVWG4.mjs";
import "./chunk-5ATELSKS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  baseProcessor
};
