package th.go.cdd.performance.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextWrapper;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.monitoring.ProcessTrail;
import th.go.cdd.performance.shared.BusinessException;

/** The report page's trail: a refusal from the service is a message on the page, never an error page. */
class ReportViewTest {
  /** Just enough of a Faces context to collect the page's messages. */
  static final class Messages extends FacesContextWrapper {
    final List<FacesMessage> added = new ArrayList<>();

    Messages() {
      super(null);
      setCurrentInstance(this);
    }

    @Override
    public UIViewRoot getViewRoot() {
      return null;
    }

    @Override
    public void addMessage(String clientId, FacesMessage message) {
      added.add(message);
    }

    void done() {
      setCurrentInstance(null);
    }
  }

  private Messages faces;
  private ReportView view;

  @BeforeEach
  void setUp() throws Exception {
    faces = new Messages();
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

  @AfterEach
  void tearDown() {
    faces.done();
  }

  private void set(String field, Object value) throws Exception {
    Field f = ReportView.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(view, value);
  }

  @Test
  void aRefusedTrailShowsTheRefusalAsAMessageAndAnEmptyTrail() throws Exception {
    set("trails", new ProcessTrail() {
      @Override
      public Trail of(String username, long reportId) {
        throw new BusinessException("access.denied");
      }
    });

    ProcessTrail.Trail trail = view.getTrail();

    assertThat(trail.steps()).isEmpty();
    assertThat(trail.definitionId()).isNull();
    assertThat(faces.added).singleElement().satisfies(m -> {
      assertThat(m.getSeverity()).isEqualTo(FacesMessage.SEVERITY_ERROR);
      assertThat(m.getSummary()).isNotBlank().isNotEqualTo("access.denied");
    });
    view.getTrail();
    assertThat(faces.added).as("asked once per request, said once").hasSize(1);
  }
}
