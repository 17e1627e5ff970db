/**
 * Report cells carry HTML fragments (<p>, <ul>, <li>, <b>, <i>, &amp;). This
 * turns a fragment into plain text for names and matching; rich structure
 * (paragraphs, bullets) is the job of parseRichText.
 */
const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

const replacementCharacter = '\uFFFD';

function fromCodePoint(codePoint: number): string {
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : replacementCharacter;
}

/** Text made safe to stand as element content in HTML (the reverse of decodeEntities for &, < and >). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return fromCodePoint(parseInt(name.slice(1), 10));
    return namedEntities[name.toLowerCase()] ?? whole;
  });
}

export function plainText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}
