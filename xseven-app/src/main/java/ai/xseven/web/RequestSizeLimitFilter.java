package ai.xseven.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized API bodies before anything parses them. Upload paths (knowledge documents)
 * have a larger limit of their own; the feature behind them checks its exact limit itself.
 */
@Component
class RequestSizeLimitFilter extends OncePerRequestFilter {

  private static final AntPathMatcher PATHS = new AntPathMatcher();

  private final long maxBytes;
  private final List<String> uploadPaths;
  private final long maxUploadBytes;

  RequestSizeLimitFilter(@Value("${xseven.api.max-body-bytes:65536}") long maxBytes,
      @Value("${xseven.api.upload-paths:}") List<String> uploadPaths,
      @Value("${xseven.api.max-upload-bytes:65536}") long maxUploadBytes) {
    this.maxBytes = maxBytes;
    this.uploadPaths = uploadPaths;
    this.maxUploadBytes = maxUploadBytes;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    long limit = limitFor(request.getRequestURI());
    if (request.getContentLengthLong() > limit) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(
          "{\"type\":\"about:blank\",\"title\":\"Request too large\",\"status\":413,"
              + "\"detail\":\"The request body is larger than " + limit + " bytes.\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  private long limitFor(String path) {
    boolean upload = uploadPaths.stream().anyMatch(pattern -> PATHS.match(pattern.strip(), path));
    return upload ? maxUploadBytes : maxBytes;
  }
}
