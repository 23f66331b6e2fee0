/** Plausible Vietnamese names for demo and benchmark people, drawn from a seeded generator (repeatable runs). */
const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Trương',
  'Đinh',
  'Lâm',
  'Mai',
];
const MIDDLE_MALE = ['Văn', 'Hữu', 'Minh', 'Quốc', 'Đức', 'Thanh', 'Công', 'Hoàng', 'Ngọc', 'Tấn'];
const MIDDLE_FEMALE = ['Thị', 'Ngọc', 'Thanh', 'Thu', 'Kim', 'Mỹ', 'Hồng', 'Bích', 'Phương', 'Diệu'];
const GIVEN_MALE = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hải',
  'Hùng',
  'Khoa',
  'Long',
  'Minh',
  'Nam',
  'Phong',
  'Quân',
  'Sơn',
  'Tài',
  'Thắng',
  'Trung',
  'Tuấn',
  'Việt',
  'Vinh',
  'Hiếu',
];
const GIVEN_FEMALE = [
  'Anh',
  'Châu',
  'Dung',
  'Giang',
  'Hà',
  'Hạnh',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Ngân',
  'Nhung',
  'Oanh',
  'Phượng',
  'Quyên',
  'Thảo',
  'Trang',
  'Tuyết',
  'Vân',
  'Yến',
];

/** mulberry32: a small seeded PRNG, enough to make demo data repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function vietnameseName(random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const female = random() < 0.5;
  return [pick(FAMILY), pick(female ? MIDDLE_FEMALE : MIDDLE_MALE), pick(female ? GIVEN_FEMALE : GIVEN_MALE)].join(' ');
}
