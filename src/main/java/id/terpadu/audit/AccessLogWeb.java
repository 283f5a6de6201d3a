package id.terpadu.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * When the access log is written, for every {@code /api} call in one place:
 * <ul>
 *   <li>just before an answer's body is written (a case file, a list, a problem+json refusal): the row is
 *   stored before any case data leaves, and a failure to store it fails the call;</li>
 *   <li>at the end of the request for answers without a body (204), or if the body was never written.</li>
 * </ul>
 */
@ControllerAdvice
class AccessLogWeb implements ResponseBodyAdvice<Object>, HandlerInterceptor, WebMvcConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(AccessLogWeb.class);

  private final AccessLogRecorder recorder;

  AccessLogWeb(AccessLogRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  /** An unknown {@code X-Terpadu-Purpose} is refused (400) before anything is read. */
  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    AccessPurpose.stated(request);
    return true;
  }

  @Override
  public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
      ServerHttpResponse response) {
    if (request instanceof ServletServerHttpRequest servletRequest
        && response instanceof ServletServerHttpResponse servletResponse
        && recorder.hasPending(servletRequest.getServletRequest())) {
      recorder.flush(servletRequest.getServletRequest(), servletResponse.getServletResponse().getStatus());
    }
    return body;
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception ex) {
    if (!recorder.hasPending(request)) {
      return;
    }
    try {
      recorder.flush(request, ex != null ? 500 : response.getStatus());
    } catch (RuntimeException e) {
      // The answer is already sent; the operator must know that a row is missing (no case data in the message).
      LOG.error("Could not write the access log for {} {}", request.getMethod(), request.getRequestURI(), e);
    }
  }
}
