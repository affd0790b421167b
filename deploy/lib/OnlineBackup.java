import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The two things deploy/samverkan needs from PostgreSQL that its bundled binaries cannot do
 * (they hold no psql or pg_basebackup, and Debian's client is older than the server):
 *
 * <pre>
 *   backup    JDBC_URL USER DATA_DIR TAR   an online base backup of the cluster, WAL included
 *   checksums JDBC_URL USER                one line per table of the public schema: rows, md5
 * </pre>
 *
 * The password comes from PGPASSWORD, never from the command line (ps shows arguments). Run
 * with the PostgreSQL JDBC driver on the class path: java -cp postgresql.jar OnlineBackup.java …
 */
public class OnlineBackup {

  public static void main(String[] args) throws Exception {
    if (args.length == 5 && args[0].equals("backup")) {
      backup(args[1], args[2], Path.of(args[3]), Path.of(args[4]));
    } else if (args.length == 3 && args[0].equals("checksums")) {
      checksums(args[1], args[2]);
    } else {
      System.err.println("usage: backup JDBC_URL USER DATA_DIR TAR | checksums JDBC_URL USER");
      System.exit(2);
    }
  }

  /**
   * PostgreSQL's low-level backup: between pg_backup_start and pg_backup_stop (one session) the
   * data directory is copied as it is, changing; backup_label and the WAL written meanwhile let
   * the restored cluster replay itself to a consistent state. The server keeps enough WAL for
   * that (deploy/samverkan starts it with wal_keep_size).
   */
  static void backup(String url, String user, Path dataDir, Path tar) throws Exception {
    try (Connection db = connect(url, user)) {
      try (Statement statement = db.createStatement()) {
        statement.execute("select pg_backup_start('samverkan', true)");
      }
      tar(dataDir, tar, "-cf", List.of("--exclude=./pg_wal/*", "--exclude=./postmaster.pid",
          "--exclude=./postmaster.opts", "--exclude=./pg_replslot/*", "--exclude=./pg_stat_tmp/*",
          "--exclude=./backup_label", "."));
      String label;
      try (Statement statement = db.createStatement();
          ResultSet stop = statement.executeQuery("select labelfile from pg_backup_stop(false)")) {
        stop.next();
        label = stop.getString(1);
      }
      Path extra = Files.createTempDirectory("samverkan-backup");
      try {
        Files.writeString(extra.resolve("backup_label"), label, StandardCharsets.UTF_8);
        tar(extra, tar, "-rf", List.of("./backup_label"));
      } finally {
        Files.deleteIfExists(extra.resolve("backup_label"));
        Files.deleteIfExists(extra);
      }
      // after the stop: the segments up to and including the backup's end are all there now
      tar(dataDir, tar, "-rf", List.of("./pg_wal"));
    }
  }

  /** GNU tar answers 1 when a file changed while it was read: expected here, WAL repairs it. */
  private static void tar(Path dir, Path tar, String mode, List<String> what) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tar", "-C", dir.toString(), mode, tar.toString(),
        "--warning=no-file-changed", "--warning=no-file-removed"));
    command.addAll(what);
    Process process = new ProcessBuilder(command).inheritIO().start();
    int exit = process.waitFor();
    if (exit > 1) {
      throw new IOException(String.join(" ", command) + " failed with exit code " + exit);
    }
  }

  /** The content of every table, as a superuser sees it (row-level security does not apply). */
  static void checksums(String url, String user) throws SQLException {
    try (Connection db = connect(url, user)) {
      List<String> tables = new ArrayList<>();
      try (Statement statement = db.createStatement();
          ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'"
              + " order by tablename")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      for (String table : tables) {
        String sql = "select count(*), coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '')"
            + " from public.\"" + table.replace("\"", "\"\"") + "\" t";
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet sum = statement.executeQuery()) {
          sum.next();
          System.out.println(table + "\t" + sum.getLong(1) + "\t" + sum.getString(2));
        }
      }
    }
  }

  private static Connection connect(String url, String user) throws SQLException {
    String password = System.getenv("PGPASSWORD");
    if (password == null) {
      throw new IllegalStateException("PGPASSWORD is not set");
    }
    return DriverManager.getConnection(url, user, password);
  }
}
