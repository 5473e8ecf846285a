package th.go.cdd.performance.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import th.go.cdd.performance.approval.ApprovalService;
import th.go.cdd.performance.approval.Inbox;
import th.go.cdd.performance.approval.InboxFilter;
import th.go.cdd.performance.approval.Signature;
import th.go.cdd.performance.report.KpiInput;
import th.go.cdd.performance.report.KpiRow;
import th.go.cdd.performance.report.ReportEditor;

/**
 * The caller's own work, through the services the report page calls: their tasks (the inbox), saving
 * a KPI's figures ({@code ReportEditor.saveKpi}) and submitting ({@code ApprovalService.submit}). The
 * services allow only the report's own staff member to write; {@link ApiAccessFilter} allows writes
 * only from a signed-in session with the header {@value ApiAccess#CSRF_HEADER} (tokens never write).
 */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "my work", description = "งานของฉัน / The signed-in staff member's own tasks and report")
@APIResponse(responseCode = "401", description = "No session and no valid token", content = @Content(mediaType = Problems.MEDIA_TYPE))
@APIResponse(responseCode = "403", description = "Not the caller's report (also an id that does not exist), a token, or no "
    + ApiAccess.CSRF_HEADER + " header on a write", content = @Content(mediaType = Problems.MEDIA_TYPE))
public class MyWorkResource {
  @Inject private Inbox inbox;
  @Inject private ReportEditor editor;
  @Inject private ApprovalService approvals;
  @Context private HttpServletRequest request;

  @GET
  @Path("tasks")
  @Operation(operationId = "myTasks", summary = "The caller's inbox: the reports waiting for them (a staff member's own reports)")
  public List<Views.TaskView> tasks(@QueryParam("first") @DefaultValue("0") int first,
                                    @QueryParam("size") @DefaultValue("50") int size) {
    return inbox.page(caller(), InboxFilter.none(), Math.max(0, first), Math.min(Inbox.MAX_PAGE, Math.max(1, size)), null, true)
        .stream().map(Views.TaskView::of).toList();
  }

  @PUT
  @Path("reports/{reportId}/kpis/{kpiNumber}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "saveKpiFigures", summary = "Save one KPI's figures on the caller's own editable report; answers the level it scores")
  @APIResponse(responseCode = "200", description = "Saved")
  @APIResponse(responseCode = "422", description = "A figure refused (out of range, report not editable)",
      content = @Content(mediaType = Problems.MEDIA_TYPE))
  @Parameter(name = ApiAccess.CSRF_HEADER, in = ParameterIn.HEADER, required = true, description = "Any value; required on session writes")
  public Views.KpiScoreView saveKpi(@PathParam("reportId") long reportId, @PathParam("kpiNumber") int kpiNumber, Views.KpiFiguresInput body) {
    if (body == null) {
      throw new BadRequestException();
    }
    List<KpiRow> rows = body.rows() == null ? List.of() : body.rows().stream().map(r -> new KpiRow(r.target(), r.result())).toList();
    KpiInput input = new KpiInput(kpiNumber, body.figure(), body.base(), body.chosenLevel(), rows);
    return Views.KpiScoreView.of(kpiNumber, editor.saveKpi(caller(), reportId, input));
  }

  @POST
  @Path("reports/{reportId}/submission")
  @Operation(operationId = "submitReport", summary = "Certify the caller's own report as true and send it to the group director")
  @APIResponse(responseCode = "200", description = "Submitted: the staff member's signature heads the chain")
  @APIResponse(responseCode = "422", description = "Not submittable now (already submitted, a KPI missing)",
      content = @Content(mediaType = Problems.MEDIA_TYPE))
  @Parameter(name = ApiAccess.CSRF_HEADER, in = ParameterIn.HEADER, required = true, description = "Any value; required on session writes")
  public Views.SubmissionView submit(@PathParam("reportId") long reportId) {
    Signature signed = approvals.submit(caller(), reportId);
    return new Views.SubmissionView(reportId, signed.getSubmission().getNumber(), signed.getReport().getStatus().name(), signed.getHash());
  }

  private String caller() {
    return ApiCaller.of(request).username();
  }
}
