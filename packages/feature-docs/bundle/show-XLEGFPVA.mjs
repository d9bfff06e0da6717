#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadReference,
  readReference,
  shortPath
} from "./chunk-ULRAKUXZ.mjs";
import "./chunk-IZ6JAZB6.mjs";
import "./chunk-JR6F2O74.mjs";
import {
  exitCodes
} from "./chunk-UYNP4EOZ.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/templates/show.js
async function showTemplate(reference, options, cwd) {
  const { describeTemplate } = await import("./dist-4L4JWKWS.mjs");
  const found = await readReference(reference, options, cwd);
  const template = await loadReference(found, cwd, "`feature-docs templates show`");
  const { name, path, ...rest } = describeTemplate(template);
  const shown = { name, from: found.from, path: path === null ? null : shortPath(path, cwd), ...rest };
  process.stdout.write(options.format === "json" ? `${JSON.stringify(shown, null, 2)}
` : formatTemplate(shown));
  return exitCodes.clean;
}
function formatTemplate(template) {
  const lines = [];
  lines.push(template.name === null ? `Template ${template.path}` : `Template ${template.name} (${template.from})${template.path === null ? "" : `: ${template.path}`}`);
  lines.push("", ...titleLines(template), "", ...syntaxLines(template));
  const count = countSections(template.sections);
  const optional = countSections(template.sections, (section) => section.optional);
  lines.push("", `Sections (${count}${optional > 0 ? `, ${optional} optional` : ""}; each required unless marked optional):`);
  const walk = (section, indent) => {
    lines.push(`${indent}${section.heading}${notes(section)}`);
    for (const child of section.children)
      walk(child, `${indent}  `);
  };
  for (const section of template.sections)
    walk(section, "  ");
  lines.push("", template.tables.length === 0 ? "Tables: none" : `Tables (${template.tables.length}):`);
  for (const table of template.tables) {
    lines.push(`  table ${table.section === null ? "before the first section" : `under ${table.section}`}: | ${table.columns.join(" | ")} |`);
  }
  lines.push("", template.fields.length === 0 ? "Fields: none" : `Fields (${template.fields.length}):`);
  let group;
  for (const field of template.fields) {
    if (field.section !== group) {
      group = field.section;
      lines.push(`  ${group === null ? "outside any section" : `in ${group}`}:`);
    }
    lines.push(`    ${fieldLabel(field)} ${fieldMeaning(field)}`);
  }
  if (template.frontMatter.length > 0) {
    lines.push("", `Front matter (${template.frontMatter.length} key${template.frontMatter.length === 1 ? "" : "s"}):`);
    for (const key of template.frontMatter) {
      const meaning = key.expects === "choice" ? `one of ${key.choices.join(", ")}` : key.expects === "date" ? `a date as ${key.dateFormat}` : "any text";
      lines.push(`  ${key.key}: ${meaning}${key.optional ? " (optional)" : ""}`);
    }
  }
  lines.push("", `Instruction text: ${instructionText(template.instructions) ?? "none"}`);
  const outside = instructionText(template.instructionsOutsideSections);
  if (outside !== void 0)
    lines.push(`  outside any section: ${outside}`);
  return `${lines.join("\n")}
`;
}
function titleLines(template) {
  const title = template.title;
  if (!title) {
    const ones = countSections(template.sections, (section) => section.depth === 1);
    return [ones > 0 ? "Title: none: its H1s are sections (a doc may put a title of its own above them)" : "Title: none: the template has no H1"];
  }
  const meaning = title.matches === "free" ? "no placeholder: it stands for the doc's own title, so any H1 will do" : title.matches === "any" ? "all placeholder: any H1 will do, so a doc is not recognised as written from this template by its title" : `a doc's H1 must match it, ${listOf(title.placeholders)} standing for any text`;
  return [`Title: ${title.heading}`, `  ${meaning}`];
}
function syntaxLines(template) {
  const syntaxes = template.placeholderSyntaxes;
  if (syntaxes.length === 0)
    return ["Placeholder syntaxes: none found, so brackets and braces in a doc are its own text"];
  return [
    `Placeholder syntaxes: ${syntaxes.map((syntax) => syntax.notation).join(", ")}`,
    ...syntaxes.map((syntax) => `  ${syntax.notation}: ${syntax.count}${syntax.examples.length > 0 ? `, e.g. ${syntax.examples.map(clip).join(", ")}` : ""}`)
  ];
}
function notes(section) {
  const parts = [];
  if (section.optional)
    parts.push("optional");
  if (section.placeholder === "any")
    parts.push("any heading");
  if (section.placeholder === "pattern")
    parts.push(`${listOf(section.placeholders)} ${section.placeholders.length === 1 ? "stands" : "stand"} for any text`);
  const instructions = instructionText(section.instructions, false);
  if (instructions !== void 0)
    parts.push(`instructions: ${instructions}`);
  const kept = keptText(section.instructions);
  if (kept !== void 0)
    parts.push(kept);
  return parts.length === 0 ? "" : `  (${parts.join("; ")})`;
}
function fieldLabel(field) {
  return field.style === "strong" ? `**${field.label}:**` : `${field.label}:`;
}
function fieldMeaning(field) {
  const empty = field.mayBeEmpty ? ", or empty" : "";
  if (field.expects === "choice")
    return `one of ${field.choices.join(", ")}${empty}`;
  if (field.expects === "date")
    return `a date as ${field.dateFormat}${empty}`;
  if (field.expects === "same") {
    const where = field.sameAs.in === "title" ? "in the title" : `in field ${field.sameAs.in}`;
    return `the same text as ${field.sameAs.placeholder} ${where}${empty}`;
  }
  return `any text${empty}`;
}
function instructionText(count, withKept = true) {
  const parts = [
    plural(count.paragraphs, "paragraph"),
    plural(count.listItems, "list item"),
    plural(count.comments, "comment")
  ].filter((part) => part !== void 0);
  if (parts.length > 0)
    parts.push(plural(count.words, "word") ?? "0 words");
  const kept = withKept ? keptText(count) : void 0;
  if (kept !== void 0)
    parts.push(kept);
  return parts.length === 0 ? void 0 : parts.join(", ");
}
function keptText(count) {
  const kept = [plural(count.exampleItems, "example item"), plural(count.checklistItems, "checklist item")].filter((part) => part !== void 0);
  return kept.length === 0 ? void 0 : `${kept.join(", ")} a doc may keep`;
}
function plural(count, noun) {
  if (count === 0)
    return void 0;
  return `${count.toLocaleString("en")} ${noun}${count === 1 ? "" : "s"}`;
}
function countSections(sections, which = () => true) {
  return sections.reduce((sum, section) => sum + (which(section) ? 1 : 0) + countSections(section.children, which), 0);
}
function listOf(values) {
  return values.length > 1 ? `${values.slice(0, -1).join(", ")} and ${values.at(-1)}` : values[0] ?? "";
}
function clip(text) {
  const flat = text.replace(/\s+/gu, " ");
  return flat.length > 40 ? `${flat.slice(0, 38)}\u2026${flat.at(-1)}` : flat;
}
export {
  formatTemplate,
  showTemplate
};
