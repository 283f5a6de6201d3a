package id.terpadu.bench;

import java.time.LocalDate;
import java.util.Random;

/**
 * Realistic complaint bodies for {@code POST /api/complaints}: channels and categories in plausible proportions
 * (walk-ins, phone calls and referrals first; violence, neglect, civil registration and education most frequent),
 * a child of 0–17 years in a village of the unit's regency, a NIK for about half of the children.
 */
final class Complaints {

  private static final String[] CHANNELS = {"WALK_IN", "WALK_IN", "WALK_IN", "PHONE", "PHONE", "MESSAGE",
      "REFERRAL_POLICE", "REFERRAL_SCHOOL", "REFERRAL_HEALTH", "REFERRAL_VILLAGE", "LETTER", "OTHER"};
  private static final String[] CATEGORIES = {"KEKERASAN_FISIK", "KEKERASAN_FISIK", "KEKERASAN_SEKSUAL",
      "KEKERASAN_SEKSUAL", "KEKERASAN_PSIKIS", "PENELANTARAN", "PENELANTARAN", "KEPENDUDUKAN", "KEPENDUDUKAN",
      "PENDIDIKAN", "PENDIDIKAN", "PENGASUHAN", "ABH", "PEKERJA_ANAK", "KESEHATAN", "KESEJAHTERAAN_SOSIAL",
      "DISPENSASI_NIKAH", "TRAFIKING", "NARKOTIKA", "ADOPSI"};

  private Complaints() {}

  static String json(SyntheticPeople.Person person, long index) {
    Random random = new Random(index);
    LocalDate birth = LocalDate.now().minusYears(17).plusDays(30 + random.nextInt(17 * 365 - 60));
    boolean anonymous = random.nextInt(5) == 0;
    String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
    String reporter = anonymous ? "" : """
        "reporter":{"name":"%s","phone":"08123%06d","relation":"Tetangga"},""".formatted(
        SyntheticPeople.FEMALE[random.nextInt(SyntheticPeople.FEMALE.length)] + " Pelapor", random.nextInt(1_000_000));
    String nik = random.nextBoolean() ? ",\"nik\":\""
        + SyntheticPeople.nik(person.districtCode(), birth, "P".equals(person.sex()), 1 + index % 9_000) + "\"" : "";
    return """
        {"channel":"%s","anonymous":%s,%s
         "child":{"name":"%s","sex":"%s","birthDate":"%s"%s},
         "villageCode":"%s","description":"Laporan sintetis untuk uji kinerja nomor %d.",
         "categories":["%s"],"childInDanger":%s}""".formatted(CHANNELS[random.nextInt(CHANNELS.length)], anonymous,
        reporter, person.name(), person.sex(), birth, nik, person.villageCode(), index, category,
        random.nextInt(10) == 0);
  }
}
