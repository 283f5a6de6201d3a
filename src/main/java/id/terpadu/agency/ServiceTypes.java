package id.terpadu.agency;

import id.terpadu.region.CsvLineParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The services a case plan can refer to (reference/service-types.csv, shipped with the application),
 * with the kind of agency that typically gives each.
 */
@Component
public class ServiceTypes {

  static final String RESOURCE = "reference/service-types.csv";

  /** One service type: stable code, Bahasa Indonesia label, the kind of agency that usually gives it. */
  public record ServiceType(String code, String label, String typicalAgency) {}

  private final Map<String, ServiceType> byCode = new LinkedHashMap<>();

  public ServiceTypes() {
    for (List<String> fields : CsvLineParser.readRows(RESOURCE)) { // code,label_id,label_en,typical_agency
      byCode.put(fields.get(0), new ServiceType(fields.get(0), fields.get(1), fields.get(3)));
    }
  }

  public boolean isKnown(String code) {
    return code != null && byCode.containsKey(code);
  }

  public Optional<ServiceType> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** Every service type, in the order of the reference file. */
  public List<ServiceType> all() {
    return List.copyOf(byCode.values());
  }
}
