package org.custos.facilities;

/** Kinds of facility. */
public enum FacilityType {
    MAXIMUM_SECURITY, PENITENTIARY, DETENTION_CENTRE, PENAL_FARM, WOMENS_CENTRE, JUVENILE_CENTRE, IMMIGRATION_CENTRE
}
