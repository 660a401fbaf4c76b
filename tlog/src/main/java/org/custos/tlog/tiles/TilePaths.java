package org.custos.tlog.tiles;

import org.custos.tlog.TlogFormatException;

/** Path encoding shared by hash tiles and entry bundles (C2SP tlog-tiles). */
public final class TilePaths {
    private TilePaths() {
    }

    /** 1234067 → {@code x001/x234/067}; 5 → {@code 005}. */
    public static String encodeIndex(long n) {
        String digits = Long.toString(n);
        digits = "0".repeat((3 - digits.length() % 3) % 3) + digits;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 3) {
            if (i + 3 < digits.length()) {
                out.append('x').append(digits, i, i + 3).append('/');
            } else {
                out.append(digits, i, i + 3);
            }
        }
        return out.toString();
    }

    static String partialSuffix(int width) {
        return width == Tile.FULL_WIDTH ? "" : ".p/" + width;
    }

    /** {@code tile/entries/<N>[.p/<W>]}. */
    public static String entryBundlePath(long index, int width) {
        if (width < 1 || width > Tile.FULL_WIDTH) {
            throw new IllegalArgumentException("bundle width " + width);
        }
        return "tile/entries/" + encodeIndex(index) + partialSuffix(width);
    }

    /** Parses {@code <N>[.p/<W>]} strictly (canonical groups, no leading zeros in W); returns {N, W}. */
    static long[] parseIndexAndWidth(String text) throws TlogFormatException {
        int width = Tile.FULL_WIDTH;
        int partial = text.indexOf(".p/");
        if (partial >= 0) {
            width = (int) parseDecimal(text.substring(partial + 3), Tile.FULL_WIDTH - 1);
            if (width == 0) {
                throw new TlogFormatException("partial width must be 1..255");
            }
            text = text.substring(0, partial);
        }
        String[] groups = text.split("/", -1);
        long n = 0;
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            boolean last = i == groups.length - 1;
            String digits = last ? g : (g.startsWith("x") ? g.substring(1) : "");
            if (digits.length() != 3 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (i == 0 && !last && digits.equals("000")) || groups.length > 7) {
                throw new TlogFormatException("bad tile index encoding: " + text);
            }
            try {
                n = Math.addExact(Math.multiplyExact(n, 1000), Integer.parseInt(digits));
            } catch (ArithmeticException e) {
                throw new TlogFormatException("tile index overflows: " + text);
            }
        }
        return new long[] {n, width};
    }

    static long parseDecimal(String s, long max) throws TlogFormatException {
        if (s.isEmpty() || s.length() > 19 || !s.chars().allMatch(c -> c >= '0' && c <= '9')
                || (s.length() > 1 && s.charAt(0) == '0')) {
            throw new TlogFormatException("not a canonical decimal: " + s);
        }
        long v = Long.parseLong(s);
        if (v > max) {
            throw new TlogFormatException(s + " exceeds " + max);
        }
        return v;
    }
}
