// Lists written as lines: plain text (one item per line) and Markdown checklists.
// Plain text: every non-blank line is an item; a leading bullet, checkbox or number is dropped
// ("- ", "• ", "[ ] ", "3. ", as ../written-list.ts does for the lesson). No nesting.
// Markdown adds:
// - "- [ ] item" is open and "- [x] item" done (any bullet: -, *, +, or "1.");
// - a heading ("## Errands") is not an item: the items below it carry it as their group;
// - a line indented under an item that is not itself a list item continues that item: it goes
//   to the item's notes (so does a line that follows an item directly, as Markdown's "lazy"
//   continuation); rules (---) and code fences are left out.
// Markup inside a title (**bold**, [link](…)) is kept as written: titles are shown as text.
import { cleanListLine } from '../written-list';
import { composeNotes, fitTitle } from './fit-text';
import { subTaskFact } from './sub-tasks';
import { Tally, type ImportedItem, type ListReading } from './types';

const CHECKBOX_ITEM = /^\s*(?:[-*+•]|\d{1,9}[.)])\s+\[[ xX]\](?:\s|$)/;
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const LIST_ITEM = /^(\s*)(?:[-*+•–]|\d{1,9}[.)])\s+(?:\[([ xX])\]\s*)?(.*)$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(?:```|~~~)/;

/** Whether text reads as a Markdown checklist: a "- [ ]" item or a heading somewhere. */
export function looksLikeMarkdown(lines: readonly string[]): boolean {
  return lines.some((line) => CHECKBOX_ITEM.test(line) || HEADING.test(line));
}

/** Width of leading blanks, a tab counting as four. */
function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width++;
    else if (char === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

interface Draft {
  line: number;
  /** Written as a list item ("- …", "1. …"), which text below it can continue. */
  bulleted: boolean;
  raw: string;
  done: boolean;
  depth: number;
  parent?: string;
  group?: string;
  more: string[];
}

/** Turns indentation into depths: deeper than the item above means one level further in. */
class IndentLevels {
  private readonly stack: { indent: number; title: string }[] = [];
  place(indent: number, title: string): { depth: number; parent?: string } {
    while (this.stack.length > 0 && (this.stack.at(-1)?.indent ?? 0) >= indent) this.stack.pop();
    const parent = this.stack.at(-1)?.title;
    const depth = this.stack.length;
    this.stack.push({ indent, title });
    return { depth, ...(parent !== undefined && { parent }) };
  }
  reset(): void {
    this.stack.length = 0;
  }
}

export function readLines(text: string, markdown: boolean): ListReading {
  const tally = new Tally();
  const drafts: Draft[] = [];
  const levels = new IndentLevels();
  let group: string | undefined;
  let inFence = false;
  let afterBlank = true;

  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() === '') {
      afterBlank = true;
      return;
    }
    const last = drafts.at(-1);
    if (markdown) {
      if (FENCE.test(line)) {
        inFence = !inFence;
        tally.skip('separator');
        return;
      }
      if (inFence) {
        last?.more.push(line);
        return;
      }
      if (RULE.test(line)) {
        tally.skip('separator');
        return;
      }
      const heading = HEADING.exec(line);
      if (heading) {
        const words = heading[2]?.trim() ?? '';
        group = words === '' ? undefined : words;
        levels.reset();
        afterBlank = true;
        return;
      }
    }
    const item = LIST_ITEM.exec(line);
    const indent = indentWidth(line);
    // Markdown: text that is not a list item continues the list item above when indented under
    // it or right after it; plain text has no such lines, and plain lines stay items.
    if (markdown && !item && last?.bulleted && (indent > 0 || !afterBlank)) {
      last.more.push(line.trim());
      afterBlank = false;
      return;
    }
    afterBlank = false;
    const raw = markdown && item ? (item[3] ?? '') : cleanListLine(line);
    if (raw.trim() === '') {
      tally.skip('no-title');
      return;
    }
    // Only Markdown nests: stray spaces in front of a pasted line are no sub-task.
    const { depth, parent } = markdown ? levels.place(indent, raw.trim()) : { depth: 0 };
    drafts.push({
      line: index + 1,
      bulleted: item !== null,
      raw,
      done: markdown && (item?.[2] ?? ' ').toLowerCase() === 'x',
      depth,
      more: [],
      ...(parent !== undefined && { parent }),
      ...(group !== undefined && { group }),
    });
  });

  const items = drafts.map((draft): ImportedItem => {
    const { title, whole } = fitTitle(draft.raw, tally);
    const facts: string[] = [];
    if (draft.parent !== undefined) facts.push(subTaskFact(draft.parent));
    if (draft.group !== undefined) facts.push(`Under the heading “${draft.group}”`);
    if (whole !== undefined) facts.push(`Whole title: ${whole}`);
    const notes = composeNotes([draft.more.join('\n')], facts, tally);
    return {
      line: draft.line,
      title,
      status: draft.done ? 'done' : 'open',
      depth: draft.depth,
      ...(notes !== undefined && { notes }),
      ...(draft.group !== undefined && { group: draft.group }),
    };
  });
  return {
    format: markdown ? 'markdown' : 'text',
    items,
    skipped: tally.skipped,
    findings: tally.findings,
  };
}
