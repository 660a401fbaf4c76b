package org.custos.releasedates.rules;

/** An exact non-negative rational, always reduced. No floating point anywhere in the engine. */
public record Fraction(long num, long den) implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(0, 1);
    public static final Fraction ONE = new Fraction(1, 1);

    public Fraction {
        if (den <= 0 || num < 0) throw new IllegalArgumentException("bad fraction " + num + "/" + den);
        long g = gcd(num, den);
        num /= g;
        den /= g;
    }

    public static Fraction of(long num, long den) {
        return new Fraction(num, den);
    }

    /** Parses "2/3" or "2". */
    public static Fraction parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) return new Fraction(Long.parseLong(text.trim()), 1);
        return new Fraction(Long.parseLong(text.substring(0, slash).trim()),
                Long.parseLong(text.substring(slash + 1).trim()));
    }

    public long floorTimes(long n) {
        return Math.floorDiv(Math.multiplyExact(n, num), den);
    }

    public long ceilTimes(long n) {
        return -Math.floorDiv(-Math.multiplyExact(n, num), den);
    }

    public Fraction times(Fraction o) {
        return new Fraction(Math.multiplyExact(num, o.num), Math.multiplyExact(den, o.den));
    }

    public Fraction dividedBy(long n) {
        return new Fraction(num, Math.multiplyExact(den, n));
    }

    @Override
    public int compareTo(Fraction o) {
        return Long.compare(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den));
    }

    @Override
    public String toString() {
        return den == 1 ? Long.toString(num) : num + "/" + den;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }
}
