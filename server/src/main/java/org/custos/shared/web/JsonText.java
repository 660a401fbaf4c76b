package org.custos.shared.web;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every JSON string of every request body is checked for control characters as it is read, so a NUL
 * byte never reaches the database; the refusal names the field's JSON path ({@link JsonErrors}). A
 * {@code null} element of any list (or set, array, map value) of any body is refused as it is read too
 * ({@code null-element} naming the element, e.g. {@code family[0]}), so no request type sees one.
 */
@Configuration(proxyBeanMethods = false)
class JsonText {

    @Bean
    JsonMapperBuilderCustomizer noNullElements() {
        return builder -> builder.changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL));
    }

    @Bean
    JacksonModule textWithoutControlCharacters() {
        return new SimpleModule("custos-text").addDeserializer(String.class, new Deserializer());
    }

    /** A JSON string holding a control character. */
    static final class ControlCharacterException extends MismatchedInputException {
        ControlCharacterException(JsonParser p) {
            super(p, "control character in text", String.class);
        }
    }

    static final class Deserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (ControlCharacters.in(value)) {
                throw new ControlCharacterException(p);
            }
            return value;
        }
    }
}
