import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.ts';

/**
 * Prints an HTML file to PDF with Debian's Chromium (`--print-to-pdf`), without Chromium's own
 * header and footer (the page's `@page` margin boxes print instead). Used to make test and
 * benchmark PDFs at run time, so no PDF is kept in the repository.
 */
export function printToPdf(htmlFile: string, pdfFile: string, options: { timeoutMs?: number } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      CHROMIUM_PATH,
      ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--no-pdf-header-footer', `--print-to-pdf=${pdfFile}`, htmlFile],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', (cause) => reject(new Error(`Failed to run Chromium at ${CHROMIUM_PATH}.`, { cause })));
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0 && existsSync(pdfFile)) resolve();
      else reject(new Error(`Chromium could not print ${htmlFile} to PDF (exit ${code}).\n${errors}`));
    });
  });
}
