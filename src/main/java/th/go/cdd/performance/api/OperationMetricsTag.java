package th.go.cdd.performance.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import th.go.cdd.performance.web.http.RequestMetricsFilter;

/**
 * Names the API operation a request reached (its OpenAPI operationId, "api:getReport") for the request
 * metrics, so that each operation has its own count and latency; a request that matches none stays "/api".
 */
@Provider
public class OperationMetricsTag implements ContainerRequestFilter {
  @Context private ResourceInfo resource;
  @Context private HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (resource == null || resource.getResourceMethod() == null) {
      return;
    }
    Operation operation = resource.getResourceMethod().getAnnotation(Operation.class);
    if (operation != null && !operation.operationId().isBlank()) {
      request.setAttribute(RequestMetricsFilter.PAGE, "api:" + operation.operationId());
    }
  }
}
