package se.samverkan.agreement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import se.samverkan.tenancy.TenantProvisioning.CreatedGroup;

/**
 * The regional agreement of a demo area, written once with its groups: the version valid
 * 2025-07-01 – 2029-12-31 (in force) and the earlier one it replaced, each with sections written
 * in our own short words, the responsibility matrix per target group, every party's decision on
 * its own date, and the new version's past consultation round with answers. The earlier version's
 * sections share their keys with the later one's, so the change log pairs them.
 *
 * <p>Runs at start-up as the owning role, in each party's context in turn.
 */
public final class DemoAgreement {

  private static final String TITLE =
      "Regional överenskommelse om samordnade insatser för barn, unga och vuxna";

  /** key, heading in version 1, heading in version 2, body in version 1, body in version 2 (null: absent). */
  private static final String[][] SECTIONS = {
    {"bakgrund", "Bakgrund och målgrupper", "Bakgrund och målgrupper",
        "Kommunerna och regionen har ett gemensamt ansvar att samordna stöd och vård till den som behöver"
            + " insatser från båda. Överenskommelsen gäller fyra målgrupper:\n- barn med behov av samordnade insatser\n"
            + "- unga som vårdas utanför hemmet\n- personer med psykisk funktionsnedsättning\n"
            + "- personer med riskbruk, skadligt bruk eller beroende",
        "Kommunerna och regionen har ett gemensamt ansvar att samordna stöd och vård till den som behöver"
            + " insatser från båda. Brukarorganisationer har varit med och tagit fram texten. Överenskommelsen gäller"
            + " fyra målgrupper:\n- barn med behov av samordnade insatser\n- unga som vårdas utanför hemmet eller bor"
            + " i skyddat boende\n- personer med psykisk funktionsnedsättning\n- personer med riskbruk, skadligt bruk"
            + " eller beroende, även av spel om pengar"},
    {"syfte", "Syfte och övergripande mål", "Överenskommelsens syfte och övergripande mål",
        "Syftet är att tydliggöra vem som gör vad, så att den enskilde får en sammanhållen vård och omsorg.",
        "Målet är att den enskildes behov av vård, stöd, utbildning och omsorg tillgodoses genom ett starkare"
            + " lokalt samarbete och en **sammanhållen kedja** av insatser."},
    {"parter", "Parter och giltighetstid", "Parter, giltighetstid och implementering",
        "Parter är regionen och länets sex kommuner. Överenskommelsen gäller 2022-01-01 till 2025-06-30.",
        "Parter är regionen och länets sex kommuner, i egen regi och genom privata utförare. Överenskommelsen"
            + " gäller 2025-07-01 till 2029-12-31 och ska förlängas eller revideras senast sex månader innan den"
            + " löper ut. Varje part ansvarar för att införa den i sin egen organisation."},
    {"fardplan", null, "Färdplan för god och nära vård", null,
        "Parterna har en gemensam målbild för en mer sammanhållen och nära vård och omsorg. Färdplanen visar"
            + " hur vi tillsammans rör oss mot ett _förebyggande_ och hälsofrämjande arbetssätt."},
    {"struktur", "Samverkansstruktur", "Strukturer för samverkan",
        "Regional utvecklingsgrupp äger överenskommelsen. Varje kommun har samordningsgrupper för barn och"
            + " för vuxna.",
        "Regional utvecklingsgrupp (RUG) äger överenskommelsen och ger återkoppling på den årliga uppföljningen."
            + " Varje kommun har två lokala samordningsgrupper, en för barn (SSGB) och en för vuxna (SSGV), med en"
            + " samordnare var."},
    {"avvikelser", "Avvikelser och tvister", "Avvikelser och tvister",
        "Avvikelser från överenskommelsen hanteras i den egna organisationen och tas upp i samordningsgruppen.",
        "Avvikelser från överenskommelsen hanteras först i den egna organisationen, avidentifieras och tas sedan"
            + " upp i den lokala samordningsgruppen. Tvister löses i linjen, som högst på förvaltningschefsnivå."},
    {"sip", "Samordnad individuell plan", "Samordnad individuell plan (SIP)",
        "När någon behöver insatser från både kommun och region ska en samordnad individuell plan upprättas.",
        "När någon behöver insatser från både kommun och region ska en SIP upprättas, om den enskilde samtycker."
            + " Den part som först ser behovet kallar till möte."},
    {"uppfoljning", "Uppföljning", "Uppföljning",
        "Samordningsgrupperna följer upp överenskommelsen varje år.",
        "Samordningsgrupperna följer upp överenskommelsen varje år och lämnar uppföljningen till RUG, som ger"
            + " återkoppling och sätter prioriteringar för nästa år."},
  };

  private static final String[][] MATRIX = {
    {"Barn och unga med behov av samordnade insatser",
        "Främja hälsa och upptäcka ohälsa tidigt; utreda, behandla och följa upp; vara tillgänglig för"
            + " konsultation och bedömning när socialtjänst eller elevhälsa ber om det; hälsoundersökning inför"
            + " placering.",
        "Arbeta förebyggande och hälsofrämjande; utreda och besluta om sociala insatser; elevhälsans"
            + " insatser i skolan; initiera SIP när behovet syns först i kommunen."},
    {"Personer med psykisk funktionsnedsättning",
        "Psykiatrisk och somatisk vård, rehabilitering och habilitering; läkemedelsgenomgångar; delta i SIP.",
        "Boende, sysselsättning och stöd i vardagen; boendestöd; kommunal hälso- och sjukvård i hemmet enligt"
            + " särskild överenskommelse."},
    {"Personer med riskbruk, skadligt bruk eller beroende",
        "Abstinensbehandling, läkemedelsassisterad behandling och utredning av samsjuklighet.",
        "Psykosocial behandling och stöd, boende och uppsökande arbete; samverka kring personer som spelar"
            + " om pengar."},
  };

  private final Connection connection;

  public DemoAgreement(Connection connection) {
    this.connection = connection;
  }

  public void write(List<CreatedGroup> created) throws SQLException {
    List<CreatedGroup> demo = created.stream().filter(CreatedGroup::demoTerm).toList();
    if (demo.isEmpty()) {
      return;
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      String region = single("select area_region_of(?)", demo.get(0).tenantId());
      List<String> parties = column("select id from tenant where area_id = (select area_id from tenant where id = ?)"
          + " order by kind desc, name", region);
      actAs(region);
      long agreement = id("insert into agreement (tenant_id, title) values (?, ?) returning id", region, TITLE);
      long v1 = id("insert into agreement_version (tenant_id, agreement_id, number, status, valid_from, valid_to,"
              + " revised_by, consultation_deadline) values (?, ?, 1, 'DECISION', ?, ?, ?, ?) returning id",
          region, agreement, LocalDate.of(2022, 1, 1), LocalDate.of(2025, 6, 30),
          "Regionala arbetsgruppen för överenskommelsen", LocalDate.of(2021, 9, 30));
      long v2 = id("insert into agreement_version (tenant_id, agreement_id, number, status, valid_from, valid_to,"
              + " revised_by, change_summary, consultation_deadline, based_on) values (?, ?, 2, 'DECISION', ?, ?, ?, ?,"
              + " ?, ?) returning id",
          region, agreement, LocalDate.of(2025, 7, 1), LocalDate.of(2029, 12, 31),
          "Regionala arbetsgruppen för överenskommelsen, med brukarrepresentanter",
          "Nya målgrupper (skyddat boende, spel om pengar), nytt avsnitt om färdplanen, tydligare ansvar för RUG"
              + " och för avvikelser och tvister.",
          LocalDate.of(2025, 2, 28), v1);
      int position = 1;
      for (String[] s : SECTIONS) {
        if (s[1] != null) {
          section(region, v1, s[0], position, s[1], s[3]);
        }
        section(region, v2, s[0], position, s[2], s[4]);
        position++;
      }
      for (long version : List.of(v1, v2)) {
        int row = 1;
        for (String[] m : MATRIX) {
          execute("insert into agreement_responsibility (tenant_id, version_id, position, target_group, region_part,"
              + " municipality_part) values (?, ?, ?, ?, ?, ?)", region, version, row++, m[0], m[1], m[2]);
        }
        execute("insert into agreement_term (tenant_id, version_id, position, term, meaning) values"
            + " (?, ?, 1, 'SIP', 'Samordnad individuell plan: en plan för den som behöver insatser från både kommun"
            + " och region.'), (?, ?, 2, 'RUG', 'Regional utvecklingsgrupp God och nära vård.')",
            region, version, region, version);
        execute("insert into agreement_document (tenant_id, version_id, position, title, url) values"
            + " (?, ?, 1, 'Trygg och effektiv utskrivning (exempeladress)', 'https://example.org/utskrivning')",
            region, version);
      }
      for (String recipient : parties.subList(1, parties.size())) {
        execute("insert into agreement_recipient (tenant_id, version_id, recipient, kind) values (?, ?, ?, 'PARTY')",
            region, v2, recipient);
      }
      for (String organisation : column("select id from user_organisation where area_id ="
          + " (select area_id from tenant where id = ?) order by id", region)) {
        execute("insert into agreement_recipient (tenant_id, version_id, recipient, kind) values (?, ?, ?,"
            + " 'ORGANISATION')", region, v2, organisation);
        if (organisation.startsWith("nsph")) {
          answer(region, v2, organisation, "ORGANISATION",
              "Vi välkomnar att brukarorganisationer deltagit. Vi vill att uppföljningen redovisar hur brukarna"
                  + " varit delaktiga.", LocalDate.of(2025, 2, 20));
        }
      }
      // the region's and the municipalities' councils, each on its own day
      for (int i = 0; i < parties.size(); i++) {
        String party = parties.get(i);
        actAs(party);
        String body = i == 0 ? "Regionfullmäktige" : "Kommunfullmäktige";
        execute("insert into agreement_decision (tenant_id, version_id, body, decided_on, reference)"
            + " values (?, ?, ?, ?, ?)", party, v1, body, LocalDate.of(2021, 11, 2).plusDays(6L * i),
            "Dnr 2021/" + (140 + i));
        execute("insert into agreement_decision (tenant_id, version_id, body, decided_on, reference)"
            + " values (?, ?, ?, ?, ?)", party, v2, body, LocalDate.of(2025, 4, 8).plusDays(9L * i),
            "Dnr 2025/" + (210 + i));
        if (i == 2 || i == 4) {
          answer(party, v2, party, "PARTY", "Kommunen tillstyrker förslaget. Vi föreslår att ansvaret för"
              + " uppföljningen av avvikelser beskrivs tydligare.", LocalDate.of(2025, 2, 14).plusDays(i));
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

  private void section(String region, long version, String key, int position, String heading, String body)
      throws SQLException {
    execute("insert into agreement_section (tenant_id, version_id, section_key, position, heading, body)"
        + " values (?, ?, ?, ?, ?, ?)", region, version, key, position, heading, body);
  }

  private void answer(String owner, long version, String respondent, String kind, String body, LocalDate on)
      throws SQLException {
    actAs(owner);
    execute("insert into agreement_answer (tenant_id, version_id, respondent, respondent_kind, body, status,"
        + " submitted_at) values (?, ?, ?, ?, ?, 'SUBMITTED', ?)", owner, version, respondent, kind, body,
        Timestamp.from(on.atTime(10, 0).toInstant(ZoneOffset.UTC)));
  }

  private void actAs(String tenant) throws SQLException {
    single("select set_config('app.tenant_id', ?, true)", tenant);
  }

  private long id(String sql, Object... parameters) throws SQLException {
    return Long.parseLong(single(sql, parameters));
  }

  private String single(String sql, Object... parameters) throws SQLException {
    List<String> values = column(sql, parameters);
    return values.isEmpty() ? null : values.get(0);
  }

  private List<String> column(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
      List<String> values = new java.util.ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  private void execute(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(sql, parameters)) {
      statement.executeUpdate();
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
