/**
 * `sla evaluate` at scale: a year of per-minute uptime samples for 20 services (10,512,000 rows, 251 MiB of CSV)
 * against an agreement with one uptime level per service, evaluated for the whole year. The CSV is written to a
 * temporary folder; the CLI bundle runs in its own process with a preload that reports the process's peak resident
 * memory and CPU time, so the figures are the evaluation's alone. Needs `npm run build` (or SLA_CLI=path/to/sla.cjs).
 *
 *   node bench/evaluate.mjs [--rows-per-service N]   prints the figures as JSON
 *   import { benchEvaluate } from './evaluate.mjs'     the same, for `npm run bench`
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const SERVICES = 20;
const MINUTES_PER_YEAR = 365 * 1440;
const CLI = process.env.SLA_CLI ?? new URL('../packages/cli/bin/sla.cjs', import.meta.url).pathname;

/** The agreement: 20 services, monthly uptime per service, credit tiers, a maintenance window. */
function agreementText() {
    const names = Array.from({ length: SERVICES }, (_, i) => `S${String(i + 1).padStart(2, '0')}`);
    return `agreement BenchUptime "Uptime of 20 services" {
    version 1.0
    effective 2026-01-01 until 2026-12-31
    timezone "Europe/Berlin"
    parties {
        provider Acme "Acme Hosting Ltd."
        customer Globex "Globex Corp."
    }
    goals {
        goal "Keep every service up."
    }
    calendars {
        calendar Maintenance "Sunday maintenance" {
            days sunday
            hours 02:00 to 04:00
        }
    }
    services {
${names.map(name => `        service ${name} "Service ${name}" {\n            description "A hosted service."\n            maintenance Maintenance\n        }`).join('\n')}
    }
    packages {
        package Hosting "Hosting" {
            includes ${names.join(', ')}
            price 20000 EUR per month
        }
    }
    metrics {
        metric Uptime "Monthly uptime" {
            kind ratio
            unit %
            aggregation percent-of-intervals
            interval 1 minute
            window calendar month
            scope per service
        }
    }
    levels {
        level ServiceUptime "Uptime of every service" {
            Uptime >= 99.9 %
            obliged Acme
        }
    }
    responsibilities {
        Globex must "report outages through the portal" within 1 hours excuses ServiceUptime
    }
    exclusions {
        maintenance "Announced maintenance in the Sunday window" during Maintenance
    }
    remedies {
        credits for ServiceUptime of Hosting {
            when < 99.9 % and >= 99.0 % credit 5 %
            when < 99.0 % credit 10 %
        }
        cap 25 % per month
    }
    changes {
        proposed by Acme, Globex
        notice 30 days
    }
    review {
        every 6 months
        participants Acme, Globex
    }
}
`;
}

/** Writes `start,service,Uptime,exclusion` rows minute by minute, a few outages per service; returns the row count. */
async function writeSamples(file, minutes) {
    const out = fs.createWriteStream(file);
    const write = text => new Promise(resolve => out.write(text) ? resolve() : out.once('drain', resolve));
    await write('start,service,Uptime,exclusion\n');
    const services = Array.from({ length: SERVICES }, (_, i) => `S${String(i + 1).padStart(2, '0')}`);
    const start = Date.UTC(2026, 0, 1) - 60 * 60_000;
    let chunk = '';
    for (let minute = 0; minute < minutes; minute++) {
        const stamp = `${new Date(start + minute * 60_000).toISOString().slice(0, 16)}Z`;
        for (let s = 0; s < SERVICES; s++) {
            // A 30-minute outage every 20 days per service, staggered; some of its minutes are flagged maintenance.
            const down = (minute + s * 1440) % 28800 < 30;
            chunk += `${stamp},${services[s]},${down ? 0 : 1},${down && minute % 7 === 0 ? 'maintenance' : ''}\n`;
        }
        if (chunk.length > 1 << 20) {
            await write(chunk);
            chunk = '';
        }
    }
    await write(chunk);
    await new Promise(resolve => out.end(resolve));
    return minutes * SERVICES;
}

export async function benchEvaluate(minutesPerService = MINUTES_PER_YEAR) {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-bench-evaluate-'));
    try {
        const agreement = path.join(scratch, 'uptime.sla');
        const samples = path.join(scratch, 'samples.csv');
        const preload = path.join(scratch, 'resource-usage.cjs');
        fs.writeFileSync(agreement, agreementText());
        fs.writeFileSync(preload, [
            "process.on('exit', () => {",
            '    const usage = process.resourceUsage();',
            '    process.stderr.write(`peak-rss-kib ${usage.maxRSS} cpu-us ${usage.userCPUTime + usage.systemCPUTime}\\n`);',
            '});'
        ].join('\n'));
        const rows = await writeSamples(samples, minutesPerService);
        const bytes = fs.statSync(samples).size;
        const began = performance.now();
        // Evaluated as of a moment after the generated year, so that the whole year has ended whatever today is.
        const run = spawnSync(process.execPath, ['--require', preload, CLI, 'evaluate', agreement, '--data', samples, '--period', '2026', '--as-of', '2027-01-01', '--format', 'json'],
            { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
        const seconds = (performance.now() - began) / 1000;
        if (run.status !== 0 && run.status !== 1) throw new Error(`sla evaluate failed (exit ${run.status}): ${run.error ?? run.stderr}`);
        const report = JSON.parse(run.stdout);
        const [, peakKiB, cpuMicroseconds] = /peak-rss-kib (\d+) cpu-us (\d+)/.exec(run.stderr)?.map(Number) ?? [];
        return {
            rows,
            csvMiB: Math.round(bytes / (1 << 20)),
            seconds: Math.round(seconds * 10) / 10,
            rowsPerSecond: Math.round(rows / seconds),
            // CPU time is the figure to compare between runs: wall time grows with whatever else the machine runs.
            cpuSeconds: Math.round(cpuMicroseconds / 1e5) / 10,
            rowsPerCpuSecond: Math.round(rows / (cpuMicroseconds / 1e6)),
            peakRssMiB: Math.round(peakKiB / 1024),
            assessments: report.levels.length,
            breached: report.summary.breached
        };
    } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
    }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const index = process.argv.indexOf('--rows-per-service');
    const minutes = index > 0 ? Number(process.argv[index + 1]) : MINUTES_PER_YEAR;
    console.log(JSON.stringify(await benchEvaluate(minutes), null, 2));
}
