package id.terpadu.safety;

/** Immediate safety actions for a high-risk case. */
public enum SafetyAction {
  EMERGENCY_PLACEMENT, MEDICAL_CARE, POLICE, SAFE_WITH_FAMILY, OTHER
}
