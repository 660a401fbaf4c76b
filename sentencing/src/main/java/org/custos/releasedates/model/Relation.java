package org.custos.releasedates.model;

/** How a sentence relates to the one named in {@link Sentence#relatedTo()}. */
public enum Relation {
    CONCURRENT,
    CONSECUTIVE
}
