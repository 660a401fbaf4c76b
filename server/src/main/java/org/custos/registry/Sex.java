package org.custos.registry;

/** Sex as recorded at admission; drives the separation of men and women (Mandela Rule 11). */
public enum Sex { MALE, FEMALE }
