/** Vietnamese alphabetical order (numbers inside names compared as numbers), the one collator for names. */
export const vietnameseCollator = new Intl.Collator('vi', { numeric: true });
