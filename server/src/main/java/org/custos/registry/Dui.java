package org.custos.registry;

/**
 * The check digit of a Salvadoran DUI ({@code ########-#}): the 8 digits are weighted 9, 8, ..., 2
 * from the left; the check digit is {@code (10 - sum mod 10) mod 10}. Worked example:
 * {@code 04567890}: 0·9+4·8+5·7+6·6+7·5+8·4+9·3+0·2 = 197, 197 mod 10 = 7, check (10-7) mod 10 = 3,
 * so {@code 04567890-3} is valid.
 *
 * <p>Source: "SV_DUI — Documento Único de Identidad", nationid documentation,
 * https://lu1tr0n.github.io/nationid/documents/sv.html (mod-10 weighted, weights 9..2 over the first 8
 * digits, with the valid examples 04567890-3 and 12345678-4). The RNPN does not publish the algorithm;
 * that page rates it "moderate" confidence, so a refused number is reported as such, never corrected.
 */
public final class Dui {

    private Dui() {
    }

    /** True for the shape {@code ########-#}, whatever the check digit. */
    public static boolean hasShape(String dui) {
        return dui != null && dui.matches("\\d{8}-\\d");
    }

    /** True if {@code dui} has the shape {@code ########-#} and a correct check digit. */
    public static boolean isValid(String dui) {
        return hasShape(dui) && checkDigit(dui.substring(0, 8)) == dui.charAt(9) - '0';
    }

    /** The check digit of 8 digits. */
    public static int checkDigit(String eightDigits) {
        if (eightDigits == null || !eightDigits.matches("\\d{8}")) {
            throw new IllegalArgumentException("8 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eightDigits.charAt(i) - '0') * (9 - i);
        }
        return (10 - sum % 10) % 10;
    }

    /** The DUI {@code ########-#} whose 8 digits are {@code serial} (mod 10^8), with its check digit. */
    public static String of(long serial) {
        String digits = String.format("%08d", Math.floorMod(serial, 100_000_000L));
        return digits + "-" + checkDigit(digits);
    }
}
