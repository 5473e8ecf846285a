package th.go.cdd.performance.chaos;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import th.go.cdd.performance.approval.Seals;
import th.go.cdd.performance.document.EverySignedReport;
import th.go.cdd.performance.document.Verification;

/**
 * Test-only (added to the chaos WAR): {@code GET /chaos-chains} runs the verification page's check
 * ({@link EverySignedReport}) over every signed report of the database this server runs on, with
 * this server's seal keys, and answers one {@code name=value} per line:
 * {@code reports}, {@code signatures}, {@code vouched} (signatures whose chain the server's key
 * vouches for), {@code failures} (comma-separated {@code reportId:outcome:seal}). A chain fails when it
 * does not match its signed record, or when its seal is broken or made by a key this server does not
 * hold (a restored database verifies only with the keystore it was sealed with). Read in one
 * transaction, rolled back: nothing is written.
 */
@WebServlet("/chaos-chains")
public class ChainsServlet extends HttpServlet {
  @PersistenceContext private EntityManager em;
  @Inject private Seals seals;
  @Resource private UserTransaction transaction;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Map<Long, Verification.Result> results;
    try {
      transaction.begin();
      try {
        results = EverySignedReport.byReport(em, seals);
      } finally {
        transaction.rollback();
      }
    } catch (Exception e) {
      resp.setStatus(500);
      resp.setContentType("text/plain;charset=UTF-8");
      resp.getWriter().write("error=" + e);
      return;
    }
    int signatures = 0;
    Map<Seals.Check, Integer> seal = new EnumMap<>(Seals.Check.class);
    List<String> failures = new ArrayList<>();
    for (Map.Entry<Long, Verification.Result> r : results.entrySet()) {
      Verification.Result result = r.getValue();
      signatures += result.signatures().size();
      seal.merge(result.seal(), result.signatures().size(), Integer::sum);
      if (result.outcome() != Verification.Outcome.MATCHES || result.seal() == Seals.Check.BROKEN || result.seal() == Seals.Check.UNKNOWN_KEY) {
        failures.add(r.getKey() + ":" + result.outcome() + ":" + result.seal());
      }
    }
    resp.setContentType("text/plain;charset=UTF-8");
    resp.getWriter().write("reports=" + results.size() + "\nsignatures=" + signatures + "\nvouched=" + seal.getOrDefault(Seals.Check.VOUCHED, 0)
        + "\nfailures=" + String.join(",", failures) + "\n");
  }
}
