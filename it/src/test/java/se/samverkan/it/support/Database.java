package se.samverkan.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC to the test stack's database, as the application's role or as the owner. */
public final class Database {

  private final Stack stack;

  public Database(Stack stack) {
    this.stack = stack;
  }

  /** A connection as the application's role (samverkan_app): owns nothing, not superuser. */
  public Connection asApplication() throws SQLException {
    return connect(stack.appUser(), stack.appPassword());
  }

  /** A connection as the role that owns the tables (Flyway's). */
  public Connection asOwner() throws SQLException {
    return connect(stack.ownerUser(), stack.ownerPassword());
  }

  private Connection connect(String user, String password) throws SQLException {
    Connection connection = java.sql.DriverManager.getConnection(stack.dbUrl(), user, password);
    connection.setAutoCommit(true);
    return connection;
  }

  /** Sets the transaction's tenant context, as the application does in every transaction. */
  public static void setTenant(Connection connection, String tenant) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      statement.setString(1, tenant);
      statement.executeQuery().close();
    }
  }

  public static long count(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** The first column of every row, as text. */
  public static List<String> column(Connection connection, String sql, Object... parameters)
      throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  /** Every row as one line of text ("col=value|col=value"), in the query's order. */
  public static List<String> rows(Connection connection, String sql, Object... parameters)
      throws SQLException {
    List<String> lines = new ArrayList<>();
    try (PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      ResultSetMetaData meta = rows.getMetaData();
      while (rows.next()) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          if (i > 1) {
            line.append('|');
          }
          line.append(meta.getColumnName(i)).append('=').append(rows.getString(i));
        }
        lines.add(line.toString());
      }
    }
    return lines;
  }

  public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    }
  }

  public static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}
