#!/usr/bin/env python3
"""Time the NumPy broadcast of the tiny network's loss over an n^4 grid.

The network is the lecture's: one sample (x = 0.3, y = 1.0), h = sigmoid(w0*x + b0),
y_hat = sigmoid(w1*h + b1), loss = (y - y_hat)^2. Every axis has n values from -4 in steps
of 8/n, the values of the Java benchmarks (for n = 40 the lecture's np.arange(-4, 4, 0.2)).

Two forms are timed: "direct" evaluates sigmoid(w1*h + b1) with one exponential per point,
as the lecture's broadcast does, and "factorised" uses 1/(1 + e^(-w1*h) * e^(-b1)), the
Java engine's form. Each prints one JSON line per size:

    {"name": "numpy_grid", "form": "direct", "size": 40, "median_ms": ..., "p99_ms": ..., ...}

NumPy runs element-wise operations on one thread.
"""

import argparse
import json
import os
import sys
import time

import numpy as np

INPUT = 0.3
TARGET = 1.0

# Arrays of the grid's size alive at once at the peak of the direct form: the sum w1*h + b1,
# its exponential, the output and the loss, with some headroom for temporaries.
PEAK_GRID_ARRAYS = 5


def axis(size):
    return -4.0 + np.arange(size) * (8.0 / size)


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def loss_direct(size):
    values = axis(size)
    w0 = values[:, None, None, None]
    b0 = values[None, :, None, None]
    w1 = values[None, None, :, None]
    b1 = values[None, None, None, :]
    h = sigmoid(w0 * INPUT + b0)
    return (TARGET - sigmoid(w1 * h + b1)) ** 2


def loss_factorised(size):
    values = axis(size)
    w0 = values[:, None, None, None]
    b0 = values[None, :, None, None]
    w1 = values[None, None, :, None]
    exp_minus_b1 = np.exp(-values)[None, None, None, :]
    h = sigmoid(w0 * INPUT + b0)
    exp_minus_w1h = np.exp(-w1 * h)
    return (TARGET - 1.0 / (1.0 + exp_minus_w1h * exp_minus_b1)) ** 2


def available_bytes():
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError):
        return None


def time_form(compute, size, repeats, warmup):
    for _ in range(warmup):
        compute(size)
    samples_ms = []
    for _ in range(repeats):
        start = time.perf_counter()
        compute(size)
        samples_ms.append((time.perf_counter() - start) * 1000.0)
    return np.array(samples_ms)


def check_against_direct(size):
    """Fail unless both forms agree, so that the timed code computes the same losses."""
    difference = np.max(np.abs(loss_direct(size) - loss_factorised(size)))
    if difference > 1e-12:
        sys.exit(f"The two NumPy forms differ by {difference} on the {size}^4 grid: expected at most 1e-12")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="40,100", help="values per axis, comma-separated (default: 40,100)")
    parser.add_argument("--repeats", type=int, default=0,
                        help="timed runs per size and form (default: 30 below 10^7 points, else 5)")
    parser.add_argument("--forms", default="direct,factorised", help="forms to time (default: direct,factorised)")
    args = parser.parse_args()

    forms = {"direct": loss_direct, "factorised": loss_factorised}
    for size in (int(s) for s in args.sizes.split(",")):
        needed = PEAK_GRID_ARRAYS * 8 * size ** 4
        free = available_bytes()
        if free is not None and needed > free:
            print(f"Skipping the {size}^4 grid: it needs about {needed / 1e9:.1f} GB, "
                  f"only {free / 1e9:.1f} GB is free", file=sys.stderr)
            continue
        check_against_direct(min(size, 20))
        repeats = args.repeats or (30 if size ** 4 < 10 ** 7 else 5)
        for form in args.forms.split(","):
            samples = time_form(forms[form], size, repeats, warmup=2)
            print(json.dumps({
                "name": "numpy_grid",
                "form": form,
                "size": size,
                "median_ms": round(float(np.median(samples)), 3),
                "p99_ms": round(float(np.percentile(samples, 99)), 3),
                "repeats": repeats,
                "numpy": np.__version__,
            }), flush=True)


if __name__ == "__main__":
    main()
