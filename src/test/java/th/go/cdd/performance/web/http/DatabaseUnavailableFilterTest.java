package th.go.cdd.performance.web.http;

import th.go.cdd.performance.web.http.DatabaseUnavailableFilter;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableFilterTest {
  @Test
  void theOutagePageSaysItInThaiAndInEnglishFromTheBundles() {
    String page = DatabaseUnavailableFilter.page();
    assertThat(page)
        .contains(ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("th")).getString("unavailable.database"))
        .contains(ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH).getString("unavailable.database"))
        .contains("<html lang=\"th\">");
  }

  @Test
  void theOutagePageCarriesNoMarkupFromTheMessages() {
    assertThat(DatabaseUnavailableFilter.page().replaceAll("<(/?)(!DOCTYPE html|html[^>]*|head|meta charset=\"UTF-8\"|title|body|p[^>]*)>", ""))
        .doesNotContain("<").doesNotContain(">");
  }
}
