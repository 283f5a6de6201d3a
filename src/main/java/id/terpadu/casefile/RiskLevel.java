package id.terpadu.casefile;

/** RiskLevel of a case (stable codes used in the API, the process and reports). */
public enum RiskLevel {
  HIGH, MEDIUM, LOW
}
