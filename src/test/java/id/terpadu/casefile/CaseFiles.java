package id.terpadu.casefile;

import java.time.Instant;
import java.util.List;

/** Case files for unit tests, built the way intake builds them. */
final class CaseFiles {

  static final Instant RECEIVED = Instant.parse("2026-03-02T01:15:30.123456Z");

  private CaseFiles() {}

  /** An open complaint in the given village (10 digits) or district (6 digits), without a known child. */
  static ChildCase complaintIn(String regionCode, String... categories) {
    Complaint complaint = new Complaint(Channel.PHONE, false, new Complaint.Reporter("Pelapor", "0812 000 111",
        "tetangga"), new Complaint.ChildDetails(null, null, null, null), regionCode,
        "Anak sering ditinggal sendirian di rumah.", List.of(categories.length == 0
            ? new String[] {"PENELANTARAN"} : categories));
    return ChildCase.fromComplaint("ULT-" + regionCode.substring(0, 4) + "-2026-00001", complaint, null, "petugas",
        RECEIVED);
  }
}
