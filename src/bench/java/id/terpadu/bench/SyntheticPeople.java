package id.terpadu.bench;

import id.terpadu.person.NameMatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic synthetic persons: Indonesian names, valid NIKs (district of a real village, birth date with +40 for
 * women, serial from 0001) for real region codes, spread over the given regencies. Deterministic for a seed; the
 * NIK of person {@code i} is unique across {@code 0..count-1} by construction (district, birth date and serial
 * follow from {@code i}), so no memory of issued NIKs is needed even at millions of rows.
 */
final class SyntheticPeople {

  static final String[] MALE = {"Budi", "Agus", "Ahmad", "Muhammad", "Rizky", "Dimas", "Bayu", "Eko", "Joko",
      "Slamet", "Hendra", "Teguh", "Fajar", "Rudi", "Andi", "Arif", "Bambang", "Wahyu", "Yusuf", "Rahmat", "Dwi",
      "Adi", "Ilham", "Galih", "Putra", "Aditya", "Reza", "Fikri", "Hafiz", "Bagus", "Imam", "Nur", "Syaiful",
      "Kurniawan", "Hadi", "Sugeng", "Suparman", "Agung", "Yoga", "Rangga"};
  static final String[] FEMALE = {"Siti", "Sri", "Dewi", "Nur", "Putri", "Ayu", "Rina", "Wulan", "Fitri",
      "Lestari", "Indah", "Aminah", "Aisyah", "Nabila", "Anisa", "Dian", "Ratna", "Yuni", "Tri", "Eka", "Novita",
      "Kartika", "Rahma", "Salsabila", "Zahra", "Intan", "Mega", "Sekar", "Laras", "Puspita", "Endang", "Sumarni",
      "Wati", "Umi", "Khofifah", "Safitri", "Anggraini", "Maharani", "Kusuma", "Nurul"};
  static final String[] SECOND = {"Santoso", "Wijaya", "Saputra", "Pratama", "Hidayat", "Setiawan", "Kurniawati",
      "Rahayu", "Lestari", "Susanti", "Wahyuni", "Handayani", "Nugroho", "Purnomo", "Prasetyo", "Hartono",
      "Sulistyo", "Firmansyah", "Ramadhan", "Maulana", "Hakim", "Utami", "Permata", "Anggraeni", "Safitri",
      "Ningsih", "Wulandari", "Susilo", "Gunawan", "Kusnadi", "Suryani", "Aminah", "Fauzi", "Azizah", "Mubarok",
      "Syahputra", "Hasanah", "Fatimah", "Widodo", "Sutrisno", "Mulyani", "Yulianti", "Cahyono", "Irawan",
      "Puspitasari", "Nurhayati", "Rohman", "Sholeh", "Zulkarnain", "Khoiriyah"};

  private static final LocalDate FIRST_BIRTH = LocalDate.of(1960, 1, 1);
  private static final int BIRTH_DAYS = 66 * 365;

  /** A generated person; {@code nik} always set (the registry's lookups are what is measured). */
  record Person(String nik, String name, String sex, LocalDate birthDate, String villageCode, String districtCode,
      String regencyCode, String provinceCode) {

    String nameKey() {
      return NameMatcher.key(name);
    }
  }

  private final List<String> districts;
  private final Map<String, List<String>> villagesByDistrict;
  private final long seed;
  private final int serialBase;

  /**
   * @param regencyCodes the regencies whose villages the persons live in (4-digit codes)
   * @param serialBase added to every NIK serial, so that sets made for different scenarios never share a NIK
   */
  SyntheticPeople(List<String> regencyCodes, long seed, int serialBase) throws IOException {
    this.seed = seed;
    this.serialBase = serialBase;
    this.villagesByDistrict = new LinkedHashMap<>();
    try (InputStream in = SyntheticPeople.class.getResourceAsStream("/reference/regions/villages.csv");
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      lines.readLine();
      String line;
      while ((line = lines.readLine()) != null) {
        String code = line.substring(0, 10);
        if (regencyCodes.contains(code.substring(0, 4))) {
          villagesByDistrict.computeIfAbsent(code.substring(0, 6), d -> new ArrayList<>()).add(code);
        }
      }
    }
    if (villagesByDistrict.isEmpty()) {
      throw new IllegalArgumentException("No villages in regencies " + regencyCodes);
    }
    this.districts = new ArrayList<>(villagesByDistrict.keySet());
  }

  /** The {@code i}-th person (same for the same seed and regencies). */
  Person person(long i) {
    Random random = new Random(seed * 1_000_003L + i);
    int d = (int) (i % districts.size());
    long j = i / districts.size();
    // Birth dates are a fixed permutation of the 66-year range, so (district, date) repeats only every
    // districts × days persons; the serial counts those repeats.
    int dayIndex = (int) ((j * 7_919L) % BIRTH_DAYS);
    long serial = j / BIRTH_DAYS + 1 + serialBase;
    if (serial > 9_999) {
      throw new IllegalStateException("More persons than NIK serials: add regencies");
    }
    LocalDate birth = FIRST_BIRTH.plusDays(dayIndex);
    boolean female = random.nextBoolean();
    String district = districts.get(d);
    List<String> villages = villagesByDistrict.get(district);
    String village = villages.get(random.nextInt(villages.size()));
    String first = female ? FEMALE[random.nextInt(FEMALE.length)] : MALE[random.nextInt(MALE.length)];
    String name = random.nextInt(10) < 2 ? first
        : random.nextInt(10) < 3 ? first + " " + SECOND[random.nextInt(SECOND.length)] + " "
            + SECOND[random.nextInt(SECOND.length)]
            : first + " " + SECOND[random.nextInt(SECOND.length)];
    String nik = nik(district, birth, female, serial);
    return new Person(nik, name, female ? "P" : "L", birth, village, district, district.substring(0, 4),
        district.substring(0, 2));
  }

  /** A NIK: district of first issue, day of birth (plus 40 for women), month, two-digit year, 4-digit serial. */
  static String nik(String districtCode, LocalDate birth, boolean female, long serial) {
    return districtCode + String.format("%02d%02d%02d%04d", birth.getDayOfMonth() + (female ? 40 : 0),
        birth.getMonthValue(), birth.getYear() % 100, serial);
  }

  /** The import file's columns (docs/import.md) for persons {@code from..to-1}, with header. */
  static void writeImportCsv(SyntheticPeople people, long from, long to, Writer out) throws IOException {
    out.write("name,sex,birth_date,village_code,nik,source_id\n");
    for (long i = from; i < to; i++) {
      Person p = people.person(i);
      out.write(p.name() + ',' + p.sex() + ',' + p.birthDate() + ',' + p.villageCode() + ',' + p.nik()
          + ",bench-" + i + '\n');
    }
  }
}
