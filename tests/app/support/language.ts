/** The language a screen reader reads an element in: its nearest `lang`, else the document's. */
export function languageOf(element: Element | null | undefined): string {
  return element?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
}
