package id.terpadu.assessment;

/** The aspects of a child's and family's situation that the comprehensive assessment covers. */
public enum AssessmentSection {
  SAFETY("Safety"), HEALTH("Health"), EDUCATION("Education"), CIVIL_DOCUMENTS("CivilDocuments"),
  FAMILY_CARE("FamilyCare"), ECONOMY("Economy"), LEGAL("Legal");

  private final String formSuffix;

  AssessmentSection(String formSuffix) {
    this.formSuffix = formSuffix;
  }

  /** Form field with the findings of this section. */
  public String findingsField() {
    return "confidentialAssessment" + formSuffix;
  }

  /** Form field: does this section need a service. */
  public String needsField() {
    return "needs" + formSuffix;
  }
}
