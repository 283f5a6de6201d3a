package id.terpadu.process;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Form inputs our listeners refuse (a {@link BadUserRequestException} with a message in Bahasa Indonesia)
 * reach the engine's REST API wrapped in a listener error, which Camunda answers with 500 and a technical
 * prefix. This mapper answers them as what they are: 400, with the message alone, which Tasklist shows the
 * user. Everything else keeps Camunda's own handling.
 */
@Configuration
public class FormValidationResponses {

  @Bean
  ResourceConfigCustomizer formValidationExceptionMapper() {
    return config -> config.register(Mapper.class);
  }

  /** Chosen over Camunda's mapper of the same type by its priority (JAX-RS: the lower value wins). */
  @Priority(1)
  public static class Mapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      BadUserRequestException invalid = refusedInput(exception);
      if (exception.getStatus() != Response.Status.INTERNAL_SERVER_ERROR || invalid == null) {
        return camunda.toResponse(exception);
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "InvalidRequestException");
      body.put("message", invalid.getMessage());
      body.put("code", null);
      return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE)
          .build();
    }

    static BadUserRequestException refusedInput(Throwable error) {
      for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
        if (t instanceof BadUserRequestException b) {
          return b;
        }
      }
      return null;
    }
  }
}
