package org.custos.demo;

import java.util.List;
import org.custos.facilities.FacilityType;

/**
 * About twenty facilities named after El Salvador's (public reporting gives approximate sizes; the
 * others are sized so that the national population is about 110,000). Populations here are targets
 * for the demo's distribution of persons, not official figures.
 */
final class DemoFacilities {

    static final List<DemoFacility> ALL = List.of(
            f("CECOT", "Centro de Confinamiento del Terrorismo (CECOT), Tecoluca", FacilityType.MAXIMUM_SECURITY,
                    "San Vicente", 14_500, false, true),
            f("LA-ESPERANZA", "Centro Penal La Esperanza (Mariona), Cuscatancingo", FacilityType.PENITENTIARY,
                    "San Salvador", 10_000, false, false),
            f("IZALCO-I", "Complejo Penitenciario de Izalco, fase I", FacilityType.PENITENTIARY, "Sonsonate", 5_500, false, false),
            f("IZALCO-II", "Complejo Penitenciario de Izalco, fase II", FacilityType.PENITENTIARY, "Sonsonate", 5_200, false, false),
            f("IZALCO-III", "Complejo Penitenciario de Izalco, fase III", FacilityType.PENITENTIARY, "Sonsonate", 5_800, false, false),
            f("IZALCO-CDM", "Centro de Detención Menor de Izalco", FacilityType.DETENTION_CENTRE, "Sonsonate", 6_500, false, false),
            f("SANTA-ANA-CDM", "Centro de Detención Menor de Santa Ana", FacilityType.DETENTION_CENTRE, "Santa Ana", 6_400, false, false),
            f("GRANJA-SANTA-ANA", "Granja Penitenciaria de Santa Ana", FacilityType.PENAL_FARM, "Santa Ana", 3_000, false, false),
            f("GRANJA-ZACATECOLUCA", "Granja Penitenciaria de Zacatecoluca", FacilityType.PENAL_FARM, "La Paz", 1_500, false, false),
            f("ZACATECOLUCA-MS", "Centro Penal de Máxima Seguridad de Zacatecoluca", FacilityType.MAXIMUM_SECURITY,
                    "La Paz", 1_400, false, true),
            f("APANTEOS", "Centro Penal de Apanteos, Santa Ana", FacilityType.PENITENTIARY, "Santa Ana", 7_800, false, false),
            f("QUEZALTEPEQUE", "Centro Penal de Quezaltepeque", FacilityType.PENITENTIARY, "La Libertad", 5_400, false, false),
            f("CHALATENANGO", "Centro Penal de Chalatenango", FacilityType.PENITENTIARY, "Chalatenango", 3_100, false, false),
            f("CIUDAD-BARRIOS", "Centro Penal de Ciudad Barrios", FacilityType.PENITENTIARY, "San Miguel", 4_300, false, false),
            f("SAN-FRANCISCO-GOTERA", "Centro Penal de San Francisco Gotera", FacilityType.PENITENTIARY, "Morazán", 3_200, false, false),
            f("COJUTEPEQUE", "Centro Penal de Cojutepeque", FacilityType.PENITENTIARY, "Cuscatlán", 2_400, false, false),
            f("SAN-VICENTE", "Centro Penal de San Vicente", FacilityType.PENITENTIARY, "San Vicente", 2_600, false, false),
            f("USULUTAN", "Centro Penal de Usulután", FacilityType.PENITENTIARY, "Usulután", 2_300, false, false),
            f("SENSUNTEPEQUE", "Centro Penal de Sensuntepeque", FacilityType.PENITENTIARY, "Cabañas", 1_900, false, false),
            f("SAN-MIGUEL", "Centro Penal de San Miguel", FacilityType.PENITENTIARY, "San Miguel", 3_600, false, false),
            f("JUCUAPA", "Centro Penal de Jucuapa", FacilityType.PENITENTIARY, "Usulután", 1_200, false, false),
            f("METAPAN", "Centro Penal de Metapán", FacilityType.PENITENTIARY, "Santa Ana", 1_300, false, false),
            f("LA-UNION", "Centro Penal de La Unión", FacilityType.PENITENTIARY, "La Unión", 1_100, false, false),
            f("SONSONATE", "Centro Penal de Sonsonate", FacilityType.PENITENTIARY, "Sonsonate", 1_400, false, false),
            f("ILOPANGO", "Centro de Readaptación para Mujeres, Ilopango", FacilityType.WOMENS_CENTRE,
                    "San Salvador", 4_200, true, false));

    private DemoFacilities() {
    }

    static int totalPopulation() {
        return ALL.stream().mapToInt(DemoFacility::population).sum();
    }

    private static DemoFacility f(String code, String name, FacilityType type, String department, int population,
                                  boolean women, boolean maximumSecurity) {
        return new DemoFacility(code, name, type, department, population, women, maximumSecurity);
    }
}
