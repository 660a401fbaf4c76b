package org.custos.releasedates.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.custos.releasedates.result.CaseResult;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads case files and writes results as JSON (dates as ISO strings). Unknown fields are errors. */
public final class CaseFiles {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private CaseFiles() {}

    public static CaseFile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CaseFile read(InputStream in) {
        return MAPPER.readValue(in, CaseFile.class);
    }

    public static String write(CaseResult result) {
        return MAPPER.writeValueAsString(result);
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
