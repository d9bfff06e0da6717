#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  pathFromRoot,
  repositoryRoot
} from "./chunk-HMLNZADE.mjs";
import {
  fileReports,
  reportPath,
  sourceLines
} from "./chunk-YPLPSRN2.mjs";
import {
  version
} from "./chunk-UIE4QLHK.mjs";
import {
  informationUri,
  presetRules
} from "./chunk-4FWJR2CL.mjs";
import "./chunk-65BFW4UO.mjs";
import "./chunk-6XU6A2BS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/report/sarif-report.js
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
var sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";
var automationId = "feature-docs/";
function shardAutomationId(shard) {
  return shard === void 0 ? automationId : `${automationId}shard-${shard.index}-of-${shard.count}/`;
}
var fingerprintKey = "featureDocs/v1";
function sarifReport(files, cwd, options = {}) {
  const root = repositoryRoot(cwd);
  const rules = presetRules.map(presetRule);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = [];
  for (const file of files) {
    const [report] = fileReports([file], { ...options, quiet: true });
    if (!report)
      continue;
    const location = artifactLocation(file, cwd, root);
    const lines = sourceLines(file);
    const seen = /* @__PURE__ */ new Map();
    for (const message of report.messages) {
      const result = {};
      if (message.ruleId !== null) {
        if (!ruleIndex.has(message.ruleId)) {
          ruleIndex.set(message.ruleId, rules.length);
          rules.push(otherRule(message));
        }
        result.ruleId = message.ruleId;
        result.ruleIndex = ruleIndex.get(message.ruleId);
      }
      result.level = message.fatal === true ? "error" : message.fatal === false ? "warning" : "note";
      result.message = { text: message.reason };
      result.locations = [{ physicalLocation: physicalLocation(location, message, lines) }];
      const hash = fingerprint(message, location.uri, lines);
      const occurrence = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, occurrence);
      result.partialFingerprints = { [fingerprintKey]: `${hash}:${occurrence}` };
      if (message.fix)
        result.fixes = [sarifFix(location, message.fix)];
      results.push(result);
    }
  }
  const log = {
    $schema: sarifSchema,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "feature-docs", version, informationUri, rules } },
        automationDetails: { id: shardAutomationId(options.shard) },
        originalUriBaseIds: { "%SRCROOT%": { uri: `${pathToFileURL(root).href.replace(/\/?$/u, "/")}` } },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function presetRule(rule) {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.fullDescription },
    helpUri: rule.url,
    help: {
      text: `${rule.fullDescription}

How to fix: ${rule.fix}

More in the rule's readme: ${rule.url}`,
      markdown: `${rule.fullDescription}

**How to fix:** ${rule.fix}

More in [the rule's readme](${rule.url}).`
    },
    // The preset's default severity, `warn`; a rule set to `error` says so in each result's level.
    defaultConfiguration: { level: "warning" }
  };
}
function otherRule(message) {
  const id = message.ruleId;
  const source = message.source ?? "remark";
  const text = `Rule \`${id}\` of ${source}, from the project's remark configuration (not one of the feature-docs preset's rules).`;
  const rule = {
    id,
    shortDescription: { text: `${source} rule \`${id}\`` },
    fullDescription: { text },
    help: {
      text: message.url === null ? `${text} See the documentation of ${source}.` : `${text} See ${message.url}`,
      markdown: message.url === null ? `${text} See the documentation of ${source}.` : `${text} See [its documentation](${message.url}).`
    },
    defaultConfiguration: { level: "warning" }
  };
  if (message.url !== null)
    rule.helpUri = message.url;
  return rule;
}
function sarifFix(location, fix) {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: [
          {
            deletedRegion: { startLine: fix.start.line, startColumn: fix.start.column, endLine: fix.end.line, endColumn: fix.end.column },
            insertedContent: { text: fix.text }
          }
        ]
      }
    ]
  };
}
function artifactLocation(file, cwd, root) {
  if (!file.path)
    return relativeLocation(reportPath(file).split("/"));
  const fromRoot = pathFromRoot(root, cwd, file.path);
  return fromRoot === void 0 ? { uri: pathToFileURL(resolve(cwd, file.path)).href } : relativeLocation(fromRoot.split("/"));
}
function relativeLocation(segments) {
  return { uri: segments.map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}
function physicalLocation(artifact, message, lines) {
  if (message.line === null)
    return { artifactLocation: artifact, region: { startLine: 1, endLine: lineCount(lines) } };
  const region = { startLine: message.line };
  if (message.column !== null)
    region.startColumn = message.column;
  if (message.endLine !== null)
    region.endLine = message.endLine;
  if (message.endColumn !== null)
    region.endColumn = message.endColumn;
  return { artifactLocation: artifact, region };
}
function lineCount(lines) {
  return Math.max(1, lines.at(-1) === "" ? lines.length - 1 : lines.length);
}
function fingerprint(message, uri, lines) {
  const covered = message.line === null ? [] : lines.slice(message.line - 1, Math.max(message.line, message.endLine ?? message.line)).map((line) => line.trimEnd());
  return createHash("sha256").update(JSON.stringify([message.ruleId ?? "", uri, message.reason, covered.join("\n")])).digest("hex");
}
export {
  automationId,
  fingerprintKey,
  sarifReport,
  sarifSchema,
  shardAutomationId
};
