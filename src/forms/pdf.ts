import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Block, Column, FormDocument } from './document.js';

/**
 * Noto Serif (SIL Open Font License), shipped as TTF by an npm package: it carries every Vietnamese letter
 * (ă ơ ư đ and the stacked tone marks of ệ ữ), and pdfkit embeds the subset a form uses.
 */
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
  italic: '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
} as const;
type FontName = keyof typeof FONT_FILES;

let fonts: Record<FontName, fontkit.Font> | null = null;
/**
 * Read and parsed once per process, and handed to every document: fontkit keeps what it has parsed (glyphs,
 * layout tables) on the font, so a thousand forms do not parse the font a thousand times (measured: 0.5 s a
 * form when each document parsed its own copy).
 */
function fontData(): Record<FontName, fontkit.Font> {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    const open = (file: string) =>
      withSharedLayout(keepingCodePoints(fontkit.create(readFileSync(require.resolve(file))) as fontkit.Font));
    fonts = { regular: open(FONT_FILES.regular), bold: open(FONT_FILES.bold), italic: open(FONT_FILES.italic) };
  }
  return fonts;
}

/**
 * fontkit keeps each glyph it has made, with the characters it was made for. Subsetting a document makes the
 * components of composite glyphs without characters ("ư" inside "ữ"); a later document that lays out "ư" would then
 * get that glyph with none, and the PDF's text map would lose the letter (it still prints, but cannot be copied,
 * searched or extracted). The first characters a glyph is asked for are kept on it.
 */
function keepingCodePoints(font: fontkit.Font): fontkit.Font {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id: number, codePoints: number[] = []) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph.codePoints.length === 0 && codePoints.length > 0) Object.assign(glyph, { codePoints });
    return glyph;
  };
  return font;
}

/** Words laid out at most this many times per font before the cache starts again (names make it grow). */
const LAYOUT_CACHE_SIZE = 20_000;

/**
 * The font with its layout of each word (shaping: the Vietnamese marks placed by the font's tables) kept across
 * documents: a thousand forms share most of their words. pdfkit scales the positions of a run it is given, in
 * place, so each call gets its own copy of them.
 */
function withSharedLayout(font: fontkit.Font): fontkit.Font {
  const runs = new Map<string, fontkit.GlyphRun>();
  const copy = <T extends object>(value: T): T =>
    Object.assign(Object.create(Object.getPrototypeOf(value) as object | null) as T, value);
  const layout = (text: string, features?: unknown) => {
    const key = `${JSON.stringify(features ?? null)}\u0000${text}`;
    let run = runs.get(key);
    if (!run) {
      if (runs.size >= LAYOUT_CACHE_SIZE) runs.clear();
      run = font.layout(text, features as never);
      runs.set(key, run);
    }
    return Object.assign(copy(run), { positions: run.positions.map(copy) });
  };
  return new Proxy(font, {
    get(target, property) {
      if (property === 'layout') return layout;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const SIZE = 11;
const SMALL = 10;
const CELL_PADDING = 4;

/** A4 with the margins of administrative documents (Circular 01/2011/TT-BNV: left 30 mm, others 20 mm). */
export async function renderPdf(form: FormDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 57, bottom: 57, left: 85, right: 57 },
    info: { Title: form.title, Producer: 'congvu', Creator: 'congvu' },
    autoFirstPage: true,
    compress: true,
  });
  const data = fontData();
  // pdfkit takes a fontkit font as it is (its types only know paths and buffers)
  for (const name of Object.keys(data) as FontName[]) doc.registerFont(name, data[name] as unknown as Buffer);
  doc.font('regular').fontSize(SIZE);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });
  for (const block of form.blocks) draw(doc, block);
  doc.end();
  return done;
}

const left = (doc: PDFKit.PDFDocument) => doc.page.margins.left;
const width = (doc: PDFKit.PDFDocument) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: PDFKit.PDFDocument) => doc.page.height - doc.page.margins.bottom;

function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function draw(doc: PDFKit.PDFDocument, block: Block): void {
  switch (block.kind) {
    case 'letterhead': {
      const top = doc.y;
      const half = width(doc) / 2;
      doc.font('bold').fontSize(SMALL);
      block.left.forEach((line, i) => doc.text(line, left(doc) - 20, top + i * 14, { width: half, align: 'center' }));
      block.right.forEach((line, i) =>
        doc.text(line, left(doc) + half - 10, top + i * 14, { width: half + 30, align: 'center' }),
      );
      const lines = Math.max(block.left.length, block.right.length);
      doc.font('regular').fontSize(SIZE);
      doc.y = top + lines * 14 + 18;
      doc.x = left(doc);
      return;
    }
    case 'title':
      doc.moveDown(0.5);
      for (const line of block.lines)
        doc
          .font('bold')
          .fontSize(13)
          .text(line, left(doc), doc.y, { width: width(doc), align: 'center' });
      for (const note of block.notes ?? [])
        doc
          .font('italic')
          .fontSize(SIZE)
          .text(note, left(doc), doc.y, { width: width(doc), align: 'center' });
      doc.font('regular').fontSize(SIZE).moveDown(0.8);
      return;
    case 'heading':
      ensureRoom(doc, 40);
      doc
        .moveDown(0.4)
        .font('bold')
        .text(block.text, left(doc), doc.y, { width: width(doc) })
        .font('regular')
        .moveDown(0.2);
      return;
    case 'paragraph':
      doc
        .font(block.bold ? 'bold' : block.italic ? 'italic' : 'regular')
        .text(block.text, left(doc), doc.y, { width: width(doc), align: 'justify' });
      doc.font('regular');
      return;
    case 'fields':
      for (const [label, value] of block.rows) {
        doc
          .font('bold')
          .text(`${label}: `, left(doc), doc.y, { continued: true, width: width(doc) })
          .font('regular')
          .text(value);
      }
      return;
    case 'table':
      drawTable(doc, block.columns, block.rows, block.total);
      return;
    case 'signatures': {
      ensureRoom(doc, 110);
      doc.moveDown(0.8);
      if (block.dateLine)
        doc.font('italic').text(block.dateLine, left(doc), doc.y, { width: width(doc), align: 'right' });
      const top = doc.y + 6;
      const slotWidth = width(doc) / block.slots.length;
      block.slots.forEach((slot, i) => {
        const x = left(doc) + i * slotWidth;
        doc.font('bold').text(slot.title, x, top, { width: slotWidth, align: 'center' });
        doc.font('italic').fontSize(SMALL).text('(Ký, ghi rõ họ tên)', x, doc.y, { width: slotWidth, align: 'center' });
        if (slot.name)
          doc
            .font('bold')
            .fontSize(SIZE)
            .text(slot.name, x, top + 80, { width: slotWidth, align: 'center' });
        doc.font('regular').fontSize(SIZE);
      });
      doc.x = left(doc);
      doc.y = top + 100;
      return;
    }
  }
}

function drawTable(doc: PDFKit.PDFDocument, columns: Column[], rows: string[][], total?: string[]): void {
  const full = width(doc);
  const widths = columns.map((column) => column.width * full);
  // a row has a cell per column
  const widthAt = (i: number) => widths[i] ?? 0;
  const rowHeight = (cells: string[], font: FontName) => {
    doc.font(font).fontSize(SMALL);
    return (
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: widthAt(i) - 2 * CELL_PADDING }))) +
      2 * CELL_PADDING
    );
  };
  const drawRow = (cells: string[], font: FontName, header: boolean) => {
    const height = rowHeight(cells, font);
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      if (!header)
        drawRow(
          columns.map((column) => column.header),
          'bold',
          true,
        );
    }
    const top = doc.y;
    let x = left(doc);
    cells.forEach((cell, i) => {
      doc.rect(x, top, widthAt(i), height).lineWidth(0.5).stroke();
      doc
        .font(font)
        .fontSize(SMALL)
        .text(cell, x + CELL_PADDING, top + CELL_PADDING, {
          width: widthAt(i) - 2 * CELL_PADDING,
          align: header ? 'center' : (columns[i]?.align ?? 'left'),
        });
      x += widthAt(i);
    });
    doc.y = top + height;
  };
  ensureRoom(doc, 60);
  drawRow(
    columns.map((column) => column.header),
    'bold',
    true,
  );
  for (const row of rows) drawRow(row, 'regular', false);
  if (total) drawRow(total, 'bold', false);
  doc.x = left(doc);
  doc.font('regular').fontSize(SIZE).moveDown(0.5);
}
