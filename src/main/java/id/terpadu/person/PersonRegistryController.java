package id.terpadu.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changing the person registry: register (with duplicate detection), edit (optimistic locking), relationships,
 * merge and undo. Who may do what: {@link PersonAccess} (404 outside the caller's scope, 403 for roles that read
 * no person records; merges only supervisors and head). See docs/adr/0013-person-registry.md.
 */
@RestController
public class PersonRegistryController {

  public static final String NIK_EXISTS = "NIK_EXISTS";
  public static final String SOURCE_ID_EXISTS = "SOURCE_ID_EXISTS";
  public static final String POSSIBLE_DUPLICATES = "POSSIBLE_DUPLICATES";

  private final PersonAccess access;
  private final PersonRegistration registration;
  private final PersonEditing editing;
  private final PersonQueries queries;
  private final PersonRelations relations;
  private final PersonMerges merges;
  private final PersonRepository persons;

  PersonRegistryController(PersonAccess access, PersonRegistration registration, PersonEditing editing,
      PersonQueries queries, PersonRelations relations, PersonMerges merges, PersonRepository persons) {
    this.access = access;
    this.registration = registration;
    this.editing = editing;
    this.queries = queries;
    this.relations = relations;
    this.merges = merges;
    this.persons = persons;
  }

  /** A person as a form or API client sends it; {@code confirmNew} after seeing the duplicate candidates. */
  public record PersonRequest(String nik, String kk, String name, String sex, String birthDate, String birthPlace,
      String villageCode, String districtCode, String address, String phone, String disability, String sourceId,
      Boolean confirmNew, Long version) {

    PersonInput input() {
      return new PersonInput(nik, kk, name, sex, birthDate, birthPlace, villageCode, districtCode, address, phone,
          disability, sourceId);
    }
  }

  public record RelationRequest(Long relatedPersonId, String relation) {}

  public record MergeRequest(Long mergedId, String reason) {}

  public record UndoRequest(String reason) {}

  @Operation(summary = "Register a person: 201 with NIK warnings; 409 NIK_EXISTS (personId only when readable),"
      + " SOURCE_ID_EXISTS, or POSSIBLE_DUPLICATES with candidates unless confirmNew is true")
  @PostMapping("/api/persons")
  public ResponseEntity<PersonView.Created> register(@RequestBody PersonRequest request) {
    PersonAccess.Reader reader = access.currentReader(null, null);
    DuplicatePolicy policy = Boolean.TRUE.equals(request.confirmNew())
        ? DuplicatePolicy.CONFIRMED_NEW : DuplicatePolicy.REJECT_POSSIBLE;
    PersonRegistration.Result result = registration.register(request.input(), reader.caller().userId(),
        reader.caller().scope(), policy);
    List<PersonView.Warning> warnings = PersonView.Warning.of(result.warnings());
    switch (result.outcome()) {
      case NIK_EXISTS, SOURCE_ID_EXISTS -> {
        Person existing = persons.findById(result.existingId()).orElse(null);
        Map<String, Object> properties = new LinkedHashMap<>();
        if (access.mayRead(reader, existing)) {
          properties.put("personId", result.existingId());
        }
        boolean nik = result.outcome() == PersonRegistration.Outcome.NIK_EXISTS;
        throw new PersonConflict(nik ? NIK_EXISTS : SOURCE_ID_EXISTS, nik
            ? "A person with this NIK is already registered." : "A person with this source id is already registered.",
            properties);
      }
      case POSSIBLE_DUPLICATES -> {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("candidates", queries.shown(reader, result.candidates()));
        properties.put("warnings", warnings);
        throw new PersonConflict(POSSIBLE_DUPLICATES, "Records that may be the same person exist; link to one of"
            + " them, or send again with confirmNew=true to register a new person.", properties);
      }
      default -> {
        Person person = result.person();
        List<PersonView.Candidate> past = result.candidates().stream()
            .map(c -> PersonView.Candidate.of(c, reader.seesFullNik())).toList();
        return ResponseEntity.created(URI.create("/api/persons/" + person.getId()))
            .eTag(Long.toString(person.getVersion()))
            .body(new PersonView.Created(PersonView.Record.of(person, reader.seesFullNik()), warnings, past));
      }
    }
  }

  @Operation(summary = "Possible duplicates of a person about to be registered (caller's scope), best first")
  @GetMapping("/api/persons/duplicates")
  public PersonView.Candidates duplicates(@RequestParam(required = false) String name,
      @RequestParam(required = false) String birthDate, @RequestParam(required = false) String villageCode,
      @RequestParam(required = false) String districtCode) {
    return queries.duplicates(name, birthDate, villageCode, districtCode);
  }

  @Operation(summary = "Edit a person: every field as when registering, with the version read (If-Match or"
      + " version); 409 VERSION_CONFLICT when changed meanwhile")
  @PutMapping("/api/persons/{id}")
  public ResponseEntity<PersonView.Edited> edit(@PathVariable long id, @RequestBody PersonRequest request,
      @Parameter(description = "The version read (ETag of GET /api/persons/{id})")
      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
    Long version = request.version() != null ? request.version() : version(ifMatch);
    PersonView.Edited edited = editing.update(id, request.input(), version);
    return ResponseEntity.ok().eTag(Long.toString(edited.person().version())).body(edited);
  }

  @Operation(summary = "Record a relationship: the related person is `relation` of this person (PARENT: their"
      + " parent); both persons readable")
  @PostMapping("/api/persons/{id}/relations")
  public ResponseEntity<PersonView.Relation> addRelation(@PathVariable long id,
      @RequestBody RelationRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(relations.add(id, request.relatedPersonId(), request.relation()));
  }

  @Operation(summary = "Remove a relationship of this person")
  @DeleteMapping("/api/persons/{id}/relations/{relationId}")
  public ResponseEntity<Void> removeRelation(@PathVariable long id, @PathVariable long relationId) {
    relations.remove(id, relationId);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Merge another record of the same person into this one (supervisor, head): cases and"
      + " relationships move, the merged record points here; reversible")
  @PostMapping("/api/persons/{id}/merge")
  public ResponseEntity<PersonView.Merge> merge(@PathVariable long id, @RequestBody MergeRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(merges.merge(id, request.mergedId(), request.reason()));
  }

  @Operation(summary = "Undo a merge exactly (supervisor, head)")
  @PostMapping("/api/person-merges/{id}/undo")
  public PersonView.Merge undo(@PathVariable long id, @RequestBody(required = false) UndoRequest request) {
    return merges.undo(id, request == null ? null : request.reason());
  }

  /** {@code "3"}, {@code W/"3"} or {@code 3}; null when absent or not a number (then the edit asks for it). */
  static Long version(String ifMatch) {
    if (ifMatch == null) {
      return null;
    }
    String v = ifMatch.trim();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
