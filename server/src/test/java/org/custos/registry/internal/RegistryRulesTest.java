package org.custos.registry.internal;

import org.custos.registry.Dui;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Unit tests of the registry's small rules: DUI check digit, name normalization, CSV, file types. */
class RegistryRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"04567890-3", "12345678-4", "00000000-0", "98765432-6"})
    // 98765432: 81+64+49+36+25+16+9+4 = 284; (10 - 4) mod 10 = 6
    void validDuisAreAccepted(String dui) {
        assertThat(Dui.isValid(dui)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"04567890-0", "12345678-0", "98765432-9", "04567890-4", "045678903", "4567890-3",
            "04567890-33", "0456789O-3", "", " 04567890-3"})
    void invalidDuisAreRefused(String dui) {
        assertThat(Dui.isValid(dui)).isFalse();
    }

    @Test
    void checkDigitFollowsTheWorkedExample() {
        // 0·9+4·8+5·7+6·6+7·5+8·4+9·3+0·2 = 197; (10 - 7) mod 10 = 3
        assertThat(Dui.checkDigit("04567890")).isEqualTo(3);
        // 1·9+2·8+3·7+4·6+5·5+6·4+7·3+8·2 = 156; (10 - 6) mod 10 = 4
        assertThat(Dui.checkDigit("12345678")).isEqualTo(4);
        assertThat(Dui.isValid(null)).isFalse();
    }

    @Test
    void everyWrongCheckDigitIsRefused() {
        for (int d = 0; d < 10; d++) {
            assertThat(Dui.isValid("04567890-" + d)).isEqualTo(d == 3);
        }
    }

    @Test
    void namesAreSearchedWithoutCaseOrAccents() {
        assertThat(Names.normalize("  José  Muñoz ÁVALOS ")).isEqualTo("jose munoz avalos");
        assertThat(Names.normalize("O'Brien")).isEqualTo("o'brien");
        assertThat(Names.likeEscape("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
        assertThat(Names.hasControlCharacters("Ana\tMaría")).isTrue();
        assertThat(Names.hasControlCharacters("Robert'); DROP TABLE person;--")).isFalse();
    }

    @Test
    void csvHandlesQuotesCommasAndNewlines() {
        List<List<String>> rows = org.custos.shared.web.CsvText.parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\n1,,3");
        assertThat(rows).containsExactly(List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"),
                List.of("1", "", "3"));
    }

    @Test
    void onlyPdfsAndImagesAreOrderDocuments() {
        assertThat(OrderDocumentStore.sniff("%PDF-1.7 ...".getBytes())).isEqualTo("application/pdf");
        assertThat(OrderDocumentStore.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo("image/jpeg");
        assertThat(OrderDocumentStore.sniff("<html>".getBytes())).isNull();
        assertThat(OrderDocumentStore.sha256("abc".getBytes()))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
