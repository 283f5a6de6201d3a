package id.terpadu.kla;

/**
 * One KLA indicator of the catalogue.
 *
 * @param code             {@code K<cluster>.<n>}
 * @param cluster          0 (institutional, filled in by the regency) to 5
 * @param evidenceRequired whether supporting evidence must be uploaded before the value is submitted (not for a
 *                         yes/no answered "no")
 * @param lowerIsBetter    the direction of the default scoring rule
 */
public record KlaIndicator(String code, int cluster, String nameId, String nameEn, KlaUnit unit,
    boolean evidenceRequired, boolean lowerIsBetter) {

  /** The process variable (and form field key) of the indicator's value: {@code ind_K1_1}. */
  public String variable() {
    return variableOf(code);
  }

  public static String variableOf(String code) {
    return "ind_" + code.replace('.', '_');
  }
}
