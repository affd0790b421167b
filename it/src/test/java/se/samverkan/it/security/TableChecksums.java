package se.samverkan.it.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.samverkan.it.support.Database;

/**
 * The content of every table as a row count and an md5 of all rows, read as the owner. The owner
 * is bound by FORCE row-level security too, so a table with {@code tenant_id} is read tenant by
 * tenant with the tenant's context set, like the application reads it; the others in one go.
 *
 * <p>What legitimately changes while nothing is written is left out: the audit trail's READ
 * records (reading a deviation's or a dispute's details records the read) and the mail outbox's
 * delivery marks (status, attempts, next attempt, sent, last error: the sender works after every
 * commit and on a timer, independently of the requests). Sequences are not tables and are not
 * read; a refused insert may still draw a number, which changes no row.
 */
final class TableChecksums {

  /** What a table's rows are read as, where not all of {@code t::text}. */
  private static final Map<String, String> ROW_TEXT = Map.of(
      "mail_outbox", "concat_ws('|', t.id, t.tenant_id, t.recipients, t.subject, md5(t.message), t.created_at)");
  private static final Map<String, String> ROW_FILTER = Map.of(
      "audit_event", "t.action <> 'READ'");

  private TableChecksums() {}

  /** {@code table → "rows md5"}, for every table of the public schema. */
  static Map<String, String> of(Database database) throws SQLException {
    Map<String, String> sums = new TreeMap<>();
    try (Connection db = database.asOwner()) {
      db.setAutoCommit(false);
      List<String> tenants = Database.column(db, "select id from tenant order by id");
      List<String> tenantTables = Database.column(db, "select c.table_name from information_schema.columns c"
          + " join pg_tables p on p.tablename = c.table_name and p.schemaname = c.table_schema"
          + " where c.table_schema = 'public' and c.column_name = 'tenant_id' order by 1");
      List<String> tables = Database.column(db, "select tablename from pg_tables where schemaname = 'public' order by 1");
      for (String table : tables) {
        String rowText = ROW_TEXT.getOrDefault(table, "t::text");
        String sql = "select count(*), coalesce(md5(string_agg(" + rowText + ", E'\\n' order by " + rowText + ")), '')"
            + " from public.\"" + table + "\" t" + (ROW_FILTER.containsKey(table) ? " where " + ROW_FILTER.get(table) : "");
        if (tenantTables.contains(table)) {
          List<String> perTenant = new ArrayList<>();
          long rows = 0;
          for (String tenant : tenants) {
            Database.setTenant(db, tenant);
            String[] sum = sum(db, sql);
            rows += Long.parseLong(sum[0]);
            perTenant.add(tenant + ":" + sum[1]);
          }
          sums.put(table, rows + " " + md5(db, String.join(",", perTenant)));
        } else {
          String[] sum = sum(db, sql);
          sums.put(table, sum[0] + " " + sum[1]);
        }
      }
      db.rollback();
    }
    return sums;
  }

  private static String[] sum(Connection db, String sql) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
      rows.next();
      return new String[] {String.valueOf(rows.getLong(1)), rows.getString(2)};
    }
  }

  private static String md5(Connection db, String text) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement("select md5(?)")) {
      statement.setString(1, text);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }
}
