package th.go.cdd.performance.web;

import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether people reach the application over HTTPS, read from the configured public URL
 * ({@code cdd.publicUrl}, the address in e-mails and on printed codes) rather than from the request:
 * behind a TLS proxy Payara itself only ever sees plain HTTP. When it is https, cookies are Secure
 * and browsers are told to use HTTPS only (HSTS).
 */
public final class PublicUrl {
  private PublicUrl() {}

  public static boolean isHttps() {
    return isHttps(ConfigProvider.getConfig().getOptionalValue("cdd.publicUrl", String.class).orElse(""));
  }

  public static boolean isHttps(String publicUrl) {
    return publicUrl != null && publicUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://");
  }
}
