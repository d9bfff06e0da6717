#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  remark
} from "./chunk-KIPN2ZSD.mjs";
import {
  checkInput,
  inputSource,
  isBlank
} from "./chunk-NTVGFNZT.mjs";
import {
  informationUri
} from "./chunk-4FWJR2CL.mjs";
import {
  forceTemplate,
  remarkParseGuard
} from "./chunk-65BFW4UO.mjs";

// packages/feature-docs/dist/lint/base-processor.js
function baseProcessor(options) {
  return () => remark().use(remarkParseGuard).use(featureDocsBase, options);
}
function featureDocsBase(options) {
  return function(_, file) {
    checkInput(file);
    if (options.template !== void 0)
      forceTemplate(file, options.template);
    else if (isBlank(file)) {
      const message = file.info("Empty file: not a feature doc, nothing to check (give `--template` to check it as one)", {
        ruleId: "empty-file",
        source: inputSource
      });
      message.url = `${informationUri.replace(/#readme$/u, "")}#files-that-cannot-be-checked`;
    }
  };
}

export {
  baseProcessor
};
