package id.terpadu.vulnerable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ExportLogRepository extends JpaRepository<ExportLogEntry, Long>, JpaSpecificationExecutor<ExportLogEntry> {}
