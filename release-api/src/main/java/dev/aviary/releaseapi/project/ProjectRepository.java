package dev.aviary.releaseapi.project;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<ProjectEntity, String> {

    String MATCHES = """
            (:q = '' or lower(p.key) like lower(concat('%', :q, '%'))
                or lower(p.name) like lower(concat('%', :q, '%'))
                or lower(p.description) like lower(concat('%', :q, '%')))
            """;

    @Query("select p from ProjectEntity p where " + MATCHES)
    Page<ProjectEntity> search(String q, Pageable pageable);

    @Query("select p from ProjectEntity p where p.key in :keys and " + MATCHES)
    Page<ProjectEntity> searchAmong(Collection<String> keys, String q, Pageable pageable);
}
