package org.losslandscape.model.grid;

/**
 * Which blocks of a grid share their stored losses, a block being the n2·n3 losses of one
 * (w0, b0) pair.
 *
 * <p>Every loss of a block is a function of the block's hidden activation h alone, so two
 * blocks whose h values have the same bits have the same losses, bit for bit. The first block
 * with a given h is computed and stored, and each later block with the same h reads the
 * stored losses of the first. Bits are compared with {@link Double#doubleToRawLongBits}, so h
 * values that are equal but differ in bits (0.0 and −0.0) count as distinct and are both stored.
 *
 * <p>Stored blocks are numbered in C order of their first block, so stored block s holds the
 * losses of grid block {@code computed[s]}, and a block is the first with its h exactly when
 * its stored block is one more than the largest seen before it.
 *
 * @param computed  the first block of each distinct h, ascending: the blocks to compute
 * @param storageOf {@code storageOf[b]} is the stored block that grid block b reads
 */
record DistinctBlocks(int[] computed, int[] storageOf) {

    /** Blocks with fewer points than this are all stored, see {@link #find}. */
    // NOTE: chosen to bound the table's memory; no benchmark compares sharing with computing at this size.
    static final int MIN_DEDUPLICATED_BLOCK_POINTS = 64;

    /** Returns the layout in which every block is computed and stored in grid order. */
    static DistinctBlocks everyBlock(int blocks) {
        int[] all = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            all[b] = b;
        }
        return new DistinctBlocks(all, all.clone());
    }

    /**
     * Finds the blocks whose hidden activation repeats an earlier block's, with one hash
     * lookup per block. Blocks of fewer than {@value #MIN_DEDUPLICATED_BLOCK_POINTS} points
     * are all stored, so that the lookup table, 12 bytes per block, stays below 3% of the
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
        int[] storageOf = new int[hidden.length];
        int distinct = 0;
        for (int b = 0; b < hidden.length; b++) {
            int first = firstWithSameBits[b];
            // The first block of each h comes before the others, so its stored block is already numbered.
            storageOf[b] = first == b ? distinct++ : storageOf[first];
        }
        int[] computed = new int[distinct];
        for (int b = 0; b < hidden.length; b++) {
            if (firstWithSameBits[b] == b) {
                computed[storageOf[b]] = b;
            }
        }
        return new DistinctBlocks(computed, storageOf);
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

    /** Returns the number of blocks that read another block's losses. */
    int sharedCount() {
        return storageOf.length - computed.length;
    }

    /** Returns the number of losses stored for blocks of {@code blockPoints} points. */
    long storedPoints(int blockPoints) {
        return (long) computed.length * blockPoints;
    }
}
