package id.terpadu.person;

/**
 * Published in the changing transaction when a person's address region changed (a case handed over to another
 * regency takes the child's record along): records that follow the person's region listen to it.
 */
public record PersonMoved(long personId) {}
