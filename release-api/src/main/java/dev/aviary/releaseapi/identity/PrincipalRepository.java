package dev.aviary.releaseapi.identity;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PrincipalRepository extends JpaRepository<PrincipalEntity, String> {

    @Query("""
            select p from PrincipalEntity p
            where p.kind = :kind and (:q = '' or lower(p.name) like lower(concat('%', :q, '%'))
                or lower(p.displayName) like lower(concat('%', :q, '%'))
                or lower(coalesce(p.email, '')) like lower(concat('%', :q, '%'))
                or lower(p.description) like lower(concat('%', :q, '%')))
            """)
    Page<PrincipalEntity> search(String kind, String q, Pageable pageable);

    boolean existsByAdminTrue();

    long count();
}
