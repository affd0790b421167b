package se.samverkan.portfolio.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.samverkan.portfolio.GoalArea;
import se.samverkan.portfolio.PortfolioOverview;
import se.samverkan.portfolio.PortfolioService;
import se.samverkan.portfolio.Rag;
import se.samverkan.portfolio.api.PortfolioResource;
import se.samverkan.platform.ui.Messages;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.Money;
import se.samverkan.shared.PageRequest;

/**
 * The portfolio's overview: filters in a GET form (so the address can be shared and works without
 * JavaScript), a page of projects, the financing and the statuses per goal area as tables that
 * charts.js draws above, and a link to the same selection as XLSX.
 */
@Named
@RequestScoped
public class PortfolioPage {

  static final int PAGE_SIZE = 20;

  @Inject PortfolioService portfolio;

  private int page;
  private String goalArea;
  private String owner;
  private String status;
  private String year;
  private PortfolioOverview overview;
  private List<GoalArea> goalAreas;

  @PostConstruct
  void readAddress() {
    page = (int) Math.min(Integer.MAX_VALUE, Pages.number("page"));
    goalArea = blankIsNull(Pages.parameter("goalArea"));
    owner = blankIsNull(Pages.parameter("owner"));
    status = blankIsNull(Pages.parameter("status"));
    year = blankIsNull(Pages.parameter("year"));
  }

  public PortfolioOverview getOverview() {
    if (overview == null) {
      Long typedYear = number(year);
      // an unknown status or year in a typed address shows everything rather than an error page
      overview = portfolio.overview(PortfolioResource.filter(number(goalArea), owner,
          status != null && isRag(status) ? status : null, typedYear == null ? null : typedYear.intValue()),
          new PageRequest(page, PAGE_SIZE));
    }
    return overview;
  }

  public List<GoalArea> getGoalAreas() {
    if (goalAreas == null) {
      goalAreas = portfolio.goalAreas();
    }
    return goalAreas;
  }

  public Rag[] getStatuses() {
    return Rag.values();
  }

  public List<Map.Entry<String, Money>> getFinancing() {
    return new ArrayList<>(getOverview().financingPerGoalArea().entrySet());
  }

  public List<Map.Entry<String, Map<Rag, Integer>>> getStatusCounts() {
    return new ArrayList<>(getOverview().statusesPerGoalArea().entrySet());
  }

  /*
   * The filter is a plain GET form (shareable, no JavaScript), so its options are written here:
   * every text escaped, the chosen one selected.
   */

  public String getGoalAreaOptions() {
    StringBuilder options = option(new StringBuilder(), "", Messages.text("portfolio.all"), goalArea == null);
    getGoalAreas().forEach(g -> option(options, String.valueOf(g.id()), g.name(), String.valueOf(g.id()).equals(goalArea)));
    return options.toString();
  }

  public String getOwnerOptions() {
    StringBuilder options = option(new StringBuilder(), "", Messages.text("portfolio.all"), owner == null);
    getOverview().owners().forEach(o -> option(options, o, o, o.equals(owner)));
    return options.toString();
  }

  public String getStatusOptions() {
    StringBuilder options = option(new StringBuilder(), "", Messages.text("portfolio.all"), status == null);
    for (Rag rag : Rag.values()) {
      option(options, rag.name(), Messages.text("portfolio.rag." + rag.name()), rag.name().equals(status));
    }
    return options.toString();
  }

  private static StringBuilder option(StringBuilder options, String value, String label, boolean selected) {
    return options.append("<option value=\"").append(escape(value)).append('"')
        .append(selected ? " selected=\"selected\"" : "").append('>').append(escape(label)).append("</option>");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  /** The filters as a query string, for the pager and the export link. */
  public String getQuery() {
    StringBuilder query = new StringBuilder();
    append(query, "goalArea", goalArea);
    append(query, "owner", owner);
    append(query, "status", status);
    append(query, "year", year);
    return query.toString();
  }

  public boolean isCanEdit() {
    return portfolio.canEdit();
  }

  private static void append(StringBuilder query, String name, String value) {
    if (value != null) {
      query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  private static boolean isRag(String value) {
    for (Rag rag : Rag.values()) {
      if (rag.name().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static Long number(String text) {
    try {
      return text == null ? null : Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String blankIsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getGoalArea() {
    return goalArea;
  }

  public String getOwner() {
    return owner;
  }

  public String getStatus() {
    return status;
  }

  public String getYear() {
    return year;
  }
}
