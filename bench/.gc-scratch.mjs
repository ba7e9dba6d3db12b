import { PerformanceObserver } from 'node:perf_hooks';
let gc = 0, count = 0, major = 0;
new PerformanceObserver(list => { for (const e of list.getEntries()) { gc += e.duration; count++; if (e.detail?.kind === 4 || e.detail?.kind === 2 && false) major += e.duration; } }).observe({ entryTypes: ['gc'] });
const cpu0 = process.cpuUsage(); const t0 = performance.now();
process.argv[3] = process.argv[3] ?? '20';
await import('./profile-build.mjs');
const c = process.cpuUsage(cpu0);
await new Promise(r => setTimeout(r, 50));
console.log(`GC pauses ${gc.toFixed(0)} ms in ${count} (mark-compact ${major.toFixed(0)} ms), process CPU ${((c.user + c.system) / 1000).toFixed(0)} ms, wall ${(performance.now() - t0).toFixed(0)}`);
