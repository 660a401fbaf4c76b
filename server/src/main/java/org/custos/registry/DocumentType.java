package org.custos.registry;

/** Kinds of identity document. */
public enum DocumentType {
    /** Documento Único de Identidad (El Salvador): 8 digits, a hyphen and a check digit. */
    DUI,
    /** Passport: the issuing country is required. */
    PASSPORT,
    /** United States Alien Registration Number ("A-number"): A followed by 8 or 9 digits. */
    US_A_NUMBER,
    /** Any other document: a description is required. */
    OTHER
}
