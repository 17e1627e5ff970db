/**
 * Report cells as React elements: paragraphs, and lists nested by depth with
 * each item's printed marker ("-", "+", "1.") kept as text. Every string goes
 * through React's text escaping; the report's HTML is never rendered. The
 * reports are in Vietnamese whatever the interface language, and say so to a
 * screen reader.
 */
import type { RichBlock, RichText } from '@/domain/dataset/schema';

type ListItem = Extract<RichBlock, { type: 'list' }>['items'][number];

interface ItemNode {
  item: ListItem;
  children: ItemNode[];
}

/** Nests items under the nearest earlier item of smaller depth; a depth jump of several levels nests one level. */
function nestItems(items: readonly ListItem[]): ItemNode[] {
  const roots: ItemNode[] = [];
  const open: ItemNode[] = [];
  for (const item of items) {
    const node: ItemNode = { item, children: [] };
    while (open.length > 0 && (open.at(-1)?.item.depth ?? 0) >= item.depth) open.pop();
    const parent = open.at(-1);
    if (parent === undefined) roots.push(node);
    else parent.children.push(node);
    open.push(node);
  }
  return roots;
}

function ItemList({ nodes }: { nodes: ItemNode[] }) {
  return (
    <ul className="rich-text__list">
      {nodes.map((node, index) => (
        <li key={index}>
          {node.item.marker === null ? null : <span className="rich-text__marker">{node.item.marker}</span>}
          <span>{node.item.text}</span>
          {node.children.length > 0 ? <ItemList nodes={node.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

export function RichTextView({ blocks, className }: { blocks: RichText; className?: string }) {
  return (
    <div className={className === undefined ? 'rich-text' : `rich-text ${className}`} lang="vi">
      {blocks.map((block, index) =>
        block.type === 'paragraph' ? <p key={index}>{block.text}</p> : <ItemList key={index} nodes={nestItems(block.items)} />,
      )}
    </div>
  );
}
