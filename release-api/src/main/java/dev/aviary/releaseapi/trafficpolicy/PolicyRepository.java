package dev.aviary.releaseapi.trafficpolicy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class PolicyRepository {

    /** A version row and what it refers to, as written. */
    record NewVersion(PolicyVersionView view, int ruleCount, Collection<String> lanes, Collection<String> lists) {}

    record Head(String gateway, long version, int rules, Instant updatedAt, String updatedBy) {}

    private static final String CURRENT = """
            select v.* from traffic_policy_versions v join traffic_policies p
              on p.gateway = v.gateway and p.version = v.version
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PolicyRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<PolicyVersionView> current(String gateway) {
        return jdbc.sql(CURRENT + " where v.gateway = :gateway")
                .param("gateway", gateway)
                .query(this::view)
                .optional();
    }

    Optional<PolicyVersionView> version(String gateway, long version) {
        return jdbc.sql("select * from traffic_policy_versions where gateway = :gateway and version = :version")
                .param("gateway", gateway)
                .param("version", version)
                .query(this::view)
                .optional();
    }

    List<PolicyVersionView> versions(String gateway, int limit, long offset) {
        return jdbc.sql("""
                        select * from traffic_policy_versions where gateway = :gateway
                        order by version desc limit :limit offset :offset
                        """)
                .param("gateway", gateway)
                .param("limit", limit)
                .param("offset", offset)
                .query(this::view)
                .list();
    }

    long countVersions(String gateway) {
        return jdbc.sql("select count(*) from traffic_policy_versions where gateway = :gateway")
                .param("gateway", gateway)
                .query(Long.class)
                .single();
    }

    List<Head> heads(int limit, long offset) {
        return jdbc.sql("""
                        select p.gateway, p.version, v.rule_count, p.updated_at, p.updated_by
                        from traffic_policies p join traffic_policy_versions v on v.gateway = p.gateway and v.version = p.version
                        order by p.gateway limit :limit offset :offset
                        """)
                .param("limit", limit)
                .param("offset", offset)
                .query((row, i) -> new Head(
                        row.getString("gateway"),
                        row.getLong("version"),
                        row.getInt("rule_count"),
                        row.getTimestamp("updated_at").toInstant(),
                        row.getString("updated_by")))
                .list();
    }

    long countGateways() {
        return jdbc.sql("select count(*) from traffic_policies")
                .query(Long.class)
                .single();
    }

    Map<String, Long> currentVersions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        jdbc.sql("select gateway, version from traffic_policies").query(row -> {
            versions.put(row.getString("gateway"), row.getLong("version"));
        });
        return versions;
    }

    List<String> gatewaysRoutingTo(String lane) {
        return jdbc.sql(CURRENT + " where :lane = any(v.lanes) order by v.gateway")
                .param("lane", lane)
                .query((row, i) -> row.getString("gateway"))
                .list();
    }

    List<String> gatewaysUsing(String list) {
        return jdbc.sql(CURRENT + " where :list = any(v.lists) order by v.gateway")
                .param("list", list)
                .query((row, i) -> row.getString("gateway"))
                .list();
    }

    void insert(NewVersion version) {
        PolicyVersionView v = version.view();
        jdbc.sql("""
                        insert into traffic_policies (gateway, version, updated_at, updated_by)
                        values (:gateway, :version, :at, :by)
                        on conflict (gateway) do update set version = excluded.version,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        """)
                .param("gateway", v.gateway())
                .param("version", v.version())
                .param("at", Timestamp.from(v.createdAt()))
                .param("by", v.createdBy())
                .update();
        jdbc.sql("""
                        insert into traffic_policy_versions
                            (gateway, version, rules, rule_count, lanes, lists, action, comment, created_at, created_by)
                        values (:gateway, :version, cast(:rules as jsonb), :ruleCount, :lanes, :lists, :action, :comment, :at, :by)
                        """)
                .param("gateway", v.gateway())
                .param("version", v.version())
                .param("rules", json.writeValueAsString(v.rules()))
                .param("ruleCount", version.ruleCount())
                .param("lanes", version.lanes().toArray(String[]::new))
                .param("lists", version.lists().toArray(String[]::new))
                .param("action", v.action())
                .param("comment", v.comment())
                .param("at", Timestamp.from(v.createdAt()))
                .param("by", v.createdBy())
                .update();
    }

    private PolicyVersionView view(ResultSet row, int index) throws SQLException {
        return new PolicyVersionView(
                row.getString("gateway"),
                row.getLong("version"),
                json.readTree(row.getString("rules")),
                row.getString("action"),
                row.getString("comment"),
                row.getTimestamp("created_at").toInstant(),
                row.getString("created_by"));
    }
}
