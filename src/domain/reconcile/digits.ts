/**
 * Typing and OCR slips that one keystroke explains: a digit too many, a digit
 * too few, one digit wrong, or two neighbouring digits swapped. A mismatch
 * that fits one of these is far more likely a slip than a real disagreement.
 */
export type DigitSlip = 'extra_digit' | 'missing_digit' | 'changed_digit' | 'swapped_digits';

/** How the printed digits differ from the intended ones, when a single slip explains it. */
export function digitSlip(printed: string, intended: string): DigitSlip | null {
  if (!/^\d+$/.test(printed) || !/^\d+$/.test(intended) || printed === intended) return null;
  if (printed.length === intended.length + 1) return dropsToOther(printed, intended) ? 'extra_digit' : null;
  if (printed.length + 1 === intended.length) return dropsToOther(intended, printed) ? 'missing_digit' : null;
  if (printed.length !== intended.length) return null;
  const differing: number[] = [];
  for (let index = 0; index < printed.length; index += 1) {
    if (printed[index] !== intended[index]) differing.push(index);
  }
  if (differing.length === 1) return 'changed_digit';
  const [first, second] = differing;
  if (
    differing.length === 2 &&
    first !== undefined &&
    second === first + 1 &&
    printed[first] === intended[second] &&
    printed[second] === intended[first]
  ) {
    return 'swapped_digits';
  }
  return null;
}

function dropsToOther(longer: string, shorter: string): boolean {
  for (let index = 0; index < longer.length; index += 1) {
    if (longer.slice(0, index) + longer.slice(index + 1) === shorter) return true;
  }
  return false;
}

export const digitSlipLabels: Record<DigitSlip, string> = {
  extra_digit: 'thừa một chữ số',
  missing_digit: 'thiếu một chữ số',
  changed_digit: 'sai một chữ số',
  swapped_digits: 'đảo hai chữ số liền nhau',
};
