package se.samverkan.it.followup.regional;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.it.followup.regional.ApprovedReports.Submission;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Database;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Tokens;

/**
 * One year's reports of every municipality's SSGB in every state: Kungsbacka and Hylte approved;
 * Varberg returned then approved on its second submission; Falkenberg submitted, not reviewed;
 * Halmstad returned; Laholm approved for two groups (so its figures are a sum of two). Keeps what
 * the compilation must show: per municipality the sums of the approved inputs only.
 */
final class Scenario {

  final ApprovedReports reports;
  final Map<String, String> names = new LinkedHashMap<>();
  /** Per municipality: its approved submissions (none: nothing may be shown for it). */
  final Map<String, List<Submission>> approved = new LinkedHashMap<>();
  final List<Submission> notCounted = new ArrayList<>();
  Submission kungsbacka;
  Submission falkenberg;

  Scenario(Database database) throws SQLException {
    long seed = System.nanoTime();
    System.out.println("regional follow-up scenario, seed " + seed);
    reports = new ApprovedReports(database, seed);
    try (Connection owner = database.asOwner()) {
      for (String m : Halland.MUNICIPALITIES) {
        names.put(m, Database.column(owner, "select name from tenant where id = ?", m).get(0));
        approved.put(m, new ArrayList<>());
      }
    }
    kungsbacka = approve(Halland.KUNGSBACKA, "Bra arbete med SIP");
    long varbergReport = reports.newReportId();
    long varbergGroup = reports.ssgb(Halland.VARBERG);
    Submission returned = reports.submit(Halland.VARBERG, varbergGroup, group(Halland.VARBERG), varbergReport, 1);
    reports.review(returned, "RETURNED", "Komplettera analysen");
    notCounted.add(returned);
    Submission second = reports.submit(Halland.VARBERG, varbergGroup, group(Halland.VARBERG), varbergReport, 2);
    reports.review(second, "APPROVED", "Godkänd efter komplettering");
    approved.get(Halland.VARBERG).add(second);
    falkenberg = reports.submit("falkenberg", reports.ssgb("falkenberg"), group("falkenberg"), reports.newReportId(), 1);
    notCounted.add(falkenberg);
    Submission halmstad = reports.submit("halmstad", reports.ssgb("halmstad"), group("halmstad"), reports.newReportId(), 1);
    reports.review(halmstad, "RETURNED", "Siffrorna saknar förklaring");
    notCounted.add(halmstad);
    approve("laholm", null);
    Submission north = reports.submit("laholm", 9_000_000_000L + reports.year, "SSGB Laholm norr", reports.newReportId(), 1);
    reports.review(north, "APPROVED", null);
    approved.get("laholm").add(north);
    approve("hylte", "Tydlig analys");
  }

  private Submission approve(String municipality, String comment) throws SQLException {
    Submission s = reports.submit(municipality, reports.ssgb(municipality), group(municipality), reports.newReportId(), 1);
    reports.review(s, "APPROVED", comment);
    approved.get(municipality).add(s);
    return s;
  }

  static String group(String municipality) {
    return Halland.groupName("SSGB", municipality);
  }

  String path(String space) {
    return "/spaces/" + space + "/regional-followups/" + reports.year + "/children";
  }

  BigDecimal expectedNumber(String municipality) {
    List<Submission> list = approved.get(municipality);
    return list.isEmpty() ? null : list.stream().map(Submission::number).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  long expectedCount(String municipality, String key) {
    return approved.get(municipality).stream().mapToLong(s -> s.counts().get(key)).sum();
  }

  /** The row of a municipality in the side-by-side table of an indicator. */
  JsonObject row(JsonObject compilation, String code, String municipality) {
    JsonObject table = compilation.getJsonArray("sideBySide").getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("code").equals(code)).findFirst().orElseThrow(() -> new AssertionError("no " + code));
    return table.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("party").equals(names.get(municipality))).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + municipality));
  }

  /** Every municipality's figures in the compilation equal the sums of its approved inputs. */
  void assertFiguresOf(JsonObject compilation) {
    for (String m : Halland.MUNICIPALITIES) {
      JsonObject number = row(compilation, ApprovedReports.NUMBER, m);
      JsonObject count = row(compilation, ApprovedReports.COUNT, m);
      BigDecimal expected = expectedNumber(m);
      if (expected == null) {
        assertThat(number).as("%s has nothing approved", m).doesNotContainKey("total");
        assertThat(count).as("%s has nothing approved", m).doesNotContainKey("total");
        continue;
      }
      assertThat(number.getJsonNumber("total").bigDecimalValue()).as("%s number", m).isEqualByComparingTo(expected);
      assertThat(number.getInt("groups")).as("%s groups", m).isEqualTo(approved.get(m).size());
      long total = 0;
      for (int i = 0; i < ApprovedReports.KEYS.size(); i++) {
        String key = ApprovedReports.KEYS.get(i);
        assertThat(count.getJsonArray("values").getJsonNumber(i).longValue()).as("%s %s", m, key)
            .isEqualTo(expectedCount(m, key));
        total += expectedCount(m, key);
      }
      assertThat(count.getJsonNumber("total").longValue()).as("%s deviations", m).isEqualTo(total);
    }
  }

  JsonObject working(Api api, Tokens tokens) {
    Api.Response r = api.get(tokens.of(Halland.user(Halland.REGION, "rug")), path(Halland.REGION));
    assertThat(r.status()).as("%s", r).isEqualTo(200);
    return r.object();
  }
}
