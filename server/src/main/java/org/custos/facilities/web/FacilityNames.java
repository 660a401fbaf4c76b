package org.custos.facilities.web;

import org.custos.facilities.FacilityDirectory;
import org.springframework.stereotype.Component;

/**
 * A facility as pages name it: its name, never its code ({@code @facilityNames.name('LA-ESPERANZA')} is
 * "Centro Penal La Esperanza"); an unknown code is shown as it is.
 */
@Component("facilityNames")
public class FacilityNames {

    private final FacilityDirectory facilities;

    FacilityNames(FacilityDirectory facilities) {
        this.facilities = facilities;
    }

    public String name(String code) {
        return code == null ? "—" : facilities.nameOf(code);
    }
}
