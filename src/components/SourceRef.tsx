import type { Provenance } from '@/domain/dataset/schema';
import { formatSourceRef } from '@/domain/format';

/** "001:364", with the full report path on hover and for screen readers. */
export function SourceRef({ provenance }: { provenance: Provenance }) {
  const full = `${provenance.file}:${provenance.line}${provenance.lineEnd ? `–${provenance.lineEnd}` : ''}`;
  return (
    <span className="source-ref" title={full}>
      <span aria-hidden="true">{formatSourceRef(provenance)}</span>
      <span className="visually-hidden">{full}</span>
    </span>
  );
}
