package org.custos.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.custos.shared.events.Changes;
import org.custos.shared.events.Changes.Fact;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.FacilityChange;
import org.custos.shared.events.LedgerOnly;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every custody event the server publishes is followed by the modules that keep data about it, or is declared
 * {@link LedgerOnly}; an event that changes a person's facility, legal status, custody or dates
 * ({@link Changes}, {@link FacilityChange}) has a listener in every module that keeps that fact.
 */
class EventListenersTest {

    /** Which modules keep which facts about a person (their own projection of them). */
    static final Map<Fact, Set<String>> KEEPERS = Map.of(
            Fact.FACILITY, Set.of("registry", "housing", "sentencing", "oversight"),
            Fact.LEGAL_STATUS, Set.of("registry", "housing", "sentencing"),
            Fact.CUSTODY, Set.of("registry", "housing", "sentencing", "oversight"),
            Fact.RELEASE_DATES, Set.of("sentencing"));
    private static final Set<String> LISTENER_ANNOTATIONS = Set.of(
            "org.springframework.context.event.EventListener",
            "org.springframework.transaction.event.TransactionalEventListener",
            "org.springframework.modulith.events.ApplicationModuleListener");

    private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("org.custos");

    @Test
    void everyPublishedEventIsFollowedByTheModulesThatKeepItsFactsOrDeclaredLedgerOnly() {
        List<JavaMethod> listeners = listeners();
        Map<String, Set<String>> table = new TreeMap<>();
        List<String> faults = new ArrayList<>();
        for (JavaClass event : publishedEvents()) {
            Set<String> followers = new TreeSet<>();
            for (JavaMethod m : listeners) {
                JavaClass parameter = m.getRawParameterTypes().get(0);
                if (!parameter.isEquivalentTo(CustodyEvent.class) && event.isAssignableTo(parameter.getName())
                        && !module(m.getOwner()).equals(module(event))) {
                    followers.add(module(m.getOwner()));
                }
            }
            table.put(event.getSimpleName(), followers);
            if (followers.isEmpty() && !event.isAnnotatedWith(LedgerOnly.class)) {
                faults.add(event.getName() + " has no listener outside its module and is not declared @LedgerOnly");
            }
            for (Fact fact : facts(event)) {
                for (String keeper : KEEPERS.get(fact)) {
                    if (!keeper.equals(module(event)) && !followers.contains(keeper)) {
                        faults.add(event.getName() + " changes " + fact + " but " + keeper + ", which keeps it, does not follow it");
                    }
                }
            }
        }
        System.out.println("Custody events and the modules that follow them: " + table);
        assertThat(table).containsKeys("PersonTransferred", "PersonAdmitted", "DisallowanceRecorded");
        assertThat(table.get("PersonTransferred")).contains("registry", "housing", "sentencing");
        assertThat(faults).isEmpty();
    }

    /** Concrete custody events constructed somewhere in the server's code. */
    private List<JavaClass> publishedEvents() {
        return classes.stream().filter(c -> c.isAssignableTo(CustodyEvent.class) && !c.isInterface())
                .filter(c -> !c.getConstructorCallsToSelf().isEmpty()).toList();
    }

    private List<JavaMethod> listeners() {
        return classes.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.getRawParameterTypes().size() == 1)
                .filter(m -> LISTENER_ANNOTATIONS.stream().anyMatch(m::isAnnotatedWith)).toList();
    }

    private static Set<Fact> facts(JavaClass event) {
        Set<Fact> facts = EnumSet.noneOf(Fact.class);
        if (event.isAnnotatedWith(Changes.class)) {
            facts.addAll(List.of(event.getAnnotationOfType(Changes.class).value()));
        }
        if (event.isAssignableTo(FacilityChange.class)) {
            facts.add(Fact.FACILITY);
        }
        return facts;
    }

    private static String module(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }
}
