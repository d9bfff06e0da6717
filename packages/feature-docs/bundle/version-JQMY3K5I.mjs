#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  version
} from "./chunk-UIE4QLHK.mjs";
import "./chunk-CCJH6PKE.mjs";
export {
  version
};
