package id.terpadu.demo;

import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.intake.ComplaintInput;
import id.terpadu.intake.ComplaintInput.ChildInput;
import id.terpadu.intake.ComplaintInput.ReporterInput;
import id.terpadu.intake.IntakeService;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sample complaints for the demo profile, after the realistic cases of the pilot regency (invented
 * people, real patterns): registered once, on an empty case file, so that supervisors find triage work
 * when they first log in.
 */
@Component
@Profile("demo")
@Order(100)
public class DemoCases implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);

  private final IntakeService intake;
  private final ChildCaseRepository cases;

  public DemoCases(IntakeService intake, ChildCaseRepository cases) {
    this.intake = intake;
    this.cases = cases;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (cases.count() > 0) {
      return;
    }
    for (DemoComplaint c : complaints(LocalDate.now())) {
      intake.register(c.input(), c.registeredBy());
    }
    LOG.info("Demo profile: registered {} sample complaints", complaints(LocalDate.now()).size());
  }

  record DemoComplaint(String registeredBy, ComplaintInput input) {}

  static List<DemoComplaint> complaints(LocalDate today) {
    return List.of(
        new DemoComplaint("petugas", new ComplaintInput("REFERRAL_SCHOOL", false,
            new ReporterInput("Sulastri", "0812 3300 1122", "wali kelas"),
            new ChildInput("Dimas Saputra", "L", today.minusYears(9).minusMonths(4).toString(), null),
            "3504022001", null,
            "Sekolah melaporkan Dimas tidak dapat didaftarkan ujian nasional karena tidak punya akta kelahiran "
                + "dan tidak tercantum di kartu keluarga neneknya. Kedua orang tuanya bekerja di Malaysia.",
            List.of("KEPENDUDUKAN"), false)),
        new DemoComplaint("petugas", new ComplaintInput("REFERRAL_HEALTH", false,
            new ReporterInput("Bidan Rahayu", "0813 5566 7788", "bidan puskesmas"),
            new ChildInput("Melati", "P", today.minusYears(13).minusMonths(2).toString(), null),
            "3504032009", null,
            "Puskesmas melaporkan anak perempuan 13 tahun hamil; pelaku diduga tetangga. Anak masih tinggal "
                + "di rumah yang berdekatan dengan pelaku.",
            List.of("KEKERASAN_SEKSUAL"), true)),
        new DemoComplaint("petugas", new ComplaintInput("OTHER", false,
            new ReporterInput("Penyuluh KUA Boyolangu", "0355 321 000", "kantor urusan agama"),
            new ChildInput("Nur Aini", "P", today.minusYears(16).minusMonths(5).toString(), null),
            "3504022011", null,
            "KUA merujuk anak perempuan 16 tahun yang orang tuanya mengajukan dispensasi nikah ke pengadilan "
                + "agama. Anak masih bersekolah kelas 10.",
            List.of("DISPENSASI_NIKAH", "PENDIDIKAN"), false)),
        new DemoComplaint("petugas", new ComplaintInput("REFERRAL_POLICE", false,
            new ReporterInput("Aipda Wibowo", "0812 4455 6677", "penyidik UPPA"),
            new ChildInput("Rizki Ramadhan", "L", today.minusYears(15).minusMonths(1).toString(), null),
            "3504011001", null,
            "Kepolisian merujuk anak laki-laki 15 tahun yang tertangkap dalam pencurian sepeda motor untuk "
                + "proses diversi dan laporan sosial ke pengadilan. Anak diasuh neneknya.",
            List.of("ABH"), false)),
        new DemoComplaint("petugas", new ComplaintInput("REFERRAL_VILLAGE", false,
            new ReporterInput("Kepala Desa Batokan", "0857 1234 5678", "kepala desa"),
            new ChildInput("Bayu", "L", today.minusYears(6).toString(), null),
            "3504042010", null,
            "Kepala desa melaporkan dua bersaudara (6 dan 4 tahun) ditinggal sendirian berhari-hari; ibu "
                + "bekerja di luar negeri dan ayah tidak diketahui keberadaannya.",
            List.of("PENELANTARAN"), true)),
        new DemoComplaint("petugas", new ComplaintInput("COMMUNITY", true, null,
            new ChildInput(null, "L", null, null),
            "3504022001", null,
            "Tetangga melaporkan anak laki-laki sekitar 11 tahun sering dipukul di rumah; pelapor tidak mau "
                + "disebut namanya.",
            List.of("PENGASUHAN"), false)),
        new DemoComplaint("petugas2", new ComplaintInput("WALK_IN", false,
            new ReporterInput("Siti Romlah", "0821 9988 7766", "ibu"),
            new ChildInput("Andi Kurniawan", "L", today.minusYears(12).toString(), null),
            "3503022001", null,
            "Ibu melaporkan anaknya putus sekolah dan bekerja di pabrik batu bata untuk membantu ekonomi keluarga.",
            List.of("PEKERJA_ANAK", "PENDIDIKAN"), false)));
  }
}
