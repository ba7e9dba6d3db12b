/**
 * The web editor in Debian's Chromium (playwright-core): page load to the first diagnostics of the largest example;
 * keystroke to diagnostics and to the preview's update on the generated 1,000-line agreement; and the compressed
 * sizes of what a browser downloads. The page is served by `npm run web`; the times are read inside the page
 * (keydown, the problems line and the preview frame changing), so the browser's automation adds nothing.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { summarize, round } from './measure.mjs';

const repo = new URL('..', import.meta.url).pathname;
const SITE = path.join(repo, 'packages/web/out/site');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EDITS = 12;

export function webAvailable() {
    if (!fs.existsSync(path.join(SITE, 'index.html'))) return 'the web editor is not built (npm run build)';
    if (!fs.existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install chromium)`;
    return undefined;
}

/** Gzip and Brotli sizes in KiB, as a static host would serve them compressed. */
function sizes(bytes) {
    const kib = n => round(n / 1024, 0);
    return {
        rawKiB: kib(bytes.length),
        gzipKiB: kib(zlib.gzipSync(bytes, { level: 9 }).length),
        brotliKiB: kib(zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length)
    };
}

async function workerBundle() {
    const esbuild = await import('esbuild');
    const { outputFiles } = await esbuild.build({
        absWorkingDir: repo, entryPoints: ['packages/language/src/browser/main.ts'], bundle: true, platform: 'browser',
        format: 'iife', target: 'es2022', minify: true, legalComments: 'none', write: false, logLevel: 'error'
    });
    return Buffer.from(outputFiles[0].contents);
}

function serve() {
    const server = spawn(process.execPath, [path.join(repo, 'scripts/serve-web.mjs')], { env: { ...process.env, PORT: '0' } });
    return new Promise((resolve, reject) => {
        let output = '';
        server.stdout.on('data', chunk => {
            output += chunk;
            const address = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
            if (address) resolve({ origin: address[0], stop: () => server.kill() });
        });
        server.on('exit', code => reject(new Error(`npm run web stopped (${code}): ${output}`)));
    });
}

/** Records, in page time, each keydown, each diagnostics publication and each preview rendering. */
function recordMarks() {
    const marks = { keys: [], diagnostics: [], renders: [] };
    window.__marks = marks;
    document.addEventListener('keydown', () => marks.keys.push(performance.now()), true);
    document.addEventListener('DOMContentLoaded', () => {
        new MutationObserver(() => marks.diagnostics.push(performance.now()))
            .observe(document.getElementById('problems'), { attributes: true, attributeFilter: ['data-errors'] });
        new MutationObserver(() => marks.renders.push(performance.now()))
            .observe(document.getElementById('preview'), { attributes: true, attributeFilter: ['data-renderings'] });
    });
}

/** A page that opens with `text` in the editor (as if kept from an earlier visit). */
async function openWith(browser, origin, name, text) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(([name, text]) => {
        localStorage.setItem('sla-web:document', JSON.stringify({ name, text, savedText: text }));
    }, [name, text]);
    await context.addInitScript(recordMarks);
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => window.__marks.diagnostics.length > 0 && window.__marks.renders.length > 0, null, { timeout: 60_000 });
    return { context, page };
}

export async function benchWeb(agreement1000) {
    const { chromium } = await import('playwright-core');
    const site = Buffer.concat(['index.html', 'style.css', 'app.js'].map(file => fs.readFileSync(path.join(SITE, file))));
    const bundle = { page: sizes(site), worker: sizes(await workerBundle()) };
    const server = await serve();
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
        const largest = ['cloud-hosting-uptime.sla', 'managed-it-helpdesk.sla', 'sales-marketing-leads.sla']
            .map(name => ({ name, text: fs.readFileSync(path.join(repo, 'examples', name), 'utf8') }))
            .sort((a, b) => b.text.length - a.text.length)[0];
        const loads = [];
        for (let run = 0; run < 3; run++) {
            const { context, page } = await openWith(browser, server.origin, largest.name, largest.text);
            loads.push(await page.evaluate(() => window.__marks.diagnostics[0]));
            await context.close();
        }

        const { context, page } = await openWith(browser, server.origin, 'agreement-1000.sla', agreement1000);
        await page.focus('.cm-content');
        await page.keyboard.press('Control+Home');
        await page.keyboard.press('End');
        const toDiagnostics = [];
        const toPreview = [];
        for (let edit = 0; edit < EDITS + 2; edit++) {
            const before = await page.evaluate(() => ({ d: window.__marks.diagnostics.length, r: window.__marks.renders.length }));
            await page.keyboard.press(edit % 2 ? 'Backspace' : 'Space');
            await page.waitForFunction(({ d, r }) => window.__marks.diagnostics.length > d && window.__marks.renders.length > r, before, { timeout: 30_000 });
            // Let any later publication of the same edit land before the next keystroke.
            await page.waitForTimeout(300);
            const marks = await page.evaluate(() => window.__marks);
            const key = marks.keys.at(-1);
            if (edit < 2) continue; // warm-up
            toDiagnostics.push(marks.diagnostics.find(t => t > key) - key);
            toPreview.push(marks.renders.find(t => t > key) - key);
        }
        await context.close();
        return {
            example: { name: largest.name, lines: largest.text.split('\n').length },
            loadToDiagnostics: summarize(loads),
            lines: agreement1000.split('\n').length,
            keystrokeToDiagnostics: summarize(toDiagnostics),
            keystrokeToPreview: summarize(toPreview),
            bundle
        };
    } finally {
        await browser.close();
        server.stop();
    }
}
