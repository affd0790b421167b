package se.samverkan.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import se.samverkan.tenants.AreaDefinition;
import se.samverkan.tenants.TenantDefinition;
import se.samverkan.tenants.TenantKind;

/**
 * Action plans and a project portfolio for a demo area, shaped like the region's old goals and
 * action plans (six programme areas, numbered goals and activities, joint initiatives, a cost and
 * a financing table per year) and its project portfolio. Written once per area: when its region
 * has no programme areas yet, so an existing database gets them too. Wording and amounts are
 * invented; the inhabitants used for the split by population are invented but plausible.
 *
 * <p>Runs at start-up as the owning role, in the region's context (and a municipality's for its
 * local plan).
 */
public final class DemoPlans {

  private static final String[] AREAS = {
    "Missbruk och beroende", "Barn, unga och familj", "Psykiatri", "Äldre", "E-hälsa", "Funktionsnedsättning"
  };
  /** Per programme area: two goals, each with two activities. */
  private static final String[][] GOALS = {
    {"Tidig upptäckt av riskbruk", "Samordnad vård vid samsjuklighet"},
    {"Barn och unga får samordnat stöd i tid", "Elevhälsa och BUP samverkar kring skolfrånvaro"},
    {"Fler får en samordnad individuell plan", "Trygg övergång mellan vårdnivåer"},
    {"Trygg hemgång efter sjukhusvård", "Gemensam läkemedelsgenomgång"},
    {"Digitala möten i samordnad planering", "Gemensam informationsöverföring"},
    {"Samordnat stöd för unga vuxna med funktionsnedsättning", "Anpassad fritid och sysselsättning"},
  };
  private static final String[] ACTIVITIES = {
    "Gemensam utbildningsdag för berörda verksamheter", "Ta fram en gemensam rutin och sprid den",
    "Följ upp rutinen med stickprov", "Kartlägg behov tillsammans med brukarorganisationerna",
  };

  private final Connection connection;
  private final Clock clock;

  public DemoPlans(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
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
      if (count("select count(*) from programme_area") > 0) {
        connection.rollback();
        return;
      }
      int year = LocalDate.now(clock).getYear();
      List<String> municipalities = area.tenants().stream()
          .filter(t -> t.kind() == TenantKind.MUNICIPALITY).map(TenantDefinition::id).toList();
      long firstArea = 0;
      for (int a = 0; a < AREAS.length; a++) {
        long programmeArea = insert("insert into programme_area (tenant_id, name, position) values (?, ?, ?)",
            region, AREAS[a], a + 1);
        firstArea = a == 0 ? programmeArea : firstArea;
        // the first two plans are adopted and balanced; the others are drafts, the last one short of money
        boolean adopted = a < 2;
        String key = a % 3 == 0 ? "BY_POPULATION" : a % 3 == 1 ? "EQUAL" : "FIXED_SHARES";
        long plan = insert("insert into action_plan (tenant_id, programme_area_id, title, summary, from_year, to_year,"
                + " allocation_key) values (?, ?, ?, ?, ?, ?, ?)",
            region, programmeArea, "Handlingsplan " + AREAS[a].toLowerCase() + " " + year + "–" + (year + 2),
            "Gemensamma mål och aktiviteter för regionen och kommunerna inom " + AREAS[a].toLowerCase() + ".",
            year, year + 2, key);
        shares(region, plan, key, municipalities);
        long initiativeA = insert("insert into plan_initiative (tenant_id, plan_id, code, title) values (?, ?, ?, ?)",
            region, plan, "A", "Brukarmedverkan i utvecklingsarbetet");
        insert("insert into plan_initiative (tenant_id, plan_id, code, title) values (?, ?, ?, ?)",
            region, plan, "A.a", "Brukarrevisioner");
        insert("insert into plan_initiative (tenant_id, plan_id, code, title) values (?, ?, ?, ?)",
            region, plan, "B", "Gemensamt analysarbete");
        long firstActivity = 0;
        for (int g = 0; g < 2; g++) {
          long goal = insert("insert into plan_goal (tenant_id, plan_id, number, title) values (?, ?, ?, ?)",
              region, plan, g + 1, GOALS[a][g]);
          for (int n = 0; n < 2; n++) {
            int i = (g * 2 + n + a) % ACTIVITIES.length;
            long activity = insert("insert into plan_activity (tenant_id, plan_id, goal_id, number, description,"
                    + " partners, responsible, starts_on, ends_on, term, follow_up, funding_note, status, initiative_id,"
                    + " agreement_ref) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                region, plan, goal, n + 1, ACTIVITIES[i], "Kommunerna och regionen", "Taktisk grupp " + AREAS[a],
                n == 0 ? LocalDate.of(year, 2, 1) : null, n == 0 ? LocalDate.of(year, 11, 30) : null,
                n == 0 ? null : "Under " + (year + 1), "Redovisas i årlig uppföljning",
                n == 0 ? "Gemensamt fördelade medel" : "Inom befintlig budget", n == 0 ? "ONGOING" : "PLANNED",
                g == 0 && n == 0 ? initiativeA : null, "Regional överenskommelse, gemensamma åtaganden");
            firstActivity = firstActivity == 0 ? activity : firstActivity;
          }
        }
        insert("insert into activity_progress (tenant_id, activity_id, period, status, comment, written_at)"
                + " values (?, ?, ?, ?, ?, ?)",
            region, firstActivity, year + " T1", "ONGOING", "Planeringen är klar och första träffen är bokad.",
            Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)));
        // economy: each year a training cost and a process cost, financed by a state grant, jointly
        // allocated funds and local funds
        for (int y = year; y <= year + 2; y++) {
          long training = 150_000_00L + a * 25_000_00L + (y - year) * 10_000_00L;
          long process = 80_000_00L + a * 5_000_00L;
          insert("insert into plan_cost (tenant_id, plan_id, year, activity_id, cost_type, amount_ore, comment)"
              + " values (?, ?, ?, ?, ?, ?, ?)", region, plan, y, firstActivity, "Utbildning", training,
              "Lokaler och föreläsare");
          insert("insert into plan_cost (tenant_id, plan_id, year, activity_id, cost_type, amount_ore, comment)"
              + " values (?, ?, ?, ?, ?, ?, ?)", region, plan, y, null, "Processledning", process, null);
          long grant = 100_000_00L;
          long joint = training + process - grant - 30_000_00L;
          long local = a == AREAS.length - 1 && y == year ? 10_000_00L : 30_000_00L;
          insert("insert into plan_financing (tenant_id, plan_id, year, source, grant_year, amount_ore)"
              + " values (?, ?, ?, ?, ?, ?)", region, plan, y, "STATE_GRANT", y, grant);
          insert("insert into plan_financing (tenant_id, plan_id, year, source, grant_year, amount_ore)"
              + " values (?, ?, ?, ?, ?, ?)", region, plan, y, "JOINTLY_ALLOCATED", null, joint);
          insert("insert into plan_financing (tenant_id, plan_id, year, source, grant_year, amount_ore)"
              + " values (?, ?, ?, ?, ?, ?)", region, plan, y, "LOCAL_FUNDS", null, local);
          insert("insert into plan_financing (tenant_id, plan_id, year, activity_id, source, grant_year, amount_ore,"
              + " comment) values (?, ?, ?, ?, ?, ?, ?, ?)", region, plan, y, firstActivity, "NO_COST", null, 0L,
              "Arbetstid inom ordinarie uppdrag");
        }
        if (adopted) {
          update("update action_plan set status = 'ADOPTED' where id = ?", plan);
        }
      }
      portfolio(region, year);
      if (!municipalities.isEmpty()) {
        localPlan(municipalities.contains("falkenberg") ? "falkenberg" : municipalities.get(0), firstArea, year);
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** Invented but plausible inhabitants, or agreed shares, for the split of jointly allocated funds. */
  private void shares(String region, long plan, String key, List<String> municipalities) throws SQLException {
    long[] inhabitants = {85_000, 66_000, 46_000, 104_000, 26_000, 11_000, 30_000, 40_000};
    for (int m = 0; m < municipalities.size(); m++) {
      long weight = key.equals("FIXED_SHARES") ? 10 + (m % 3) * 5 : inhabitants[m % inhabitants.length];
      insert("insert into plan_share (tenant_id, plan_id, party_id, weight) values (?, ?, ?, ?)",
          region, plan, municipalities.get(m), weight);
    }
    if (key.equals("FIXED_SHARES")) {
      insert("insert into plan_share (tenant_id, plan_id, party_id, weight) values (?, ?, ?, ?)",
          region, plan, region, 50L);
    }
  }

  private void portfolio(String region, int year) throws SQLException {
    String[] areas = {"Jämlik hälsa", "Hållbar vård och omsorg nära invånarna", "Digital utveckling"};
    String[][] projects = {
      {"Hälsofrämjande skolmiljöer", "Region Halland", "1200000", "GREEN"},
      {"Stöd till anhöriga", "Region Halland", "650000", "YELLOW"},
      {"Mobila team för äldre", "Region Halland", "2400000", "GREEN"},
      {"Trygg hemgång", "Region Halland", "900000.50", "RED"},
      {"Samordnad rehabilitering", "Region Halland", "750000", "YELLOW"},
      {"Digitala vårdmöten i hemmet", "Region Halland", "1800000", "GREEN"},
      {"Gemensam kompetensportal", "Region Halland", "300000", null},
    };
    long[] areaIds = new long[areas.length];
    for (int i = 0; i < areas.length; i++) {
      areaIds[i] = insert("insert into portfolio_goal_area (tenant_id, name, position) values (?, ?, ?)",
          region, areas[i], i + 1);
    }
    for (int p = 0; p < projects.length; p++) {
      long project = insert("insert into portfolio_project (tenant_id, goal_area_id, name, owner_organisation,"
              + " regional_financing_ore, starts_on, ends_on, description) values (?, ?, ?, ?, ?, ?, ?, ?)",
          region, areaIds[p % areas.length], projects[p][0], projects[p][1],
          new java.math.BigDecimal(projects[p][2]).movePointRight(2).longValueExact(),
          LocalDate.of(year - 1 + p % 2, 1 + p, 1), LocalDate.of(year + 1 + p % 3, 12, 31),
          "Projekt i regionens verksamhetsplan.");
      if (projects[p][3] != null) {
        insert("insert into project_status (tenant_id, project_id, period, status, comment, reported_at)"
                + " values (?, ?, ?, ?, ?, ?)", region, project, (year - 1) + " T2", "GREEN", "Enligt plan.",
            Timestamp.from(Instant.now(clock).minus(180, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)));
        insert("insert into project_status (tenant_id, project_id, period, status, comment, reported_at)"
                + " values (?, ?, ?, ?, ?, ?)", region, project, year + " T1", projects[p][3],
            projects[p][3].equals("GREEN") ? "Enligt plan." : "Rekryteringen är försenad; ny tidplan tas fram.",
            Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)));
      }
      insert("insert into project_commitment (tenant_id, project_id, title, status, comment, activities)"
              + " values (?, ?, ?, ?, ?, ?)", region, project, "Ta fram en gemensam arbetsmodell",
          p % 2 == 0 ? "ONGOING" : "DONE", "Följs upp varje tertial.", "Workshoppar med verksamheterna");
    }
  }

  private void localPlan(String municipality, long programmeArea, int year) throws SQLException {
    actAs(municipality);
    long plan = insert("insert into action_plan (tenant_id, programme_area_id, title, from_year, to_year)"
        + " values (?, ?, ?, ?, ?)", municipality, programmeArea, "Lokal handlingsplan " + year, year, year);
    long goal = insert("insert into plan_goal (tenant_id, plan_id, number, title) values (?, ?, ?, ?)",
        municipality, plan, 1, "Fler unga nås av tidiga insatser");
    insert("insert into plan_activity (tenant_id, plan_id, goal_id, number, description, responsible, term)"
        + " values (?, ?, ?, ?, ?, ?, ?)", municipality, plan, goal, 1, "Uppsökande arbete i skolorna",
        "Socialtjänstens förebyggande enhet", "Läsåret " + year);
    insert("insert into plan_cost (tenant_id, plan_id, year, cost_type, amount_ore) values (?, ?, ?, ?, ?)",
        municipality, plan, year, "Personal", 120_000_00L);
    insert("insert into plan_financing (tenant_id, plan_id, year, source, amount_ore) values (?, ?, ?, ?, ?)",
        municipality, plan, year, "LOCAL_FUNDS", 120_000_00L);
  }

  private void actAs(String tenant) throws SQLException {
    try (PreparedStatement context = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      context.setString(1, tenant);
      context.execute();
    }
  }

  private long count(String sql) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private long insert(String sql, Object... values) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(sql + " returning id")) {
      bind(insert, values);
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private void update(String sql, Object... values) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      bind(update, values);
      update.executeUpdate();
    }
  }

  private static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
  }
}
