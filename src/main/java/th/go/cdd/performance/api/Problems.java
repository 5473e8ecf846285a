package th.go.cdd.performance.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import java.util.Map;
import th.go.cdd.performance.web.Texts;

/**
 * Problem details (RFC 9457, {@code application/problem+json}) from the application's message keys:
 * {@code title} names the status and {@code detail} says why, both in the caller's language (Thai,
 * or English when the request's Accept-Language prefers it), and both languages under {@code texts},
 * so every system can show the one it needs. {@code code} is the message key, for programs to match.
 */
public final class Problems {
  public static final String MEDIA_TYPE = "application/problem+json";
  public static final Locale THAI = Locale.forLanguageTag("th");
  /** Refusals a caller cannot fix by changing the request body are not 422. */
  private static final Map<String, Integer> STATUS_OF = Map.of(
      "access.denied", 403,
      "api.unauthorized", 401,
      "api.readOnlyToken", 403,
      "api.csrf", 403,
      "api.notFound", 404,
      "api.methodNotAllowed", 405,
      "monitoring.noSuchRound", 404,
      "api.failed", 500,
      "api.badRequest", 400,
      "error.concurrent", 409);

  private Problems() {}

  /** One problem: both languages' texts, the caller's first. */
  public record Problem(int status, String code, String titleTh, String detailTh, String titleEn, String detailEn, boolean english,
                        String instance) {
    public String title() {
      return english ? titleEn : titleTh;
    }

    public String detail() {
      return english ? detailEn : detailTh;
    }

    public JsonObject toJson() {
      JsonObjectBuilder json = Json.createObjectBuilder()
          .add("type", "urn:th.go.cdd.performance:problem:" + code)
          .add("title", title())
          .add("status", status)
          .add("detail", detail());
      if (instance != null) {
        json.add("instance", instance);
      }
      return json.add("code", code)
          .add("texts", Json.createObjectBuilder()
              .add("th", Json.createObjectBuilder().add("title", titleTh).add("detail", detailTh))
              .add("en", Json.createObjectBuilder().add("title", titleEn).add("detail", detailEn)))
          .build();
    }
  }

  /** The HTTP status of a refusal with this message key: 422 for a refusal of what the request asked (a figure out of range). */
  public static int statusOf(String key) {
    return STATUS_OF.getOrDefault(key, 422);
  }

  /** The message key of a failure JAX-RS itself answers with a status (unknown path, wrong method, unreadable body). */
  public static String keyOfStatus(int status) {
    return switch (status) {
      case 400 -> "api.badRequest";
      case 404 -> "api.notFound";
      case 405 -> "api.methodNotAllowed";
      case 406 -> "api.notAcceptable";
      case 415 -> "api.unsupportedMediaType";
      default -> "api.failed";
    };
  }

  /** The problem for a refusal (message key and its arguments). */
  public static Problem of(String key, Object[] args, String acceptLanguage, String instance) {
    return of(statusOf(key), key, args, acceptLanguage, instance);
  }

  public static Problem of(int status, String key, Object[] args, String acceptLanguage, String instance) {
    Locale en = Locale.ENGLISH;
    return new Problem(status, key, title(THAI, status), text(THAI, key, args), title(en, status), text(en, key, args),
        prefersEnglish(acceptLanguage), instance);
  }

  /** English only when the caller's first language is English; Thai otherwise (the product's first language). */
  public static boolean prefersEnglish(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return false;
    }
    try {
      var ranges = Locale.LanguageRange.parse(acceptLanguage);
      return !ranges.isEmpty() && ranges.stream().max((a, b) -> Double.compare(a.getWeight(), b.getWeight())).orElseThrow()
          .getRange().toLowerCase(Locale.ROOT).startsWith("en");
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static String title(Locale locale, int status) {
    String key = "api.status." + status;
    String text = text(locale, key, null);
    return text.equals(key) ? text(locale, "api.status.other", new Object[] {status}) : text;
  }

  /** The bundle's text, as the pages word it (arguments that are texts themselves in the same language). */
  static String text(Locale locale, String key, Object[] args) {
    return Texts.text(locale, key, args == null ? new Object[0] : args);
  }
}
