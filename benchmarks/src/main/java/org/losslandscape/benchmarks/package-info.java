/**
 * JMH benchmarks of the model: whole grids, on-demand slices, the ways to spread a grid over
 * the cores, and the machine's limits. See docs/performance.md for how to run them.
 *
 * <p>TODO: the end-to-end benchmark, from a slider value to the redrawn chart, belongs in a
 * class {@code SliderToChartBenchmark} here once the view-model and view exist.
 */
package org.losslandscape.benchmarks;
