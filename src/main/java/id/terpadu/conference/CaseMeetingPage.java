package id.terpadu.conference;

import id.terpadu.access.Caller;
import id.terpadu.casefile.CaseAccess;
import id.terpadu.web.RestrictedPages;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The weekly case meeting page, {@code /rapat-kasus}, for the unit's supervisors and heads, on the Camunda webapps'
 * session (not logged in: the web chain sends the browser to the login page). Other roles get 403 with a page saying
 * so, as {@code /laporan} does; the page's script ({@code static/rapat-kasus/}) holds no data, which comes from
 * {@code /api/case-meetings/...}.
 */
@Controller
class CaseMeetingPage {

  private static final String PAGE = "conference/rapat-kasus.html";
  private static final String FORBIDDEN = """
      <!DOCTYPE html>
      <html lang="id"><head><meta charset="utf-8"><title>Rapat Kasus Mingguan — Terpadu</title>
      <link rel="stylesheet" href="/umum/terpadu.css"></head>
      <body><main><h1>Rapat Kasus Mingguan</h1>
      <p id="pesan" class="salah">Halaman rapat kasus hanya untuk supervisor dan kepala unit.</p>
      <p><a href="/camunda/app/tasklist/default/">Kembali ke Tasklist</a></p></main></body></html>
      """;

  @GetMapping({"/rapat-kasus", "/rapat-kasus/", "/rapat-kasus/index.html"})
  ResponseEntity<String> page() throws IOException {
    return RestrictedPages.serve(Caller.currentStaff().groupIds().stream().anyMatch(CaseAccess.OVERSEERS::contains), PAGE, FORBIDDEN);
  }
}
