package th.go.cdd.performance.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.go.cdd.performance.document.Verification;

/** The public verification page: the code from a printed summary, checked against the signed record. */
@Named
@RequestScoped
public class VerifyView {
  @Inject private Verification verification;

  private String code;
  private Verification.Result result;

  public void check() {
    if (code != null && !code.isBlank()) {
      result = verification.verify(code.length() > 60 ? code.substring(0, 60) : code);
    }
  }

  public Verification.Result getResult() {
    return result;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
