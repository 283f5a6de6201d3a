package id.terpadu.audit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AccessLogRepository extends JpaRepository<AccessLogEntry, Long>,
    JpaSpecificationExecutor<AccessLogEntry> {}
