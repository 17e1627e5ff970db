import { describe, expect, it } from 'vitest';
import { agencySchema } from '@/domain/dataset/schema';
import { agencyById, agencyCatalog, agencyNameKey, agencyValidOn, matchAgency } from '@/domain/agencies/registry';

function idOf(name: string, context?: Parameters<typeof matchAgency>[1]): string | null {
  return matchAgency(name, context)?.id ?? null;
}

describe('agencyCatalog', () => {
  const catalog = agencyCatalog();

  it('is valid, sorted by id, with unique ids, and the same on every call', () => {
    for (const agency of catalog) agencySchema.parse(agency);
    const ids = catalog.map((agency) => agency.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(agencyCatalog()).toEqual(catalog);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('holds 137 communes on 31/3/2017 and 136 on 14/12/2022 (inventory §6.4)', () => {
    const communesOn = (date: string) => catalog.filter((agency) => agency.level === 'commune' && agencyValidOn(agency, date));
    expect(communesOn('2017-03-31')).toHaveLength(137);
    expect(communesOn('2022-12-14')).toHaveLength(136);
    expect(catalog.filter((agency) => agency.level === 'district')).toHaveLength(8);
    expect(catalog.filter((agency) => agency.level === 'land_registration')).toHaveLength(9);
  });

  it('records the Diên Lộc + Diên Bình → Bình Lộc merger of 01/3/2020', () => {
    const binhLoc = agencyById('xa-dien-khanh-binh-loc');
    expect(binhLoc?.validFrom).toBe('2020-03-01');
    expect(binhLoc?.mergedFrom).toEqual(['xa-dien-khanh-dien-loc', 'xa-dien-khanh-dien-binh']);
    for (const id of ['xa-dien-khanh-dien-loc', 'xa-dien-khanh-dien-binh']) {
      const merged = agencyById(id);
      expect(merged?.validTo).toBe('2020-02-29');
      expect(merged?.mergedInto).toBe('xa-dien-khanh-binh-loc');
      expect(merged?.districtId).toBe('ubnd-huyen-dien-khanh');
    }
  });

  it('gives every commune and land branch its district', () => {
    const districtIds = new Set(catalog.filter((agency) => agency.level === 'district').map((agency) => agency.id));
    for (const agency of catalog.filter((candidate) => candidate.level === 'commune')) {
      expect(districtIds.has(agency.districtId ?? '')).toBe(true);
    }
    expect(agencyById('cnvpdkdd-cam-lam')?.districtId).toBe('ubnd-huyen-cam-lam');
    expect(agencyById('vpdkdd-tinh')?.districtId).toBeNull();
  });

  it('keeps commune names distinct within a district once folded', () => {
    const keys = catalog
      .filter((agency) => agency.level === 'commune')
      .map((agency) => `${agency.districtId} ${agencyNameKey(agency.shortName)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('matchAgency: departments (inventory §5.1, §6.2)', () => {
  it.each([
    ['Sở Lao động - Thương binh và Xã hội', 'so-lao-dong-tbxh'],
    ['Sở Lao động - TB và XH', 'so-lao-dong-tbxh'],
    ['Sở Lao động - TB&XH', 'so-lao-dong-tbxh'],
    ['Sở LĐ-TB&XH', 'so-lao-dong-tbxh'],
    ['Sở Lao động, Thương binh và Xã hội', 'so-lao-dong-tbxh'],
    ['Sở Lao động - Thương binh và Xã', 'so-lao-dong-tbxh'],
    ['Sở lao động - Thương binh và Xã hội', 'so-lao-dong-tbxh'],
    ['Sở Lao động – Thương binh và Xã hội', 'so-lao-dong-tbxh'],
    ['Sở Văn hóa - Thể thao và DL', 'so-van-hoa-the-thao'],
    ['Sở Văn hóa và Thể thao', 'so-van-hoa-the-thao'],
    ['Sở Nông nghiệp và PTNT', 'so-nong-nghiep-ptnt'],
    ['Sở Nông nghiệp và Phát triển NT', 'so-nong-nghiep-ptnt'],
    ['Sở Nông nghiệp và Phát triển nông thôn', 'so-nong-nghiep-ptnt'],
    ['BQL Khu Kinh tế Vân Phong', 'bql-kkt-van-phong'],
    ['Ban Quản lý KKT Vân Phong', 'bql-kkt-van-phong'],
    ['Ban Quản lý Khu kinh tế Vân Phong', 'bql-kkt-van-phong'],
    ['Thông tin và Truyền thông', 'so-thong-tin-truyen-thong'],
    ['Sở Công thương', 'so-cong-thuong'],
    ['Sở Công Thương', 'so-cong-thuong'],
    ['Sở Giao thông vận tải', 'so-giao-thong-van-tai'],
    ['Sở Giao thông Vận tải', 'so-giao-thong-van-tai'],
    ['Văn phòng UBND tỉnh', 'van-phong-ubnd-tinh'],
    ['10. Văn phòng UBND tỉnh', 'van-phong-ubnd-tinh'],
  ])('%s → %s', (name, id) => {
    expect(idOf(name)).toBe(id);
  });

  it('accepts a bare department name, as listed after "Các Sở:"', () => {
    expect(idOf('Tài chính', { level: 'department' })).toBe('so-tai-chinh');
    expect(idOf('Kế hoạch và Đầu tư')).toBe('so-ke-hoach-dau-tu');
    expect(idOf('Lao động, Thương binh và Xã hội')).toBe('so-lao-dong-tbxh');
    expect(idOf('Y tế')).toBe('so-y-te');
  });
});

describe('matchAgency: bodies named in assignments', () => {
  it.each([
    ['Sở Kế hoạch và Đầu tư', 'so-ke-hoach-dau-tu'],
    ['Ban Tổ chức Tỉnh ủy', 'ban-to-chuc-tinh-uy'],
    ['Cục Thuế tỉnh', 'cuc-thue-tinh'],
    ['Cục Hải quan tỉnh', 'cuc-hai-quan-tinh'],
    ['Kho bạc Nhà nước', 'kho-bac-nha-nuoc-tinh'],
    ['Kho bạc Nhà nước tỉnh', 'kho-bac-nha-nuoc-tinh'],
    ['Bảo hiểm xã hội tỉnh', 'bao-hiem-xa-hoi-tinh'],
    ['BHXH tỉnh', 'bao-hiem-xa-hoi-tinh'],
    ['Bưu điện tỉnh', 'buu-dien-tinh'],
    ['Phòng Thương mại và Công nghiệp Việt Nam (VCCI)', 'vcci'],
    ['Ban Cơ yếu Chính phủ', 'ban-co-yeu-chinh-phu'],
    ['Tổng cục Tiêu chuẩn Đo lường Chất lượng', 'tong-cuc-tcdlcl'],
    ['Thanh tra tỉnh', 'thanh-tra-tinh'],
    ['Ban Dân tộc', 'ban-dan-toc'],
    ['Ban Dân tộc tỉnh', 'ban-dan-toc'],
    ['Công an tỉnh', 'cong-an-tinh'],
    ['Ngân hàng Nhà nước Chi nhánh tỉnh', 'ngan-hang-nha-nuoc-tinh'],
    ['Chi nhánh Ngân hàng Nhà nước tỉnh', 'ngan-hang-nha-nuoc-tinh'],
    ['Ban QLDA Phát triển tinh', 'ban-qlda-phat-trien-tinh'],
    ['Đài PT-TH Khánh Hòa', 'dai-pt-th-khanh-hoa'],
    ['Trường Chính trị tỉnh', 'truong-chinh-tri-tinh'],
  ])('%s → %s', (name, id) => {
    expect(idOf(name)).toBe(id);
  });

  it('does not take UBND tỉnh (the recipient of advice) or agency classes for an agency', () => {
    expect(idOf('UBND tỉnh')).toBeNull();
    expect(idOf('UBND cấp huyện')).toBeNull();
    expect(idOf('Các sở, ban, ngành')).toBeNull();
    expect(idOf('')).toBeNull();
  });

  it('knows the levels of the bodies', () => {
    expect(matchAgency('Ban Tổ chức Tỉnh ủy')?.level).toBe('party');
    expect(matchAgency('Cục Thuế tỉnh')?.level).toBe('vertical');
    expect(matchAgency('Ban Cơ yếu Chính phủ')?.level).toBe('central');
    expect(matchAgency('Trường Cao đẳng Y tế Khánh Hòa')?.level).toBe('public_service');
  });
});

describe('matchAgency: districts, land registration, communes (inventory §6.3, §6.4)', () => {
  it.each(['Thành phố Nha Trang', 'UBND thành phố Nha Trang', 'Thuộc thành phố Nha Trang', 'TP. Nha Trang', '<b>VII</b> Thuộc thành phố Nha Trang'])(
    '%s → ubnd-tp-nha-trang',
    (name) => {
      expect(idOf(name)).toBe('ubnd-tp-nha-trang');
    },
  );

  it('matches the three kinds of district', () => {
    expect(idOf('Huyện Cam Lâm')).toBe('ubnd-huyen-cam-lam');
    expect(idOf('Thị xã Ninh Hòa')).toBe('ubnd-tx-ninh-hoa');
    expect(idOf('Thuộc thị xã Ninh Hòa')).toBe('ubnd-tx-ninh-hoa');
    expect(idOf('UBND thành phố Cam Ranh')).toBe('ubnd-tp-cam-ranh');
  });

  it('matches the land-registration office and its branches with their district', () => {
    expect(idOf('Văn phòng Đăng ký đất đai tỉnh')).toBe('vpdkdd-tinh');
    expect(idOf('+ Văn phòng ĐKĐĐ tỉnh')).toBe('vpdkdd-tinh');
    for (const name of ['CNVPĐKĐĐ huyện Cam Lâm', 'CNVPĐKĐĐ Cam Lâm', '+ CNVPĐKĐĐ Cam Lâm']) {
      const branch = matchAgency(name, { level: 'land_registration' });
      expect(branch?.id).toBe('cnvpdkdd-cam-lam');
      expect(branch?.level).toBe('land_registration');
      expect(branch?.districtId).toBe('ubnd-huyen-cam-lam');
    }
    expect(idOf('CNVPĐKĐĐ TP. Nha Trang')).toBe('cnvpdkdd-nha-trang');
    expect(idOf('CNVPĐKĐĐ Thị xã Ninh Hòa')).toBe('cnvpdkdd-ninh-hoa');
  });

  it.each([
    ['xa-khanh-son-ba-cum-bac', ['UBND xã Ba Cụm Bắc', 'UBND xã Ba Cạm Bắc', 'UBND xã Ba Cùm Bắc']],
    ['xa-khanh-son-ba-cum-nam', ['UBND xã Ba Cụm Nam', 'UBND xã Ba Cạm Nam', 'UBND xã Ba Cùm Nam']],
    ['xa-dien-khanh-dien-dien', ['6.1. UBND xã Diên Điện', 'UBND Xã Diên Điền', 'UBND xã Diên Điền']],
    ['xa-dien-khanh-dien-dong', ['6.16. UBND xã Diên Đồng', 'UBND xã Diên Đông']],
    ['xa-nha-trang-phuoc-dong', ['1.1. UBND xã Phước Đồng', 'UBND xã Phước Đông']],
    ['xa-ninh-hoa-ninh-than', ['7.2. UBND xã Ninh Thành', 'UBND xã Ninh Thân']],
    ['xa-ninh-hoa-ninh-thuy', ['7.27. UBND phường Ninh Thuỷ', 'UBND phường Ninh Thủy']],
    ['xa-khanh-vinh-khanh-vinh', ['3.14. UBND Thị trấn Khánh Vĩnh', 'UBND thị trấn Khánh Vĩnh']],
  ])('every spelling of %s resolves to it', (id, names) => {
    for (const name of names) expect(idOf(name, { level: 'commune' })).toBe(id);
  });

  it('uses the commune type and the district to tell apart names shared by two districts', () => {
    expect(idOf('UBND phường Vạn Thạnh')).toBe('xa-nha-trang-van-thanh');
    expect(idOf('UBND xã Vạn Thạnh')).toBe('xa-van-ninh-van-thanh');
    expect(idOf('Vạn Thạnh')).toBeNull();
    expect(idOf('Vạn Thạnh', { districtId: 'ubnd-huyen-van-ninh' })).toBe('xa-van-ninh-van-thanh');
  });

  it('takes a bare place name for the district unless the context says commune', () => {
    expect(idOf('Khánh Vĩnh')).toBe('ubnd-huyen-khanh-vinh');
    expect(idOf('Khánh Vĩnh', { level: 'commune' })).toBe('xa-khanh-vinh-khanh-vinh');
    expect(idOf('Diên Khánh', { level: 'commune', districtId: 'ubnd-huyen-dien-khanh' })).toBe('xa-dien-khanh-dien-khanh');
  });

  it('finds merged communes by name whatever the date, since the name is unambiguous', () => {
    expect(idOf('UBND xã Diên Lộc', { date: '2017-03-31' })).toBe('xa-dien-khanh-dien-loc');
    expect(idOf('UBND xã Bình Lộc', { date: '2022-12-14' })).toBe('xa-dien-khanh-binh-loc');
  });
});

describe('agencyNameKey', () => {
  it('drops markup, numbering, bullets and the UBND prefix, and expands abbreviations', () => {
    expect(agencyNameKey('<b>1.</b> Sở Nội vụ')).toBe('so noi vu');
    expect(agencyNameKey('2.8. UBND xã Cam An Nam')).toBe('xa cam an nam');
    expect(agencyNameKey('- Sở Tài nguyên và Môi trường')).toBe('so tai nguyen va moi truong');
    expect(agencyNameKey('Sở LĐ-TB&amp;XH')).toBe('so lao dong thuong binh va xa hoi');
    expect(agencyNameKey('TP. Nha Trang')).toBe('thanh pho nha trang');
  });
});
