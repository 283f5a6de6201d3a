package id.terpadu.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How deep a JSON document read by the application's object mapper may nest ({@code terpadu.api.max-json-depth}, 64;
 * Jackson's default is 1000): no request of Terpadu's API nests more than a few levels, and a deeper document is
 * refused as malformed (400) before it is bound. See docs/adr/0032-hostile-input.md.
 */
@Configuration(proxyBeanMethods = false)
class JsonReadLimits {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer jsonNestingLimit(@Value("${terpadu.api.max-json-depth:64}") int maxDepth) {
    return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(maxDepth).build()));
  }
}
