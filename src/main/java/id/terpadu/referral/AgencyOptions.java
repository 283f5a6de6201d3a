package id.terpadu.referral;

import id.terpadu.organisation.Roles;
import id.terpadu.process.FormValues;
import id.terpadu.process.Privileged;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** The partner agencies a form may offer, as options of a Camunda Forms select ({@code valuesKey}). */
@Component
public class AgencyOptions {

  public static final String VARIABLE = "agencyOptions";

  private final IdentityService identity;

  public AgencyOptions(IdentityService identity) {
    this.identity = identity;
  }

  /** Agencies by code and name: every partner agency group. */
  public List<Map<String, String>> options() {
    List<Group> groups = Privileged.asApplication(identity, () ->
        identity.createGroupQuery().groupType(Roles.GROUP_TYPE_AGENCY).orderByGroupName().asc().list());
    return groups.stream()
        .map(g -> Map.of("label", g.getName(), "value", g.getId().substring(Roles.AGENCY.length() + 1)))
        .toList();
  }

  public boolean isAgency(String code) {
    return code != null && options().stream().anyMatch(o -> o.get("value").equals(code));
  }

  public String nameOf(String code) {
    return options().stream().filter(o -> o.get("value").equals(code)).map(o -> o.get("label"))
        .findFirst().orElse(code);
  }

  /** Puts the options where the form's select reads them. */
  public void offer(VariableScope scope) {
    FormValues.offerOptions(scope, VARIABLE, options());
  }
}
