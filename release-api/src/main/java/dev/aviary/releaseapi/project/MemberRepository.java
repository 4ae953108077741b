package dev.aviary.releaseapi.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<MemberEntity, MemberEntity.Key> {

    List<MemberEntity> findByProjectKeyOrderByPrincipal(String projectKey);

    List<MemberEntity> findByPrincipal(String principal);

    long countByProjectKeyAndRole(String projectKey, String role);
}
