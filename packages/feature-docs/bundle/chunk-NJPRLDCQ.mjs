#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkInput,
  inputSource,
  isBlank
} from "./chunk-K4Q7IJCT.mjs";
import {
  remark
} from "./chunk-EJ5EP5OA.mjs";
import {
  informationUri
} from "./chunk-4FWJR2CL.mjs";
import {
  forceTemplate,
  remarkParseGuard
} from "./chunk-AANN4ARL.mjs";

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
