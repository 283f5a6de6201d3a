package id.terpadu.web;

/**
 * One invalid field of a request: {@code field} is the JSON path, {@code code} a stable machine code
 * (e.g. {@code REQUIRED}), {@code message} the text a user reads, in Bahasa Indonesia.
 */
public record FieldProblem(String field, String code, String message) {}
