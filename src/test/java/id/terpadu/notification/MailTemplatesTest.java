package id.terpadu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.notification.MailTemplates.Mail;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

  static final String TASK_LINK = "https://terpadu.example/camunda/app/tasklist/default/#/?task=task-42";

  MailTemplates templates = new MailTemplates("https://terpadu.example/");
  // 07:30 UTC is 14.30 in Tulungagung (WIB) and 15.30 in Makassar (WITA).
  TaskNotice triage = TaskNotice.of("ULT-3504-2026-00012", "3504", "Triase pengaduan",
      Instant.parse("2026-08-17T07:30:00Z"), "task-42");

  @Test
  void aNewTaskForTheGroupSaysCaseNumberTaskDeadlineAndLink() {
    Mail mail = templates.newTaskForGroup(triage);
    assertThat(mail.subject()).isEqualTo("[Terpadu] Tugas baru: Triase pengaduan - ULT-3504-2026-00012");
    assertThat(mail.body())
        .startsWith("Yth. Bapak/Ibu,\n\nAda tugas baru untuk kelompok Anda di Terpadu.")
        .contains("Nomor kasus : ULT-3504-2026-00012\n", "Tugas       : Triase pengaduan\n",
            "Tenggat     : 17 Agustus 2026 pukul 14.30 WIB\n", "Buka tugas di Tasklist:\n" + TASK_LINK + "\n",
            "tidak memuat identitas anak", "E-mail notifikasi dapat Anda matikan");
  }

  @Test
  void theDeadlineIsInTheUnitsTimeZone() {
    TaskNotice makassar = TaskNotice.of("ULT-7371-2026-00001", "7371", "Asesmen menyeluruh",
        Instant.parse("2026-08-17T07:30:00Z"), "t1");
    assertThat(templates.taskAssigned(makassar).body()).contains("Tenggat     : 17 Agustus 2026 pukul 15.30 WITA");
    TaskNotice noDeadline = TaskNotice.of(null, null, "Tugas lain", null, "t2");
    Mail mail = templates.taskAssigned(noDeadline);
    assertThat(mail.subject()).isEqualTo("[Terpadu] Tugas untuk Anda: Tugas lain");
    assertThat(mail.body()).contains("Tenggat     : tidak ada").doesNotContain("Nomor kasus");
  }

  @Test
  void assignedReminderAndEscalationName() {
    assertThat(templates.taskAssigned(triage).subject())
        .isEqualTo("[Terpadu] Tugas untuk Anda: Triase pengaduan - ULT-3504-2026-00012");
    assertThat(templates.taskAssigned(triage).body()).contains("Tugas berikut diberikan kepada Anda.", TASK_LINK);
    assertThat(templates.deadlineReminder(triage).subject())
        .isEqualTo("[Terpadu] Pengingat tenggat: Triase pengaduan - ULT-3504-2026-00012");
    assertThat(templates.escalation(triage, 2).subject())
        .isEqualTo("[Terpadu] Eskalasi tenggat terlewati: Triase pengaduan - ULT-3504-2026-00012");
    assertThat(templates.escalation(triage, 2).body()).contains("(tingkat 2)", TASK_LINK);
  }

  @Test
  void transferDecisionsSayCaseNumberRegenciesAndOutcome() {
    Mail accepted = templates.transferDecided(new TransferNotice(5, "ULT-3504-2026-00012", "Kabupaten Tulungagung",
        "Kabupaten Trenggalek", true));
    assertThat(accepted.subject()).isEqualTo("[Terpadu] Pemindahan kasus diterima - ULT-3504-2026-00012");
    assertThat(accepted.body()).contains("telah diterima oleh unit layanan tujuan",
        "Nomor kasus    : ULT-3504-2026-00012\n", "Dari           : Kabupaten Tulungagung\n",
        "Ke             : Kabupaten Trenggalek\n", "tugas-tugasnya sudah berpindah", "https://terpadu.example/\n",
        "tidak memuat identitas anak");
    Mail declined = templates.transferDecided(new TransferNotice(6, "ULT-3504-2026-00012", "Kabupaten Tulungagung",
        "Kabupaten Trenggalek", false));
    assertThat(declined.subject()).isEqualTo("[Terpadu] Pemindahan kasus ditolak - ULT-3504-2026-00012");
    assertThat(declined.body()).contains("telah ditolak", "kasus tetap ditangani unit Anda");
  }

  @Test
  void referralMailsSayCaseNumberNextStepTargetDateAndTasklist() {
    ReferralNotice referral = new ReferralNotice(7, "ULT-3504-2026-00012", LocalDate.of(2026, 9, 1));
    Mail sent = templates.referralSent(referral);
    assertThat(sent.subject()).isEqualTo("[Terpadu] Rujukan baru - ULT-3504-2026-00012");
    assertThat(sent.body()).contains("Nomor kasus    : ULT-3504-2026-00012", "terima atau tolak rujukan",
        "Target layanan : 1 September 2026", "https://terpadu.example/camunda/app/tasklist/default/\n")
        // to an agency's office address: no account settings to point to
        .doesNotContain("matikan");
    Mail declined = templates.referralDeclined(referral);
    assertThat(declined.subject()).isEqualTo("[Terpadu] Rujukan ditolak mitra - ULT-3504-2026-00012");
    assertThat(declined.body()).contains("pilih mitra lain atau batalkan rujukan", "E-mail notifikasi dapat Anda");
    Mail reported = templates.referralServiceReported(referral);
    assertThat(reported.subject()).isEqualTo("[Terpadu] Mitra melaporkan layanan rujukan - ULT-3504-2026-00012");
    assertThat(reported.body()).contains("periksa dan verifikasi laporan mitra", "1 September 2026");
  }

  @Test
  void aConferenceInvitationSaysCaseNumberTimePlaceAndNoMore() {
    Mail mail = templates.conferenceInvitation("ULT-3504-2026-00012", "RSUD dr. Iskak",
        Instant.parse("2026-08-17T02:00:00Z").atZone(java.time.ZoneId.of("Asia/Jakarta")), "Ruang rapat ULT PSAI");
    assertThat(mail.subject()).isEqualTo("[Terpadu] Undangan konferensi kasus - ULT-3504-2026-00012");
    assertThat(mail.body()).startsWith("Yth. RSUD dr. Iskak,\n\n")
        .contains("Nomor kasus    : ULT-3504-2026-00012\n", "Waktu          : 17 Agustus 2026 pukul 09.00 WIB\n",
            "Tempat         : Ruang rapat ULT PSAI\n", "tidak memuat identitas anak")
        .doesNotContain("matikan");
  }
}
