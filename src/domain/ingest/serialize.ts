/** The one way datasets are written, so that `npm run ingest` twice gives byte-identical files. */
export function serializeDataset(value: unknown): string {
  return `${JSON.stringify(value, null, 1)}\n`;
}
