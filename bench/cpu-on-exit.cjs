/**
 * Preloaded (`node --require`) into a program the benchmark times: when the program exits, writes the CPU time it
 * used (user and system, all threads, in milliseconds) to the file named by SLA_BENCH_CPU_FILE.
 */
process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    require('node:fs').writeFileSync(process.env.SLA_BENCH_CPU_FILE, String((user + system) / 1000));
});
