package id.terpadu.community;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CommunityGroupRepository extends JpaRepository<CommunityGroup, Long>,
    JpaSpecificationExecutor<CommunityGroup> {}
