package th.go.cdd.performance.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.go.cdd.performance.monitoring.Dashboard;

/** The programs and their rounds, as the dashboard's round chooser lists them (every signed-in user may read them). */
@Path("v1/programs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "programs", description = "โครงการและรอบการรายงาน / Programs and reporting rounds")
@APIResponse(responseCode = "401", description = "No session and no valid token", content = @Content(mediaType = Problems.MEDIA_TYPE))
public class ProgramsResource {
  @Inject private Dashboard dashboard;

  @GET
  @Operation(operationId = "listPrograms", summary = "Programs with their reporting rounds")
  public List<Views.ProgramView> programs() {
    return dashboard.programs().stream().map(Views.ProgramView::of).toList();
  }
}
