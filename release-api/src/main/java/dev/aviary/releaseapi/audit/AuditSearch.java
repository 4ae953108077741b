package dev.aviary.releaseapi.audit;

import dev.aviary.runtime.security.Access;
import dev.aviary.runtime.security.Permission;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filters the trail, newest first: {@code actor} exactly, {@code action} and {@code target} by prefix
 * (so {@code target=project/shop} finds everything inside that project), time from inclusive, to
 * exclusive.
 */
@Component
class AuditSearch {

    record Filter(String actor, String action, String target, Instant from, Instant to) {}

    private static final String WHERE = """
            where (cast(:actor as text) is null or actor = :actor)
              and (cast(:action as text) is null or starts_with(action, :action))
              and (cast(:target as text) is null or starts_with(target, :target))
              and (cast(:from as timestamptz) is null or occurred_at >= :from)
              and (cast(:to as timestamptz) is null or occurred_at < :to)
            """;

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Page<AuditEventView> find(Filter filter, Pageable page) {
        Access.require(Permission.AUDIT_READ);
        long total = bind(jdbc.sql("select count(*) from audit_events " + WHERE), filter)
                .query(Long.class)
                .single();
        List<AuditEventView> events = bind(
                        jdbc.sql("select * from audit_events " + WHERE
                                + " order by sequence desc limit :limit offset :offset"),
                        filter)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(AuditChain::link)
                .list()
                .stream()
                .map(AuditEventView::of)
                .toList();
        return new PageImpl<>(events, page, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Filter filter) {
        return sql.param("actor", blankToNull(filter.actor()))
                .param("action", blankToNull(filter.action()))
                .param("target", blankToNull(filter.target()))
                .param("from", filter.from() == null ? null : Timestamp.from(filter.from()))
                .param("to", filter.to() == null ? null : Timestamp.from(filter.to()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
