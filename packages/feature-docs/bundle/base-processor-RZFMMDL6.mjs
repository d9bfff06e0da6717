#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseProcessor
} from "./chunk-3OAN77HB.mjs";
import "./chunk-GNOXJVQX.mjs";
import "./chunk-ICCYZSAI.mjs";
import "./chunk-XOXIG7CD.mjs";
import "./chunk-AOHKY6MQ.mjs";
import "./chunk-5ATELSKS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  baseProcessor
};
