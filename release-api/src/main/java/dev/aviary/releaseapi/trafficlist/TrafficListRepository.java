package dev.aviary.releaseapi.trafficlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TrafficListRepository {

    private static final String VIEW = """
            select l.name, l.description, l.current_version, v.size, l.created_at, l.created_by, l.updated_at, l.updated_by
            from traffic_lists l join traffic_list_versions v on v.name = l.name and v.version = l.current_version
            """;

    private final JdbcClient jdbc;

    TrafficListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TrafficListView> find(String name) {
        return jdbc.sql(VIEW + " where l.name = :name")
                .param("name", name)
                .query(TrafficListRepository::view)
                .optional();
    }

    /** Locks the list's row (a new version is numbered one at a time). */
    Optional<TrafficListView> findForUpdate(String name) {
        return jdbc.sql(VIEW + " where l.name = :name for update of l")
                .param("name", name)
                .query(TrafficListRepository::view)
                .optional();
    }

    List<TrafficListView> page(boolean descending, int limit, long offset) {
        return jdbc.sql(VIEW + " order by l.name " + (descending ? "desc" : "asc") + " limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(TrafficListRepository::view)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from traffic_lists").query(Long.class).single();
    }

    Optional<PackedEntries> entries(String name, long version) {
        return jdbc.sql("select entries, size from traffic_list_versions where name = :name and version = :version")
                .param("name", name)
                .param("version", version)
                .query((row, i) -> new PackedEntries(row.getBytes("entries"), row.getInt("size")))
                .optional();
    }

    boolean versionExists(String name, long version) {
        return jdbc.sql("select count(*) from traffic_list_versions where name = :name and version = :version")
                        .param("name", name)
                        .param("version", version)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insertList(TrafficListView list) {
        jdbc.sql("""
                        insert into traffic_lists (name, description, current_version, created_at, created_by, updated_at, updated_by)
                        values (:name, :description, 0, :at, :by, :at, :by)
                        on conflict (name) do nothing
                        """)
                .param("name", list.name())
                .param("description", list.description())
                .param("at", Timestamp.from(list.createdAt()))
                .param("by", list.createdBy())
                .update();
    }

    long lockedCurrentVersion(String name) {
        return jdbc.sql("select current_version from traffic_lists where name = :name for update")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    void addVersion(TrafficListView list, PackedEntries entries) {
        jdbc.sql("""
                        insert into traffic_list_versions (name, version, size, entries, created_at, created_by)
                        values (:name, :version, :size, :entries, :at, :by)
                        """)
                .param("name", list.name())
                .param("version", list.version())
                .param("size", entries.size())
                .param("entries", entries.gzip())
                .param("at", Timestamp.from(list.updatedAt()))
                .param("by", list.updatedBy())
                .update();
        jdbc.sql("""
                        update traffic_lists set current_version = :version, description = :description,
                            updated_at = :at, updated_by = :by
                        where name = :name
                        """)
                .param("name", list.name())
                .param("version", list.version())
                .param("description", list.description())
                .param("at", Timestamp.from(list.updatedAt()))
                .param("by", list.updatedBy())
                .update();
    }

    void delete(String name) {
        jdbc.sql("delete from traffic_lists where name = :name")
                .param("name", name)
                .update();
    }

    private static TrafficListView view(ResultSet row, int index) throws SQLException {
        return new TrafficListView(
                row.getString("name"),
                row.getString("description"),
                row.getLong("current_version"),
                row.getInt("size"),
                row.getTimestamp("created_at").toInstant(),
                row.getString("created_by"),
                row.getTimestamp("updated_at").toInstant(),
                row.getString("updated_by"));
    }
}
