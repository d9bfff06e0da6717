#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  OptionError,
  TemplateError,
  alignDocument,
  bareValue,
  bracketSpans,
  containsPlaceholder,
  delimitedSpansOf,
  documentFields,
  documentStart,
  editDistance,
  escapeRegExp,
  expectBoolean,
  expectFilesRecord,
  expectString,
  expectStringRecord,
  expectSyntaxList,
  firstEndingAfter,
  headingLine,
  inlineCode,
  isPlaceholderInner,
  isPlaceholderSpan,
  listsChoices,
  location,
  longestIncreasing,
  markdownSource,
  maskExpressions,
  misspellingLimit,
  mustReplace,
  normalizePlainText,
  ok,
  oneOf,
  partitionPoint,
  positionFinder,
  proseRanges,
  readFrontMatter,
  registerBuiltinTemplates,
  remarkFrontmatter,
  remarkGfm,
  reportFindings,
  restorePositions,
  sameValue,
  sectionExtent,
  show,
  showHeading,
  showSection,
  standsAlone,
  templateForFile,
  templateRule,
  toString,
  usableTemplate,
  visit,
  withinRanges
} from "./chunk-MDWJ4W4X.mjs";

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

// packages/remark-lint-no-empty-template-sections/dist/index.js
var id = "no-empty-template-sections";
var url = "https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-no-empty-template-sections#readme";
var remarkLintNoEmptyTemplateSections = templateRule({ id, url }, (tree, file, options) => {
  const template = usableTemplate(tree, file, options);
  if (!template)
    return;
  const source = markdownSource(file.value);
  const hasContent = contentOf(tree, source);
  const empty = alignDocument(template, tree).sections.filter((alignment) => alignment.heading !== void 0).map((alignment) => ({ section: alignment.section, heading: alignment.heading, ...sectionExtent(tree, alignment.heading) })).filter((section) => !hasContent(section.index + 1, section.end)).sort((a, b) => a.index - b.index);
  const found = [];
  let regionEnd = -1;
  for (const { section, heading, index, end } of empty) {
    if (index < regionEnd)
      continue;
    regionEnd = end;
    if (section.optional)
      continue;
    const subsections = tree.children.slice(index + 1, end).filter((node) => node.type === "heading").length;
    found.push({
      place: heading.position,
      reason: `Section ${showHeading(heading, source)} is empty${andSubsections(subsections)}: the template expects content here`
    });
  }
  reportFindings(file, found);
});
var dist_default = remarkLintNoEmptyTemplateSections;
function contentOf(tree, source) {
  const isContent = contentTest(tree, source);
  const judged = [];
  const counted = [];
  let closed = false;
  for (const block of tree.children) {
    if (block.type === "heading")
      closed = false;
    else if (block.type === "thematicBreak")
      closed = true;
    counted.push(!closed && block.type !== "heading");
  }
  return (from, to) => {
    for (let index = from; index < to; index++) {
      if (!counted[index])
        continue;
      judged[index] ??= isContent(tree.children[index]);
      if (judged[index])
        return true;
    }
    return false;
  };
}
var letterOrDigit = /[\p{L}\p{N}]/u;
var rowNumber = new RegExp("^#?\\p{N}+[.)]?$", "u");
function contentTest(tree, source) {
  const prose = proseRanges(tree, source);
  const readable = mergeSorted(prose.texts, prose.code);
  const fields = documentFields(tree, source);
  const placeholdersIn = (range) => {
    const found = [];
    for (const [parts, escapes] of [[prose.texts, true], [prose.code, false]]) {
      for (let at = firstEndingAfter(parts, range.start); at < parts.length && parts[at].start < range.end; at++) {
        for (const span of bracketSpans(source, Math.max(parts[at].start, range.start), Math.min(parts[at].end, range.end), escapes)) {
          if (isPlaceholderInner(span.inner) && !(escapes && prose.taskBoxes.has(span.start)))
            found.push(span);
        }
      }
    }
    return union(found);
  };
  const ignoredIn = (range) => {
    const placeholders = placeholdersIn(range);
    const emptyLabels = [];
    for (let at = firstLineAfter(fields, range.start); at < fields.length && fields[at].lineRange.start < range.end; at++) {
      const field = fields[at];
      if (!anyLetterOrDigit(visibleSlices(source, readable, placeholders, field.valueRange)))
        emptyLabels.push(field.labelRange);
    }
    return emptyLabels.length > 0 ? union([...placeholders, ...emptyLabels]) : placeholders;
  };
  return (block) => {
    switch (block.type) {
      case "definition":
      case "thematicBreak":
        return false;
      case "html":
        return !isCommentOnly(block.value);
      default:
        break;
    }
    const { marked, tables } = structure(block, source);
    if (marked)
      return true;
    const ignored = ignoredIn(rangeOf(block));
    const visible = (range) => visibleSlices(source, readable, ignored, range);
    if (tables.some((table) => tableHasContent(table, visible)))
      return true;
    let from = block.position.start.offset;
    for (const table of tables) {
      if (anyLetterOrDigit(visible({ start: from, end: table.position.start.offset })))
        return true;
      from = table.position.end.offset;
    }
    return anyLetterOrDigit(visible({ start: from, end: block.position.end.offset }));
  };
}
function structure(block, source) {
  const tables = [];
  const stack = [block];
  while (stack.length > 0) {
    const node = stack.pop();
    switch (node.type) {
      case "image":
      case "imageReference":
        return { marked: true, tables };
      case "html":
        if (!isCommentOnly(node.value))
          return { marked: true, tables };
        continue;
      case "link":
        if (source.charCodeAt(node.position.start.offset) !== 91)
          return { marked: true, tables };
        break;
      case "table":
        tables.push(node);
        continue;
      default:
        break;
    }
    if ("children" in node) {
      for (let index = node.children.length - 1; index >= 0; index--)
        stack.push(node.children[index]);
    }
  }
  return { marked: false, tables };
}
function tableHasContent(table, visible) {
  for (const row of table.children.slice(1)) {
    for (const [index, cell] of row.children.entries()) {
      const text = [...visible(rangeOf(cell))].join("").trim();
      if (letterOrDigit.test(text) && !(index === 0 && rowNumber.test(text)))
        return true;
    }
  }
  return false;
}
function* visibleSlices(source, readable, ignored, range) {
  let skip = firstEndingAfter(ignored, range.start);
  for (let at = firstEndingAfter(readable, range.start); at < readable.length; at++) {
    const part = readable[at];
    if (part.start >= range.end)
      return;
    let from = Math.max(part.start, range.start);
    const to = Math.min(part.end, range.end);
    while (from < to) {
      while (skip < ignored.length && ignored[skip].end <= from)
        skip++;
      const next = ignored[skip];
      if (next && next.start <= from) {
        from = next.end;
        continue;
      }
      const until = next ? Math.min(next.start, to) : to;
      yield source.slice(from, until);
      from = until;
    }
  }
}
function anyLetterOrDigit(slices) {
  for (const slice of slices)
    if (letterOrDigit.test(slice))
      return true;
  return false;
}
function firstLineAfter(fields, offset) {
  return partitionPoint(fields.length, (index) => fields[index].lineRange.start < offset);
}
function mergeSorted(a, b) {
  const merged = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || i < a.length && a[i].start <= b[j].start)
      merged.push(a[i++]);
    else
      merged.push(b[j++]);
  }
  return merged;
}
function union(ranges) {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const result = [];
  for (const range of sorted) {
    const last = result.at(-1);
    if (last && range.start <= last.end)
      last.end = Math.max(last.end, range.end);
    else
      result.push({ start: range.start, end: range.end });
  }
  return result;
}
function isCommentOnly(html) {
  let at = 0;
  for (; ; ) {
    while (at < html.length && /\s/u.test(html.charAt(at)))
      at++;
    if (at === html.length)
      return true;
    if (!html.startsWith("<!--", at))
      return false;
    const short = html.startsWith(">", at + 4) ? 5 : html.startsWith("->", at + 4) ? 6 : 0;
    if (short > 0) {
      at += short;
      continue;
    }
    const close = html.indexOf("-->", at + 4);
    if (close === -1)
      return true;
    at = close + 3;
  }
}
function rangeOf(node) {
  return { start: node.position.start.offset, end: node.position.end.offset };
}
function andSubsections(count) {
  if (count === 0)
    return "";
  return count === 1 ? ", and so is its subsection" : `, and so are its ${count} subsections`;
}

// packages/remark-lint-no-placeholders/dist/index.js
var id2 = "no-placeholders";
var url2 = "https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-no-placeholders#readme";
var remarkLintNoPlaceholders = templateRule({ id: id2, url: url2, keys: ["allow", "patterns", "strict"], read: readOptions }, (tree, file, options) => {
  const template = usableTemplate(tree, file, options);
  if (!template)
    return;
  const source = markdownSource(file.value);
  const parts = proseRanges(tree, source);
  const choices = choiceFields(template);
  const found = [];
  const spans = [];
  const own2 = new Set(template.placeholders.map((placeholder) => placeholder.text));
  for (const syntax of delimited.filter((candidate) => template.syntaxes.includes(candidate))) {
    const where = syntax === "angle" ? mergeRanges(parts.texts, parts.html) : parts.texts;
    for (const text of where) {
      for (const span of delimitedSpansOf(syntax, source, text.start, text.end)) {
        if (!isPlaceholderSpan(syntax, span.inner) || syntax === "square" && parts.taskBoxes.has(span.start))
          continue;
        spans.push(span);
        const written2 = source.slice(span.start, span.end);
        if (isAllowed(options.allow, written2, span.inner))
          continue;
        if (!options.strict && !own2.has(written2) && !standsAlone(source, span))
          continue;
        const allowed = choices.get(written2);
        found.push({
          start: span.start,
          end: span.end,
          reason: `Unexpected placeholder ${inlineCode(written2)}: ${allowed ? `replace it with one of ${oneOf(allowed)}` : fix}`
        });
      }
    }
  }
  for (const syntax of ["number-mask", "date-mask"].filter((mask) => template.syntaxes.includes(mask))) {
    for (const text of parts.texts) {
      for (const match of source.slice(text.start, text.end).matchAll(maskExpressions[syntax])) {
        const start = text.start + match.index;
        const written2 = match[0];
        if (syntax === "number-mask" && written2 !== written2.toUpperCase())
          continue;
        if (syntax === "date-mask" && !standsAlone(source, { start, end: start + written2.length }))
          continue;
        if (isAllowed(options.allow, written2, written2))
          continue;
        spans.push({ start, end: start + written2.length });
        found.push({ start, end: start + written2.length, reason: `Unexpected placeholder ${inlineCode(written2)}: ${fix}` });
      }
    }
  }
  spans.sort((a, b) => a.start - b.start);
  if (own2.size > 0) {
    for (const block of parts.code) {
      for (const span of delimited.flatMap((syntax) => [...delimitedSpansOf(syntax, source, block.start, block.end, false)])) {
        const written2 = source.slice(span.start, span.end);
        if (!own2.has(written2) || isAllowed(options.allow, written2, written2.slice(1, -1)))
          continue;
        found.push({
          start: span.start,
          end: span.end,
          reason: `Unexpected template placeholder ${inlineCode(written2)} left in code: ${fix}`
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
  found.push(...frontMatterLeftovers(template, tree, source, options.allow));
  report(file, source, found);
});
var dist_default2 = remarkLintNoPlaceholders;
var fix = "replace it with the doc's own text";
var delimited = ["square", "curly", "angle"];
function mergeRanges(a, b) {
  return b.length === 0 ? [...a] : [...a, ...b].sort((x, y) => x.start - y.start);
}
function frontMatterLeftovers(template, tree, source, allow) {
  if (template.frontMatter.length === 0)
    return [];
  const frontMatter = readFrontMatter(tree, source);
  if (!frontMatter)
    return [];
  const keys = new Map(template.frontMatter.map((key) => [key.key, key]));
  const found = [];
  for (const entry of frontMatter.entries) {
    const key = keys.get(entry.key);
    if (!key)
      continue;
    const left = (written2, range) => {
      if (isAllowed(allow, written2, bareValue(written2)))
        return;
      found.push({ ...range, reason: `Front-matter key ${inlineCode(entry.key)} still has the template's ${inlineCode(written2)}: ${fix}` });
    };
    if (entry.valueRange && entry.items.length === 0) {
      const unchanged = mustReplace(key.value) && sameValue(entry.value, key.value);
      if (key.choices && !unchanged && listsChoices(entry.value, key.choices)) {
        found.push({ ...entry.valueRange, reason: `Front-matter key ${inlineCode(entry.key)} lists choices ${inlineCode(entry.value)}: keep the one that applies` });
      } else if (unchanged)
        left(entry.value, entry.valueRange);
    }
    for (const item of entry.items) {
      if (key.items.some((value) => mustReplace(value) && sameValue(item.text, value)))
        left(item.text, item.range);
    }
  }
  return found;
}
function choiceFields(template) {
  const choices = /* @__PURE__ */ new Map();
  for (const field of template.fields) {
    if (field.allowed)
      choices.set(field.value, field.allowed);
  }
  return choices;
}
function isAllowed(allow, written2, inner) {
  if (allow.exact.has(written2) || allow.exact.has(inner.trim()))
    return true;
  return allow.expressions.some((expression) => expression.test(written2) || expression.test(inner));
}
function report(file, source, found) {
  if (found.length === 0)
    return;
  const finder = positionFinder(source);
  reportFindings(file, found.map((finding) => ({ place: finder.position(finding.start, finding.end), reason: finding.reason })));
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
      throw new OptionError(`Unexpected value ${show(entry)} in option \`patterns\` of \`${id2}\`: expected a regular expression that cannot match empty text`);
    }
    patterns.push(expression ? new RegExp(expression.source, `${expression.flags.replace(/[gy]/gu, "")}g`) : wholeWord(entry.trim()));
  }
  expectBoolean(id2, "strict", options.strict);
  const { template, templates, files, placeholderSyntax, allowTemplatesOutsideProject } = options;
  return { template, templates, files, placeholderSyntax, allowTemplatesOutsideProject, allow, patterns, strict: options.strict ?? false };
}
function stringList(name, value) {
  if (value === void 0)
    return [];
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === "string" && entry.trim() !== "")) {
    throw new OptionError(`Unexpected value ${show(value)} for option \`${name}\` of \`${id2}\`: expected an array of non-empty strings (text, or \`/regex/flags\`)`);
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
    throw new OptionError(`Unexpected value ${show(entry)} in option \`${name}\` of \`${id2}\`: expected a valid \`/regex/flags\` (${why})`);
  }
}
function wholeWord(literal) {
  const word = /[\p{L}\p{N}_]/u;
  const chars = [...literal];
  const escaped = escapeRegExp(literal);
  const before = word.test(chars[0] ?? "") ? "(?<![\\p{L}\\p{N}_])" : "";
  const after = word.test(chars.at(-1) ?? "") ? "(?![\\p{L}\\p{N}_])" : "";
  return new RegExp(`${before}${escaped}${after}`, "gu");
}

// packages/remark-lint-no-template-boilerplate/dist/index.js
var id3 = "no-template-boilerplate";
var url3 = "https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-no-template-boilerplate#readme";
var minimumWords = 3;
var remarkLintNoTemplateBoilerplate = templateRule({ id: id3, url: url3, keys: ["comments"], read: readOptions2 }, (tree, file, options) => {
  const template = usableTemplate(tree, file, options);
  if (!template)
    return;
  const { prose, comments } = boilerplateOf(template);
  const commentsChecked = options.comments === true && comments.size > 0;
  if (prose.size === 0 && !commentsChecked)
    return;
  const source = markdownSource(file.value);
  const found = [];
  const stack = [[tree, 0]];
  while (stack.length > 0) {
    const [node, quotes] = stack.pop();
    if (node.type === "paragraph") {
      const entry = prose.size > 0 ? prose.get(normalizePlainText(toString(node))) : void 0;
      if (entry) {
        found.push({
          place: node.position,
          reason: `Template text ${inlineCode(written(node, source, quotes))} ${origin(entry)} is left in place: replace it with the doc's own text`
        });
      }
      continue;
    }
    if (node.type === "html") {
      const inner = commentsChecked ? commentText(node) : void 0;
      const entry = inner === void 0 ? void 0 : comments.get(normalizePlainText(inner));
      if (entry) {
        found.push({
          place: node.position,
          reason: `Template comment ${inlineCode(inner.trim())} ${origin(entry)} is left in place: remove it`
        });
      }
      continue;
    }
    if (node.type === "heading" || node.type === "table" || !("children" in node))
      continue;
    const depth = node.type === "blockquote" ? quotes + 1 : quotes;
    for (let index = node.children.length - 1; index >= 0; index--)
      stack.push([node.children[index], depth]);
  }
  reportFindings(file, found);
});
var dist_default3 = remarkLintNoTemplateBoilerplate;
function readOptions2(options) {
  expectBoolean(id3, "comments", options.comments);
  return options;
}
var boilerplates = /* @__PURE__ */ new WeakMap();
function boilerplateOf(template) {
  let boilerplate = boilerplates.get(template);
  if (!boilerplate) {
    boilerplate = { prose: /* @__PURE__ */ new Map(), comments: /* @__PURE__ */ new Map() };
    for (const entry of template.boilerplate) {
      if (wordCount(entry.normalized) < minimumWords || entry.task || entry.example)
        continue;
      const lookup = entry.kind === "comment" ? boilerplate.comments : boilerplate.prose;
      if (!lookup.has(entry.normalized))
        lookup.set(entry.normalized, entry);
    }
    boilerplates.set(template, boilerplate);
  }
  return boilerplate;
}
function wordCount(text) {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
function origin(entry) {
  return entry.section ? `from ${showSection(entry.section)}` : "from outside the template's sections";
}
function commentText(node) {
  const comment = /^<!--([\s\S]*?)-->$/u.exec(node.value.trim());
  return comment && !comment[1].includes("-->") ? comment[1] : void 0;
}
function written(node, source, quotes) {
  const text = source.slice(node.position.start.offset, node.position.end.offset);
  if (quotes === 0)
    return text;
  const markers = new RegExp(`^(?:[ \\t]*>){0,${quotes}}`, "u");
  return text.split(/\r?\n|\r/u).map((line, index) => index === 0 ? line : line.replace(markers, "")).join("\n");
}

// packages/remark-lint-required-fields/dist/choices.js
function sameWord(a, b) {
  return normalizePlainText(a) === normalizePlainText(b);
}
function nearest(written2, allowed) {
  const text = normalizePlainText(written2);
  let best;
  let distance = Number.POSITIVE_INFINITY;
  for (const option of allowed) {
    const limit = misspellingLimit(option);
    const found = editDistance(text, normalizePlainText(option), limit);
    if (found <= limit && found < distance) {
      best = option;
      distance = found;
    }
  }
  return best;
}

// packages/remark-lint-required-fields/dist/dates.js
var months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
var tokens = {
  YYYY: "(?<year>\\d{4})",
  MMMM: `(?<monthName>${months.join("|")})`,
  MMM: `(?<monthShort>${months.map((month) => month.slice(0, 3)).join("|")})`,
  MM: "(?<month>\\d{2})",
  M: "(?<month>\\d{1,2})",
  DD: "(?<day>\\d{2})",
  D: "(?<day>\\d{1,2})"
};
var tokenPattern = /YYYY|MMMM|MMM|MM|M|DD|D/gu;
function compileDateFormat(text) {
  const used = (text.match(tokenPattern) ?? []).map((token) => token.startsWith("Y") ? "Y" : token[0]);
  if (["Y", "M", "D"].some((kind) => used.filter((token) => token === kind).length !== 1))
    return void 0;
  let source = "";
  let last = 0;
  for (const match of text.matchAll(tokenPattern)) {
    source += escapeRegExp(text.slice(last, match.index)) + tokens[match[0]];
    last = match.index + match[0].length;
  }
  source += escapeRegExp(text.slice(last));
  return { text, expression: new RegExp(`^${source}(?![\\p{L}\\p{N}])`, "iu") };
}
function dateFormatIn(value) {
  const named = /\b(?:YYYY|DD?|MM?)([-/. ])(?:MM?|DD?)\1(?:YYYY|DD?)\b/u.exec(value);
  return named ? compileDateFormat(named[0]) : void 0;
}
function isDateField(field) {
  if (field.placeholder && /\bdate\b/iu.test(field.placeholder))
    return true;
  return dateFormatIn(field.value) !== void 0;
}
function readDate(text, formats) {
  let result = "malformed";
  for (const format of formats) {
    const groups = format.expression.exec(text.trim())?.groups;
    if (!groups)
      continue;
    const year = Number(groups.year);
    const name = (groups.monthName ?? groups.monthShort)?.toLowerCase();
    const month = name ? months.findIndex((candidate) => candidate.startsWith(name)) + 1 : Number(groups.month);
    const day = Number(groups.day);
    if (isCalendarDate(year, month, day))
      return "valid";
    result = "impossible";
  }
  return result;
}
function isCalendarDate(year, month, day) {
  if (month < 1 || month > 12 || day < 1)
    return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// packages/remark-lint-required-fields/dist/front-matter.js
function frontMatterFindings(template, tree, source, finder, dateFormats2) {
  const keys = template.frontMatter;
  if (keys.length === 0 || tree.children[0]?.type === "toml")
    return [];
  const required = keys.filter((key) => !key.optional);
  const frontMatter = readFrontMatter(tree, source);
  if (!frontMatter) {
    if (required.length === 0)
      return [];
    return [
      {
        place: documentStart(tree),
        reason: `Missing front matter: the template starts with a YAML block holding ${oneOf(required.map((key) => key.key))}`
      }
    ];
  }
  const found = [];
  const entries = /* @__PURE__ */ new Map();
  for (const entry of frontMatter.entries)
    if (!entries.has(entry.key))
      entries.set(entry.key, entry);
  const known = new Set(keys.map((key) => key.key));
  const claimed = /* @__PURE__ */ new Set();
  let previous;
  for (const key of keys) {
    let entry = entries.get(key.key);
    if (!entry) {
      entry = misspelled(key, frontMatter.entries, known, claimed);
      if (entry) {
        found.push({
          place: finder.position(entry.keyRange.start, entry.keyRange.end),
          reason: `Front-matter key ${inlineCode(entry.key)} does not match the template: did you mean ${inlineCode(key.key)}?`,
          expected: key.key
        });
      }
    }
    if (!entry) {
      if (key.optional)
        continue;
      const place = previous ? finder.position(previous.keyRange.start, previous.valueRange?.end ?? previous.keyRange.end) : finder.position(frontMatter.range.start, frontMatter.range.start + 3);
      found.push({ place, reason: `Missing front-matter key ${inlineCode(key.key)}: the template has ${inlineCode(templateLine(key))}` });
      continue;
    }
    claimed.add(entry);
    previous = entry;
    found.push(...checkValue(key, entry, finder, dateFormats2));
  }
  return found;
}
function misspelled(key, entries, known, claimed) {
  const limit = misspellingLimit(key.key);
  let best;
  let distance = limit + 1;
  for (const entry of entries) {
    if (known.has(entry.key) || claimed.has(entry))
      continue;
    const found = editDistance(fold(entry.key), fold(key.key), limit);
    if (found < distance) {
      best = entry;
      distance = found;
    }
  }
  return best;
}
function fold(key) {
  return key.toLowerCase().replace(/[\s_]/gu, "-");
}
function checkValue(key, entry, finder, dateFormats2) {
  if (key.kind === "text" || entry.items.length > 0)
    return [];
  const name = inlineCode(key.key);
  if (!entry.valueRange || bareValue(entry.value) === "") {
    return [{ place: finder.position(entry.keyRange.start, entry.keyRange.end), reason: `Front-matter key ${name} is empty: the template expects ${expectation(key, dateFormats2)}` }];
  }
  if (mustReplace(key.value) && sameValue(entry.value, key.value))
    return [];
  if (key.choices && listsChoices(entry.value, key.choices))
    return [];
  const place = finder.position(entry.valueRange.start, entry.valueRange.end);
  const written2 = bareValue(entry.value);
  if (key.kind === "choice") {
    const choices = key.choices;
    if (choices.some((choice) => sameWord(choice, written2)))
      return [];
    const near = nearest(written2, choices);
    if (near)
      return [{ place, reason: `Front-matter key ${name} has ${inlineCode(written2)}: did you mean ${inlineCode(near)}?`, expected: near }];
    return [{ place, reason: `Front-matter key ${name} has ${inlineCode(written2)}: expected ${oneOf(choices)}` }];
  }
  const formats = formatsFor(key, dateFormats2);
  const date = readDate(written2, formats);
  if (date === "valid")
    return [];
  const why = date === "impossible" ? ", which is not a calendar date" : "";
  return [{ place, reason: `Front-matter key ${name} has ${inlineCode(written2)}${why}: expected a date as ${oneOf(formats.map((format) => format.text))}` }];
}
function expectation(key, dateFormats2) {
  if (key.kind === "choice")
    return oneOf(key.choices);
  return `a date as ${oneOf(formatsFor(key, dateFormats2).map((format) => format.text))}`;
}
function formatsFor(key, dateFormats2) {
  if (dateFormats2)
    return dateFormats2;
  const mask = /^\S+/u.exec(bareValue(key.value))?.[0]?.toUpperCase();
  const format = mask === void 0 ? void 0 : compileDateFormat(mask);
  return [format ?? compileDateFormat("YYYY-MM-DD")];
}
function templateLine(key) {
  if (key.items.length > 0)
    return `${key.key}: - ${key.items[0]}`;
  return key.value === "" ? `${key.key}:` : `${key.key}: ${key.value}`;
}

// packages/remark-lint-required-fields/dist/index.js
var id4 = "required-fields";
var url4 = "https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-required-fields#readme";
var iso = compileDateFormat("YYYY-MM-DD");
var remarkLintRequiredFields = templateRule({ id: id4, url: url4, keys: ["dateFormat"], read: readOptions3 }, (tree, file, options) => {
  const template = usableTemplate(tree, file, options);
  if (!template || template.fields.length === 0 && template.frontMatter.length === 0)
    return;
  const source = markdownSource(file.value);
  const found = frontMatterFindings(template, tree, source, positionFinder(source), options.dateFormats);
  const context = {
    template,
    tree,
    source,
    alignment: alignDocument(template, tree),
    fields: documentFields(tree, source),
    prose: proseRanges(tree, source),
    finder: positionFinder(source),
    options,
    claimed: /* @__PURE__ */ new Set(),
    values: /* @__PURE__ */ new Map()
  };
  const labels = new Set(template.fields.map((field) => field.normalizedLabel));
  let previous;
  for (const field of template.fields) {
    const region = regionOf(field, context);
    if (!region)
      continue;
    const line = findField(field, region, labels, context, found);
    if (line) {
      found.push(...checkValue2(field, line, context));
    } else {
      const after = previous && previous.field.section === field.section ? previous.line : void 0;
      found.push(missing(field, after, region, context));
    }
    if (line)
      previous = { field, line };
  }
  reportFindings(file, found);
});
var dist_default4 = remarkLintRequiredFields;
function regionOf(field, context) {
  const { tree, template } = context;
  if (field.section) {
    const heading = context.alignment.sections[field.section.index]?.heading;
    if (!heading)
      return void 0;
    const extent = sectionExtent(tree, heading);
    return { range: { start: extent.offsets.start, end: extent.offsets.end }, place: heading.position };
  }
  const end = tree.position?.end ?? { line: 1, column: 1, offset: 0 };
  const firstSection = template.allSections[0]?.position.start.offset ?? Number.POSITIVE_INFINITY;
  const place = field.position.start.offset < firstSection ? documentStart(tree) : { start: end, end };
  return { range: { start: 0, end: end.offset ?? context.source.length }, place };
}
function findField(field, region, labels, context, found) {
  const inRegion = (line2) => !context.claimed.has(line2) && line2.lineRange.start >= region.range.start && line2.lineRange.end <= region.range.end;
  let line = byLabel(context).get(field.normalizedLabel)?.find(inRegion);
  if (!line) {
    const limit = misspellingLimit(field.normalizedLabel);
    let best = limit + 1;
    for (const candidate of context.fields) {
      if (candidate.style !== "strong" || !inRegion(candidate) || labels.has(candidate.normalizedLabel))
        continue;
      const distance = editDistance(candidate.normalizedLabel, field.normalizedLabel, limit);
      if (distance < best) {
        best = distance;
        line = candidate;
      }
    }
    if (line) {
      found.push({
        place: context.finder.position(line.labelRange.start, line.labelRange.end),
        reason: `Field ${inlineCode(line.label)} does not match the template: did you mean ${inlineCode(field.label)}?`,
        expected: field.label
      });
    }
  }
  if (line)
    context.claimed.add(line);
  return line;
}
function maySayEmpty(field) {
  return /\bleave (?:this |it )?(?:empty|blank)\b/iu.test(field.value);
}
function byLabel(context) {
  if (!context.byLabel) {
    context.byLabel = /* @__PURE__ */ new Map();
    for (const line of context.fields) {
      const list = context.byLabel.get(line.normalizedLabel);
      if (list)
        list.push(line);
      else
        context.byLabel.set(line.normalizedLabel, [line]);
    }
  }
  return context.byLabel;
}
function missing(field, after, region, context) {
  const where = field.section ? ` in ${showSection(field.section)}` : "";
  return {
    place: after ? context.finder.position(after.lineRange.start, after.lineRange.end) : region.place,
    reason: `Missing field ${inlineCode(field.label)}${where}: the template has ${inlineCode(templateLine2(field, context.template))}`
  };
}
function checkValue2(field, line, context) {
  const { finder } = context;
  const value = valueText(line, context);
  const label = inlineCode(field.label);
  if (value.text === "") {
    if (context.source.slice(line.valueRange.start, line.valueRange.end).trim() !== "" || maySayEmpty(field))
      return [];
    return [{ place: finder.position(line.lineRange.start, line.lineRange.end), reason: `Field ${label} is empty: the template expects ${expectation2(field, context)}` }];
  }
  if (value.placeholder)
    return [];
  const place = finder.position(line.valueRange.start, line.valueRange.end);
  const written2 = inlineCode(context.source.slice(line.valueRange.start, line.valueRange.end));
  if (field.allowed) {
    const lead = leadingWord(value);
    if (lead && field.allowed.some((allowed) => sameWord(allowed, lead.text)))
      return [];
    const near = lead && nearest(lead.text, field.allowed);
    if (lead && near) {
      return [{ place: finder.position(lead.start, lead.end), reason: `Field ${label} has ${inlineCode(lead.text)}: did you mean ${inlineCode(near)}?`, expected: near }];
    }
    return [{ place, reason: `Field ${label} has ${written2}: expected ${oneOf(field.allowed)}` }];
  }
  if (isDateField(field)) {
    const formats = dateFormats(field, context);
    const date = readDate(value.text, formats);
    if (date === "valid")
      return [];
    const why = date === "impossible" ? ", which is not a calendar date" : "";
    return [{ place, reason: `Field ${label} has ${written2}${why}: expected a date as ${formatList(formats)}` }];
  }
  if (field.placeholder)
    return agreement(field, line, value.text, context);
  return [];
}
function agreement(field, line, value, context) {
  const placeholder = field.placeholder;
  const title = context.alignment.title;
  let fromTitle = title?.status === "matched" ? title.values.get(normalizePlainText(placeholder)) : void 0;
  if (fromTitle !== void 0 && containsPlaceholder(fromTitle))
    fromTitle = void 0;
  const earlier = context.values.get(placeholder);
  if (fromTitle === void 0 && earlier === void 0) {
    context.values.set(placeholder, { value, label: field.label });
    return [];
  }
  const reference = fromTitle ?? earlier.value;
  if (normalizePlainText(reference) === normalizePlainText(value))
    return [];
  const where = fromTitle !== void 0 ? "the title has" : `field ${inlineCode(earlier.label)} has`;
  return [
    {
      place: context.finder.position(line.valueRange.start, line.valueRange.end),
      reason: `Field ${inlineCode(field.label)} has ${inlineCode(value)}, but ${where} ${inlineCode(reference)} for ${inlineCode(placeholder)}: use the same value in both`,
      expected: reference
    }
  ];
}
function expectation2(field, context) {
  if (field.allowed)
    return oneOf(field.allowed);
  if (isDateField(field))
    return `a date as ${formatList(dateFormats(field, context))}`;
  return inlineCode(field.value);
}
function dateFormats(field, context) {
  return context.options.dateFormats ?? [dateFormatIn(field.value) ?? iso];
}
function valueText(line, context) {
  const { start, end } = line.valueRange;
  const pieces = [];
  let placeholder = false;
  const add = (range, code) => {
    let from = Math.max(range.start, start);
    let to = Math.min(range.end, end);
    if (from >= to)
      return;
    if (code) {
      while (from < to && context.source[from] === "`")
        from++;
      while (to > from && context.source[to - 1] === "`")
        to--;
    }
    if (!code) {
      for (const span of bracketSpans(context.source, from, to)) {
        if (isPlaceholderInner(span.inner) && !context.prose.taskBoxes.has(span.start))
          placeholder = true;
      }
    }
    pieces.push({ text: context.source.slice(from, to), start: from });
  };
  for (const range of overlapping(context.prose.texts, start, end))
    add(range, false);
  for (const range of overlapping(context.prose.code, start, end))
    add(range, true);
  pieces.sort((a, b) => a.start - b.start);
  return { text: pieces.map((piece) => piece.text).join("").trim(), placeholder, pieces };
}
function overlapping(ranges, start, end) {
  const result = [];
  for (let index = firstEndingAfter(ranges, start); index < ranges.length && ranges[index].start < end; index++)
    result.push(ranges[index]);
  return result;
}
function leadingWord(value) {
  const piece = value.pieces.find((candidate) => candidate.text.trim() !== "");
  if (!piece)
    return void 0;
  const match = /^(\s*)([\p{L}\p{N}][\p{L}\p{N}_-]*)(?=$|[\s.,;:()])/u.exec(piece.text);
  if (!match)
    return void 0;
  const start = piece.start + match[1].length;
  return { text: match[2], start, end: start + match[2].length };
}
function templateLine2(field, template) {
  return template.source.slice(field.position.start.offset, field.position.end.offset).replace(/[ \t\\]+$/u, "");
}
function formatList(formats) {
  return oneOf(formats.map((format) => format.text));
}
function readOptions3(options) {
  const { dateFormat, template, templates, files, placeholderSyntax, allowTemplatesOutsideProject } = options;
  let dateFormats2;
  if (dateFormat !== void 0) {
    const list = Array.isArray(dateFormat) ? dateFormat : [dateFormat];
    dateFormats2 = list.map((entry) => typeof entry === "string" ? compileDateFormat(entry) : void 0);
    if (list.length === 0 || dateFormats2.some((format) => format === void 0)) {
      throw new OptionError(`Unexpected value ${show(dateFormat)} for option \`dateFormat\` of \`${id4}\`: expected a date format with \`YYYY\`, a month (\`MM\`, \`M\`, \`MMM\` or \`MMMM\`) and a day (\`DD\` or \`D\`), such as "YYYY-MM-DD", or an array of them`);
    }
  }
  return { template, templates, files, placeholderSyntax, allowTemplatesOutsideProject, dateFormats: dateFormats2 };
}

// packages/remark-lint-required-sections/dist/index.js
import { relative } from "node:path";
var url5 = "https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-required-sections#readme";
var remarkLintRequiredSections = templateRule({ id: "required-sections", url: url5 }, (tree, file, options) => {
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
    if (selection.misfit) {
      const { glob, candidates } = selection.misfit;
      const names = candidates.map((candidate) => `\`${candidate.name ?? relative(file.cwd, candidate.path ?? "").split("\\").join("/")}\``);
      const which = names.length === 1 ? `its template ${names[0]}` : `any of its templates (${names.join(", ")})`;
      const message = file.message(`Not checked: the \`files\` entry \`${glob}\` names this doc, but it has neither the title nor a section of ${which}: write it from the template, or leave it out of the glob`, { place: documentStart(tree) });
      Object.defineProperty(message, "fatal", { get: () => true, set: () => {
      }, enumerable: true, configurable: true });
      return;
    }
    if (selection.near) {
      const { heading, template: near } = selection.near;
      found.push({
        place: heading.position,
        reason: `Title ${showHeading(heading, source)} is close to the title of template \`${near.name ?? near.path}\`, ${expectedTitle(near)}: fix the title, or name the template in front matter (\`template: ${near.name ?? near.path}\`), so this doc is checked`
      });
    }
    reportFindings(file, found);
    return;
  }
  const alignment = alignDocument(template, tree);
  const title = alignment.title;
  if (title?.status === "missing") {
    const expected = template.title.free ? `a title of the doc's own, where it has ${expectedTitle(template)}` : expectedTitle(template);
    found.push({ place: documentStart(tree), reason: `Missing title: the template expects ${expected}` });
  } else if (title?.status === "mismatch") {
    found.push({
      place: title.heading.position,
      reason: `Title ${showHeading(title.heading, source)} does not match the template title ${expectedTitle(template)}`
    });
  }
  for (const section of alignment.sections) {
    const finding = describeSection(section, alignment.sections, template, tree, source, alignment.depthOffset);
    if (finding)
      found.push(finding);
  }
  reportFindings(file, found);
});
var dist_default5 = remarkLintRequiredSections;
function describeSection(alignment, all, template, tree, source, offset) {
  const { section, heading } = alignment;
  const show2 = (shown) => showSection(shown, offset);
  switch (alignment.status) {
    case "matched":
      return void 0;
    case "missing": {
      if (section.optional || alignment.parentMissing)
        return void 0;
      const parentHeading = alignment.parent?.heading;
      const titleHeading = tree.children.find((node) => node.type === "heading" && node.depth === 1);
      const below = missingBelow(alignment, all);
      const what = below > 0 ? `${show2(section)} and its ${plural(below, "subsection")}` : show2(section);
      return {
        place: parentHeading?.position ?? (template.title || offset > 0 ? titleHeading?.position : void 0) ?? documentStart(tree),
        reason: `Missing section ${what}${section.parent ? ` under ${show2(section.parent)}` : ""}: the template expects it ${placeInTemplate(section, template, offset)}`
      };
    }
    case "wrong-level":
      return {
        place: heading.position,
        reason: `Heading ${showHeading(heading, source)} is at level ${heading.depth}: the template has ${show2(section)} at level ${section.depth + offset}`,
        expected: headingLine(section, offset)
      };
    case "wrong-place":
      return {
        place: heading.position,
        reason: `Section ${showHeading(heading, source)} is ${docParent(alignment, tree, source, template, offset)}: the template has it ${section.parent ? `under ${show2(section.parent)}` : "at the top level"}`
      };
    case "renamed":
      return {
        place: heading.position,
        reason: alignment.renamedBy === "words" ? `Heading ${showHeading(heading, source)} looks like the template's ${show2(section)}: name it so if it is that section; if not, that section is missing` : `Heading ${showHeading(heading, source)} stands where the template has ${show2(section)}: name it so if it is that section; if not, that section is missing`,
        expected: headingLine(section, offset)
      };
    case "misspelled":
      return {
        place: heading.position,
        reason: `Heading ${showHeading(heading, source)} does not match the template: did you mean ${show2(section)}?`,
        expected: headingLine(section, offset)
      };
    case "out-of-order": {
      const neighbour = alignment.after ? `after ${show2(alignment.after.section)}` : `before ${show2(alignment.before.section)}`;
      return {
        place: heading.position,
        reason: `Section ${showHeading(heading, source)} is out of order: the template has it ${neighbour}`
      };
    }
  }
}
function expectedTitle(template) {
  return inlineCode(`# ${template.title.source}`);
}
function placeInTemplate(section, template, offset) {
  const siblings = section.parent ? section.parent.children : template.sections;
  const previous = siblings[siblings.indexOf(section) - 1];
  if (previous)
    return `after ${showSection(previous, offset)}`;
  return section.parent ? `first under ${showSection(section.parent, offset)}` : "as the first section";
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
function docParent(alignment, tree, source, template, offset) {
  const heading = alignment.heading;
  const index = tree.children.indexOf(heading);
  const title = template.title || offset > 0 ? tree.children.find((node) => node.type === "heading" && node.depth === 1) : void 0;
  for (let at = index - 1; at >= 0; at--) {
    const node = tree.children[at];
    if (node === title)
      break;
    if (node.type === "heading" && node.depth < heading.depth)
      return `under ${showHeading(node, source)}`;
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
var id5 = "required-table-columns";
var url6 = "https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-required-table-columns#readme";
var remarkLintRequiredTableColumns = templateRule({ id: id5, url: url6, keys: ["order"], read: readOptions4 }, (tree, file, options) => {
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
var dist_default6 = remarkLintRequiredTableColumns;
function readOptions4(options) {
  expectBoolean(id5, "order", options.order);
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
        reason: `Missing table ${section ? `in ${showSection(section)}` : "at the start of the document"}: the template expects a table with columns ${table.columns.map((column) => columnName(column.text)).join(", ")}`
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
    } else if (column.status === "renamed") {
      const place = cellText(header, column.index, source);
      found.push({
        place,
        reason: `Column ${inlineCode(source.slice(place.start.offset, place.end.offset))} stands where the template has ${columnName(column.column.text)}: name it so if it is that column; if not, that column is missing`,
        expected: escapeCell(column.column.text)
      });
    } else if (column.status === "misspelled") {
      const place = cellText(header, column.index, source);
      const written2 = source.slice(place.start.offset, place.end.offset);
      found.push({
        place,
        reason: `${written2 === "" ? "Empty column header" : `Column ${inlineCode(written2)}`} does not match the template: did you mean ${columnName(column.column.text)}?`,
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
  "required-sections": dist_default5,
  "required-table-columns": dist_default6,
  "no-placeholders": dist_default2,
  "required-fields": dist_default4,
  "no-empty-template-sections": dist_default,
  "no-template-boilerplate": dist_default3
};
var remarkPresetLintFeatureDocs = function(options) {
  const settings = readOptions5(options);
  const shared = {};
  if (settings.template !== void 0)
    shared.template = settings.template;
  if (settings.templates !== void 0)
    shared.templates = settings.templates;
  if (settings.files !== void 0)
    shared.files = settings.files;
  if (settings.placeholderSyntax !== void 0)
    shared.placeholderSyntax = settings.placeholderSyntax;
  if (settings.allowTemplatesOutsideProject !== void 0)
    shared.allowTemplatesOutsideProject = settings.allowTemplatesOutsideProject;
  this.use(remarkFrontmatter, ["yaml", "toml"]);
  this.use(remarkGfm);
  this.use(remarkRestorePositions);
  this.use(remarkLint);
  for (const id6 of Object.keys(rules)) {
    const [severity, own2] = splitSetting(id6, settings[id6]);
    if (severity === false)
      continue;
    this.use(rules[id6], [severity, { ...shared, ...own2 }]);
  }
};
var dist_default7 = remarkPresetLintFeatureDocs;
function remarkRestorePositions() {
  return (tree, file) => restorePositions(tree, markdownSource(file.value));
}
function readOptions5(options) {
  if (options === void 0 || options === null)
    return {};
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new OptionError(`Unexpected options for \`remark-preset-lint-feature-docs\`: expected an object, not ${show(options)}`);
  }
  const known = ["template", "templates", "files", "placeholderSyntax", "allowTemplatesOutsideProject", ...Object.keys(rules)];
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new OptionError(`Unexpected option \`${key}\` for \`remark-preset-lint-feature-docs\`: expected one of ${known.map((name) => `\`${name}\``).join(", ")}`);
    }
  }
  const read = options;
  const id6 = "remark-preset-lint-feature-docs";
  if (read.template !== void 0)
    expectString(id6, "template", read.template);
  if (read.templates !== void 0)
    expectStringRecord(id6, "templates", read.templates);
  if (read.files !== void 0)
    expectFilesRecord(id6, read.files);
  if (read.placeholderSyntax !== void 0)
    expectSyntaxList(id6, read.placeholderSyntax);
  expectBoolean(id6, "allowTemplatesOutsideProject", read.allowTemplatesOutsideProject);
  return options;
}
var severities = [true, false, 0, 1, 2, "off", "on", "warn", "error"];
function splitSetting(id6, setting) {
  let severity = "warn";
  let own2 = {};
  if (Array.isArray(setting))
    [severity, own2 = {}] = setting;
  else if (typeof setting === "object" && setting !== null)
    own2 = setting;
  else if (severities.includes(setting) || typeof setting !== "object" || setting === null)
    severity = setting ?? "warn";
  if (!severities.includes(severity)) {
    throw new OptionError(`Unexpected value ${show(setting)} for option \`${id6}\` of \`remark-preset-lint-feature-docs\`: expected true, false, a severity ("off", "warn", "error"), an options object, or [severity, options]`);
  }
  if (typeof own2 !== "object" || own2 === null || Array.isArray(own2)) {
    throw new OptionError(`Unexpected value ${show(own2)} for the options of \`${id6}\` in \`remark-preset-lint-feature-docs\`: expected an object`);
  }
  if (severity === false || severity === 0 || severity === "off")
    return [false, {}];
  return [severity, own2];
}

export {
  templatesFolder,
  version,
  dist_default7 as dist_default
};
