package id.terpadu.lksa;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * LKSA settings ({@code terpadu.lksa.*}).
 *
 * @param attendance {@code max-distance-meters}: how far from the institution (haversine) attendance may be
 *                   recorded without a reason (default 200)
 * @param reminder   {@code enabled} (default true), {@code time}: the local time (unit's zone) by which an
 *                   institution with residents should have recorded the day's attendance (default 10:00), and
 *                   {@code interval}: how often each node looks (default 5 minutes)
 */
@ConfigurationProperties("terpadu.lksa")
public record LksaProperties(@DefaultValue Attendance attendance, @DefaultValue Reminder reminder) {

  public record Attendance(@DefaultValue("200") double maxDistanceMeters) {}

  public record Reminder(@DefaultValue("true") boolean enabled, @DefaultValue("10:00") LocalTime time,
      @DefaultValue("PT5M") Duration interval) {}
}
