package org.custos.shared.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Codes and names as people sort them: runs of digits by their value ("Sector 2" before "Sector 10",
 * "1-9" before "1-10"), the rest alphabetically ignoring case and accents. A tie is broken by the text itself,
 * so the order is total.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();
    private static final Collator COLLATOR = Collator.getInstance(Locale.forLanguageTag("es"));

    static {
        COLLATOR.setStrength(Collator.PRIMARY);
    }

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean da = Character.isDigit(a.charAt(i));
            boolean db = Character.isDigit(b.charAt(j));
            int ei = run(a, i, da);
            int ej = run(b, j, db);
            int c;
            if (da && db) {
                c = compareNumbers(a.substring(i, ei), b.substring(j, ej));
            } else if (da != db) {
                c = da ? -1 : 1; // a number before text at the same place
            } else {
                synchronized (COLLATOR) {
                    c = COLLATOR.compare(a.substring(i, ei), b.substring(j, ej));
                }
            }
            if (c != 0) {
                return c;
            }
            i = ei;
            j = ej;
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int run(String s, int from, boolean digits) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k)) == digits) {
            k++;
        }
        return k;
    }

    private static int compareNumbers(String x, String y) {
        String a = x.replaceFirst("^0+(?=\\d)", "");
        String b = y.replaceFirst("^0+(?=\\d)", "");
        int c = Integer.compare(a.length(), b.length());
        return c != 0 ? c : a.compareTo(b);
    }
}
