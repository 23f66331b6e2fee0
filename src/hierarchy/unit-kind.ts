/** Kinds of unit (domain §1). */
export enum UnitKind {
  CITY = 'CITY',
  DEPARTMENT = 'DEPARTMENT',
  DISTRICT = 'DISTRICT',
  WARD = 'WARD',
  SPECIAL_ZONE = 'SPECIAL_ZONE',
  DIVISION = 'DIVISION',
  PUBLIC_SERVICE_UNIT = 'PUBLIC_SERVICE_UNIT',
}

export const UNIT_KIND_LABELS_VI: Record<UnitKind, string> = {
  CITY: 'Thành phố',
  DEPARTMENT: 'Sở, ban, ngành',
  DISTRICT: 'Quận, huyện, TP Thủ Đức',
  WARD: 'Phường, xã, thị trấn',
  SPECIAL_ZONE: 'Đặc khu',
  DIVISION: 'Phòng, ban thuộc đơn vị',
  PUBLIC_SERVICE_UNIT: 'Đơn vị sự nghiệp',
};
