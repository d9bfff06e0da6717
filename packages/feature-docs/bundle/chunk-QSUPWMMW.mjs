#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  OptionError,
  TemplateError,
  alignDocument,
  bracketSpans,
  documentStart,
  expectString,
  expectStringRecord,
  headingLine,
  inlineCode,
  isPlaceholderInner,
  location,
  longestIncreasing,
  markdownSource,
  ok,
  positionFinder,
  proseRanges,
  registerBuiltinTemplates,
  remarkFrontmatter,
  remarkGfm,
  reportFindings,
  show,
  templateForFile,
  templateRule,
  usableTemplate,
  visit,
  withinRanges
} from "./chunk-CMZGC465.mjs";

// packages/remark-preset-lint-feature-docs/dist/index.js
import { fileURLToPath } from "node:url";

// node_modules/.pnpm/mdast-comment-marker@3.0.0/node_modules/mdast-comment-marker/lib/index.js
var commentExpression = /\s*([a-zA-Z\d-]+)(\s+([\s\S]*))?\s*/;
var esCommentExpression = new RegExp(
  "(\\s*\\/\\*" + commentExpression.source + "\\*\\/\\s*)"
);
var markerExpression = new RegExp(
  "(\\s*<!--" + commentExpression.source + "-->\\s*)"
);
function commentMarker(value) {
  if (isNode(value) && (value.type === "html" || value.type === "mdxFlowExpression" || value.type === "mdxTextExpression")) {
    const match = value.value.match(
      value.type === "html" ? markerExpression : esCommentExpression
    );
    if (match && match[0].length === value.value.length) {
      const parameters = parseParameters(match[3] || "");
      if (parameters) {
        return {
          name: match[2],
          attributes: (match[4] || "").trim(),
          parameters,
          node: value
        };
      }
    }
  }
}
function parseParameters(value) {
  const parameters = {};
  return value.replace(
    /\s+([-\w]+)(?:=(?:"((?:\\[\s\S]|[^"])*)"|'((?:\\[\s\S]|[^'])*)'|((?:\\[\s\S]|[^"'\s])+)))?/gi,
    replacer
  ).replace(/\s+/g, "") ? void 0 : parameters;
  function replacer(_, $1, $2, $3, $4) {
    let value2 = $2 === void 0 ? $3 === void 0 ? $4 : $3 : $2;
    const number = Number(value2);
    if (value2 === "true" || value2 === void 0) {
      value2 = true;
    } else if (value2 === "false") {
      value2 = false;
    } else if (value2.trim() && !Number.isNaN(number)) {
      value2 = number;
    }
    parameters[$1] = value2;
    return "";
  }
}
function isNode(value) {
  return Boolean(value && typeof value === "object" && "type" in value);
}

// node_modules/.pnpm/space-separated-tokens@2.0.2/node_modules/space-separated-tokens/index.js
function parse(value) {
  const input = String(value || "").trim();
  return input ? input.split(/[ \t\n\r\f]+/g) : [];
}

// node_modules/.pnpm/unified-message-control@5.0.0/node_modules/unified-message-control/lib/index.js
var own = {}.hasOwnProperty;
function messageControl(tree, options) {
  if (!options || typeof options !== "object") {
    throw new Error("Expected `options`");
  }
  const { file, marker, name, test: test2 } = options;
  let { enable, disable, known, reset, source } = options;
  if (!enable) enable = [];
  if (!disable) disable = [];
  if (!file) {
    throw new Error("Expected `file` in `options`");
  }
  if (!marker) {
    throw new Error("Expected `marker` in `options`");
  }
  if (!name) {
    throw new Error("Expected `name` in `options`");
  }
  const sources = typeof source === "string" ? [source] : source || [name];
  const toOffset = location(file).toOffset;
  const initial = !reset;
  const gaps = detectGaps(tree);
  const scope = {};
  const globals = [];
  visit(tree, test2, visitor);
  file.messages = file.messages.filter(function(m) {
    return filter(m);
  });
  function visitor(node, position, parent) {
    const point = node.position && node.position.start;
    const mark = marker(node);
    if (!point || !mark || mark.name !== name) {
      return;
    }
    const ruleIds = parse(mark.attributes);
    const verb = ruleIds.shift();
    const fn = verb === "enable" ? doEnable : verb === "disable" ? doDisable : verb === "ignore" ? doIgnore : void 0;
    if (!fn) {
      file.fail(
        "Unknown keyword `" + verb + "`: expected `'enable'`, `'disable'`, or `'ignore'`",
        node
      );
    }
    ok(verb, "expected verb");
    ok(fn, "expected verb");
    const next = parent && position !== void 0 && parent.children[position + 1] || void 0;
    const tail = next && next.position && next.position.end;
    if (ruleIds.length === 0) {
      fn(point, void 0, tail);
    } else {
      let index = -1;
      while (++index < ruleIds.length) {
        const ruleId = ruleIds[index];
        if (isKnown(ruleId, verb, node)) {
          fn(point, ruleId, tail);
        }
      }
    }
  }
  function doIgnore(point, ruleId, tail) {
    if (tail) {
      toggle(point, false, ruleId);
      toggle(tail, true, ruleId);
    }
  }
  function doDisable(point, ruleId) {
    toggle(point, false, ruleId);
    if (!ruleId) reset = true;
  }
  function doEnable(point, ruleId) {
    toggle(point, true, ruleId);
    if (!ruleId) reset = false;
  }
  function filter(message) {
    let gapIndex = gaps.length;
    if (!message.source || !sources.includes(message.source)) {
      return true;
    }
    if (!message.line) message.line = 1;
    if (!message.column) message.column = 1;
    const offset = toOffset(message);
    ok(typeof offset === "number");
    while (gapIndex--) {
      if (gaps[gapIndex][0] <= offset && gaps[gapIndex][1] > offset) {
        return false;
      }
    }
    return (!message.ruleId || check(message, scope[message.ruleId], true)) && check(message, globals, false);
  }
  function isKnown(ruleId, verb, node) {
    const result = known ? known.includes(ruleId) : true;
    if (!result) {
      file.message("Cannot " + verb + " `'" + ruleId + "'`, it\u2019s not known", {
        ancestors: [node],
        place: node.position,
        ruleId: "known",
        source: "unified-message-control"
      });
    }
    return result;
  }
  function getState(ruleId) {
    const ranges = ruleId ? scope[ruleId] : globals;
    if (ranges && ranges.length > 0) {
      return ranges[ranges.length - 1].state;
    }
    ok(enable);
    ok(disable);
    return ruleId ? reset ? enable.includes(ruleId) : !disable.includes(ruleId) : !reset;
  }
  function toggle(point, state, ruleId) {
    const markers = ruleId ? scope[ruleId] || (scope[ruleId] = []) : globals;
    const current = getState(ruleId);
    if (current !== state) {
      markers.push({ state, point });
    }
    if (!ruleId) {
      for (ruleId in scope) {
        if (own.call(scope, ruleId)) {
          toggle(point, state, ruleId);
        }
      }
    }
  }
  function check(message, marks, local) {
    if (message.line && message.column && marks && marks.length > 0) {
      let index = marks.length;
      while (index--) {
        const mark = marks[index];
        if (mark.point && (mark.point.line < message.line || mark.point.line === message.line && mark.point.column <= message.column)) {
          return mark.state === true;
        }
      }
    }
    if (local) {
      ok(message.ruleId);
      ok(enable);
      ok(disable);
      return reset ? enable.includes(message.ruleId) : !disable.includes(message.ruleId);
    }
    return Boolean(initial || reset);
  }
}
function detectGaps(tree) {
  const end = tree && tree.position && tree.position.end && tree.position.end.offset;
  let offset = 0;
  let gap = false;
  const gaps = [];
  visit(tree, one);
  if (typeof end === "number" && offset !== end) {
    update();
    update(end);
  }
  return gaps;
  function one(node) {
    update(node.position && node.position.start && node.position.start.offset);
    if (!("children" in node)) {
      update(node.position && node.position.end && node.position.end.offset);
    }
  }
  function update(latest) {
    if (latest === null || latest === void 0) {
      gap = true;
    } else if (offset < latest) {
      if (gap) {
        gaps.push([offset, latest]);
        gap = false;
      }
      offset = latest;
    }
  }
}

// node_modules/.pnpm/remark-message-control@8.0.0/node_modules/remark-message-control/lib/index.js
var test = [
  "comment",
  // In MDX@1, comments have their own node.
  "html",
  // Comments are `html` nodes in mdast.
  "mdxFlowExpression",
  // In MDX@2, comments exist in bracketed expressions.
  "mdxTextExpression"
];
function remarkMessageControl(options) {
  return function(tree, file) {
    messageControl(tree, { ...options, file, marker: commentMarker, test });
  };
}

// node_modules/.pnpm/remark-lint@10.0.1/node_modules/remark-lint/index.js
function remarkLint() {
  this.use(lintMessageControl);
}
function lintMessageControl() {
  return remarkMessageControl({ name: "lint", source: "remark-lint" });
}

// packages/remark-lint-no-placeholders/dist/index.js
var id = "no-placeholders";
var url = "https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-no-placeholders#readme";
var remarkLintNoPlaceholders = templateRule({ id, url, keys: ["allow", "patterns"], read: readOptions }, (tree, file, options) => {
  const template = usableTemplate(tree, file, options);
  if (!template)
    return;
  const source = markdownSource(file.value);
  const parts = proseRanges(tree, source);
  const choices = choiceFields(template);
  const found = [];
  const spans = [];
  for (const text of parts.texts) {
    for (const span of bracketSpans(source, text.start, text.end)) {
      if (!isPlaceholderInner(span.inner) || parts.taskBoxes.has(span.start))
        continue;
      spans.push(span);
      const written = source.slice(span.start, span.end);
      if (isAllowed(options.allow, written, span.inner))
        continue;
      const allowed = choices.get(written);
      found.push({
        start: span.start,
        end: span.end,
        reason: `Unexpected placeholder ${inlineCode(written)}: ${allowed ? `replace it with one of ${list(allowed)}` : fix}`
      });
    }
  }
  const verbatim = new Set(template.placeholders.map((placeholder) => placeholder.text));
  if (verbatim.size > 0) {
    for (const block of parts.code) {
      for (const span of bracketSpans(source, block.start, block.end, false)) {
        const written = source.slice(span.start, span.end);
        if (!verbatim.has(written) || isAllowed(options.allow, written, written.slice(1, -1)))
          continue;
        found.push({
          start: span.start,
          end: span.end,
          reason: `Unexpected template placeholder ${inlineCode(written)} left in code: ${fix}`
        });
      }
    }
  }
  if (options.patterns.length > 0) {
    for (const run of parts.runs) {
      const slice = source.slice(run.start, run.end);
      for (const pattern of options.patterns) {
        pattern.lastIndex = 0;
        for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
          if (match[0] === "") {
            pattern.lastIndex++;
            continue;
          }
          const start = run.start + match.index;
          const end = start + match[0].length;
          if (!withinRanges(parts.texts, start) || withinRanges(spans, start))
            continue;
          if (isAllowed(options.allow, match[0], match[0]))
            continue;
          found.push({ start, end, reason: `Unexpected ${inlineCode(match[0])}: ${fix}` });
        }
      }
    }
  }
  report(file, source, found);
});
var dist_default = remarkLintNoPlaceholders;
var fix = "replace it with the doc's own text";
function choiceFields(template) {
  const choices = /* @__PURE__ */ new Map();
  for (const field of template.fields) {
    if (field.allowed)
      choices.set(field.value, field.allowed);
  }
  return choices;
}
function isAllowed(allow, written, inner) {
  if (allow.exact.has(written) || allow.exact.has(inner.trim()))
    return true;
  return allow.expressions.some((expression) => expression.test(written) || expression.test(inner));
}
function report(file, source, found) {
  if (found.length === 0)
    return;
  const finder = positionFinder(source);
  reportFindings(file, found.map((finding) => ({ place: finder.position(finding.start, finding.end), reason: finding.reason })));
}
function list(values) {
  const shown = values.map(inlineCode);
  return shown.length > 1 ? `${shown.slice(0, -1).join(", ")} or ${shown.at(-1)}` : shown.join("");
}
function readOptions(options) {
  const allow = { exact: /* @__PURE__ */ new Set(), expressions: [] };
  for (const entry of stringList("allow", options.allow)) {
    const expression = regexOption("allow", entry);
    if (expression)
      allow.expressions.push(new RegExp(expression.source, expression.flags.replace(/[gy]/gu, "")));
    else
      allow.exact.add(entry.trim());
  }
  const patterns = [];
  for (const entry of stringList("patterns", options.patterns)) {
    const expression = regexOption("patterns", entry);
    if (expression && expression.test("")) {
      throw new OptionError(`Unexpected value ${show(entry)} in option \`patterns\` of \`${id}\`: expected a regular expression that cannot match empty text`);
    }
    patterns.push(expression ? new RegExp(expression.source, `${expression.flags.replace(/[gy]/gu, "")}g`) : wholeWord(entry.trim()));
  }
  const { template, templates, files } = options;
  return { template, templates, files, allow, patterns };
}
function stringList(name, value) {
  if (value === void 0)
    return [];
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === "string" && entry.trim() !== "")) {
    throw new OptionError(`Unexpected value ${show(value)} for option \`${name}\` of \`${id}\`: expected an array of non-empty strings (text, or \`/regex/flags\`)`);
  }
  return value;
}
function regexOption(name, entry) {
  const match = /^\/(.+)\/([a-z]*)$/su.exec(entry.trim());
  if (!match)
    return void 0;
  try {
    return new RegExp(match[1], match[2]);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new OptionError(`Unexpected value ${show(entry)} in option \`${name}\` of \`${id}\`: expected a valid \`/regex/flags\` (${why})`);
  }
}
function wholeWord(literal) {
  const word = /[\p{L}\p{N}_]/u;
  const chars = [...literal];
  const escaped = literal.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const before = word.test(chars[0] ?? "") ? "(?<![\\p{L}\\p{N}_])" : "";
  const after = word.test(chars.at(-1) ?? "") ? "(?![\\p{L}\\p{N}_])" : "";
  return new RegExp(`${before}${escaped}${after}`, "gu");
}

// packages/remark-lint-required-sections/dist/index.js
var url2 = "https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-required-sections#readme";
var remarkLintRequiredSections = templateRule({ id: "required-sections", url: url2 }, (tree, file, options) => {
  const source = markdownSource(file.value);
  const found = [];
  let selection;
  try {
    selection = templateForFile(tree, file, options);
  } catch (error) {
    if (!(error instanceof TemplateError))
      throw error;
    reportFindings(file, [{ place: frontMatterPlace(tree), reason: error.message }]);
    return;
  }
  const template = selection.template;
  if (!template) {
    if (selection.near) {
      const { heading, template: near } = selection.near;
      found.push({
        place: heading.position,
        reason: `Title ${show2(heading, source)} is close to the title of template \`${near.name ?? near.path}\`, ${expectedTitle(near)}: fix the title, or name the template in front matter (\`template: ${near.name ?? near.path}\`), so this doc is checked`
      });
    }
    reportFindings(file, found);
    return;
  }
  const alignment = alignDocument(template, tree);
  const title = alignment.title;
  if (title?.status === "missing") {
    found.push({ place: documentStart(tree), reason: `Missing title: the template expects ${expectedTitle(template)}` });
  } else if (title?.status === "mismatch") {
    found.push({
      place: title.heading.position,
      reason: `Title ${show2(title.heading, source)} does not match the template title ${expectedTitle(template)}`
    });
  }
  for (const section of alignment.sections) {
    const finding = describeSection(section, alignment.sections, template, tree, source);
    if (finding)
      found.push(finding);
  }
  reportFindings(file, found);
});
var dist_default2 = remarkLintRequiredSections;
function describeSection(alignment, all, template, tree, source) {
  const { section, heading } = alignment;
  switch (alignment.status) {
    case "matched":
      return void 0;
    case "missing": {
      if (section.optional || alignment.parentMissing)
        return void 0;
      const parentHeading = alignment.parent?.heading;
      const titleHeading = tree.children.find((node) => node.type === "heading" && node.depth === 1);
      const below = missingBelow(alignment, all);
      const what = below > 0 ? `${line(section)} and its ${plural(below, "subsection")}` : line(section);
      return {
        place: parentHeading?.position ?? (template.title ? titleHeading?.position : void 0) ?? documentStart(tree),
        reason: `Missing section ${what}${section.parent ? ` under ${line(section.parent)}` : ""}: the template expects it ${placeInTemplate(section, template)}`
      };
    }
    case "wrong-level":
      return {
        place: heading.position,
        reason: `Heading ${show2(heading, source)} is at level ${heading.depth}: the template has ${line(section)} at level ${section.depth}`,
        expected: headingLine(section)
      };
    case "wrong-place":
      return {
        place: heading.position,
        reason: `Section ${show2(heading, source)} is ${docParent(alignment, tree, source, template)}: the template has it ${section.parent ? `under ${line(section.parent)}` : "at the top level"}`
      };
    case "misspelled":
      return {
        place: heading.position,
        reason: `Heading ${show2(heading, source)} does not match the template: did you mean ${line(section)}?`,
        expected: headingLine(section)
      };
    case "out-of-order": {
      const neighbour = alignment.after ? `after ${line(alignment.after.section)}` : `before ${line(alignment.before.section)}`;
      return {
        place: heading.position,
        reason: `Section ${show2(heading, source)} is out of order: the template has it ${neighbour}`
      };
    }
  }
}
function line(section) {
  return inlineCode(headingLine(section));
}
function expectedTitle(template) {
  return inlineCode(`# ${template.title.source}`);
}
function show2(heading, source) {
  const first = heading.children[0];
  const last = heading.children.at(-1);
  const text = first && last ? source.slice(first.position.start.offset, last.position.end.offset) : "";
  return inlineCode(`${"#".repeat(heading.depth)} ${text}`);
}
function placeInTemplate(section, template) {
  const siblings = section.parent ? section.parent.children : template.sections;
  const previous = siblings[siblings.indexOf(section) - 1];
  if (previous)
    return `after ${line(previous)}`;
  return section.parent ? `first under ${line(section.parent)}` : "as the first section";
}
function missingBelow(alignment, all) {
  let count = 0;
  for (const other of all) {
    if (other.status !== "missing" || !other.parentMissing || other.section.optional)
      continue;
    for (let parent = other.section.parent; parent; parent = parent.parent) {
      if (parent === alignment.section) {
        count++;
        break;
      }
    }
  }
  return count;
}
function docParent(alignment, tree, source, template) {
  const heading = alignment.heading;
  const index = tree.children.indexOf(heading);
  const top = template.title ? 1 : 0;
  for (let at = index - 1; at >= 0; at--) {
    const node = tree.children[at];
    if (node.type === "heading" && node.depth < heading.depth && node.depth > top)
      return `under ${show2(node, source)}`;
  }
  return "at the top level";
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function frontMatterPlace(tree) {
  return tree.children.find((node) => node.type === "yaml")?.position ?? documentStart(tree);
}

// packages/remark-lint-required-table-columns/dist/index.js
var id2 = "required-table-columns";
var url3 = "https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-required-table-columns#readme";
var remarkLintRequiredTableColumns = templateRule({ id: id2, url: url3, keys: ["order"], read: readOptions2 }, (tree, file, options) => {
  const template = usableTemplate(tree, file, options);
  if (!template)
    return;
  const source = markdownSource(file.value);
  const alignment = alignDocument(template, tree);
  const found = [];
  for (const table of alignment.tables) {
    if (table.table.section === void 0)
      found.push(...checkTable(table, void 0, tree, source, options));
  }
  for (const section of alignment.sections) {
    if (section.status === "missing")
      continue;
    for (const table of section.tables)
      found.push(...checkTable(table, section.heading, tree, source, options));
  }
  reportFindings(file, found);
});
var dist_default3 = remarkLintRequiredTableColumns;
function readOptions2(options) {
  const { order } = options;
  if (order !== void 0 && typeof order !== "boolean") {
    throw new OptionError(`Unexpected value ${show(order)} for option \`order\` of \`${id2}\`: expected a boolean`);
  }
  return options;
}
function checkTable(alignment, heading, tree, source, options) {
  const { table, node } = alignment;
  const header = node?.children[0];
  if (!node || !header) {
    const section = table.section;
    return [
      {
        place: section ? heading?.position : documentStart(tree),
        reason: `Missing table ${section ? `in ${line2(section)}` : "at the start of the document"}: the template expects a table with columns ${table.columns.map((column) => columnName(column.text)).join(", ")}`
      }
    ];
  }
  const found = [];
  for (const column of alignment.columns) {
    if (column.status === "missing") {
      found.push({
        place: header.position,
        reason: `Missing column ${columnName(column.column.text)} in table: the template's header is ${inlineCode(headerLine(table))}`
      });
    } else if (column.status === "misspelled") {
      const place = cellText(header, column.index, source);
      const written = source.slice(place.start.offset, place.end.offset);
      found.push({
        place,
        reason: `${written === "" ? "Empty column header" : `Column ${inlineCode(written)}`} does not match the template: did you mean ${columnName(column.column.text)}?`,
        expected: escapeCell(column.column.text)
      });
    }
  }
  if (options.order)
    found.push(...checkOrder(alignment.columns, header, source));
  return found;
}
function checkOrder(columns, header, source) {
  const present = columns.filter((column) => column.index !== void 0);
  const inOrder = longestIncreasing(present.map((column) => column.index));
  const found = [];
  present.forEach((column, at) => {
    if (inOrder.has(at))
      return;
    let neighbour;
    for (let before = at - 1; before >= 0 && !neighbour; before--) {
      if (inOrder.has(before))
        neighbour = `after ${columnName(present[before].column.text)}`;
    }
    for (let after = at + 1; after < present.length && !neighbour; after++) {
      if (inOrder.has(after))
        neighbour = `before ${columnName(present[after].column.text)}`;
    }
    found.push({
      place: cellText(header, column.index, source),
      reason: `Column ${columnName(column.column.text)} is out of order: the template has it ${neighbour}`
    });
  });
  return found;
}
function cellText(row, index, source) {
  const cell = row.children[index];
  const first = cell?.children[0]?.position;
  const last = cell?.children.at(-1)?.position;
  if (first && last)
    return { start: first.start, end: last.end };
  const from = (cell ?? row).position.start;
  const to = (cell ?? row).position.end.offset;
  let offset = from.offset;
  if (source[offset] === "|")
    offset++;
  if (offset < to && source[offset] === " ")
    offset++;
  const point = { line: from.line, column: from.column + offset - from.offset, offset };
  return { start: point, end: point };
}
function headerLine(table) {
  return `| ${table.columns.map((column) => escapeCell(column.text)).join(" | ")} |`;
}
function line2(section) {
  return inlineCode(headingLine(section));
}
function escapeCell(text) {
  return text.replace(/\|/gu, "\\|");
}
function columnName(text) {
  return inlineCode(escapeCell(text));
}

// packages/remark-preset-lint-feature-docs/dist/index.js
var templatesFolder = true ? fileURLToPath(new URL("../../remark-preset-lint-feature-docs/templates/", import.meta.url)) : join(dirname(fileURLToPath(import.meta.url)), "..", "templates");
var version = "0.1.0";
registerBuiltinTemplates(templatesFolder);
var rules = {
  "required-sections": dist_default2,
  "required-table-columns": dist_default3,
  "no-placeholders": dist_default
};
var remarkPresetLintFeatureDocs = function(options) {
  const settings = readOptions3(options);
  const shared = {};
  if (settings.template !== void 0)
    shared.template = settings.template;
  if (settings.templates !== void 0)
    shared.templates = settings.templates;
  if (settings.files !== void 0)
    shared.files = settings.files;
  this.use(remarkFrontmatter, ["yaml", "toml"]);
  this.use(remarkGfm);
  this.use(remarkLint);
  for (const id3 of Object.keys(rules)) {
    const [severity, own2] = splitSetting(id3, settings[id3]);
    if (severity === false)
      continue;
    this.use(rules[id3], [severity, { ...shared, ...own2 }]);
  }
};
var dist_default4 = remarkPresetLintFeatureDocs;
function readOptions3(options) {
  if (options === void 0 || options === null)
    return {};
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new OptionError(`Unexpected options for \`remark-preset-lint-feature-docs\`: expected an object, not ${show(options)}`);
  }
  const known = ["template", "templates", "files", ...Object.keys(rules)];
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new OptionError(`Unexpected option \`${key}\` for \`remark-preset-lint-feature-docs\`: expected one of ${known.map((name) => `\`${name}\``).join(", ")}`);
    }
  }
  const read = options;
  const id3 = "remark-preset-lint-feature-docs";
  if (read.template !== void 0)
    expectString(id3, "template", read.template);
  if (read.templates !== void 0)
    expectStringRecord(id3, "templates", read.templates);
  if (read.files !== void 0)
    expectStringRecord(id3, "files", read.files);
  return options;
}
var severities = [true, false, 0, 1, 2, "off", "on", "warn", "error"];
function splitSetting(id3, setting) {
  let severity = "warn";
  let own2 = {};
  if (Array.isArray(setting))
    [severity, own2 = {}] = setting;
  else if (typeof setting === "object" && setting !== null)
    own2 = setting;
  else if (severities.includes(setting) || typeof setting !== "object" || setting === null)
    severity = setting ?? "warn";
  if (!severities.includes(severity)) {
    throw new OptionError(`Unexpected value ${show(setting)} for option \`${id3}\` of \`remark-preset-lint-feature-docs\`: expected true, false, a severity ("off", "warn", "error"), an options object, or [severity, options]`);
  }
  if (typeof own2 !== "object" || own2 === null || Array.isArray(own2)) {
    throw new OptionError(`Unexpected value ${show(own2)} for the options of \`${id3}\` in \`remark-preset-lint-feature-docs\`: expected an object`);
  }
  if (severity === false || severity === 0 || severity === "off")
    return [false, {}];
  return [severity, own2];
}

export {
  templatesFolder,
  version,
  dist_default4 as dist_default
};
