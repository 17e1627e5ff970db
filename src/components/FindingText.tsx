import type { Finding } from '@/domain/dataset/schema';
import { useI18n } from '@/i18n/I18nProvider';
import { SourceRef } from './SourceRef';

/**
 * A finding as a line of text: its message and the report line it is about,
 * then, with `withCause`, the likely cause the ingest found. Both texts were
 * written in Vietnamese when the datasets were built, whatever the interface
 * language, and are marked so.
 */
export function FindingText({ finding, withCause = false }: { finding: Finding; withCause?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <span lang="vi">{finding.message}</span> <SourceRef provenance={finding.provenance} />
      {withCause && finding.likelyCause !== null ? (
        <span className="finding-text__cause">
          {t('finding.likelyCause')} <span lang="vi">{finding.likelyCause}</span>
        </span>
      ) : null}
    </>
  );
}
