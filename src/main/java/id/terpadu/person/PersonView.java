package id.terpadu.person;

import java.time.LocalDate;
import java.util.List;

/** Person records as the API shows them; the NIK is masked for readers who may not see it whole. */
public final class PersonView {

  private PersonView() {}

  /** One person in a search result. {@code nikMasked} tells whether {@code nik} is shown masked. */
  public record Summary(long id, String nik, boolean nikMasked, String name, String sex, LocalDate birthDate,
      String regencyCode, String districtCode, String villageCode) {

    static Summary of(Person p, boolean fullNik) {
      return new Summary(p.getId(), fullNik ? p.getNik() : NikCheck.mask(p.getNik()), !fullNik && p.getNik() != null,
          p.getName(), p.getSex(), p.getBirthDate(), p.getRegencyCode(), p.getDistrictCode(), p.getVillageCode());
    }
  }

  /** One person with the services they received. */
  public record Detail(Summary person, List<PersonServicesSource.ServiceReceived> services) {}

  /** A page of search results; {@code total} counts every match in the caller's scope. */
  public record Page(List<Summary> items, int page, int size, long total) {}
}
