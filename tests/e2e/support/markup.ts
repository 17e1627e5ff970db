/** The `<script>` tags of an HTML page that would run inline (no src); a JSON data block never runs, so the CSP does not apply to it. */
export function inlineScriptTags(html: string): string[] {
  return html.match(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/g) ?? [];
}
