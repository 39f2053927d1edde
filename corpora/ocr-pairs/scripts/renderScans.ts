import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RenderConditions } from '../PairsManifest.ts';

/**
 * Page text → degraded gray JPEG "scan", with the same Debian tools as fixtures/scripts/makeForms.sh
 * (LibreOffice, poppler's pdftoppm, ImageMagick 6) but a per-page font, size, resolution and damage.
 * Fixture tooling only: nothing at run time needs these tools.
 */

const run = promisify(execFile);
/** The `convert` first on PATH may be a stand-in (it is on the shared build machine): use the real one. */
const MAGICK = process.env.MAGICK_CONVERT ?? '/usr/bin/convert';
/** Single-threaded ImageMagick and OpenMP: deterministic noise, and polite on a shared 2-core machine. */
const TOOL_ENV = {
  ...process.env,
  LC_ALL: 'C.UTF-8',
  TZ: 'UTC',
  MAGICK_THREAD_LIMIT: '1',
  OMP_THREAD_LIMIT: '1',
};

export interface ScanJob {
  pageId: string;
  text: string;
  conditions: RenderConditions;
  /** Where the degraded JPEG goes. */
  imagePath: string;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One text line as an ODF paragraph: runs of spaces and tabs kept (right-aligned signature blocks). */
function paragraph(line: string): string {
  const body = line
    .split(/( {2,}|\t)/)
    .map((piece, k) => {
      if (k % 2 === 0) return xml(piece);
      return piece === '\t' ? '<text:tab/>' : ` <text:s text:c="${piece.length - 1}"/>`;
    })
    .join('')
    // A leading space would be dropped by ODF whitespace rules.
    .replace(/^ /, '<text:s/>');
  return `<text:p text:style-name="Standard">${body}</text:p>`;
}

/** Flat ODT of one A4 page (2 cm margins), every line a paragraph in the page's font and size. */
export function flatOdt(text: string, conditions: Pick<RenderConditions, 'font' | 'sizePt'>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Page" svg:font-family="'${xml(conditions.font)}'"/></office:font-face-decls>
<office:styles><style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Page" fo:font-size="${conditions.sizePt}pt" fo:language="pl" fo:country="PL" fo:hyphenate="false"/></style:style></office:styles>
<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
<office:body><office:text>
${text.split('\n').map(paragraph).join('\n')}
</office:text></office:body></office:document>
`;
}

async function pool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, lane));
}

export interface ScanReport {
  rendered: string[];
  /** Pages whose text did not fit one A4 page (their layout estimate was wrong): no image written. */
  overflowed: string[];
}

/**
 * Renders the jobs: LibreOffice converts them in batches (one start-up per batch), then each PDF is
 * rasterised gray at its dpi and degraded (skew, blur, Gaussian noise, JPEG), `parallel` at a time.
 */
export async function renderScans(
  jobs: readonly ScanJob[],
  workDir: string,
  parallel = 2,
): Promise<ScanReport> {
  const report: ScanReport = { rendered: [], overflowed: [] };
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(join(workDir, 'odt'), { recursive: true });
  for (const job of jobs)
    writeFileSync(join(workDir, 'odt', `${job.pageId}.fodt`), flatOdt(job.text, job.conditions));
  const profile = `file://${join(workDir, 'lo-profile')}`;
  for (let k = 0; k < jobs.length; k += 40) {
    const batch = jobs.slice(k, k + 40).map((j) => join(workDir, 'odt', `${j.pageId}.fodt`));
    await run(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'pdf',
        '--outdir',
        join(workDir, 'pdf'),
        ...batch,
      ],
      { env: TOOL_ENV, timeout: 600_000, maxBuffer: 16 * 1024 * 1024 },
    );
  }
  await pool(jobs, parallel, async (job) => {
    const pdf = join(workDir, 'pdf', `${job.pageId}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${job.pageId}`);
    const { stdout } = await run('pdfinfo', [pdf], { env: TOOL_ENV });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? '0');
    if (pages !== 1) {
      report.overflowed.push(job.pageId);
      return;
    }
    const raster = join(workDir, `${job.pageId}`);
    await run('pdftoppm', ['-r', String(job.conditions.dpi), '-gray', '-png', '-singlefile', pdf, raster], {
      env: TOOL_ENV,
    });
    const c = job.conditions;
    const { stdout: size } = await run(MAGICK, [`${raster}.png`, '-format', '%wx%h', 'info:'], {
      env: TOOL_ENV,
    });
    const tmp = `${job.imagePath}.part.jpg`;
    // Skewed, softened, noisy gray page, cropped back to the sheet size as a scanner's fixed bed would.
    await run(
      MAGICK,
      [
        `${raster}.png`,
        '-seed',
        String(c.seed),
        '-background',
        'white',
        '-rotate',
        String(c.rotation),
        '-gravity',
        'center',
        '-extent',
        size.trim(),
        '+repage',
        '-blur',
        `0x${c.blur}`,
        '-attenuate',
        String(c.noise),
        '+noise',
        'Gaussian',
        '-colorspace',
        'Gray',
        '-type',
        'Grayscale',
        '-depth',
        '8',
        '-density',
        String(c.dpi),
        '-units',
        'PixelsPerInch',
        '-strip',
        '-quality',
        String(c.jpegQuality),
        tmp,
      ],
      { env: TOOL_ENV },
    );
    renameSync(tmp, job.imagePath);
    rmSync(`${raster}.png`, { force: true });
    report.rendered.push(job.pageId);
  });
  for (const name of readdirSync(workDir))
    if (name.endsWith('.png')) rmSync(join(workDir, name), { force: true });
  return report;
}
