package id.terpadu.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The largest body of an {@code /api} call that is not a file upload ({@code terpadu.api.max-body-size}, 1MB): a
 * declared length over it is answered 413 problem+json before anything is read; a chunked body stops with
 * {@link TooLarge} when it passes the limit, which {@link ApiExceptionHandler} answers 413 the same way. Multipart
 * uploads have their own limits (imports: {@code terpadu.import.max-file-size}; KLA evidence:
 * {@code terpadu.kla.evidence.max-size}). See docs/adr/0032-hostile-input.md.
 */
@Component
public class RequestBodyLimit extends OncePerRequestFilter {

  private final Problems problems;
  private final long maxBytes;

  public RequestBodyLimit(Problems problems, @Value("${terpadu.api.max-body-size:1MB}") DataSize maxBodySize) {
    this.problems = problems;
    this.maxBytes = maxBodySize.toBytes();
  }

  /** A body read past the limit; the message names the limit only. */
  public static final class TooLarge extends IOException {
    TooLarge(long maxBytes) {
      super("The body is larger than " + maxBytes + " bytes.");
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        || type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, ProblemCodes.PAYLOAD_TOO_LARGE,
          "The body is larger than " + maxBytes + " bytes.");
      return;
    }
    chain.doFilter(new Limited(request, maxBytes), response);
  }

  /** Counts what is read of the body. */
  private static final class Limited extends HttpServletRequestWrapper {
    private final long maxBytes;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
              count(1);
            }
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
              count(n);
            }
            return n;
          }

          private void count(int n) throws TooLarge {
            read += n;
            if (read > maxBytes) {
              throw new TooLarge(maxBytes);
            }
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return stream;
    }

    @Override
    public java.io.BufferedReader getReader() throws IOException {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
          getCharacterEncoding() != null ? getCharacterEncoding() : "UTF-8"));
    }
  }
}
