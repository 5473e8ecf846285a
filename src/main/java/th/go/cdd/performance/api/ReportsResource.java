package th.go.cdd.performance.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.go.cdd.performance.document.ReportRead;
import th.go.cdd.performance.document.ReportReading;
import th.go.cdd.performance.monitoring.Holders;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.report.CanonicalForm;
import th.go.cdd.performance.report.EvidenceFile;
import th.go.cdd.performance.report.Report;

/**
 * One report as the report page reads it ({@code ReportReading}: the same access check): its state,
 * holder and content in the canonical form its signatures cover, its evidence list and its signature
 * chain. A report the caller may not see and one that does not exist are refused alike (403).
 */
@Path("v1/reports/{reportId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "รายงานหนึ่งฉบับ / One report")
@APIResponse(responseCode = "401", description = "No session and no valid token", content = @Content(mediaType = Problems.MEDIA_TYPE))
@APIResponse(responseCode = "403", description = "Not the caller's to see (also an id that does not exist)",
    content = @Content(mediaType = Problems.MEDIA_TYPE))
public class ReportsResource {
  @Inject private ReportReading reading;
  @Inject private Holders holders;
  @Context private HttpServletRequest request;

  @PathParam("reportId") private long reportId;

  @GET
  @Operation(operationId = "getReport", summary = "A report's state, holder and canonical content")
  public Views.ReportView report() {
    ReportRead read = read();
    Report r = read.report();
    List<EvidenceFile> evidence = reading.evidence(read);
    Person staff = r.getStaff();
    var holder = holders.resolver().holderOf(r.getStatus(), staff.getDisplayName(), staff.getClosedFrom(), r.getPendingGroup(),
        r.getPendingAssignee());
    return new Views.ReportView(r.getId(), staff.getDisplayName(), staff.getProvince() == null ? null : staff.getProvince().getCode(),
        r.getRound().getProgram().getCode(), r.getRound().getNumber(), r.getStatus().name(), r.getDueDate(), r.isOverdue(),
        r.getSubmissionCount(), Views.HolderView.of(holder), CanonicalForm.of(r, r.getSubmissionCount(), evidence));
  }

  @GET
  @Path("evidence")
  @Operation(operationId = "getReportEvidence", summary = "The report's evidence files (names, sizes, SHA-256; not the bytes)")
  public List<Views.EvidenceView> evidence() {
    return reading.evidence(read()).stream().map(Views.EvidenceView::of).toList();
  }

  @GET
  @Path("signatures")
  @Operation(operationId = "getReportSignatures", summary = "The report's signature chain, in order, each with its hash and the one before")
  public List<Views.SignatureView> signatures() {
    return reading.history(read()).stream().map(Views.SignatureView::of).toList();
  }

  private ReportRead read() {
    return reading.read(ApiCaller.of(request).username(), reportId);
  }
}
