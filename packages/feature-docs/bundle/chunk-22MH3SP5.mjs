#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  stringWidth
} from "./chunk-OCVCO3WH.mjs";
import {
  stringifyPosition
} from "./chunk-ERFXMEPA.mjs";
import {
  __esm,
  __export
} from "./chunk-CCJH6PKE.mjs";

// node_modules/.pnpm/supports-color@9.4.0/node_modules/supports-color/index.js
var supports_color_exports = {};
__export(supports_color_exports, {
  createSupportsColor: () => createSupportsColor,
  default: () => supports_color_default
});
import process from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if ("GITHUB_ACTIONS" in env || "GITEA_ACTIONS" in env) {
      return 3;
    }
    if (["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var env, flagForceColor, supportsColor, supports_color_default;
var init_supports_color = __esm({
  "node_modules/.pnpm/supports-color@9.4.0/node_modules/supports-color/index.js"() {
    ({ env } = process);
    if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
      flagForceColor = 0;
    } else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
      flagForceColor = 1;
    }
    supportsColor = {
      stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
      stderr: createSupportsColor({ isTTY: tty.isatty(2) })
    };
    supports_color_default = supportsColor;
  }
});

// node_modules/.pnpm/vfile-sort@4.0.0/node_modules/vfile-sort/lib/index.js
function compareFile(a, b) {
  return compareString(a, b, "path");
}
function compareMessage(a, b) {
  return compareNumber(a, b, "line") || compareNumber(a, b, "column") || compareBoolean(a, b, "fatal") || compareString(a, b, "source") || compareString(a, b, "ruleId") || compareString(a, b, "reason");
}
function compareBoolean(a, b, field) {
  return scoreNullableBoolean(a[field]) - scoreNullableBoolean(b[field]);
}
function compareNumber(a, b, field) {
  return (a[field] || 0) - (b[field] || 0);
}
function compareString(a, b, field) {
  return String(a[field] || "").localeCompare(String(b[field] || ""));
}
function scoreNullableBoolean(value) {
  return value ? 0 : value === false ? 1 : 2;
}

// node_modules/.pnpm/vfile-statistics@3.0.0/node_modules/vfile-statistics/lib/index.js
function statistics(value) {
  const result = { fatal: 0, warn: 0, info: 0 };
  if (!value) {
    throw new TypeError(
      "Expected file or message for `value`, not `" + value + "`"
    );
  }
  if (Array.isArray(value)) {
    list(value);
  } else {
    one(value);
  }
  return {
    fatal: result.fatal,
    nonfatal: result.warn + result.info,
    warn: result.warn,
    info: result.info,
    total: result.fatal + result.warn + result.info
  };
  function list(value2) {
    let index = -1;
    while (++index < value2.length) {
      one(value2[index]);
    }
  }
  function one(value2) {
    if ("messages" in value2) return list(value2.messages);
    result[value2.fatal ? "fatal" : value2.fatal === false ? "warn" : "info"]++;
  }
}

// node_modules/.pnpm/vfile-reporter@8.1.1/node_modules/vfile-reporter/lib/color.node.js
init_supports_color();
var color = supports_color_default.stderr.hasBasic;

// node_modules/.pnpm/vfile-reporter@8.1.1/node_modules/vfile-reporter/lib/index.js
var eol = /\r?\n|\r/;
function reporter(files, options) {
  if (
    // Nothing.
    !files || // Error.
    "name" in files && "message" in files
  ) {
    throw new TypeError(
      "Unexpected value for `files`, expected one or more `VFile`s"
    );
  }
  const settings = options || {};
  const colorEnabled = typeof settings.color === "boolean" ? settings.color : color;
  let oneFileMode = false;
  if (Array.isArray(files)) {
  } else {
    oneFileMode = true;
    files = [files];
  }
  return serializeRows(
    createRows(
      {
        defaultName: settings.defaultName || void 0,
        oneFileMode,
        quiet: settings.quiet || false,
        silent: settings.silent || false,
        traceLimit: typeof settings.traceLimit === "number" ? settings.traceLimit : 10,
        verbose: settings.verbose || false,
        bold: colorEnabled ? "\x1B[1m" : "",
        underline: colorEnabled ? "\x1B[4m" : "",
        normalIntensity: colorEnabled ? "\x1B[22m" : "",
        noUnderline: colorEnabled ? "\x1B[24m" : "",
        red: colorEnabled ? "\x1B[31m" : "",
        cyan: colorEnabled ? "\x1B[36m" : "",
        green: colorEnabled ? "\x1B[32m" : "",
        yellow: colorEnabled ? "\x1B[33m" : "",
        defaultColor: colorEnabled ? "\x1B[39m" : ""
      },
      files
    )
  );
}
function createAncestorsLines(state, ancestors) {
  const min = ancestors.length > state.traceLimit ? ancestors.length - state.traceLimit : 0;
  let index = ancestors.length;
  const lines = [];
  if (index > min) {
    lines.unshift("  " + state.bold + "[trace]" + state.normalIntensity + ":");
  }
  while (index-- > min) {
    const node = ancestors[index];
    const value = node;
    const name = (
      // `hast`
      typeof value.tagName === "string" ? value.tagName : (
        // `xast` (and MDX JSX elements)
        typeof value.name === "string" ? value.name : void 0
      )
    );
    const position = stringifyPosition(node.position);
    lines.push(
      "    at " + state.yellow + node.type + (name ? "<" + name + ">" : "") + state.defaultColor + (position ? " (" + position + ")" : "")
    );
  }
  return lines;
}
function createByline(state, stats) {
  let result = "";
  if (stats.fatal) {
    result = state.red + "\u2716" + state.defaultColor + " " + stats.fatal + " " + (fatalToLabel(true) + (stats.fatal === 1 ? "" : "s"));
  }
  if (stats.warn) {
    result = (result ? result + ", " : "") + (state.yellow + "\u26A0" + state.defaultColor) + " " + stats.warn + " " + (fatalToLabel(false) + (stats.warn === 1 ? "" : "s"));
  }
  if (stats.total !== stats.fatal && stats.total !== stats.warn) {
    result = stats.total + " messages (" + result + ")";
  }
  return result;
}
function createCauseLines(state, cause) {
  const lines = ["  " + state.bold + "[cause]" + state.normalIntensity + ":"];
  let foundReasonableCause = false;
  if (cause !== null && typeof cause === "object") {
    const stackValue = ("stack" in cause ? String(cause.stack) : void 0) || ("message" in cause ? String(cause.message) : void 0);
    if (typeof stackValue === "string") {
      foundReasonableCause = true;
      let causeLines;
      if ("file" in cause && "fatal" in cause) {
        causeLines = createMessageLine(
          state,
          /** @type {VFileMessage} */
          cause
        );
      } else {
        causeLines = stackValue.split(eol);
        if ("cause" in cause && cause.cause) {
          causeLines.push(...createCauseLines(state, cause.cause));
        }
      }
      const head = causeLines[0];
      if (typeof head === "string") {
        causeLines[0] = "    " + head;
      } else {
        head[0] = "    " + head[0];
      }
      lines.push(...causeLines);
    }
  }
  if (!foundReasonableCause) {
    lines.push("    " + cause);
  }
  return lines;
}
function createFileLine(state, file) {
  const stats = statistics(file.messages);
  const fromPath = file.history[0];
  const toPath = file.path;
  let left = "";
  let right = "";
  if (!state.oneFileMode || state.defaultName || fromPath) {
    const name = fromPath || state.defaultName || "<stdin>";
    left = state.underline + (stats.fatal ? state.red : stats.total ? state.yellow : state.green) + name + state.defaultColor + state.noUnderline + (file.stored && name !== toPath ? " > " + toPath : "");
  }
  if (file.stored) {
    right = state.yellow + "written" + state.defaultColor;
  } else if (!stats.total) {
    right = "no issues found";
  }
  return left && right ? left + ": " + right : left + right;
}
function createNoteLines(state, note) {
  const noteLines = note.split(eol);
  let index = -1;
  while (++index < noteLines.length) {
    noteLines[index] = "    " + noteLines[index];
  }
  return [
    "  " + state.bold + "[note]" + state.normalIntensity + ":",
    ...noteLines
  ];
}
function createMessageLine(state, message) {
  const label = fatalToLabel(message.fatal);
  let reason = message.stack || message.message;
  const match = eol.exec(reason);
  let rest = [];
  if (match) {
    rest = reason.slice(match.index + 1).split(eol);
    reason = reason.slice(0, match.index);
  }
  const place = message.place || message.position;
  const row = [
    stringifyPosition(place),
    (label === "error" ? state.red : state.yellow) + label + state.defaultColor,
    formatReason(state, reason),
    message.ruleId || "",
    message.source || ""
  ];
  if (message.cause) {
    rest.push(...createCauseLines(state, message.cause));
  }
  if (state.verbose && message.url) {
    rest.push(...createUrlLines(state, message.url));
  }
  if (state.verbose && message.note) {
    rest.push(...createNoteLines(state, message.note));
  }
  if (state.verbose && message.ancestors) {
    rest.push(...createAncestorsLines(state, message.ancestors));
  }
  return [row, ...rest];
}
function createRows(state, files) {
  const sortedFiles = [...files].sort(compareFile);
  const all = [];
  let index = -1;
  const rows = [];
  let lastWasMessage = false;
  while (++index < sortedFiles.length) {
    const file = sortedFiles[index];
    const messages = [...file.messages].sort(compareMessage);
    const messageRows = [];
    let offset = -1;
    while (++offset < messages.length) {
      const message = messages[offset];
      if (!state.silent || message.fatal) {
        all.push(message);
        messageRows.push(...createMessageLine(state, message));
      }
    }
    if (!state.quiet && !state.silent || messageRows.length > 0) {
      const line = createFileLine(state, file);
      if (lastWasMessage && line) rows.push("");
      if (line) rows.push(line);
      if (messageRows.length > 0) rows.push(...messageRows);
      lastWasMessage = messageRows.length > 0;
    }
  }
  const stats = statistics(all);
  if (stats.fatal || stats.warn) {
    rows.push("", createByline(state, stats));
  }
  return rows;
}
function createUrlLines(state, url) {
  return [
    "  " + state.bold + "[url]" + state.normalIntensity + ":",
    "    " + url
  ];
}
function formatReason(state, reason) {
  const result = [];
  const splits = [];
  let index = reason.indexOf("`");
  while (index !== -1) {
    const split = { index, size: 1 };
    splits.push(split);
    while (reason.codePointAt(index + 1) === 96) {
      split.size++;
      index++;
    }
    index = reason.indexOf("`", index + 1);
  }
  index = -1;
  let textStart = 0;
  while (++index < splits.length) {
    let closeIndex = index;
    let close;
    while (++closeIndex < splits.length) {
      if (splits[index].size === splits[closeIndex].size) {
        close = splits[closeIndex];
        break;
      }
    }
    if (close) {
      const codeStart = splits[index].index;
      const codeEnd = close.index + close.size;
      result.push(
        reason.slice(textStart, codeStart) + state.cyan + reason.slice(codeStart, codeEnd) + state.defaultColor
      );
      textStart = codeEnd;
      index = closeIndex;
    }
  }
  result.push(reason.slice(textStart));
  return state.bold + result.join("") + state.normalIntensity;
}
function fatalToLabel(value) {
  return value ? "error" : value === false ? "warning" : "info";
}
function serializeRows(rows) {
  const sizes = [];
  let index = -1;
  while (++index < rows.length) {
    const row = rows[index];
    if (typeof row === "string") {
    } else {
      let cellIndex = -1;
      while (++cellIndex < row.length) {
        const current = sizes[cellIndex] || 0;
        const size = stringWidth(row[cellIndex]);
        if (size > current) {
          sizes[cellIndex] = size;
        }
      }
    }
  }
  const lines = [];
  index = -1;
  while (++index < rows.length) {
    const row = rows[index];
    let line = "";
    if (typeof row === "string") {
      line = row;
    } else {
      let cellIndex = -1;
      while (++cellIndex < row.length) {
        const cell = row[cellIndex] || "";
        const max = (sizes[cellIndex] || 0) + 1;
        line += cell + " ".repeat(max - stringWidth(cell));
      }
    }
    lines.push(line.trimEnd());
  }
  return lines.join("\n");
}

export {
  supports_color_exports,
  init_supports_color,
  statistics,
  reporter
};
