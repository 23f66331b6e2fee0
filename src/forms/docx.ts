import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, Column, FormDocument } from './document.js';

/** A4 in twentieths of a point, with the margins of administrative documents (left 30 mm, others 20 mm). */
const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 1134 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Times New Roman 13, as Circular 01/2011/TT-BNV asks of administrative documents; Word has it everywhere. */
const FONT = 'Times New Roman';

const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, ...options });
const para = (
  children: ParagraphChild[],
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT,
  spacingAfter = 60,
) => new Paragraph({ children, alignment, spacing: { after: spacingAfter } });

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

/** Side by side without borders: the letterhead's two heads, the places to sign. */
function sideBySide(columns: Paragraph[][]): Table {
  const each = Math.floor(TEXT_WIDTH / columns.length);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns.map(() => each),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: columns.map((children) => new TableCell({ children, width: { size: each, type: WidthType.DXA } })),
      }),
    ],
  });
}

function table(columns: Column[], rows: string[][], total?: string[]): Table {
  const widths = columns.map((column) => Math.floor(column.width * TEXT_WIDTH));
  // a row has a cell per column
  const align = (column: Column | undefined) =>
    column?.align === 'right'
      ? AlignmentType.RIGHT
      : column?.align === 'center'
        ? AlignmentType.CENTER
        : AlignmentType.LEFT;
  const row = (cells: string[], bold: boolean, header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map(
        (cell, i) =>
          new TableCell({
            width: { size: widths[i] ?? 0, type: WidthType.DXA },
            children: cell
              .split('\n')
              .map((line) =>
                para([run(line, { bold, size: 24 })], header ? AlignmentType.CENTER : align(columns[i]), 0),
              ),
          }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      row(
        columns.map((column) => column.header),
        true,
        true,
      ),
      ...rows.map((cells) => row(cells, false, false)),
      ...(total ? [row(total, true, false)] : []),
    ],
  });
}

function blockToDocx(block: Block): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'letterhead':
      return [
        sideBySide([
          block.left.map((line) => para([run(line, { bold: true, size: 24 })], AlignmentType.CENTER, 0)),
          block.right.map((line) => para([run(line, { bold: true, size: 24 })], AlignmentType.CENTER, 0)),
        ]),
        para([]),
      ];
    case 'title':
      return [
        ...block.lines.map((line) => para([run(line, { bold: true, size: 28 })], AlignmentType.CENTER, 0)),
        ...(block.notes ?? []).map((note) => para([run(note, { italics: true })], AlignmentType.CENTER, 0)),
        para([]),
      ];
    case 'heading':
      return [new Paragraph({ children: [run(block.text, { bold: true })], spacing: { before: 160, after: 60 } })];
    case 'paragraph':
      return block.text
        .split('\n')
        .map((line) => para([run(line, { bold: block.bold, italics: block.italic })], AlignmentType.JUSTIFIED));
    case 'fields':
      return block.rows.map(([label, value]) => para([run(`${label}: `, { bold: true }), run(value)]));
    case 'table':
      return [table(block.columns, block.rows, block.total), para([])];
    case 'signatures':
      return [
        ...(block.dateLine
          ? [
              new Paragraph({
                children: [run(block.dateLine, { italics: true })],
                alignment: AlignmentType.RIGHT,
                spacing: { before: 200, after: 60 },
              }),
            ]
          : []),
        sideBySide(
          block.slots.map((slot) => [
            para([run(slot.title, { bold: true })], AlignmentType.CENTER, 0),
            para([run('(Ký, ghi rõ họ tên)', { italics: true, size: 22 })], AlignmentType.CENTER, 1200),
            para([run(slot.name ?? '', { bold: true })], AlignmentType.CENTER, 0),
          ]),
        ),
      ];
  }
}

export function renderDocx(form: FormDocument): Promise<Buffer> {
  const document = new Document({
    title: form.title,
    creator: 'congvu',
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        children: form.blocks.flatMap(blockToDocx),
      },
    ],
  });
  return Packer.toBuffer(document);
}
