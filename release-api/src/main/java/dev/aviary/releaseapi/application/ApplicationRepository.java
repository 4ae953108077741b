package dev.aviary.releaseapi.application;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<ApplicationEntity, Long> {

    Optional<ApplicationEntity> findByProjectKeyAndName(String projectKey, String name);

    boolean existsByProjectKeyAndName(String projectKey, String name);

    @Query("""
            select a from ApplicationEntity a
            where a.projectKey = :project
              and (:type = '' or a.type = :type)
              and (:tag = '' or array_contains(a.tags, :tag))
              and (:q = '' or lower(a.name) like lower(concat('%', :q, '%'))
                   or lower(a.description) like lower(concat('%', :q, '%'))
                   or lower(coalesce(a.language, '')) like lower(concat('%', :q, '%'))
                   or lower(array_to_string(a.tags, ' ')) like lower(concat('%', :q, '%')))
            """)
    Page<ApplicationEntity> search(String project, String q, String type, String tag, Pageable pageable);
}
