package id.terpadu.kla;

import org.springframework.data.jpa.repository.JpaRepository;

interface KlaEvidenceContentRepository extends JpaRepository<KlaEvidenceContent, Long> {}
