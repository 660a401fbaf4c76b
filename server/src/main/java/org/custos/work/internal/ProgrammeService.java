package org.custos.work.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.work.ProgrammeCreated;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programmes: created once with their terms (never deleted); read within the caller's facility scope. */
@Service
public class ProgrammeService {

    public static final List<String> KINDS = List.of("WORKSHOP", "KITCHEN", "FARM", "MAINTENANCE", "CONSTRUCTION",
            "STUDY", "TEACHING", "CULTURE", "SPORT");
    public static final List<String> SESSIONS = List.of("HALF_DAY", "FULL_DAY", "NIGHT_SHIFT");
    public static final List<String> RULES = List.of("WORK", "STUDY", "TEACHING", "NONE");

    /** A programme as stored. */
    public record Programme(UUID id, String code, String name, String kind, String facilityCode, boolean outside,
                            String partner, int capacity, String sessionKind, BigDecimal sessionHours,
                            BigDecimal minHours, Integer restDay, String supervisor, boolean paid, BigDecimal payRate,
                            String payBand, String redencionRule, boolean noGangRule, String maxSecurity,
                            String createdBy, OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final WorkSettings settings;
    private final org.custos.facilities.FacilityDirectory facilities;

    ProgrammeService(JdbcClient jdbc, ApplicationEventPublisher events, WorkSettings settings,
                     org.custos.facilities.FacilityDirectory facilities) {
        this.facilities = facilities;
        this.jdbc = jdbc;
        this.events = events;
        this.settings = settings;
    }

    @Transactional
    public UUID create(Requests.Programme p, CurrentUser caller) {
        Validation v = new Validation();
        v.rejectIf(Scopes.blank(p.code()) || p.code().trim().length() > 40, "code", "work.CODE_REQUIRED");
        v.rejectIf(Scopes.blank(p.name()) || p.name().trim().length() > 200, "name", "work.NAME_REQUIRED");
        v.rejectIf(!Scopes.in(KINDS, p.kind()), "kind", "work.KIND_INVALID");
        v.rejectIf(Scopes.blank(p.facilityCode()), "facilityCode", "work.FACILITY_REQUIRED");
        v.rejectIf(p.capacity() == null || p.capacity() < 1 || p.capacity() > 100_000, "capacity", "work.CAPACITY_INVALID");
        v.rejectIf(!Scopes.in(SESSIONS, p.sessionKind()), "sessionKind", "work.SESSION_INVALID");
        BigDecimal hours = p.sessionHours() != null ? p.sessionHours()
                : "HALF_DAY".equals(p.sessionKind()) ? BigDecimal.valueOf(4) : BigDecimal.valueOf(8);
        v.rejectIf(hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0, "sessionHours", "work.SESSION_HOURS_INVALID");
        BigDecimal min = p.minHours() == null ? hours : p.minHours();
        v.rejectIf(min.signum() <= 0 || min.compareTo(hours) > 0, "minHours", "work.MIN_HOURS_INVALID");
        v.rejectIf(p.restDay() != null && (p.restDay() < 1 || p.restDay() > 7), "restDay", "work.REST_DAY_INVALID");
        String rule = p.redencionRule() == null ? "WORK" : p.redencionRule();
        v.rejectIf(!Scopes.in(RULES, rule), "redencionRule", "work.RULE_INVALID");
        String security = p.maxSecurity() == null ? "MEDIUM" : p.maxSecurity();
        v.rejectIf(!Scopes.in(Eligibility.SECURITY, security), "maxSecurity", "work.SECURITY_INVALID");
        boolean paid = Boolean.TRUE.equals(p.paid());
        v.rejectIf(p.payRate() != null && p.payRate().signum() < 0, "payRate", "work.PAY_RATE_INVALID");
        v.rejectIf(Boolean.TRUE.equals(p.outside()) && Scopes.blank(p.partner()) && "CONSTRUCTION".equals(p.kind()),
                "partner", "work.PARTNER_REQUIRED");
        if (!Scopes.blank(p.facilityCode())) {
            v.rejectIf(facilities.find(p.facilityCode().trim()).isEmpty(), "facilityCode", "work.FACILITY_UNKNOWN");
            v.rejectIf(caller != null && !caller.mayActIn(p.facilityCode().trim()), "facilityCode", "work.FACILITY_NOT_IN_SCOPE");
        }
        v.throwIfInvalid(Scopes.INVALID);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        String code = p.code().trim().toUpperCase();
        try {
            jdbc.sql("""
                    insert into work_programme(id, code, name, kind, facility_code, outside, partner, capacity, session_kind,
                      session_hours, min_hours, rest_day, supervisor, paid, pay_rate, pay_band, redencion_rule, no_gang_rule,
                      max_security, created_by, created_at)
                    values (:id, :code, :name, :kind, :f, :out, :partner, :cap, :sk, :sh, :min, :rest, :sup, :paid, :rate,
                      :band, :rule, :gang, :sec, :by, :at)""")
                    .param("id", id).param("code", code).param("name", p.name().trim()).param("kind", p.kind())
                    .param("f", p.facilityCode().trim()).param("out", Boolean.TRUE.equals(p.outside()))
                    .param("partner", Scopes.trim(p.partner())).param("cap", p.capacity()).param("sk", p.sessionKind())
                    .param("sh", hours).param("min", min).param("rest", p.restDay()).param("sup", Scopes.trim(p.supervisor()))
                    .param("paid", paid).param("rate", p.payRate()).param("band", Scopes.trim(p.payBand()))
                    .param("rule", rule).param("gang", Boolean.TRUE.equals(p.noGangRule())).param("sec", security)
                    .param("by", Scopes.actor(caller)).param("at", at).update();
        } catch (DuplicateKeyException e) {
            new Validation().reject("code", "work.CODE_TAKEN").throwIfInvalid(Scopes.INVALID);
        }
        events.publishEvent(new ProgrammeCreated(UUID.randomUUID(), id, code, p.kind(), Boolean.TRUE.equals(p.outside()),
                p.capacity(), rule, p.facilityCode().trim(), Scopes.actor(caller), at));
        return id;
    }

    /** The programme if the caller may see it; 404 {@code work.not-found} otherwise. */
    public Programme get(UUID id, CurrentUser caller) {
        Programme p = find(id).orElseThrow(Scopes::notFound);
        Scopes.require(caller, p.facilityCode());
        return p;
    }

    Optional<Programme> find(UUID id) {
        return jdbc.sql("select * from work_programme where id = :id").param("id", id).query(Programme.class).optional();
    }

    public List<Programme> list(CurrentUser caller) {
        Set<String> scope = caller.national() ? null : caller.facilities();
        return jdbc.sql("select * from work_programme order by facility_code, code").query(Programme.class).list()
                .stream().filter(p -> scope == null || scope.contains(p.facilityCode())).toList();
    }
}
