package org.custos.shared.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every custody event has a name in both languages ({@code event.<Type>} in {@code i18n/events.properties} and
 * {@code events_en.properties}), so a page that lists events (the gate's list of what was recorded during a
 * surveillance outage) never shows a type such as {@code GateEntryRecorded}. A new event needs its two lines.
 */
class EventNamesTest {

    private static Set<String> eventTypes() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AssignableTypeFilter(CustodyEvent.class));
        Set<String> types = new TreeSet<>();
        for (BeanDefinition d : scan.findCandidateComponents("org.custos")) {
            String name = d.getBeanClassName();
            if (!name.contains("Test") && !name.contains("$")) {
                types.add(name.substring(name.lastIndexOf('.') + 1));
            }
        }
        return types;
    }

    private static Properties bundle(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = EventNamesTest.class.getClassLoader().getResourceAsStream("i18n/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyCustodyEventIsNamedInSpanishAndInEnglish() throws IOException {
        Set<String> types = eventTypes();
        assertThat(types).contains("GateEntryRecorded", "PersonAdmitted", "PersonTransferred").hasSizeGreaterThan(50);
        Properties es = bundle("events.properties");
        Properties en = bundle("events_en.properties");
        for (String type : types) {
            assertThat(es.getProperty("event." + type)).as("event." + type + " in events.properties").isNotBlank();
            assertThat(en.getProperty("event." + type)).as("event." + type + " in events_en.properties").isNotBlank()
                    .isNotEqualTo(es.getProperty("event." + type));
        }
        assertThat(List.copyOf(es.stringPropertyNames())).as("names of events that do not exist")
                .allSatisfy(k -> assertThat(types).contains(k.substring("event.".length())));
    }
}
