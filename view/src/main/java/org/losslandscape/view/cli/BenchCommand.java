package org.losslandscape.view.cli;

import org.losslandscape.model.grid.GridMemoryBudget;
import org.losslandscape.model.grid.GridTooLargeException;
import org.losslandscape.view.text.Messages;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code loss-explorer bench}: times the grid engine, the on-demand slices and the view-model
 * on this machine and prints one JSON line per case, such as
 * <pre>
 *   {"name":"grid","size":40,"median_ms":2.9312,"p99_ms":4.1187,"samples":300}
 * </pre>
 * Each case runs its warm-up calls, then times each of its samples with
 * {@link System#nanoTime()}. Progress goes to the error stream, results to the output stream.
 *
 * <p>The latency from a slider to the redrawn charts needs a JavaFX toolkit, so it is measured
 * by the JMH benchmark {@code SliderToChartBenchmark} in the benchmarks module, not here.
 */
final class BenchCommand {

    private static final double NANOS_PER_MILLI = 1e6;
    private static final double P99 = 0.99;

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;
    private final GridMemoryBudget budget;

    /**
     * Creates the command.
     *
     * @param budget the memory budget of the grid cases, which skip a grid over it
     */
    BenchCommand(Messages messages, PrintStream out, PrintStream err, GridMemoryBudget budget) {
        this.messages = messages;
        this.out = out;
        this.err = err;
        this.budget = budget;
    }

    /** Parses {@code args} (the words after {@code bench}), runs every case and returns the status. */
    int run(String[] args) {
        boolean quick = false;
        int samples = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String count = null;
            if (arg.equals("--quick")) {
                quick = true;
                continue;
            } else if (arg.equals("--samples")) {
                if (i + 1 >= args.length) {
                    return usage(messages.get("cli.bench.missingSamples"));
                }
                count = args[++i];
            } else if (arg.startsWith("--samples=")) {
                count = arg.substring("--samples=".length());
            } else {
                return usage(messages.format("cli.bench.unknownOption", arg));
            }
            samples = parseSamples(count);
            if (samples < 1) {
                return usage(messages.format("cli.bench.invalidSamples", count));
            }
        }
        runAll(plan(quick, samples));
        return 0;
    }

    private static int parseSamples(String count) {
        try {
            return Integer.parseInt(count.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Returns the standard cases with {@code samples} timed calls each when above 0, else scaled down by {@code quick}. */
    private static List<BenchCase> plan(boolean quick, int samples) {
        List<BenchCase> cases = BenchCase.standard();
        if (samples > 0) {
            return cases.stream().map(c -> c.withSamples(samples)).toList();
        }
        if (quick) {
            return cases.stream().map(BenchCase::quick).toList();
        }
        return cases;
    }

    private void runAll(List<BenchCase> cases) {
        err.println(messages.get("cli.bench.start"));
        for (BenchCase benchCase : cases) {
            // The workload checks the memory budget first, so a skipped case prints only its skip line.
            try (BenchCase.Workload workload = benchCase.workload().apply(budget)) {
                err.println(messages.format("cli.bench.case", benchCase.name(), Integer.toString(benchCase.size()),
                        benchCase.warmups(), benchCase.samples()));
                long[] nanos = measure(workload, benchCase);
                out.println(jsonLine(benchCase, nanos));
            } catch (GridTooLargeException e) {
                err.println(messages.format("cli.bench.skipped", benchCase.name(), Integer.toString(benchCase.size()),
                        GridMemoryBudget.formatBytes(e.neededBytes(), messages.locale()),
                        GridMemoryBudget.formatBytes(budget.bytes(), messages.locale())));
            }
        }
    }

    /** Runs the warm-up calls, then returns the duration of each timed call in nanoseconds, sorted. */
    private static long[] measure(BenchCase.Workload workload, BenchCase benchCase) {
        for (int i = 0; i < benchCase.warmups(); i++) {
            workload.run(i);
        }
        long[] nanos = new long[benchCase.samples()];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            workload.run(benchCase.warmups() + i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    /** Returns the output line of one case. Its numbers use a dot as decimal separator in every locale, as JSON requires. */
    static String jsonLine(BenchCase benchCase, long[] sortedNanos) {
        return String.format(Locale.ROOT, "{\"name\":\"%s\",\"size\":%d,\"median_ms\":%.4f,\"p99_ms\":%.4f,\"samples\":%d}",
                benchCase.name(), benchCase.size(), percentile(sortedNanos, 0.5) / NANOS_PER_MILLI,
                percentile(sortedNanos, P99) / NANOS_PER_MILLI, sortedNanos.length);
    }

    /**
     * Returns the nearest-rank percentile of {@code sorted}: the smallest sample with at least
     * {@code fraction} of the samples at or below it. With fewer than 100 samples the 99th
     * percentile is the maximum.
     */
    static long percentile(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private int usage(String message) {
        err.println(message);
        return Main.EXIT_USAGE;
    }
}
