package id.terpadu.casefile;

/** ClosureReason of a case (stable codes used in the API, the process and reports). */
public enum ClosureReason {
  GOALS_MET, TRANSFERRED, MOVED_AWAY, AGED_OUT, DECEASED, FAMILY_REFUSED, NOT_A_CASE, DUPLICATE
}
