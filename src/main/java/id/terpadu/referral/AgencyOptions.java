package id.terpadu.referral;

import id.terpadu.agency.Agency;
import id.terpadu.agency.AgencyDirectory;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.process.FormValues;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The partner agencies a form may offer (Camunda Forms select with {@code valuesKey}), from the agency
 * directory: active agencies that serve the case's regency and, when known, give the service.
 */
@Component
public class AgencyOptions {

  public static final String VARIABLE = "agencyOptions";

  private final AgencyDirectory directory;

  public AgencyOptions(AgencyDirectory directory) {
    this.directory = directory;
  }

  /** Active agencies serving the regency that give the service (any service when null). */
  public List<Agency> serving(String regency, String serviceType) {
    return serviceType == null ? directory.list(null, regency) : directory.agenciesFor(serviceType, regency);
  }

  /** Whether a referral for this service in this regency may go to the agency. */
  public boolean serves(String code, String serviceType, String regency) {
    return directory.find(code).filter(Agency::isActive)
        .filter(a -> a.getRegencyCodes().contains(regency) && a.getServiceTypes().contains(serviceType))
        .isPresent();
  }

  public String nameOf(String code) {
    return directory.find(code).map(Agency::getName).orElse(code);
  }

  /** Puts the options where the form's select reads them: agencies of the regency (for the service). */
  public void offer(VariableScope scope, String serviceType) {
    FormValues.offerOptions(scope, VARIABLE, options((String) scope.getVariable(CaseVariables.REGENCY), serviceType));
  }

  /** The options {@link #offer} puts in a form: {@code [{label, value}]}. */
  List<Map<String, String>> options(String regency, String serviceType) {
    return serving(regency, serviceType).stream()
        .map(a -> Map.of("label", a.getName(), "value", a.getCode())).toList();
  }
}
