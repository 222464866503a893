// Builds the feature workbook (test/fixtures/featureWorkbook.ts: charts, comments, pictures, links,
// validations, names, protection, print settings, a table, rich text) and has LibreOffice re-save it,
// as a user saving in LibreOffice Calc would. The result is committed as a test fixture, because CI
// has no LibreOffice: `npx tsx scripts/libreoffice-fixture.ts` (needs `soffice` on the PATH or
// SOFFICE=/path/to/soffice) rewrites test/fixtures/libreoffice/featureWorkbook.xlsx.
import '../test/bench/textHook';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { departmentForm, featureWorkbookParts, zipParts } from '../test/fixtures/featureWorkbook';

const soffice = process.env.SOFFICE ?? 'soffice';
const work = mkdtempSync(join(tmpdir(), 'libreoffice-fixture-'));
const input = join(work, 'featureWorkbook.xlsx');
writeFileSync(input, zipParts(featureWorkbookParts(departmentForm())));
const outDir = join(work, 'saved');
// A profile of its own, so a running LibreOffice (or its first-start dialogs) cannot interfere.
execFileSync(soffice, [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, input], { stdio: 'inherit', timeout: 120_000 });
const target = join(__dirname, '..', 'test', 'fixtures', 'libreoffice', 'featureWorkbook.xlsx');
copyFileSync(join(outDir, 'featureWorkbook.xlsx'), target);
console.log(`wrote ${target}`);
