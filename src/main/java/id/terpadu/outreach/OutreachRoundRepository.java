package id.terpadu.outreach;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Outreach rounds; lists go through {@code access.RegionScope#specification()} (ADR 0012). */
public interface OutreachRoundRepository extends JpaRepository<OutreachRound, Long>,
    JpaSpecificationExecutor<OutreachRound> {}
