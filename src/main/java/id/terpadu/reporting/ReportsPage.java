package id.terpadu.reporting;

import id.terpadu.access.Caller;
import id.terpadu.web.RestrictedPages;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The reports page {@code /laporan} for supervisors, heads of unit, the province and administrators, on the
 * Camunda webapps' session (not logged in: the web chain sends the browser to the login page). Other roles get
 * 403 with a page saying so; its script and styles ({@code static/laporan/}) hold no data, which comes from
 * {@code /api/reports}.
 */
@Controller
class ReportsPage {

  private static final String PAGE = "reporting/laporan.html";
  private static final String FORBIDDEN = """
      <!DOCTYPE html>
      <html lang="id"><head><meta charset="utf-8"><title>Laporan — Terpadu</title>
      <link rel="stylesheet" href="/laporan/laporan.css"></head>
      <body><main><h1>Laporan</h1>
      <p id="pesan" class="salah">Halaman laporan hanya untuk supervisor, kepala unit, petugas provinsi dan
      administrator.</p><p><a href="/camunda/app/tasklist/default/">Kembali ke Tasklist</a></p></main></body></html>
      """;

  @GetMapping("/laporan")
  ResponseEntity<String> page() throws IOException {
    return RestrictedPages.serve(ReportAccess.mayRead(Caller.currentStaff().groupIds()), PAGE, FORBIDDEN);
  }
}
