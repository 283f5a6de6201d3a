package id.terpadu;

import javax.xml.datatype.DatatypeFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Terpadu: case management for integrated child social protection services. */
@SpringBootApplication
public class TerpaduApplication {

  /**
   * The engine parses every timer cycle and duration with a new {@code DatatypeFactory}, and without this property
   * the JDK looks the factory up among the service files of every jar on the class path each time: 8 % of an SLA
   * storm's CPU. Named here, it is the JDK's own factory, the one the lookup ends with (no jar of Terpadu provides
   * another); an operator's setting wins.
   */
  static {
    if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
      System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
          DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    }
  }

  public static void main(String[] args) {
    SpringApplication.run(TerpaduApplication.class, args);
  }
}
