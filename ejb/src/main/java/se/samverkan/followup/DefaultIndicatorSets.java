package se.samverkan.followup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives every region that has no indicator set the agreement's four indicators
 * ({@link DefaultIndicators}), from the first year on. Runs at start-up as the owning role, in
 * each region's context; a region that has a set is left alone, so a restart changes nothing.
 */
public final class DefaultIndicatorSets {

  private final Connection connection;
  private final Clock clock;

  public DefaultIndicatorSets(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
  }

  public void ensure() throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      List<String> regions = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("select id from tenant where kind = 'REGION'");
          ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          regions.add(rows.getString(1));
        }
      }
      for (String region : regions) {
        DemoSql.actAs(connection, region);
        if (!DemoSql.exists(connection, "select 1 from indicator_set where tenant_id = ?", region)) {
          write(connection, region, DefaultIndicators.FROM_YEAR, DefaultIndicators.NAME, DefaultIndicators.definitions(),
              clock.instant());
        }
      }
      DemoSql.actAs(connection, "");
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** Writes a set with its indicators in the region's context; returns the set's id. */
  static long write(Connection connection, String region, int fromYear, String name,
      List<IndicatorDefinition> definitions, Instant at) throws SQLException {
    long setId;
    try (PreparedStatement insert = connection.prepareStatement(
        "insert into indicator_set (tenant_id, valid_from_year, name, created_at) values (?, ?, ?, ?) returning id")) {
      insert.setString(1, region);
      insert.setInt(2, fromYear);
      insert.setString(3, name);
      insert.setTimestamp(4, Timestamp.from(at));
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        setId = rows.getLong(1);
      }
    }
    int position = 1;
    for (IndicatorDefinition d : definitions) {
      try (PreparedStatement insert = connection.prepareStatement(
          "insert into indicator (tenant_id, indicator_set_id, position, code, heading, guidance, kind, source,"
              + " choices, table_columns, required) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, region);
        insert.setLong(2, setId);
        insert.setInt(3, position++);
        insert.setString(4, d.code());
        insert.setString(5, d.heading());
        insert.setString(6, d.guidance().orElse(null));
        insert.setString(7, d.kind().name());
        insert.setString(8, d.source().map(Enum::name).orElse(null));
        insert.setString(9, Lines.join(d.choices()));
        insert.setString(10, Lines.join(d.tableColumns()));
        insert.setBoolean(11, d.required());
        insert.executeUpdate();
      }
    }
    return setId;
  }
}
