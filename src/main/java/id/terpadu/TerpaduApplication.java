package id.terpadu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Terpadu: case management for integrated child social protection services. */
@SpringBootApplication
public class TerpaduApplication {

  public static void main(String[] args) {
    SpringApplication.run(TerpaduApplication.class, args);
  }
}
