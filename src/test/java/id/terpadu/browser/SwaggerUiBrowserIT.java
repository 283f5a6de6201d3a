package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.terpadu.support.Browser;
import id.terpadu.support.BrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Swagger UI works under its Content-Security-Policy ({@code SecurityConfig.SWAGGER_CSP}): the API description is
 * shown with its operations, and the extension fails the test on any blocked script, style or image.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SwaggerUiBrowserIT {

  @RegisterExtension static BrowserExtension browser = new BrowserExtension();
  @LocalServerPort int port;

  @Test
  void swaggerUiShowsTheApiUnderItsPolicy() {
    Page page = browser.newPage();
    String base = "http://localhost:" + port;
    Browser.login(page, base, "welcome", "admin", "demo");
    assertThat(page.locator("input[ng-model=username]")).isHidden();

    page.navigate(base + "/swagger-ui.html");

    assertThat(page.locator(".swagger-ui .info .title")).isVisible();
    assertThat(page.locator(".opblock-summary-path", new Page.LocatorOptions().setHasText("/api/cases/{id}")).first())
        .isVisible();
    page.locator(".opblock-summary-path", new Page.LocatorOptions().setHasText("/api/cases/{id}")).first().click();
    assertThat(page.locator(".opblock-body").first()).isVisible();
  }
}
