package th.go.cdd.performance.web.inbox;

import th.go.cdd.performance.web.UserSession;

import th.go.cdd.performance.web.inbox.InboxView;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.approval.Inbox;
import th.go.cdd.performance.approval.InboxFilter;
import th.go.cdd.performance.approval.InboxPage;

/** The inbox table's paging, sorting and filtering, against an inbox of 45 reports that records what it was asked. */
class InboxViewTest {
  /** What the page asked the database for: first row, page size, sort field, ascending, the name filter. */
  record Asked(int first, int size, String sort, boolean ascending, String name) {}

  private final List<Asked> asked = new ArrayList<>();
  private int counts;
  private int roundReads;
  private InboxView view;

  @BeforeEach
  void setUp() throws Exception {
    Inbox inbox = new Inbox() {
      @Override
      public InboxPage read(String username, InboxFilter filter, int first, int size, String sortField, boolean ascending) {
        asked.add(new Asked(first, size, sortField, ascending, filter.name()));
        counts++;
        return new InboxPage(List.of(), 45);
      }

      @Override
      public List<Integer> roundNumbers(String username) {
        roundReads++;
        return List.of(1, 2, 3); // a program of three rounds
      }
    };
    UserSession session = new UserSession() {
      private static final long serialVersionUID = 1L;

      @Override
      public String getUsername() {
        return "director";
      }
    };
    view = new InboxView();
    set("inbox", inbox);
    set("session", session);
  }

  private void set(String field, Object value) throws Exception {
    Field f = InboxView.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(view, value);
  }

  private Asked lastAsked() {
    view.getRows();
    return asked.get(asked.size() - 1);
  }

  /** Issue 16: the round filter offers the rounds the program defines, not a fixed 1–4. */
  @Test
  void theRoundFilterOffersTheProgramsRoundsReadOncePerView() {
    assertThat(view.getRounds()).containsExactly(1, 2, 3);
    view.getRounds();
    assertThat(roundReads).isEqualTo(1);
  }

  @Test
  void readsOncePerChangeSortedByDueDateFirst() {
    view.getRows();
    view.getRows();
    view.getTotal();
    view.getPageCount();
    assertThat(asked).containsExactly(new Asked(0, 20, "dueDate", true, null));
    assertThat(counts).isEqualTo(1);
    assertThat(view.getPageCount()).isEqualTo(3);
    assertThat(view.sortMark("dueDate")).isEqualTo("▲");
    assertThat(view.sortMark("staffName")).isEmpty();
  }

  @Test
  void pagesForwardToTheLastPageAndNoFurtherAndBack() {
    view.nextPage();
    assertThat(lastAsked().first()).isEqualTo(20);
    view.nextPage();
    assertThat(lastAsked().first()).isEqualTo(40);
    assertThat(view.getPageNumber()).isEqualTo(3);
    assertThat(view.isLastPage()).isTrue();
    view.nextPage();
    assertThat(lastAsked().first()).as("no page after the last").isEqualTo(40);
    view.previousPage();
    view.previousPage();
    view.previousPage();
    assertThat(lastAsked().first()).isZero();
    assertThat(view.isFirstPage()).isTrue();
  }

  @Test
  void aClickOnAColumnSortsByItAndASecondClickTurnsTheOrderRoundFromTheFirstPage() {
    view.nextPage();
    view.sortBy("staffName");
    assertThat(lastAsked()).isEqualTo(new Asked(0, 20, "staffName", true, null));
    view.sortBy("staffName");
    assertThat(lastAsked()).isEqualTo(new Asked(0, 20, "staffName", false, null));
    assertThat(view.sortMark("staffName")).isEqualTo("▼");
  }

  @Test
  void aNewFilterOrPageSizeStartsAtTheFirstPageAndAnUnknownSizeIsIgnored() {
    view.nextPage();
    view.setName("สม");
    assertThat(lastAsked()).isEqualTo(new Asked(0, 20, "dueDate", true, "สม"));
    view.nextPage();
    view.setName("สม");
    assertThat(lastAsked().first()).as("the same filter again keeps the page").isEqualTo(20);
    view.setPageSize(50);
    assertThat(lastAsked()).isEqualTo(new Asked(0, 50, "dueDate", true, "สม"));
    view.setPageSize(1000);
    assertThat(view.getPageSize()).isEqualTo(50);
    assertThat(view.getPageCount()).isEqualTo(1);
  }
}
