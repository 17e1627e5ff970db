/**
 * Strings shared by the shell and by several features. A feature's own
 * strings live next to it (defineMessages) so features never edit this file.
 */
import type { AgencyLevel, StatisticsLevel, TaskStatus } from '@/domain/dataset/schema';
import { defineMessages } from './defineMessages';

export const coreMessages = defineMessages({
  vi: {
    'app.title': 'Theo dõi cải cách hành chính tỉnh Khánh Hòa',
    'app.shortTitle': 'CCHC Khánh Hòa',
    'app.subtitle': 'Bảng theo dõi cải cách hành chính',
    'skipLink': 'Bỏ qua, đến nội dung chính',
    'nav.label': 'Điều hướng chính',
    'nav.overview': 'Tổng quan',
    'nav.agencies': 'Cơ quan, đơn vị',
    'nav.trends': 'Xu hướng',
    'nav.tasks': 'Nhiệm vụ',
    'nav.data': 'Chất lượng dữ liệu',
    'period.label': 'Kỳ báo cáo',
    'period.tasksOnly': '{label} (chỉ có nhiệm vụ)',
    'period.every': 'Tất cả các kỳ',
    'period.loading': 'Đang tải…',
    'period.noStatistics': 'Kỳ {label} không có số liệu giải quyết hồ sơ.',
    'period.noTasks': 'Kỳ {label} không có bảng tiến độ nhiệm vụ.',
    'period.unknownTitle': 'Không có kỳ báo cáo «{periodId}»',
    'period.unknownBody': 'Địa chỉ này ghi một kỳ không có trong dữ liệu. Chọn một kỳ có dữ liệu:',
    'lang.label': 'Ngôn ngữ',
    'lang.vi': 'Tiếng Việt',
    'lang.en': 'English',
    'footer.sources': 'Nguồn: {sources}',
    'footer.window': 'Kỳ thống kê: {range}',
    'footer.reportDate': 'ngày {date}',
    'finding.likelyCause': 'Nguyên nhân có thể:',
    'footer.taskWindow': 'Kỳ báo cáo: {range}',
    'footer.note': 'Số liệu giữ nguyên như báo cáo công bố; chỗ không khớp được ghi ở trang Chất lượng dữ liệu.',
    'state.loading': 'Đang tải dữ liệu…',
    'state.retry': 'Thử lại',
    'state.retrying': 'Đang thử lại…',
    'state.empty': 'Không có dữ liệu.',
    'routeError.title': 'Trang này gặp lỗi',
    'routeError.body': 'Phần còn lại của ứng dụng vẫn dùng được. Hãy tải lại trang hoặc chọn trang khác.',
    'routeError.chunk': 'Không tải được mã của trang này (có thể do mất kết nối hoặc ứng dụng vừa được cập nhật).',
    'routeError.reload': 'Tải lại trang',
    'routeError.home': 'Về trang tổng quan',
    'notFound.title': 'Không tìm thấy trang',
    'notFound.body': 'Không có trang nào ở địa chỉ «{path}».',
    'notFound.home': 'Về trang tổng quan',
    'formula.label': 'Cách tính: {metric}',
    'unusedParams.text': 'Địa chỉ này có phần không dùng được ở đây, nên trang đã bỏ qua:',
    'unusedParams.drop': 'Bỏ phần đó khỏi địa chỉ',
    'missing': 'Không có số liệu',
    'taskStatus.done': 'Đã hoàn thành',
    'taskStatus.in_progress': 'Đang thực hiện',
    'taskStatus.not_started': 'Chưa thực hiện',
    'taskStatus.not_reported': 'Chưa báo cáo',
    'taskStatus.not_applicable': 'Không phát sinh',
    'taskStatus.blocked': 'Vướng mắc',
    'taskStatus.suspended': 'Tạm dừng',
    'taskStatus.no_result': 'Chưa có kết quả',
    'statisticsLevel.department': 'Sở, ban, ngành',
    'statisticsLevel.district': 'UBND cấp huyện',
    'statisticsLevel.commune': 'UBND cấp xã',
    'statisticsLevel.land_registration': 'Văn phòng đăng ký đất đai',
    'statisticsLevel.all': 'Toàn tỉnh',
    'agencyLevel.vertical': 'Cơ quan ngành dọc',
    'agencyLevel.public_service': 'Đơn vị sự nghiệp',
    'agencyLevel.party': 'Cơ quan Đảng, đoàn thể',
    'agencyLevel.central': 'Cơ quan trung ương',
    'agencyLevel.other': 'Khác',
  },
  en: {
    'app.title': 'Khánh Hòa administrative reform monitor',
    'app.shortTitle': 'CCHC Khánh Hòa',
    'app.subtitle': 'Administrative reform dashboard',
    'skipLink': 'Skip to main content',
    'nav.label': 'Main navigation',
    'nav.overview': 'Overview',
    'nav.agencies': 'Agencies',
    'nav.trends': 'Trends',
    'nav.tasks': 'Tasks',
    'nav.data': 'Data quality',
    'period.label': 'Reporting period',
    'period.tasksOnly': '{label} (tasks only)',
    'period.every': 'All periods',
    'period.loading': 'Loading…',
    'period.noStatistics': '{label} has no dossier statistics.',
    'period.noTasks': '{label} has no task progress table.',
    'period.unknownTitle': 'There is no reporting period “{periodId}”',
    'period.unknownBody': 'This address names a period that is not in the data. Choose a period that has data:',
    'lang.label': 'Language',
    'lang.vi': 'Tiếng Việt',
    'lang.en': 'English',
    'footer.sources': 'Source: {sources}',
    'footer.window': 'Statistics window: {range}',
    'footer.reportDate': 'dated {date}',
    'finding.likelyCause': 'Likely cause:',
    'footer.taskWindow': 'Reporting window: {range}',
    'footer.note': 'Figures are kept as published; disagreements are listed on the Data quality page.',
    'state.loading': 'Loading data…',
    'state.retry': 'Try again',
    'state.retrying': 'Retrying…',
    'state.empty': 'No data.',
    'routeError.title': 'This page ran into an error',
    'routeError.body': 'The rest of the app still works. Reload the page or choose another page.',
    'routeError.chunk': 'The code of this page could not be loaded (the connection may be down or the app was just updated).',
    'routeError.reload': 'Reload the page',
    'routeError.home': 'Go to the overview',
    'notFound.title': 'Page not found',
    'notFound.body': 'There is no page at “{path}”.',
    'notFound.home': 'Go to the overview',
    'formula.label': 'How it is computed: {metric}',
    'unusedParams.text': 'Part of this address does not apply here and was ignored:',
    'unusedParams.drop': 'Remove that part from the address',
    'missing': 'No data',
    'taskStatus.done': 'Done',
    'taskStatus.in_progress': 'In progress',
    'taskStatus.not_started': 'Not started',
    'taskStatus.not_reported': 'Not reported',
    'taskStatus.not_applicable': 'Not applicable',
    'taskStatus.blocked': 'Blocked',
    'taskStatus.suspended': 'Suspended',
    'taskStatus.no_result': 'No result yet',
    'statisticsLevel.department': 'Provincial departments',
    'statisticsLevel.district': 'District people’s committees',
    'statisticsLevel.commune': 'Commune people’s committees',
    'statisticsLevel.land_registration': 'Land registration offices',
    'statisticsLevel.all': 'Whole province',
    'agencyLevel.vertical': 'Vertical (central-line) agencies',
    'agencyLevel.public_service': 'Public service units',
    'agencyLevel.party': 'Party and mass organisations',
    'agencyLevel.central': 'Central agencies',
    'agencyLevel.other': 'Other',
  },
});

export type CoreMessageKey = keyof typeof coreMessages.vi;

export function taskStatusKey(status: TaskStatus): CoreMessageKey {
  return `taskStatus.${status}`;
}

/** Label key of an agency level; the four statistics levels share the statistics wording. */
export function agencyLevelKey(level: AgencyLevel | StatisticsLevel): CoreMessageKey {
  switch (level) {
    case 'department':
    case 'district':
    case 'commune':
    case 'land_registration':
    case 'all':
      return `statisticsLevel.${level}`;
    default:
      return `agencyLevel.${level}`;
  }
}
