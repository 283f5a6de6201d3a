package id.terpadu.person;

import id.terpadu.web.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A 409 of the person registry that carries more than a code: the existing person's id, the candidates. */
class PersonConflict extends ApiException {

  private final Map<String, Object> properties;

  PersonConflict(String code, String detail, Map<String, Object> properties) {
    super(HttpStatus.CONFLICT, code, detail);
    this.properties = new LinkedHashMap<>(properties);
  }

  Map<String, Object> properties() {
    return properties;
  }
}
