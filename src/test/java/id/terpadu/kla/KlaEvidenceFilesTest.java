package id.terpadu.kla;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Evidence type recognition by content and file name clean-up. */
class KlaEvidenceFilesTest {

  @Test
  void pdfPngAndJpegAreRecognisedByTheirFirstBytes() {
    assertThat(KlaEvidenceFiles.Kind.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(KlaEvidenceFiles.Kind.PDF);
    assertThat(KlaEvidenceFiles.Kind.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}))
        .isEqualTo(KlaEvidenceFiles.Kind.PNG);
    assertThat(KlaEvidenceFiles.Kind.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
        .isEqualTo(KlaEvidenceFiles.Kind.JPEG);
    assertThat(KlaEvidenceFiles.Kind.sniff("<html>".getBytes(StandardCharsets.US_ASCII))).isNull();
    assertThat(KlaEvidenceFiles.Kind.sniff(new byte[0])).isNull();
  }

  @Test
  void fileNamesKeepOnlySafeCharacters() {
    assertThat(KlaEvidenceFiles.safeName("C:\\Dokumen\\Perbup KLA 2026.pdf")).isEqualTo("Perbup KLA 2026.pdf");
    assertThat(KlaEvidenceFiles.safeName("[x](javascript:alert(1)).pdf")).isEqualTo("_x__javascript_alert_1__.pdf");
    assertThat(KlaEvidenceFiles.safeName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(KlaEvidenceFiles.safeName(".pdf")).isEqualTo("bukti.pdf");
    assertThat(KlaEvidenceFiles.safeName(null)).isEqualTo("bukti");
  }
}
