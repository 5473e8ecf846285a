package th.go.cdd.performance.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** JAX-RS under /api; every resource path starts with its version (v1/...). */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info = @Info(title = "CDD performance reporting API", version = "1",
        description = "รายงานผลการปฏิบัติงานของพนักงานราชการเฉพาะกิจ กรมการพัฒนาชุมชน / Performance reports of the Community "
            + "Development Department's temporary staff. Errors are application/problem+json (RFC 9457) in Thai and English. "
            + "Systems call with an administrator-issued token (Authorization: Bearer ...), read-only; a signed-in session "
            + "may also write its own report, with the header " + ApiAccess.CSRF_HEADER + "."),
    security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "session")})
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token an administrator issued (Administration > API tokens); read-only"),
    @SecurityScheme(securitySchemeName = "session", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
        apiKeyName = "JSESSIONID", description = "A signed-in session; writes also need the header " + ApiAccess.CSRF_HEADER)})
public class ApiApplication extends Application {}
