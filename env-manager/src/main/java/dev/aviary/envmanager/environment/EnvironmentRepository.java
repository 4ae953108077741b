package dev.aviary.envmanager.environment;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnvironmentRepository extends JpaRepository<EnvironmentEntity, Long> {

    Optional<EnvironmentEntity> findByProjectKeyAndName(String projectKey, String name);

    boolean existsByProjectKeyAndName(String projectKey, String name);

    @Query("""
            select e from EnvironmentEntity e
            where e.projectKey = :project
              and (:q = '' or lower(e.name) like lower(concat('%', :q, '%'))
                   or lower(e.description) like lower(concat('%', :q, '%')))
            """)
    Page<EnvironmentEntity> search(String project, String q, Pageable pageable);
}
