package th.go.cdd.performance.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.go.cdd.performance.document.Verification;

/** Verification by the code printed on a signed summary, as the public verification page does it. */
@Path("v1/verifications/{code}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "verification", description = "ตรวจสอบเอกสาร / Verify a signed document")
@APIResponse(responseCode = "401", description = "No session and no valid token", content = @Content(mediaType = Problems.MEDIA_TYPE))
public class VerificationResource {
  /** The page reads no more than this of a code either. */
  private static final int MAX_CODE = 60;

  @Inject private Verification verification;

  @GET
  @Operation(operationId = "verifyCode", summary = "Whether the document with this code matches its signed record and the server's seal")
  public Views.VerificationView verify(@PathParam("code") String code) {
    return Views.VerificationView.of(verification.verify(code.length() > MAX_CODE ? code.substring(0, MAX_CODE) : code));
  }
}
