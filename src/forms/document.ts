/**
 * A printed form as a list of blocks, laid out once and rendered twice: to PDF (to print and sign) and to DOCX
 * (to edit). The layouts follow the fields and order of the decrees' appendices; the wording is ours.
 */
export type Block =
  /** the two heads of an official document: the issuing body on the left, the national motto on the right */
  | { kind: 'letterhead'; left: string[]; right: string[] }
  /** the form's name in capitals (bold), then its period and legal basis (italic) */
  | { kind: 'title'; lines: string[]; notes?: string[] }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; italic?: boolean; bold?: boolean }
  /** "label: value" lines */
  | { kind: 'fields'; rows: Array<[string, string]> }
  | { kind: 'table'; columns: Column[]; rows: string[][]; total?: string[] }
  /** the date line and the places to sign, side by side */
  | { kind: 'signatures'; dateLine?: string; slots: SignatureSlot[] };

export interface Column {
  header: string;
  /** a share of the page's width; the shares of a table add up to 1 */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface SignatureSlot {
  title: string;
  /** the name printed under the space left for the signature, when known */
  name?: string | null;
}

export interface FormDocument {
  /** the file's name without its extension (ASCII) */
  name: string;
  title: string;
  blocks: Block[];
}

export const NATIONAL_MOTTO = ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

/** "Thành phố Hồ Chí Minh, ngày 05 tháng 10 năm 2026" — or dotted, to be filled by hand. */
export function dateLine(day: string | null, place = 'Thành phố Hồ Chí Minh'): string {
  if (!day) return `${place}, ngày ..... tháng ..... năm ..........`;
  const [year = '', month = '', date = ''] = day.split('-');
  return `${place}, ngày ${date} tháng ${month} năm ${year}`;
}

/** A file name without diacritics or spaces: "phieu-danh-gia-nguyen-van-a-quy-3-2026". */
export function fileSlug(...parts: string[]): string {
  return parts
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100);
}

/** A dotted line for a field left to be written by hand. */
export const BLANK = '..................................................';
