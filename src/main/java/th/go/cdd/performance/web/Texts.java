package th.go.cdd.performance.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.Label;

/**
 * Messages from the UI bundles. Errors are shown in both languages: the chosen one first, the
 * other below it, so that a message is always understood.
 */
public final class Texts {
  private static final Locale THAI = Locale.forLanguageTag("th");

  private Texts() {}

  public static String text(Locale locale, String key, Object... args) {
    try {
      String pattern = ResourceBundle.getBundle("i18n.messages", locale).getString(key);
      return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(inLanguage(locale, args));
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** Arguments that are bundle texts themselves (a field's name, a refusal) in the message's own language. */
  private static Object[] inLanguage(Locale locale, Object[] args) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof Label label) {
        out[i] = text(locale, label.key());
      } else if (out[i] instanceof BusinessException refusal) {
        out[i] = text(locale, refusal.getKey(), refusal.getArgs());
      }
    }
    return out;
  }

  public static void error(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
  }

  public static void error(String clientId, BusinessException e) {
    error(clientId, e.getKey(), e.getArgs());
  }

  public static void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, key, args);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
    FacesContext.getCurrentInstance().addMessage(clientId, message(severity, key, args));
  }

  /** A message in the page's language (summary) with the other language below it (detail). */
  public static FacesMessage message(FacesMessage.Severity severity, String key, Object... args) {
    FacesContext fc = FacesContext.getCurrentInstance();
    Locale current = fc.getViewRoot() == null ? THAI : fc.getViewRoot().getLocale();
    Locale other = "th".equals(current.getLanguage()) ? Locale.ENGLISH : THAI;
    return new FacesMessage(severity, text(current, key, args), text(other, key, args));
  }
}
