import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';

/**
 * The tests that read PDFs need Debian's poppler-utils (pdftotext; `.ci/run` installs it). Outside CI they say so
 * and are skipped without it; in CI (CI=true) its absence is a failure.
 */
export function pdftotextAvailability(): { available: boolean; skipReason: string | null } {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return { available: true, skipReason: null };
  } catch {
    if (process.env.CI === 'true')
      throw new Error('CI=true but pdftotext is not installed (apt-get install poppler-utils)');
    return {
      available: false,
      skipReason: 'pdftotext is not installed (apt-get install poppler-utils): the tests that read PDFs are skipped',
    };
  }
}

/** The text of a PDF as Debian's poppler-utils extracts it (pdftotext, in reading order), white space collapsed. */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
}

/** Every word of a PDF with its box on the page (pdftotext -bbox): where each word was placed. */
export function pdfWordBoxes(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-', '-'], { input: pdf })
    .toString('utf8')
    .replace(/<head>[\s\S]*<\/head>/, '');
}

const unescape = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of a DOCX from its XML (word/document.xml): the runs of each paragraph joined, paragraphs by a space. */
export async function docxText(docx: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml in the file');
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => unescape(match[1])).join(''),
    )
    .join(' ')
    .replace(/\s+/g, ' ');
}
