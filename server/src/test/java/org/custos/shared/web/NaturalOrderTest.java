package org.custos.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersSortByTheirValueAndTextIgnoresCaseAndAccents() {
        List<String> codes = new ArrayList<>(List.of("Sector 10", "sector 2", "Sector 1", "Módulo 3", "modulo 11",
                "1-10", "1-9", "1-09", "2-1", "A", "10", "9"));
        Collections.shuffle(codes, new java.util.Random(7));
        codes.sort(NaturalOrder.INSTANCE);
        assertThat(codes).containsExactly("1-09", "1-9", "1-10", "2-1", "9", "10", "A", "Módulo 3", "modulo 11",
                "Sector 1", "sector 2", "Sector 10");
    }

    @Test
    void theOrderIsTotalAndConsistent() {
        NaturalOrder o = NaturalOrder.INSTANCE;
        assertThat(o.compare("Celda 1", "Celda 1")).isZero();
        assertThat(Integer.signum(o.compare("celda 1", "Celda 1"))).isEqualTo(-Integer.signum(o.compare("Celda 1", "celda 1")))
                .isNotZero();
        assertThat(o.compare("Celda 2", "Celda 10")).isNegative();
        assertThat(o.compare("Celda 10", "Celda 2")).isPositive();
        assertThat(o.compare("Celda", "Celda 1")).isNegative();
    }
}
