#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fileReports
} from "./chunk-YPLPSRN2.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/report/json-report.js
function jsonReport(files, options = {}) {
  return `${JSON.stringify(fileReports(files, options), null, 2)}
`;
}
export {
  jsonReport
};
