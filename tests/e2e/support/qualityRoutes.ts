/**
 * The page addresses the quality gates (axe, CSP) walk through: every route
 * of the app, an agency that exists in every statistics period, and an
 * address that matches no route.
 */
export interface QualityRoute {
  path: string;
  /** The h1 the page shows once loaded, per language. */
  heading: { vi: RegExp; en: RegExp };
}

export const qualityRoutes: readonly QualityRoute[] = [
  { path: '/', heading: { vi: /^Tổng quan Năm 2022$/, en: /^Overview: Year 2022$/ } },
  { path: '/agencies', heading: { vi: /^Cơ quan, đơn vị: Năm 2022$/, en: /^Agencies: Year 2022$/ } },
  { path: '/agencies/so-ke-hoach-dau-tu', heading: { vi: /Sở Kế hoạch và Đầu tư/, en: /Sở Kế hoạch và Đầu tư/ } },
  { path: '/trends', heading: { vi: /^Xu hướng 2017–2022$/, en: /^Trends 2017–2022$/ } },
  { path: '/tasks', heading: { vi: /^Nhiệm vụ$/, en: /^Tasks$/ } },
  { path: '/data', heading: { vi: /^Chất lượng dữ liệu/, en: /^Data quality/ } },
  { path: '/khong-co-trang-nay', heading: { vi: /^Không tìm thấy trang$/, en: /^Page not found$/ } },
];

/** Puts the language choice where the app reads it (src/i18n/I18nProvider.tsx), before any page script runs. */
export function languageInitScript(lang: 'vi' | 'en'): string {
  return `try { localStorage.setItem('cchc.lang', ${JSON.stringify(lang)}); } catch {}`;
}
