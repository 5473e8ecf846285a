package th.go.cdd.performance.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.go.cdd.performance.monitoring.Dashboard;
import th.go.cdd.performance.monitoring.KpiRollup;
import th.go.cdd.performance.monitoring.ProvinceProgress;
import th.go.cdd.performance.monitoring.ReportLists;

/**
 * One round as the monitoring pages show it: the dashboard's counts, the national roll-up and a
 * province's reports with their state and holder; each narrowed by the services to what the caller's
 * account oversees (an officer's token: their province; another province's code is refused).
 */
@Path("v1/rounds/{roundId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "monitoring", description = "ภาพรวมและสรุประดับประเทศ / Dashboard and national roll-up")
@APIResponse(responseCode = "401", description = "No session and no valid token", content = @Content(mediaType = Problems.MEDIA_TYPE))
@APIResponse(responseCode = "403", description = "Not the caller's to see (also an id that does not exist)",
    content = @Content(mediaType = Problems.MEDIA_TYPE))
public class MonitoringResource {
  @Inject private Dashboard dashboard;
  @Inject private KpiRollup rollup;
  @Inject private ReportLists lists;
  @Context private HttpServletRequest request;

  @PathParam("roundId") private long roundId;

  @GET
  @Path("dashboard")
  @Operation(operationId = "roundDashboard", summary = "Reports in each state, by province and in total, for the provinces the caller oversees")
  public Views.DashboardView dashboard() {
    List<ProvinceProgress> rows = dashboard.progress(caller(), roundId);
    return new Views.DashboardView(roundId, Views.CountsView.of(Dashboard.total(rows)), rows.stream().map(Views.ProvinceCountsView::of).toList());
  }

  @GET
  @Path("rollup")
  @Operation(operationId = "roundRollup", summary = "The national roll-up of every KPI: results, levels reached, percent of target")
  public List<Views.KpiTotalView> rollup(@QueryParam("yearToDate") @DefaultValue("false") boolean yearToDate,
                                         @QueryParam("signedOnly") @DefaultValue("false") boolean signedOnly) {
    return rollup.national(caller(), new KpiRollup.Window(roundId, yearToDate, signedOnly)).stream().map(Views.KpiTotalView::of).toList();
  }

  @GET
  @Path("provinces/{provinceCode}/reports")
  @Operation(operationId = "provinceReports", summary = "Every staff member of a province in the round: their report's state and who holds it")
  public List<Views.ReportLineView> provinceReports(@PathParam("provinceCode") String provinceCode) {
    return lists.province(caller(), roundId, provinceCode).stream().map(Views.ReportLineView::of).toList();
  }

  private String caller() {
    return ApiCaller.of(request).username();
  }
}
