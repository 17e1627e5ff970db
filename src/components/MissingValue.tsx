import { MISSING_VALUE } from '@/domain/format';
import { useI18n } from '@/i18n/I18nProvider';

/** A dash for sighted users, "Không có số liệu" for screen readers and on hover. */
export function MissingValue() {
  const { fmt } = useI18n();
  return (
    <span className="missing" title={fmt.missingLabel}>
      <span aria-hidden="true">{MISSING_VALUE}</span>
      <span className="visually-hidden">{fmt.missingLabel}</span>
    </span>
  );
}

/** A formatted figure, or the missing marker when the source left it blank. */
export function FigureText({ text }: { text: string }) {
  return text === MISSING_VALUE ? <MissingValue /> : <>{text}</>;
}
