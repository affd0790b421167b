package se.samverkan.portfolio;

import java.util.List;
import java.util.Map;
import se.samverkan.shared.Money;
import se.samverkan.shared.Page;

/**
 * The overview of the portfolio under a filter: a page of projects, and over every project the
 * filter admits the regional financing per goal area and the count of latest statuses per goal
 * area (for the charts), and the owners to filter by.
 */
public record PortfolioOverview(
    Page<ProjectRow> projects,
    Map<String, Money> financingPerGoalArea,
    Map<String, Map<Rag, Integer>> statusesPerGoalArea,
    Money totalFinancing,
    List<String> owners) {}
