package se.samverkan.followup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Small JDBC steps of the start-up writers: the tenant context, and whether a row exists. */
final class DemoSql {

  private DemoSql() {}

  static void actAs(Connection connection, String tenant) throws SQLException {
    try (PreparedStatement context = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      context.setString(1, tenant);
      context.execute();
    }
  }

  static boolean exists(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  static long id(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  static void update(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.execute();
    }
  }
}
