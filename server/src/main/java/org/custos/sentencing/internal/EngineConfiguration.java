package org.custos.sentencing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.custos.releasedates.ReleaseDateEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The engine, built once, and the version of the rules it applies. */
@Configuration
class EngineConfiguration {

    @Bean
    ReleaseDateEngine releaseDateEngine() {
        return ReleaseDateEngine.withDefaultRules();
    }

    @Bean
    RuleSetVersion ruleSetVersion() {
        return new RuleSetVersion(fingerprint());
    }

    /**
     * "rules-" and the first 12 hex digits of SHA-256 over the engine version and every rule-set file
     * listed in {@code rulesets/index.json}: any change of a law's parameters changes it.
     */
    static String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ReleaseDateEngine.VERSION.getBytes(StandardCharsets.UTF_8));
            ClassLoader loader = ReleaseDateEngine.class.getClassLoader();
            JsonNode names;
            try (InputStream in = loader.getResourceAsStream("rulesets/index.json")) {
                names = JsonMapper.builder().build().readTree(in);
            }
            for (JsonNode name : names.values()) {
                try (InputStream in = loader.getResourceAsStream("rulesets/" + name.stringValue())) {
                    sha.update(in.readAllBytes());
                }
            }
            return "rules-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprint of the rule sets in force in this build. */
    record RuleSetVersion(String value) {
    }
}
