package id.terpadu.lksa;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * LKSA settings ({@code terpadu.lksa.*}).
 *
 * @param attendance   {@code max-distance-meters}: how far from the institution (haversine) attendance may be
 *                     recorded without a reason (default 200)
 * @param followUp     {@code due-after}: how long after a discharge to the family the caseworker's monitoring task
 *                     is due (default 14 days)
 */
@ConfigurationProperties("terpadu.lksa")
public record LksaProperties(@DefaultValue Attendance attendance, @DefaultValue FollowUp followUp) {

  public record Attendance(@DefaultValue("200") double maxDistanceMeters) {}

  public record FollowUp(@DefaultValue("P14D") Period dueAfter) {}
}
