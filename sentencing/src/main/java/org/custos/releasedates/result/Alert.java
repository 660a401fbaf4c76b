package org.custos.releasedates.result;

/** Something a sentence administrator must look at; never acted upon silently. */
public record Alert(String code, String message) {}
