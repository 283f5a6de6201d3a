package id.terpadu.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An import file stored in the database in pieces ({@code import_job_chunk}), so that any node can read it:
 * written while the upload streams through, read back one piece at a time. Neither side holds more than one
 * piece in memory.
 */
final class FileChunks {

  static final int CHUNK_SIZE = 1024 * 1024;

  private FileChunks() {}

  /** Writes the bytes given to it as numbered chunks of a job (in the caller's transaction). */
  static final class Writer extends OutputStream {

    private final JdbcTemplate jdbc;
    private final String jobId;
    private final byte[] buffer = new byte[CHUNK_SIZE];
    private int filled;
    private int seq;

    Writer(JdbcTemplate jdbc, String jobId) {
      this.jdbc = jdbc;
      this.jobId = jobId;
    }

    @Override
    public void write(int b) {
      buffer[filled++] = (byte) b;
      if (filled == CHUNK_SIZE) {
        flushChunk();
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      while (length > 0) {
        int n = Math.min(length, CHUNK_SIZE - filled);
        System.arraycopy(bytes, offset, buffer, filled, n);
        filled += n;
        offset += n;
        length -= n;
        if (filled == CHUNK_SIZE) {
          flushChunk();
        }
      }
    }

    @Override
    public void close() {
      if (filled > 0) {
        flushChunk();
      }
    }

    private void flushChunk() {
      byte[] data = filled == CHUNK_SIZE ? buffer : java.util.Arrays.copyOf(buffer, filled);
      jdbc.update("INSERT INTO import_job_chunk (job_id, seq, data) VALUES (?, ?, ?)", jobId, seq++, data);
      filled = 0;
    }
  }

  /** Reads a job's chunks in order, fetching the next one when the current one is used up. */
  static final class Reader extends InputStream {

    private final JdbcTemplate jdbc;
    private final String jobId;
    private byte[] chunk = new byte[0];
    private int position;
    private int seq;
    private boolean end;

    Reader(JdbcTemplate jdbc, String jobId) {
      this.jdbc = jdbc;
      this.jobId = jobId;
    }

    @Override
    public int read() throws IOException {
      if (!ensure()) {
        return -1;
      }
      return chunk[position++] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (!ensure()) {
        return -1;
      }
      int n = Math.min(length, chunk.length - position);
      System.arraycopy(chunk, position, bytes, offset, n);
      position += n;
      return n;
    }

    private boolean ensure() {
      while (position >= chunk.length) {
        if (end) {
          return false;
        }
        java.util.List<byte[]> next = jdbc.query("SELECT data FROM import_job_chunk WHERE job_id = ? AND seq = ?",
            (rs, row) -> rs.getBytes(1), jobId, seq);
        if (next.isEmpty()) {
          end = true;
          return false;
        }
        seq++;
        chunk = next.get(0);
        position = 0;
      }
      return true;
    }
  }

  /**
   * Passes the bytes read from an upload on to a chunk writer and a SHA-256 digest, counting them, so one pass
   * over the upload checks it and stores it.
   */
  static final class Tee extends InputStream {

    private final InputStream in;
    private final OutputStream copy;
    private final java.security.MessageDigest digest;
    private long count;

    Tee(InputStream in, OutputStream copy) {
      this.in = in;
      this.copy = copy;
      try {
        this.digest = java.security.MessageDigest.getInstance("SHA-256");
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        copy.write(b);
        digest.update((byte) b);
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      int n = in.read(bytes, offset, length);
      if (n > 0) {
        copy.write(bytes, offset, n);
        digest.update(bytes, offset, n);
        count += n;
      }
      return n;
    }

    /** Reads whatever the consumer left unread, so that the whole upload is stored and digested. */
    void drain() throws IOException {
      byte[] rest = new byte[64 * 1024];
      while (read(rest, 0, rest.length) >= 0) {
        // passes through
      }
    }

    long count() {
      return count;
    }

    String sha256() {
      return java.util.HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
