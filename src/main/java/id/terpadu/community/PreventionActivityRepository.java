package id.terpadu.community;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PreventionActivityRepository extends JpaRepository<PreventionActivity, Long>,
    JpaSpecificationExecutor<PreventionActivity> {}
