package id.terpadu.importing;

import id.terpadu.web.FieldProblem;
import java.util.List;

/**
 * An uploaded file that cannot be imported as a whole (wrong encoding, not CSV, header or columns wrong, no
 * rows): answered with 400 and nothing is stored. Each problem has a stable code and a message in Bahasa
 * Indonesia that never repeats the file's data, apart from column names.
 */
public class ImportFileException extends RuntimeException {

  public static final String EMPTY = "FILE_EMPTY";
  public static final String NO_ROWS = "NO_ROWS";
  public static final String ENCODING = "ENCODING";
  public static final String NOT_CSV = "NOT_CSV";
  public static final String MALFORMED = "CSV_MALFORMED";
  public static final String HEADER_MISSING = "HEADER_MISSING";
  public static final String COLUMN_MISSING = "COLUMN_MISSING";
  public static final String COLUMN_UNKNOWN = "COLUMN_UNKNOWN";
  public static final String COLUMN_DUPLICATE = "COLUMN_DUPLICATE";

  private final List<FieldProblem> problems;

  public ImportFileException(String code, String message) {
    this(List.of(new FieldProblem("file", code, message)));
  }

  public ImportFileException(List<FieldProblem> problems) {
    super(problems.stream().map(FieldProblem::code).distinct().reduce((a, b) -> a + ", " + b).orElse("invalid"));
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** The first problem's code. */
  public String code() {
    return problems.get(0).code();
  }
}
