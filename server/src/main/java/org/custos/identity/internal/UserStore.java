package org.custos.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users, their roles and facility scopes, in explicit SQL. */
@Repository
class UserStore {

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Roles and facilities in the same statement: a row mapper that queried them would need a second
     * pooled connection while holding the first, and enough concurrent sign-ins would exhaust the pool.
     */
    private static final String SCOPE = "array(select r.role from app_user_role r where r.user_id = u.id) as roles,"
            + " array(select f.facility_code from app_user_facility f where f.user_id = u.id) as facilities ";

    record StoredUser(CurrentUser user, String passwordHash, boolean enabled) {
    }

    Optional<StoredUser> findByUsername(String username) {
        return jdbc.sql("""
                select id, username, password_hash, must_change_password, enabled, liaison_state, """ + SCOPE + """
                from app_user u where username = :u""")
                .param("u", username)
                .query((rs, n) -> row(rs))
                .optional();
    }

    Optional<StoredUser> findById(UUID id) {
        return jdbc.sql("""
                select id, username, password_hash, must_change_password, enabled, liaison_state, """ + SCOPE + """
                from app_user u where id = :id""")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    List<CurrentUser> all() {
        return jdbc.sql("""
                select id, username, password_hash, must_change_password, enabled, liaison_state, """ + SCOPE + """
                from app_user u order by username""")
                .query((rs, n) -> row(rs).user()).list();
    }

    boolean any() {
        return jdbc.sql("select exists(select 1 from app_user)").query(Boolean.class).single();
    }

    void insert(UUID id, String username, String displayName, String hash, boolean mustChange,
                String liaisonState, Set<Role> roles, Set<String> facilities, OffsetDateTime at, String by) {
        jdbc.sql("""
                insert into app_user(id, username, display_name, password_hash, must_change_password,
                                     liaison_state, created_at, created_by)
                values (:id, :u, :d, :h, :m, :l, :at, :by)""")
                .param("id", id).param("u", username).param("d", displayName).param("h", hash)
                .param("m", mustChange).param("l", liaisonState).param("at", at).param("by", by)
                .update();
        for (Role role : roles) {
            jdbc.sql("insert into app_user_role(user_id, role) values (:id, :r)")
                    .param("id", id).param("r", role.name()).update();
        }
        for (String facility : facilities) {
            jdbc.sql("insert into app_user_facility(user_id, facility_code) values (:id, :f)")
                    .param("id", id).param("f", facility).update();
        }
    }

    /** Sets the new password and revokes every bearer token issued under the old one. */
    void updatePassword(UUID id, String hash) {
        jdbc.sql("update app_user set password_hash = :h, must_change_password = false where id = :id")
                .param("h", hash).param("id", id).update();
        jdbc.sql("delete from api_token where user_id = :id").param("id", id).update();
    }

    /** An account as the administrator's pages show it. */
    record Listed(CurrentUser user, String displayName, boolean enabled) {
    }

    List<Listed> listed() {
        return jdbc.sql("""
                select id, username, display_name, password_hash, must_change_password, enabled, liaison_state, """
                + SCOPE + " from app_user u order by username")
                .query((rs, n) -> new Listed(row(rs).user(), rs.getString("display_name"), rs.getBoolean("enabled")))
                .list();
    }

    void setEnabled(UUID id, boolean enabled) {
        jdbc.sql("update app_user set enabled = :e where id = :id").param("e", enabled).param("id", id).update();
        if (!enabled) {
            jdbc.sql("delete from api_token where user_id = :id").param("id", id).update();
        }
    }

    /** A new one-time password: it must be changed at the next sign-in; every bearer token is revoked. */
    void resetPassword(UUID id, String hash) {
        jdbc.sql("update app_user set password_hash = :h, must_change_password = true where id = :id")
                .param("h", hash).param("id", id).update();
        jdbc.sql("delete from api_token where user_id = :id").param("id", id).update();
    }

    /** Replaces the roles, facilities and represented state (the history is in app_user_change). */
    void replaceScope(UUID id, Set<Role> roles, Set<String> facilities, String liaisonState) {
        jdbc.sql("update app_user set liaison_state = :l where id = :id").param("l", liaisonState).param("id", id)
                .update();
        jdbc.sql("delete from app_user_role where user_id = :id").param("id", id).update();
        jdbc.sql("delete from app_user_facility where user_id = :id").param("id", id).update();
        for (Role role : roles) {
            jdbc.sql("insert into app_user_role(user_id, role) values (:id, :r)")
                    .param("id", id).param("r", role.name()).update();
        }
        for (String facility : facilities) {
            jdbc.sql("insert into app_user_facility(user_id, facility_code) values (:id, :f)")
                    .param("id", id).param("f", facility).update();
        }
    }

    /** Appends one change to the account's history. */
    /** One line of an account's history ({@code app_user_change}). */
    public record Change(String change, String detail, OffsetDateTime at, String by) {
    }

    /**
     * The enabled administrators other than {@code except}, counted with their rows locked so that two
     * administrators cannot remove each other at the same moment.
     */
    long otherEnabledAdministrators(UUID except) {
        return jdbc.sql("""
                select u.id from app_user u join app_user_role r on r.user_id = u.id
                where r.role = 'ADMINISTRATOR' and u.enabled and u.id <> :id for update of u""")
                .param("id", except).query(UUID.class).list().size();
    }

    /** An account's changes, newest first. */
    List<Change> changes(UUID userId) {
        return jdbc.sql("""
                select change, detail, changed_at, changed_by from app_user_change where user_id = :u
                order by changed_at desc, id""").param("u", userId)
                .query((rs, n) -> new Change(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getString(4))).list();
    }

    void recordChange(UUID userId, String change, String detail, OffsetDateTime at, String by) {
        jdbc.sql("""
                insert into app_user_change(id, user_id, change, detail, changed_at, changed_by)
                values (:id, :u, :c, :d, :at, :by)""")
                .param("id", UUID.randomUUID()).param("u", userId).param("c", change).param("d", detail)
                .param("at", at).param("by", by).update();
    }

    private StoredUser row(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object r : (Object[]) rs.getArray("roles").getArray()) {
            roles.add(Role.valueOf((String) r));
        }
        Set<String> facilities = new HashSet<>();
        for (Object f : (Object[]) rs.getArray("facilities").getArray()) {
            facilities.add((String) f);
        }
        CurrentUser user = new CurrentUser(id, rs.getString("username"), roles, facilities,
                rs.getString("liaison_state"), rs.getBoolean("must_change_password"));
        return new StoredUser(user, rs.getString("password_hash"), rs.getBoolean("enabled"));
    }
}
