package se.samverkan.it.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.plan.Plans.FALKENBERG;
import static se.samverkan.it.plan.Plans.HYLTE;
import static se.samverkan.it.plan.Plans.cost;
import static se.samverkan.it.plan.Plans.id;
import static se.samverkan.it.plan.Plans.plan;
import static se.samverkan.it.support.Database.count;
import static se.samverkan.it.support.Database.setTenant;
import static se.samverkan.it.support.Database.update;
import static se.samverkan.it.support.Halland.REGION;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Database;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * The plans' isolation in the database on its own, as the application's role: a party reads the
 * region's plan rows but cannot change or delete them; a municipality's local plan is nobody
 * else's; without context nothing shows.
 */
@ExtendWith(ArquillianExtension.class)
public class PlanDatabaseIT {

  private static final List<String> PLAN_ROWS = List.of("action_plan", "plan_goal", "plan_cost");

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @Test
  void partiesReadTheRegionsPlanButCannotChangeItAndLocalPlansStayHome() throws SQLException {
    Stack stack = Stack.load();
    Plans plans = new Plans(new Api(stack), new Tokens(stack));
    long areaPlan = id(plans.areaPlan());
    plans.goal(plans.secretariat(), REGION, areaPlan, 1);
    plans.addCost(plans.secretariat(), REGION, areaPlan, cost(2027, "1 000"));
    String falkenbergAdmin = plans.token(Halland.tenantAdmin(FALKENBERG));
    long localPlan = id(plans.create(falkenbergAdmin, FALKENBERG,
        plan(plans.programmeArea(), Coordination.uniqueName("Lokal plan"), 2027, 2027)));
    plans.goal(falkenbergAdmin, FALKENBERG, localPlan, 1);
    plans.addCost(falkenbergAdmin, FALKENBERG, localPlan, cost(2027, "2 000"));

    Database database = new Database(stack);
    try (Connection app = database.asApplication()) {
      // without context: nothing
      for (String table : PLAN_ROWS) {
        assertThat(count(app, "select count(*) from " + table + " where " + planColumn(table) + " in (?, ?)",
            areaPlan, localPlan)).as("%s without context", table).isZero();
      }
      app.setAutoCommit(false);
      for (String party : List.of(FALKENBERG, HYLTE)) {
        setTenant(app, party);
        for (String table : PLAN_ROWS) {
          assertThat(count(app, "select count(*) from " + table + " where " + planColumn(table) + " = ?", areaPlan))
              .as("the region's %s read by %s", table, party).isPositive();
          assertThat(update(app, "update " + table + " set tenant_id = tenant_id where " + planColumn(table) + " = ?",
              areaPlan)).as("the region's %s updated by %s", table, party).isZero();
          assertThat(update(app, "delete from " + table + " where " + planColumn(table) + " = ?", areaPlan))
              .as("the region's %s deleted by %s", table, party).isZero();
        }
        app.rollback();
      }
      setTenant(app, HYLTE);
      for (String table : PLAN_ROWS) {
        assertThat(count(app, "select count(*) from " + table + " where " + planColumn(table) + " = ?", localPlan))
            .as("Falkenberg's local %s read by Hylte", table).isZero();
        assertThat(update(app, "delete from " + table + " where " + planColumn(table) + " = ?", localPlan))
            .as("Falkenberg's local %s deleted by Hylte", table).isZero();
      }
      app.rollback();
      setTenant(app, REGION);
      assertThat(count(app, "select count(*) from action_plan where id = ?", localPlan))
          .as("Falkenberg's local plan read by the region").isZero();
      app.rollback();
      setTenant(app, FALKENBERG);
      assertThat(count(app, "select count(*) from plan_cost where plan_id = ?", localPlan)).isEqualTo(1);
      app.rollback();
    }
    // and it is all still there
    assertThat(plans.get(plans.secretariat(), REGION, areaPlan).getJsonArray("costs")).hasSize(1);
    assertThat(plans.get(falkenbergAdmin, FALKENBERG, localPlan).getJsonArray("costs")).hasSize(1);
  }

  private static String planColumn(String table) {
    return table.equals("action_plan") ? "id" : "plan_id";
  }
}
