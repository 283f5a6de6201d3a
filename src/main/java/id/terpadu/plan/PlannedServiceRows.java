package id.terpadu.plan;

import id.terpadu.agency.ServiceTypes;
import id.terpadu.process.DecisionTables;
import id.terpadu.process.FormValues;
import id.terpadu.referral.AgencyOptions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Component;

/**
 * The rows of a form's "services" dynamic list (service plan, monitoring), checked on the server: a known
 * service type, a partner agency that gives it in the case's regency — when the caseworker leaves the agency
 * empty, the one {@code Decision_ReferralRouting} proposes — a target date not in the past and a short note.
 */
@Component
public class PlannedServiceRows {

  public static final String ROUTING_DECISION = "Decision_ReferralRouting";

  private final ServiceTypes serviceTypes;
  private final AgencyOptions agencies;
  private final DecisionTables decisions;

  public PlannedServiceRows(ServiceTypes serviceTypes, AgencyOptions agencies, DecisionTables decisions) {
    this.serviceTypes = serviceTypes;
    this.agencies = agencies;
    this.decisions = decisions;
  }

  /** Every row as a planned service, or a message in Bahasa Indonesia naming the first bad row. */
  public List<PlannedService> parse(List<Map<String, String>> rows, String regency, LocalDate today) {
    List<PlannedService> services = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      services.add(parse(rows.get(i), i + 1, regency, today));
    }
    return services;
  }

  private PlannedService parse(Map<String, String> row, int number, String regency, LocalDate today) {
    String prefix = "Layanan ke-" + number + ": ";
    String type = blankToNull(row.get("serviceType"));
    if (!serviceTypes.isKnown(type)) {
      throw new BadUserRequestException(prefix + "pilih jenis layanan yang dikenal.");
    }
    String agency = blankToNull(row.get("agencyCode"));
    if (agency == null) {
      agency = routedAgency(type, regency);
      if (agency == null) {
        throw new BadUserRequestException(prefix + "tabel rujukan belum menentukan mitra untuk layanan ini; "
            + "pilih mitra layanan.");
      }
    }
    if (!agencies.serves(agency, type, regency)) {
      throw new BadUserRequestException(prefix + "pilih mitra layanan yang memberikan layanan ini di wilayah kasus.");
    }
    LocalDate target;
    try {
      target = FormValues.localDate(row.get("targetDate"));
    } catch (DateTimeParseException e) {
      target = null;
    }
    if (target == null || target.isBefore(today)) {
      throw new BadUserRequestException(prefix + "isi tanggal target, paling cepat hari ini.");
    }
    String note = blankToNull(row.get("note"));
    if (note != null && note.length() > 1000) {
      throw new BadUserRequestException(prefix + "keterangan paling banyak 1000 karakter.");
    }
    return new PlannedService(type, agency, target, note);
  }

  /** The agency the district's routing table proposes for the service in the regency, if any. */
  public String routedAgency(String serviceType, String regency) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("serviceType", serviceType);
    inputs.put("regency", regency);
    Map<String, Object> first = decisions.firstResult(ROUTING_DECISION, inputs);
    Object code = first == null ? null : first.get("agencyCode");
    return code == null ? null : code.toString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
