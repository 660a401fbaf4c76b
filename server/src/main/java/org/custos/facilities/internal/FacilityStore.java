package org.custos.facilities.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.custos.facilities.Facility;
import org.custos.facilities.FacilityDirectory;
import org.custos.facilities.FacilityRegistered;
import org.custos.facilities.FacilityType;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class FacilityStore implements FacilityDirectory, org.custos.identity.KnownFacilities {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ConcurrentHashMap<String, Facility> cache = new ConcurrentHashMap<>();

    FacilityStore(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Optional<Facility> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Facility cached = cache.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Facility> found = jdbc.sql("select code, name, type, department from facility where code = :c")
                .param("c", code).query((rs, n) -> new Facility(rs.getString(1), rs.getString(2),
                        FacilityType.valueOf(rs.getString(3)), rs.getString(4))).optional();
        found.ifPresent(f -> cache.put(f.code(), f));
        return found;
    }

    @Override
    public boolean exists(String code) {
        return find(code).isPresent();
    }

    @Override
    public List<Facility> list() {
        return jdbc.sql("select code, name, type, department from facility order by name")
                .query((rs, n) -> new Facility(rs.getString(1), rs.getString(2),
                        FacilityType.valueOf(rs.getString(3)), rs.getString(4))).list();
    }

    @Override
    @Transactional
    public Facility register(Facility f, String actor) {
        Validation v = new Validation();
        v.rejectIf(f.code() == null || !f.code().matches("[A-Z0-9-]{2,24}"), "code", "facility.code-shape");
        v.rejectIf(f.name() == null || f.name().isBlank(), "name", "required");
        v.rejectIf(f.type() == null, "type", "required");
        v.rejectIf(f.department() == null || f.department().isBlank(), "department", "required");
        org.custos.shared.web.Bounds.text(v, "name", f.name(), org.custos.shared.web.Bounds.NAME);
        org.custos.shared.web.Bounds.text(v, "department", f.department(), org.custos.shared.web.Bounds.NAME);
        v.rejectIf(f.code() != null && find(f.code()).isPresent(), "code", "facility.code-taken");
        v.throwIfInvalid("facilities.validation");
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into facility(code, name, type, department, created_at, created_by)
                values (:c, :n, :t, :d, :at, :by)""")
                .param("c", f.code()).param("n", f.name().trim()).param("t", f.type().name())
                .param("d", f.department().trim()).param("at", now).param("by", actor)
                .update();
        events.publishEvent(new FacilityRegistered(UUID.randomUUID(), f.name().trim(), f.type().name(),
                f.department().trim(), f.code(), actor, now));
        return f;
    }
}
