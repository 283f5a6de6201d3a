package id.terpadu.lksa;

import java.time.LocalDate;

/** A discharge as the API receives it. */
public record DischargeInput(LocalDate dischargedOn, String destination, String note) {}
