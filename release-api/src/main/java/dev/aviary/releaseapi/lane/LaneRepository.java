package dev.aviary.releaseapi.lane;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LaneRepository {

    private final JdbcClient jdbc;

    LaneRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long revision() {
        return jdbc.sql("select revision from lane_revision").query(Long.class).single();
    }

    /** Locks the traffic configuration against concurrent changes until the transaction ends. */
    long lockRevision() {
        return jdbc.sql("select revision from lane_revision for update")
                .query(Long.class)
                .single();
    }

    long bumpRevision() {
        return jdbc.sql("update lane_revision set revision = revision + 1 returning revision")
                .query(Long.class)
                .single();
    }

    List<LaneView> findAll() {
        return jdbc.sql("select * from lanes order by name")
                .query(LaneRepository::view)
                .list();
    }

    Optional<LaneView> find(String name) {
        return jdbc.sql("select * from lanes where name = :name")
                .param("name", name)
                .query(LaneRepository::view)
                .optional();
    }

    List<String> existing(List<String> names) {
        return jdbc.sql("select name from lanes where name = any(:names)")
                .param("names", names.toArray(String[]::new))
                .query(String.class)
                .list();
    }

    void save(LaneView lane) {
        jdbc.sql("""
                        insert into lanes (name, description, strict, locked_services, version,
                                           created_at, created_by, updated_at, updated_by)
                        values (:name, :description, :strict, :locked, :version, :createdAt, :createdBy, :updatedAt, :updatedBy)
                        on conflict (name) do update set description = excluded.description, strict = excluded.strict,
                            locked_services = excluded.locked_services, version = excluded.version,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        """)
                .param("name", lane.name())
                .param("description", lane.description())
                .param("strict", lane.strict())
                .param("locked", lane.lockedServices().toArray(String[]::new))
                .param("version", lane.version())
                .param("createdAt", Timestamp.from(lane.createdAt()))
                .param("createdBy", lane.createdBy())
                .param("updatedAt", Timestamp.from(lane.updatedAt()))
                .param("updatedBy", lane.updatedBy())
                .update();
    }

    void delete(String name) {
        jdbc.sql("delete from lanes where name = :name").param("name", name).update();
    }

    private static LaneView view(ResultSet row, int index) throws SQLException {
        Array locked = row.getArray("locked_services");
        return new LaneView(
                row.getString("name"),
                row.getString("description"),
                row.getBoolean("strict"),
                List.of((String[]) locked.getArray()),
                row.getLong("version"),
                row.getTimestamp("created_at").toInstant(),
                row.getString("created_by"),
                row.getTimestamp("updated_at").toInstant(),
                row.getString("updated_by"));
    }
}
