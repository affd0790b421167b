package se.samverkan.followup.quarterly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import se.samverkan.tenants.AreaDefinition;
import se.samverkan.tenants.TenantDefinition;
import se.samverkan.tenants.TenantKind;

/**
 * Three quarterly indicators of the kind seed 000 follows up (readmissions, avoidable inpatient
 * care, days waiting after being ready for discharge), in our own words, and figures for every
 * municipality of a demo area for 2023-Q1 to 2025-Q4. The figures are invented: drawn from a
 * random generator with a fixed seed around a level per municipality and a slope, so every run
 * writes the same plausible figures, most municipalities improving and one getting worse.
 *
 * <p>Written once per area (when its region has no quarterly indicators yet), at start-up as the
 * owning role, in the region's context for the definitions and each municipality's for its own
 * figures.
 */
public final class DemoQuarterlyIndicators {

  static final Quarter FIRST = new Quarter(2023, 1);
  static final int QUARTERS = 12;
  private static final long SEED = 20_230_101L;

  /** code, Swedish name, English name, unit, level, spread between municipalities, slope per quarter, noise. */
  private static final Object[][] INDICATORS = {
    {"ATERINSKRIVNING-30", "Återinskrivningar inom 30 dagar, 65 år och äldre",
        "Readmissions within 30 days, aged 65 and over", Unit.PERCENT, 17.0, 2.5, -0.18, 0.6},
    {"UNDVIKBAR-SLUTENVARD", "Undvikbar slutenvård per 1 000 invånare 65 år och äldre",
        "Avoidable inpatient care per 1,000 inhabitants aged 65 and over", Unit.PER_1000_INHABITANTS, 11.0, 2.0, -0.12,
        0.5},
    {"UTSKRIVNINGSKLAR-DAGAR", "Dagar kvar på sjukhus efter att ha blivit utskrivningsklar, medel",
        "Days still in hospital after being ready for discharge, mean", Unit.DAYS, 3.2, 1.0, -0.06, 0.25},
  };

  private final Connection connection;

  public DemoQuarterlyIndicators(Connection connection) {
    this.connection = connection;
  }

  public void write(List<AreaDefinition> areas) throws SQLException {
    for (AreaDefinition area : areas) {
      if (area.demoTerm()) {
        write(area);
      }
    }
  }

  private void write(AreaDefinition area) throws SQLException {
    String region = area.region().id();
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      actAs(region);
      if (count("select count(*) from quarterly_indicator where tenant_id = ?", region) > 0) {
        connection.rollback();
        return;
      }
      long[] ids = new long[INDICATORS.length];
      for (int i = 0; i < INDICATORS.length; i++) {
        Object[] d = INDICATORS[i];
        ids[i] = insert("insert into quarterly_indicator (tenant_id, code, name_sv, name_en, description, unit, better,"
                + " reported_by, active_from) values (?, ?, ?, ?, ?, ?, 'LOWER', 'MUNICIPALITIES', ?)",
            region, d[0], d[1], d[2], "Följs upp kvartalsvis i regionens och kommunernas gemensamma uppföljning.",
            ((Unit) d[3]).name(), FIRST.toString());
      }
      List<String> municipalities = area.tenants().stream()
          .filter(t -> t.kind() == TenantKind.MUNICIPALITY).map(TenantDefinition::id).toList();
      Random random = new Random(SEED);
      for (int m = 0; m < municipalities.size(); m++) {
        actAs(municipalities.get(m));
        // the last municipality slips: its figures rise where the others fall
        double direction = m == municipalities.size() - 1 ? -0.8 : 1 + (m % 3) * 0.3;
        for (int i = 0; i < INDICATORS.length; i++) {
          Object[] d = INDICATORS[i];
          double level = (double) d[4] + ((double) d[5]) * (random.nextDouble() * 2 - 1);
          double slope = (double) d[6] * direction;
          double noise = (double) d[7];
          for (int q = 0; q < QUARTERS; q++) {
            double figure = Math.max(0.1, level + slope * q + noise * random.nextGaussian());
            insert("insert into quarterly_value (tenant_id, indicator_id, quarter, value) values (?, ?, ?, ?)",
                municipalities.get(m), ids[i], FIRST.plus(q).toString(),
                BigDecimal.valueOf(figure).setScale(1, RoundingMode.HALF_UP));
          }
        }
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private void actAs(String tenant) throws SQLException {
    try (PreparedStatement context = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      context.setString(1, tenant);
      context.execute();
    }
  }

  private long count(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(sql, parameters); ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }

  private long insert(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(sql + " returning id", parameters);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }

  private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}
