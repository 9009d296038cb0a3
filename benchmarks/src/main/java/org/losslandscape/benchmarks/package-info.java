/**
 * JMH benchmarks of the model: whole grids, on-demand slices, the ways to spread a grid over
 * the cores, and the machine's limits, and of the view: the latency from a slider to the
 * redrawn charts ({@code SliderToChartBenchmark}, headless through Monocle). See
 * docs/performance.md for how to run them.
 */
package org.losslandscape.benchmarks;
