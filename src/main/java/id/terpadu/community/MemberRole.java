package id.terpadu.community;

/** The role of a member in a community child-protection group (stable codes used in the API). */
public enum MemberRole {
  KETUA, WAKIL_KETUA, SEKRETARIS, BENDAHARA, ANGGOTA, FASILITATOR
}
