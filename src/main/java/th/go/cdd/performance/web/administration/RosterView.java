package th.go.cdd.performance.web.administration;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.Downloads;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import th.go.cdd.performance.export.Table;
import th.go.cdd.performance.export.TableFormat;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.roster.IssuedPassword;
import th.go.cdd.performance.roster.RosterFile;
import th.go.cdd.performance.roster.RosterImport;
import th.go.cdd.performance.roster.RosterOutcome;
import th.go.cdd.performance.roster.RosterProblem;
import th.go.cdd.performance.shared.BusinessException;

/**
 * The roster page (administrators): choose the program, upload a file, read its problems or the
 * changes it would make, then import. The one-time passwords of the import are kept only in this
 * view, shown once and downloadable as CSV; leaving the page forgets them.
 */
@Named
@ViewScoped
public class RosterView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private RosterImport roster;
  @Inject private UserSession session;

  private String programCode;
  private byte[] content;
  private String fileName;
  private RosterOutcome preview;
  private RosterOutcome result;

  public boolean isAllowed() {
    return session.isAdministrator();
  }

  public List<SelectItem> getPrograms() {
    if (!isAllowed()) {
      return List.of();
    }
    return roster.programs().stream().map(p -> new SelectItem(p.getCode(), label(p))).toList();
  }

  private String label(Program p) {
    return session.isThai() || p.getNameEn() == null ? p.getNameTh() : p.getNameEn();
  }

  public void upload(FileUploadEvent event) {
    result = null;
    preview = null;
    if (event.getFile().getSize() > RosterFile.MAX_BYTES) { // before the bytes are read
      content = null;
      Texts.error(null, "roster.fileTooLarge", RosterFile.MAX_BYTES / (1024 * 1024));
      return;
    }
    content = event.getFile().getContent();
    fileName = event.getFile().getFileName();
    check();
  }

  /** A program chosen after the file: check the file again against that program. */
  public void programChosen() {
    if (content != null) {
      check();
    }
  }

  public void check() {
    result = null;
    if (content == null) {
      Texts.error(null, "roster.fileEmpty");
      return;
    }
    try {
      preview = roster.preview(session.getUsername(), programCode, content);
    } catch (BusinessException e) {
      preview = null;
      Texts.error(null, e);
    }
  }

  public void runImport() {
    if (preview == null || !preview.clean()) {
      Texts.error(null, "roster.checkFirst");
      return;
    }
    try {
      result = roster.run(session.getUsername(), programCode, content, fileName);
      if (result.clean()) {
        Texts.info("roster.imported", result.unchanged(), result.added(), result.updated(), result.closed());
        preview = null;
        content = null;
      } else {
        preview = result;
        result = null;
      }
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public String problemText(RosterProblem p) {
    Locale locale = session.getLocale();
    Locale other = session.isThai() ? Locale.ENGLISH : UserSession.THAI;
    return Texts.text(locale, p.key(), (Object[]) p.args()) + " / " + Texts.text(other, p.key(), (Object[]) p.args());
  }

  public StreamedContent getPasswordsCsv() {
    Table table = new Table(Downloads.label("roster.passwords"), List.of(Downloads.label("login.username"),
        Downloads.label("roster.name"), Downloads.label("roster.oneTimePassword")));
    if (result != null) {
      for (IssuedPassword p : result.passwords()) {
        table.row(p.username(), p.name(), p.password());
      }
    }
    return Downloads.of(table, TableFormat.CSV, "one-time-passwords");
  }

  public int getMaxMegabytes() {
    return RosterFile.MAX_BYTES / (1024 * 1024);
  }

  public long getMaxBytes() {
    return RosterFile.MAX_BYTES;
  }

  public String getProgramCode() {
    return programCode;
  }

  public void setProgramCode(String programCode) {
    this.programCode = programCode;
  }

  public String getFileName() {
    return fileName;
  }

  public RosterOutcome getPreview() {
    return preview;
  }

  public RosterOutcome getResult() {
    return result;
  }
}
