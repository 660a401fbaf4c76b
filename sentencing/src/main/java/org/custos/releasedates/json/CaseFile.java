package org.custos.releasedates.json;

import org.custos.releasedates.model.CaseInput;
import tools.jackson.databind.JsonNode;

/**
 * A case file: {@code {"name", "why", "input": {...}, "expected": {...}}}. {@code expected} is only
 * read by the golden tests; the CLI ignores it.
 */
public record CaseFile(String name, String why, CaseInput input, JsonNode expected) {}
