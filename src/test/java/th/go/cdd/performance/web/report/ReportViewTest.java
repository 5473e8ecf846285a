package th.go.cdd.performance.web.report;

import th.go.cdd.performance.web.UserSession;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.document.ReportRead;
import th.go.cdd.performance.document.ReportReading;
import th.go.cdd.performance.monitoring.ProcessTrail;
import th.go.cdd.performance.monitoring.TrailStep;
import th.go.cdd.performance.shared.BusinessException;

/** The report page's trail: a refusal from the service is said in the trail's place, never an error page. */
class ReportViewTest {
  private ReportView view;
  private int asked;

  @BeforeEach
  void setUp() throws Exception {
    view = new ReportView();
    set("id", 42L);
    set("reads", new ReportPageReads());
    set("session", new UserSession() {
      private static final long serialVersionUID = 1L;

      @Override
      public String getUsername() {
        return "acting.director";
      }
    });
  }

  private void set(String field, Object value) throws Exception {
    Field f = ReportView.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(view, value);
  }

  /** The page's one read answers nothing here; the trail read after it answers or refuses. */
  private void trails(ProcessTrail.Trail answer) throws Exception {
    set("reading", new ReportReading() {
      @Override
      public ReportRead read(String username, long reportId) {
        return null;
      }

      @Override
      public ProcessTrail.Trail trail(ReportRead read) {
        asked++;
        if (answer == null) {
          throw new BusinessException("access.denied");
        }
        return answer;
      }
    });
  }

  @Test
  void aRefusedTrailIsAnEmptyTrailWithTheRefusalInThePagesLanguage() throws Exception {
    trails(null);

    ProcessTrail.Trail trail = view.getTrail();

    assertThat(trail.steps()).isEmpty();
    assertThat(trail.definitionId()).isNull();
    assertThat(view.getTrailRefusal()).isEqualTo("ท่านไม่มีสิทธิ์เข้าถึงรายการนี้");
    view.getTrail();
    assertThat(asked).as("asked once per request").isEqualTo(1);
  }

  @Test
  void aTrailThatIsNotRefusedHasNoRefusal() throws Exception {
    ProcessTrail.Trail shown = new ProcessTrail.Trail("roundReport:1:x", Set.of("directorReview"), Set.of(),
        List.of(new TrailStep("directorReview", "Group director reviews", null, java.time.Instant.EPOCH, null)));
    trails(shown);

    assertThat(view.getTrail()).isSameAs(shown);
    assertThat(view.getTrailRefusal()).isNull();
  }
}
