package id.terpadu.vulnerable;

import java.util.List;
import java.util.Map;

/**
 * The six basic needs of the assessment, each answered with one of {@link Answer}: the form field (process
 * variable) and the label the forms and exports use.
 */
public enum BasicNeed {
  FOOD("needFood", "Pangan"),
  HOUSING("needHousing", "Tempat tinggal"),
  HEALTH_INSURANCE("needHealthInsurance", "Jaminan kesehatan"),
  SCHOOLING("needSchooling", "Pendidikan"),
  CIVIL_DOCUMENTS("needCivilDocuments", "Dokumen kependudukan"),
  INCOME("needIncome", "Penghasilan");

  private final String field;
  private final String label;

  BasicNeed(String field, String label) {
    this.field = field;
    this.label = label;
  }

  public String field() {
    return field;
  }

  public String label() {
    return label;
  }

  /** How far a need is met. NOT_APPLICABLE e.g. schooling of an adult woman. */
  public enum Answer {
    MET("Terpenuhi"),
    PARTLY_MET("Sebagian terpenuhi"),
    NOT_MET("Tidak terpenuhi"),
    NOT_APPLICABLE("Tidak berlaku");

    private final String label;

    Answer(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  static final Map<String, String> ANSWER_LABELS = Map.of(
      Answer.MET.name(), Answer.MET.label(), Answer.PARTLY_MET.name(), Answer.PARTLY_MET.label(),
      Answer.NOT_MET.name(), Answer.NOT_MET.label(), Answer.NOT_APPLICABLE.name(), Answer.NOT_APPLICABLE.label());

  static List<String> fields() {
    return java.util.Arrays.stream(values()).map(BasicNeed::field).toList();
  }
}
