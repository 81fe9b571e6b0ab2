import type { Element, ElementContent, Root, Text } from 'hast';
import type { MentionTarget } from './mention-targets';

/**
 * Links the article's mentions to their cards: the first occurrence of each target's phrase becomes
 * `<a class="mention" href="/faits/…/" data-apercu="…">`. The words themselves are not changed.
 * Runs on the body's hast before the page's typography, which changes the spaces quotes are
 * written with. Returns the targets it could not place (an author's mistake the model reports).
 */
export function linkMentions(tree: Root, targets: readonly MentionTarget[]): MentionTarget[] {
  return targets.filter((target) => !linkFirst(tree, target));
}

/** Text nodes of a block in reading order, with the block-level child each belongs to. */
interface Run {
  readonly node: Text;
  readonly top: number;
  readonly start: number;
  /** Inside an existing link: a mention may not take it (a link inside a link is invalid HTML). */
  readonly inLink: boolean;
}

/** Links the first occurrence of the phrase in any paragraph, list item or heading; false when absent. */
function linkFirst(tree: Root, target: MentionTarget): boolean {
  const blocks: Element[] = [];
  collectBlocks(tree, blocks);
  for (const block of blocks) {
    const runs: Run[] = [];
    let text = '';
    block.children.forEach((child, top) => {
      for (const { node, inLink } of textNodes(child, false)) {
        runs.push({ node, top, start: text.length, inLink });
        text += node.value;
      }
    });
    // The reader sees link text too ("2 000¹ soldats"), so it stays in the searched text; a match
    // that would swallow part of a link is skipped.
    for (let at = text.indexOf(target.phrase); at !== -1; at = text.indexOf(target.phrase, at + 1)) {
      const end = at + target.phrase.length;
      const covered = runs.filter((run) => run.start < end && run.start + run.node.value.length > at);
      if (covered.some((run) => run.inLink)) continue;
      wrap(block, runs, at, end, target);
      return true;
    }
  }
  return false;
}

/** Paragraphs, headings and tight list items; a loose list item's paragraphs are blocks themselves. */
function collectBlocks(node: Root | Element, out: Element[]): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const isLooseItem =
      child.tagName === 'li' && child.children.some((c) => c.type === 'element' && c.tagName === 'p');
    if (!isLooseItem && (child.tagName === 'p' || child.tagName === 'li' || /^h[1-6]$/.test(child.tagName))) {
      out.push(child);
    } else collectBlocks(child, out);
  }
}

/** Text nodes under a node in reading order, each marked when it sits inside a link. */
function textNodes(node: ElementContent, inLink: boolean): { node: Text; inLink: boolean }[] {
  if (node.type === 'text') return [{ node, inLink }];
  if (node.type !== 'element') return [];
  return node.children.flatMap((child) => textNodes(child, inLink || node.tagName === 'a'));
}

/**
 * Wraps [from, to) of the block's text in a link. The ends are split when they are plain text
 * children of the block; a phrase that starts or ends inside inline markup (`2 000 *soldats*`)
 * takes that whole element into the link, so the markup stays well nested.
 */
function wrap(block: Element, runs: Run[], from: number, to: number, target: MentionTarget): void {
  const first = runs.find((run) => run.start + run.node.value.length > from)!;
  const last = [...runs].reverse().find((run) => run.start < to)!;
  const children = block.children;
  let startIndex = first.top;
  let endIndex = last.top;
  // Split the last end first so the first end's index stays valid.
  if (children[endIndex] === last.node) {
    const cut = to - last.start;
    const before: Text = { type: 'text', value: last.node.value.slice(0, cut) };
    const after: Text = { type: 'text', value: last.node.value.slice(cut) };
    children.splice(endIndex, 1, before, ...(after.value ? [after] : []));
  }
  if (children[startIndex] === first.node || (first === last && children[startIndex]?.type === 'text')) {
    const node = children[startIndex] as Text;
    const cut = from - first.start;
    if (cut > 0) {
      children.splice(
        startIndex,
        1,
        { type: 'text', value: node.value.slice(0, cut) },
        {
          type: 'text',
          value: node.value.slice(cut),
        },
      );
      startIndex += 1;
      endIndex += 1;
    }
  }
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: { href: target.href, className: ['mention'], dataApercu: target.preview },
    children: children.slice(startIndex, endIndex + 1),
  };
  children.splice(startIndex, endIndex - startIndex + 1, link);
}
