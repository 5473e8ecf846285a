package th.go.cdd.performance.administration;

import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.PlainText;

/** Every administrative act carries a reason a later reader can understand. */
final class Reasons {
  static final int MAX = 1000;

  private Reasons() {}

  static String require(String reason) {
    String r = PlainText.clean(reason);
    if (r.isEmpty()) {
      throw new BusinessException("admin.reasonRequired");
    }
    if (r.length() > MAX) {
      throw new BusinessException("input.tooLong", MAX);
    }
    return r;
  }
}
