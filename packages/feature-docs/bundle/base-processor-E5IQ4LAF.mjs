#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseProcessor
} from "./chunk-KSWAZF3D.mjs";
import "./chunk-TFJEAHHQ.mjs";
import "./chunk-NZJC72CU.mjs";
import "./chunk-XOXIG7CD.mjs";
import "./chunk-3ERRG4IS.mjs";
import "./chunk-5ATELSKS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  baseProcessor
};
