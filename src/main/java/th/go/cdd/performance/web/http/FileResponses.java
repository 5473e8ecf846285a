package th.go.cdd.performance.web.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Sends an uploaded file back as a download that the browser never renders in our origin. */
final class FileResponses {
  private FileResponses() {}

  static void attachment(HttpServletResponse resp, String fileName, String contentType, byte[] content) throws IOException {
    resp.setContentType(contentType);
    resp.setContentLengthLong(content.length);
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Content-Security-Policy", "sandbox");
    resp.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    resp.getOutputStream().write(content);
  }

  /** The numeric id at the end of the path (/{id}), or null for anything else. */
  static Long id(String pathInfo) {
    String s = pathInfo == null ? "" : pathInfo.substring(1);
    return s.matches("\\d{1,18}") ? Long.valueOf(s) : null;
  }
}
