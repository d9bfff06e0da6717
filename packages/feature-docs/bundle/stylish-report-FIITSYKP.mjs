#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  stringWidth
} from "./chunk-OCVCO3WH.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/report/stylish-report.js
var minimumReasonWidth = 30;
var narrowReasonIndent = 2;
function stylishReport(files, options) {
  const lines = reportLines(files, options, styles(options.color));
  return layOut(lines, terminalWidth(options.width)).join("\n");
}
function fitToWidth(text, width) {
  const columns = terminalWidth(width);
  if (columns === void 0)
    return text;
  return text.split("\n").flatMap((line) => wrap(plain(line), columns)).join("\n");
}
function terminalWidth(width) {
  return width !== void 0 && Number.isFinite(width) && width > 0 ? Math.floor(width) : void 0;
}
function styles(color) {
  const code = (value) => color ? `\x1B[${value}m` : "";
  return {
    bold: code(1),
    underline: code(4),
    normalIntensity: code(22),
    noUnderline: code(24),
    red: code(31),
    cyan: code(36),
    green: code(32),
    yellow: code(33),
    defaultColor: code(39)
  };
}
var lineEnding = /\r?\n|\r/;
function reportLines(files, options, style) {
  const lines = [];
  const shown = [];
  let lastHadMessages = false;
  for (const file of [...files].sort((a, b) => compareText(a.path, b.path))) {
    const messageLines = [];
    for (const message of [...file.messages].sort(compareMessages)) {
      if (options.silent && !message.fatal)
        continue;
      shown.push(message);
      messageLines.push(...messageRows(message, style));
    }
    if ((options.quiet || options.silent) && messageLines.length === 0)
      continue;
    if (lastHadMessages)
      lines.push(plain(""));
    lines.push(fileHeader(file, style), ...messageLines);
    lastHadMessages = messageLines.length > 0;
  }
  const summary = summaryLine(shown, style);
  if (summary)
    lines.push(plain(""), summary);
  return lines;
}
function fileHeader(file, style) {
  const name = file.history[0] || "<stdin>";
  const counts = count(file.messages);
  const nameColor = counts.fatal ? style.red : counts.total ? style.yellow : style.green;
  const spans = [{ text: name, open: style.underline + nameColor, close: style.defaultColor + style.noUnderline }];
  if (file.stored && name !== file.path)
    spans.push(span(` > ${file.path}`));
  if (file.stored)
    spans.push(span(": "), { text: "written", open: style.yellow, close: style.defaultColor });
  else if (!counts.total)
    spans.push(span(": no issues found"));
  return { open: "", close: "", spans };
}
function messageRows(message, style) {
  const label = message.fatal ? "error" : message.fatal === false ? "warning" : "info";
  const text = message.stack || message.message;
  const ending = lineEnding.exec(text);
  const reason = ending ? text.slice(0, ending.index) : text;
  const rest = ending ? text.slice(ending.index + 1).split(lineEnding).map(plain) : [];
  const place = message.place || message.position;
  const row = [
    plain(showPlace(place)),
    { open: "", close: "", spans: [{ text: label, open: label === "error" ? style.red : style.yellow, close: style.defaultColor }] },
    { open: style.bold, close: style.normalIntensity, spans: reasonSpans(reason, style) },
    plain(message.ruleId || ""),
    plain(message.source || "")
  ];
  if (message.cause)
    rest.push(...causeLines(message.cause, style));
  return [row, ...rest];
}
function causeLines(cause, style) {
  const lines = [{ open: "", close: "", spans: [span("  "), { text: "[cause]", open: style.bold, close: style.normalIntensity }, span(":")] }];
  const record = cause !== null && typeof cause === "object" ? cause : void 0;
  const stack = record && (("stack" in record ? String(record.stack) : void 0) || ("message" in record ? String(record.message) : void 0));
  if (record === void 0 || typeof stack !== "string") {
    lines.push(plain(`    ${String(cause)}`));
    return lines;
  }
  let own;
  if ("file" in record && "fatal" in record) {
    own = messageRows(record, style);
  } else {
    own = stack.split(lineEnding).map(plain);
    if ("cause" in record && record.cause)
      own.push(...causeLines(record.cause, style));
  }
  const head = own[0];
  own[0] = isRow(head) ? [indented(head[0]), head[1], head[2], head[3], head[4]] : indented(head);
  lines.push(...own);
  return lines;
}
function summaryLine(messages, style) {
  const counts = count(messages);
  if (!counts.fatal && !counts.warn)
    return void 0;
  const spans = [];
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (counts.fatal)
    spans.push({ text: "\u2716", open: style.red, close: style.defaultColor }, span(` ${plural(counts.fatal, "error")}`));
  if (counts.warn) {
    if (counts.fatal)
      spans.push(span(", "));
    spans.push({ text: "\u26A0", open: style.yellow, close: style.defaultColor }, span(` ${plural(counts.warn, "warning")}`));
  }
  if (counts.total !== counts.fatal && counts.total !== counts.warn) {
    spans.unshift(span(`${counts.total} messages (`));
    spans.push(span(")"));
  }
  return { open: "", close: "", spans };
}
function reasonSpans(reason, style) {
  const runs = [...reason.matchAll(/`+/gu)].map((match) => ({ index: match.index, size: match[0].length }));
  const spans = [];
  let textStart = 0;
  for (let open = 0; open < runs.length; open++) {
    const close = runs.findIndex((run, index) => index > open && run.size === runs[open].size);
    if (close === -1)
      continue;
    const codeStart = runs[open].index;
    const codeEnd = runs[close].index + runs[close].size;
    spans.push(span(reason.slice(textStart, codeStart)), { text: reason.slice(codeStart, codeEnd), open: style.cyan, close: style.defaultColor });
    textStart = codeEnd;
    open = close;
  }
  spans.push(span(reason.slice(textStart)));
  return spans;
}
function showPlace(place) {
  if (!place || typeof place !== "object")
    return "";
  const loose = place;
  const number = (value) => value && typeof value === "number" ? value : 1;
  const point = (value) => {
    const at = value && typeof value === "object" ? value : {};
    return `${number(at.line)}:${number(at.column)}`;
  };
  if ("start" in loose || "end" in loose)
    return `${point(loose.start)}-${point(loose.end)}`;
  if ("line" in loose || "column" in loose)
    return point(loose);
  return "";
}
function compareMessages(a, b) {
  const rank = (fatal) => fatal ? 0 : fatal === false ? 1 : 2;
  return (a.line || 0) - (b.line || 0) || (a.column || 0) - (b.column || 0) || rank(a.fatal) - rank(b.fatal) || compareText(a.source, b.source) || compareText(a.ruleId, b.ruleId) || compareText(a.reason, b.reason);
}
function compareText(a, b) {
  return String(a || "").localeCompare(String(b || ""));
}
function count(messages) {
  const fatal = messages.filter((message) => message.fatal).length;
  const warn = messages.filter((message) => message.fatal === false).length;
  return { fatal, warn, total: messages.length };
}
function layOut(lines, width) {
  const rows = lines.filter(isRow);
  const sizes = [0, 1, 2, 3, 4].map((cell) => Math.max(0, ...rows.map((row) => stringWidth(render(row[cell])))));
  const table = (row) => [tableLine(row, sizes)];
  let showRow = table;
  if (width !== void 0 && rows.some((row) => stringWidth(tableLine(row, sizes)) > width)) {
    const [placeSize, labelSize, reasonSize] = sizes;
    const before = placeSize + 1 + labelSize + 1;
    const after = Math.max(0, ...rows.map((row) => stringWidth(tail(row, sizes))));
    const reasonWidth = Math.min(reasonSize, width - before - (after > 0 ? after + 1 : 0));
    showRow = reasonWidth >= minimumReasonWidth ? (row) => wideRow(row, sizes, reasonWidth) : (row) => narrowRow(row, sizes, width);
  }
  return lines.flatMap((line) => isRow(line) ? showRow(line) : wrap(line, width));
}
function tableLine(row, sizes) {
  return row.map((cell, index) => pad(render(cell), sizes[index] + 1)).join("").trimEnd();
}
function tail(row, sizes) {
  return (pad(render(row[3]), sizes[3] + 1) + render(row[4])).trimEnd();
}
function wideRow(row, sizes, reasonWidth) {
  const [place, label, reason] = row;
  const before = pad(render(place), sizes[0] + 1) + pad(render(label), sizes[1] + 1);
  const indent = " ".repeat(stringWidth(before));
  return breakLines(plainText(reason), 0, reasonWidth).map(([start, end], index) => index === 0 ? (before + pad(render(reason, start, end), reasonWidth + 1) + tail(row, sizes)).trimEnd() : (indent + render(reason, start, end)).trimEnd());
}
function narrowRow(row, sizes, width) {
  const [place, label, reason, ruleId, source] = row;
  const gap = (cell, size) => span(" ".repeat(Math.max(0, size + 1 - stringWidth(render(cell)))));
  const head = { open: "", close: "", spans: [...inline(place), gap(place, sizes[0]), ...inline(label), gap(label, sizes[1]), ...inline(ruleId), gap(ruleId, sizes[3]), ...inline(source)] };
  const indent = width > 2 * narrowReasonIndent ? narrowReasonIndent : 0;
  const body = breakLines(plainText(reason), 0, width - indent).map(([start, end]) => (" ".repeat(indent) + render(reason, start, end)).trimEnd());
  return [...wrap(head, width), ...body];
}
function wrap(line, width) {
  const hang = 2;
  const whole = render(line).trimEnd();
  if (width === void 0 || stringWidth(whole) <= width)
    return [whole];
  const text = plainText(line);
  const leading = /^ */u.exec(text)[0].length;
  const [first, next] = leading + hang < width / 2 ? [leading, leading + hang] : [0, 0];
  return breakLines(text, leading, width - first, width - next).map(([start, end], index) => (" ".repeat(index === 0 ? first : next) + render(line, start, end)).trimEnd());
}
function breakLines(text, from, firstWidth, width = firstWidth) {
  const graphemes = [...graphemeSegmenter.segment(text.slice(from))].map(({ segment, index }) => ({
    start: from + index,
    end: from + index + segment.length,
    width: stringWidth(segment),
    space: segment === " "
  }));
  const lines = [];
  let line;
  let gap = 0;
  for (let index = 0; index < graphemes.length; ) {
    if (graphemes[index].space) {
      gap += 1;
      index++;
      continue;
    }
    let wordEnd = index;
    while (wordEnd < graphemes.length && !graphemes[wordEnd].space)
      wordEnd++;
    const word = graphemes.slice(index, wordEnd);
    const wordWidth = sum(word);
    if (line && line.width + gap + wordWidth <= (lines.length === 0 ? firstWidth : width)) {
      line.end = word.at(-1).end;
      line.width += gap + wordWidth;
    } else {
      if (line)
        lines.push([line.start, line.end]);
      let rest = word;
      const limit = () => lines.length === 0 ? firstWidth : width;
      while (sum(rest) > limit() && rest.length > 1) {
        let fits = 1;
        while (fits < rest.length && sum(rest.slice(0, fits + 1)) <= limit())
          fits++;
        const slash = rest.slice(0, fits).findLastIndex((grapheme) => text.slice(grapheme.start, grapheme.end) === "/");
        const cut = slash > 0 ? slash + 1 : fits;
        lines.push([rest[0].start, rest[cut - 1].end]);
        rest = rest.slice(cut);
      }
      line = { start: rest[0].start, end: rest.at(-1).end, width: sum(rest) };
    }
    gap = 0;
    index = wordEnd;
  }
  if (line)
    lines.push([line.start, line.end]);
  return lines.length > 0 ? lines : [[from, from]];
}
var graphemeSegmenter = new Intl.Segmenter(void 0, { granularity: "grapheme" });
function sum(graphemes) {
  return graphemes.reduce((total, grapheme) => total + grapheme.width, 0);
}
function span(text) {
  return { text, open: "", close: "" };
}
function plain(text) {
  return { open: "", close: "", spans: [span(text)] };
}
function isRow(line) {
  return Array.isArray(line);
}
function indented(line) {
  return { ...line, spans: [span("    "), ...line.spans] };
}
function inline(cell) {
  return cell.spans.map((part) => ({ text: part.text, open: cell.open + part.open, close: part.close + cell.close }));
}
function plainText(line) {
  return line.spans.map((part) => part.text).join("");
}
function render(line, start = 0, end = Number.POSITIVE_INFINITY) {
  let result = "";
  let offset = 0;
  for (const part of line.spans) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + part.text.length);
    if (to > from || start === 0 && end === Number.POSITIVE_INFINITY)
      result += part.open + part.text.slice(from - offset, to - offset) + part.close;
    offset += part.text.length;
  }
  return line.open + result + line.close;
}
function pad(text, size) {
  return text + " ".repeat(Math.max(0, size - stringWidth(text)));
}
export {
  fitToWidth,
  minimumReasonWidth,
  stylishReport
};
