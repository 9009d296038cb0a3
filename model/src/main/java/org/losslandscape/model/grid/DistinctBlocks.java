package org.losslandscape.model.grid;

/**
 * The blocks of a grid split into those to compute and those to copy, a block being the n2·n3
 * contiguous losses of one (w0, b0) pair.
 *
 * <p>Every loss of a block is a function of the block's hidden activation h alone, so two
 * blocks whose h values have the same bits have the same losses, bit for bit. The first block
 * with a given h is computed, and each later block with the same h is copied from it. Bits
 * are compared with {@link Double#doubleToRawLongBits}, so h values that are equal but differ
 * in bits (0.0 and −0.0) count as distinct and are both computed.
 *
 * @param computed indices of the blocks to compute, ascending
 * @param copied   indices of the blocks to copy, ascending
 * @param sources  {@code sources[i]} is the computed block that block {@code copied[i]} copies
 */
record DistinctBlocks(int[] computed, int[] copied, int[] sources) {

    /** Blocks with fewer points than this are all computed, see {@link #find}. */
    // NOTE: chosen to bound the table's memory; no benchmark compares copying with computing at this size.
    static final int MIN_DEDUPLICATED_BLOCK_POINTS = 64;

    /** Returns the split in which every block is computed. */
    static DistinctBlocks everyBlock(int blocks) {
        int[] all = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            all[b] = b;
        }
        return new DistinctBlocks(all, new int[0], new int[0]);
    }

    /**
     * Finds the blocks whose hidden activation repeats an earlier block's, with one hash
     * lookup per block. Blocks of fewer than {@value #MIN_DEDUPLICATED_BLOCK_POINTS} points
     * are all computed, so that the lookup table, 12 bytes per block, stays below 3% of the
     * grid's 8 bytes per point.
     *
     * @param hidden      h of each block in block order; not modified
     * @param blockPoints points per block, n2·n3
     */
    static DistinctBlocks find(double[] hidden, int blockPoints) {
        if (blockPoints < MIN_DEDUPLICATED_BLOCK_POINTS) {
            return everyBlock(hidden.length);
        }
        int[] firstWithSameBits = firstBlocksWithSameBits(hidden);
        int copies = 0;
        for (int b = 0; b < hidden.length; b++) {
            if (firstWithSameBits[b] != b) {
                copies++;
            }
        }
        int[] computed = new int[hidden.length - copies];
        int[] copied = new int[copies];
        int[] sources = new int[copies];
        int nextComputed = 0;
        int nextCopied = 0;
        for (int b = 0; b < hidden.length; b++) {
            if (firstWithSameBits[b] == b) {
                computed[nextComputed++] = b;
            } else {
                copied[nextCopied] = b;
                sources[nextCopied++] = firstWithSameBits[b];
            }
        }
        return new DistinctBlocks(computed, copied, sources);
    }

    /**
     * Returns, for each index, the first index whose value has the same bits, using an
     * open-addressing table of indices with linear probing and Fibonacci hashing.
     */
    private static int[] firstBlocksWithSameBits(double[] values) {
        int tableBits = 1 + Math.max(1, 32 - Integer.numberOfLeadingZeros(values.length));
        int[] table = new int[1 << tableBits];
        int mask = table.length - 1;
        int[] first = new int[values.length];
        for (int b = 0; b < values.length; b++) {
            long bits = Double.doubleToRawLongBits(values[b]);
            int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> (64 - tableBits));
            // Slots store index + 1, so that 0 marks an empty slot.
            while (table[slot] != 0 && Double.doubleToRawLongBits(values[table[slot] - 1]) != bits) {
                slot = (slot + 1) & mask;
            }
            if (table[slot] == 0) {
                table[slot] = b + 1;
            }
            first[b] = table[slot] - 1;
        }
        return first;
    }

    /** Returns the number of blocks to copy. */
    int copyCount() {
        return copied.length;
    }
}
