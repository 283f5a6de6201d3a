package id.terpadu.community;

import id.terpadu.community.CommunityAccess.Manager;
import id.terpadu.community.PreventionActivity.Participants;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.RegionLevel;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of community child-protection groups (PATBM) and their prevention activities: validation (every
 * broken field at once, messages in Bahasa Indonesia, nothing stored unless all are right) and scoped reads.
 */
@Service
public class CommunityRegistry {

  public static final String VERSION_CONFLICT = "VERSION_CONFLICT";

  static final int MAX_MEMBERS = 100;
  static final int MAX_PARTICIPANTS = 100_000;
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");
  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  private final CommunityGroupRepository groups;
  private final PreventionActivityRepository activities;
  private final CommunityAccess access;
  private final RegionDirectory regions;
  private final Clock clock;

  public CommunityRegistry(CommunityGroupRepository groups, PreventionActivityRepository activities,
      CommunityAccess access, RegionDirectory regions, Clock clock) {
    this.groups = groups;
    this.activities = activities;
    this.access = access;
    this.regions = regions;
    this.clock = clock;
  }

  /** A group as submitted. */
  public record GroupInput(String name, String villageCode, String contactName, String contactPhone,
      List<MemberInput> members, Boolean active) {}

  /** A member as submitted. */
  public record MemberInput(String name, String role, String phone) {}

  /**
   * An activity as submitted; {@code groupId} may be null (an activity of the unit itself); {@code version}, the
   * version read, only when changing one.
   */
  public record ActivityInput(Long groupId, String kind, String date, String topic, String villageCode,
      Integer boys, Integer girls, Integer men, Integer women, Long version) {}

  /** An activity's fields once valid. */
  private record ValidActivity(Long groupId, ActivityKind kind, LocalDate date, String topic, String villageCode,
      Participants participants) {}

  @Transactional
  public CommunityGroup register(GroupInput input) {
    Manager manager = access.manager("communityGroup=new");
    List<FieldProblem> problems = new ArrayList<>();
    Valid valid = validateGroup(input, manager, problems);
    failIf(problems);
    return groups.save(CommunityGroup.register(valid.name, valid.village, valid.contactName, valid.contactPhone,
        valid.members, manager.caller().userId(), clock.instant()));
  }

  @Transactional
  public CommunityGroup update(long id, GroupInput input) {
    Manager manager = access.manager("communityGroup=" + id);
    CommunityGroup group = access.inScope(manager, groups.findById(id).orElse(null), "communityGroup=" + id,
        CommunityAccess.GROUP_NOT_FOUND);
    List<FieldProblem> problems = new ArrayList<>();
    Valid valid = validateGroup(input, manager, problems);
    failIf(problems);
    group.update(valid.name, valid.village, valid.contactName, valid.contactPhone, valid.members,
        input.active() == null || input.active());
    return group;
  }

  @Transactional(readOnly = true)
  public CommunityGroup group(long id) {
    Manager manager = access.manager("communityGroup=" + id);
    return access.inScope(manager, groups.findById(id).orElse(null), "communityGroup=" + id,
        CommunityAccess.GROUP_NOT_FOUND);
  }

  /** The groups in the caller's scope, optionally of one region (any level), by region and name. */
  @Transactional(readOnly = true)
  public List<CommunityGroup> groups(String regionCode) {
    Manager manager = access.manager("communityGroups region=" + safe(regionCode));
    Specification<CommunityGroup> spec = manager.scope().specification();
    if (regionCode != null && !regionCode.isBlank()) {
      spec = spec.and(regionFilter(regionCode.trim()));
    }
    List<CommunityGroup> found = groups.findAll(spec, Sort.by("villageCode", "name", "id"));
    access.listed(manager, "communityGroups region=" + safe(regionCode), found.size());
    return found;
  }

  @Transactional
  public PreventionActivity record(ActivityInput input) {
    Manager manager = access.manager("preventionActivity=new");
    ValidActivity valid = validate(input, manager);
    return activities.save(PreventionActivity.record(valid.groupId(), valid.kind(), valid.date(), valid.topic(),
        valid.villageCode(), valid.participants(), manager.caller().userId(), clock.instant()));
  }

  /**
   * Corrects an activity of the caller's scope: every field as when recording, with the version read.
   *
   * @throws ApiException 404 outside the scope, 400 invalid fields or no version (nothing changed), 409
   *     {@value #VERSION_CONFLICT} when someone changed it meanwhile
   */
  @Transactional
  public PreventionActivity change(long id, ActivityInput input) {
    String what = "preventionActivity=" + id + " change";
    Manager manager = access.manager(what);
    PreventionActivity activity = current(manager, id, input.version(), what);
    ValidActivity valid = validate(input, manager);
    activity.change(valid.groupId(), valid.kind(), valid.date(), valid.topic(), valid.villageCode(),
        valid.participants(), manager.caller().userId(), clock.instant());
    activities.saveAndFlush(activity);
    access.changed(manager, what);
    return activity;
  }

  /**
   * Deletes an activity recorded in error (it leaves the reports); the deletion is in the access log.
   *
   * @throws ApiException 404 outside the scope, 400 no version, 409 {@value #VERSION_CONFLICT}
   */
  @Transactional
  public void delete(long id, Long version) {
    String what = "preventionActivity=" + id + " delete";
    Manager manager = access.manager(what);
    activities.delete(current(manager, id, version, what));
    activities.flush();
    access.changed(manager, what);
  }

  /** The activity of the caller's scope at the version the caller read. */
  private PreventionActivity current(Manager manager, long id, Long version, String what) {
    PreventionActivity activity = access.inScope(manager, activities.findById(id).orElse(null), what,
        CommunityAccess.ACTIVITY_NOT_FOUND);
    if (version == null) {
      throw ApiException.validation(List.of(new FieldProblem("version", "REQUIRED",
          "Versi data wajib dikirim agar perubahan orang lain tidak tertimpa.")));
    }
    if (activity.getVersion() != version) {
      throw ApiException.conflict(VERSION_CONFLICT,
          "The activity was changed by someone else meanwhile; reload it and try again.");
    }
    return activity;
  }

  private ValidActivity validate(ActivityInput input, Manager manager) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate today = LocalDate.now(clock.withZone(UnitTimeZones.WIB));

    String village = trim(input.villageCode());
    if (input.groupId() != null) {
      CommunityGroup group = groups.findById(input.groupId()).filter(g -> manager.scope().contains(g)).orElse(null);
      if (group == null) {
        problems.add(new FieldProblem("groupId", "UNKNOWN_GROUP",
            "Kelompok PATBM tidak ditemukan di wilayah kerja Anda."));
      } else if (village == null) {
        village = group.getVillageCode();
      } else if (!village.startsWith(group.getDistrictCode())) {
        problems.add(new FieldProblem("villageCode", "REGION_MISMATCH",
            "Desa kegiatan harus berada di kecamatan kelompok PATBM ini."));
      }
    }
    village = validateVillage(village, manager, problems);

    ActivityKind kind = null;
    if (blank(input.kind())) {
      problems.add(required("kind", "Jenis kegiatan wajib diisi."));
    } else {
      try {
        kind = ActivityKind.valueOf(input.kind().trim());
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("kind", "UNKNOWN_CODE", "Jenis kegiatan tidak dikenal. Pilihan: "
            + String.join(", ", Arrays.stream(ActivityKind.values()).map(Enum::name).toList()) + "."));
      }
    }
    LocalDate date = null;
    if (blank(input.date())) {
      problems.add(required("date", "Tanggal kegiatan wajib diisi."));
    } else {
      try {
        date = LocalDate.parse(input.date().trim());
        if (date.isAfter(today)) {
          problems.add(new FieldProblem("date", "DATE_IN_FUTURE", "Tanggal kegiatan tidak boleh di masa depan."));
        } else if (date.isBefore(EARLIEST)) {
          problems.add(new FieldProblem("date", "RANGE", "Tanggal kegiatan paling awal 2000-01-01."));
        }
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("date", "FORMAT", "Tanggal kegiatan harus berformat tttt-bb-hh."));
      }
    }
    String topic = trim(input.topic());
    if (topic == null) {
      problems.add(required("topic", "Topik kegiatan wajib diisi."));
    } else if (topic.length() < 3 || topic.length() > 300) {
      problems.add(new FieldProblem("topic", "LENGTH", "Topik kegiatan harus 3–300 karakter."));
    }
    int boys = count("boys", input.boys(), "anak laki-laki", problems);
    int girls = count("girls", input.girls(), "anak perempuan", problems);
    int men = count("men", input.men(), "laki-laki dewasa", problems);
    int women = count("women", input.women(), "perempuan dewasa", problems);
    Participants participants = new Participants(boys, girls, men, women);
    if (problems.stream().noneMatch(p -> List.of("boys", "girls", "men", "women").contains(p.field()))
        && participants.total() == 0) {
      problems.add(new FieldProblem("participants", "REQUIRED", "Jumlah peserta kegiatan tidak boleh nol."));
    }
    failIf(problems);
    return new ValidActivity(input.groupId(), kind, date, topic, village, participants);
  }

  @Transactional(readOnly = true)
  public PreventionActivity activity(long id) {
    Manager manager = access.manager("preventionActivity=" + id);
    return access.inScope(manager, activities.findById(id).orElse(null), "preventionActivity=" + id,
        CommunityAccess.ACTIVITY_NOT_FOUND);
  }

  /** The activities in the caller's scope, optionally of one group and/or region, in a date range. */
  @Transactional(readOnly = true)
  public List<PreventionActivity> activities(Long groupId, String regionCode, String from, String to) {
    String filters = "preventionActivities group=" + groupId + " region=" + safe(regionCode);
    Manager manager = access.manager(filters);
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate fromDate = optionalDate("from", from, problems);
    LocalDate toDate = optionalDate("to", to, problems);
    failIf(problems);
    Specification<PreventionActivity> spec = manager.scope().specification();
    if (groupId != null) {
      spec = spec.and((root, q, cb) -> cb.equal(root.get("groupId"), groupId));
    }
    if (regionCode != null && !regionCode.isBlank()) {
      spec = spec.and(regionFilter(regionCode.trim()));
    }
    if (fromDate != null) {
      spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("activityDate"), fromDate));
    }
    if (toDate != null) {
      spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get("activityDate"), toDate));
    }
    List<PreventionActivity> found = activities.findAll(spec, Sort.by("activityDate", "id"));
    access.listed(manager, filters, found.size());
    return found;
  }

  private record Valid(String name, String village, String contactName, String contactPhone,
      List<GroupMember> members) {}

  private Valid validateGroup(GroupInput in, Manager manager, List<FieldProblem> problems) {
    String name = trim(in.name());
    if (name == null) {
      problems.add(required("name", "Nama kelompok wajib diisi."));
    } else if (name.length() < 3 || name.length() > 200) {
      problems.add(new FieldProblem("name", "LENGTH", "Nama kelompok harus 3–200 karakter."));
    }
    String village = validateVillage(trim(in.villageCode()), manager, problems);
    String contactName = trim(in.contactName());
    if (contactName == null) {
      problems.add(required("contactName", "Nama narahubung wajib diisi."));
    } else if (contactName.length() > 200) {
      problems.add(new FieldProblem("contactName", "LENGTH", "Nama narahubung paling banyak 200 karakter."));
    }
    String contactPhone = trim(in.contactPhone());
    if (contactPhone != null && !PHONE.matcher(contactPhone).matches()) {
      problems.add(new FieldProblem("contactPhone", "FORMAT",
          "Nomor telepon hanya boleh berisi angka, spasi, +, - dan tanda kurung (6–20 karakter)."));
    }
    List<GroupMember> members = new ArrayList<>();
    List<MemberInput> given = in.members() == null ? List.of() : in.members();
    if (given.size() > MAX_MEMBERS) {
      problems.add(new FieldProblem("members", "LENGTH", "Paling banyak " + MAX_MEMBERS + " anggota."));
    } else {
      for (int i = 0; i < given.size(); i++) {
        MemberInput m = given.get(i);
        String field = "members[" + i + "]";
        String memberName = m == null ? null : trim(m.name());
        if (memberName == null) {
          problems.add(required(field + ".name", "Nama anggota wajib diisi."));
        } else if (memberName.length() > 200) {
          problems.add(new FieldProblem(field + ".name", "LENGTH", "Nama anggota paling banyak 200 karakter."));
        }
        MemberRole role = null;
        if (m == null || blank(m.role())) {
          problems.add(required(field + ".role", "Peran anggota wajib diisi."));
        } else {
          try {
            role = MemberRole.valueOf(m.role().trim());
          } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field + ".role", "UNKNOWN_CODE", "Peran anggota tidak dikenal. Pilihan: "
                + String.join(", ", Arrays.stream(MemberRole.values()).map(Enum::name).toList()) + "."));
          }
        }
        String phone = m == null ? null : trim(m.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
          problems.add(new FieldProblem(field + ".phone", "FORMAT",
              "Nomor telepon hanya boleh berisi angka, spasi, +, - dan tanda kurung (6–20 karakter)."));
        }
        members.add(new GroupMember(memberName, role, phone));
      }
    }
    return new Valid(name, village, contactName, contactPhone, members);
  }

  private String validateVillage(String village, Manager manager, List<FieldProblem> problems) {
    if (village == null) {
      problems.add(required("villageCode", "Desa/kelurahan wajib diisi."));
      return null;
    }
    if (!regions.exists(village, RegionLevel.VILLAGE)) {
      problems.add(new FieldProblem("villageCode", "UNKNOWN_REGION",
          "Kode desa/kelurahan tidak dikenal (10 angka, menurut kode wilayah Kemendagri)."));
      return null;
    }
    if (!manager.scope().contains(village)) {
      problems.add(new FieldProblem("villageCode", "OUT_OF_SCOPE", "Desa/kelurahan ini di luar wilayah kerja Anda."));
      return null;
    }
    return village;
  }

  private static int count(String field, Integer value, String who, List<FieldProblem> problems) {
    if (value == null) {
      return 0;
    }
    if (value < 0 || value > MAX_PARTICIPANTS) {
      problems.add(new FieldProblem(field, "RANGE",
          "Jumlah peserta " + who + " harus 0–" + MAX_PARTICIPANTS + "."));
      return 0;
    }
    return value;
  }

  private static LocalDate optionalDate(String field, String value, List<FieldProblem> problems) {
    if (blank(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "FORMAT", "Tanggal harus berformat tttt-bb-hh."));
      return null;
    }
  }

  /** Records of one region (any level); a malformed code matches nothing. */
  static <T> Specification<T> regionFilter(String code) {
    if (!RegionLevel.isValidCode(code)) {
      return (root, q, cb) -> cb.disjunction();
    }
    return (root, q, cb) -> switch (RegionLevel.ofCode(code)) {
      case PROVINCE -> cb.like(root.get("regencyCode"), code + "%");
      case REGENCY -> cb.equal(root.get("regencyCode"), code);
      case DISTRICT -> cb.equal(root.get("districtCode"), code);
      case VILLAGE -> cb.equal(root.get("villageCode"), code);
    };
  }

  private static void failIf(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
  }

  private static String safe(String code) {
    return code != null && RegionLevel.isValidCode(code.trim()) ? code.trim() : "-";
  }

  private static FieldProblem required(String field, String message) {
    return new FieldProblem(field, "REQUIRED", message);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String trim(String s) {
    return blank(s) ? null : s.trim();
  }
}
