package th.go.cdd.performance.api;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import th.go.cdd.performance.shared.BusinessException;

/**
 * Every failure of a call as a problem document: a refusal with its message key (access refused,
 * a missing id alike, is 403), JAX-RS's own (unknown path 404, wrong method 405, unreadable body 400),
 * a change made meanwhile 409; anything else 500 with no detail beyond "failed" (logged here).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(Throwable failure) {
    Problems.Problem problem = problemOf(failure, request.getHeader("Accept-Language"), request.getRequestURI());
    if (problem.status() >= 500) {
      LOG.log(Level.SEVERE, "API call failed: " + request.getMethod() + " " + request.getRequestURI(), failure);
    }
    return Response.status(problem.status()).type(Problems.MEDIA_TYPE).entity(problem.toJson().toString()).build();
  }

  static Problems.Problem problemOf(Throwable failure, String language, String instance) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BusinessException refusal) {
        return Problems.of(refusal.getKey(), refusal.getArgs(), language, instance);
      }
      if (t instanceof OptimisticLockException) {
        return Problems.of("error.concurrent", null, language, instance);
      }
      if (t instanceof JsonbException) {
        return Problems.of("api.badRequest", null, language, instance);
      }
    }
    if (failure instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      return Problems.of(status, Problems.keyOfStatus(status), null, language, instance);
    }
    if (failure instanceof ProcessingException) {
      return Problems.of("api.badRequest", null, language, instance);
    }
    return Problems.of(500, "api.failed", null, language, instance);
  }
}
