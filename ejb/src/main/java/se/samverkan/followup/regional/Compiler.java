package se.samverkan.followup.regional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samverkan.followup.regional.Compilation.AnalysisSet;
import se.samverkan.followup.regional.Compilation.FigureRow;
import se.samverkan.followup.regional.Compilation.FigureTable;
import se.samverkan.followup.regional.Compilation.GroupFeedback;
import se.samverkan.followup.regional.Compilation.GroupText;
import se.samverkan.followup.regional.Compilation.MissingGroup;
import se.samverkan.followup.regional.Compilation.Trend;
import se.samverkan.followup.regional.Compilation.YearRow;
import se.samverkan.followup.regional.Inputs.FigureValue;
import se.samverkan.followup.regional.Inputs.SubmissionRow;
import se.samverkan.followup.regional.Inputs.ValueRow;

/**
 * Makes a compilation out of its inputs: only the approved latest submissions count; a
 * municipality's groups of the kind are summed (and how many is kept, so it can be said); a
 * municipality without an approved figure shows none rather than zero. Pure, so the sums are
 * tested without a server.
 */
final class Compiler {

  /** A municipality of the area: id and name, in the area's order. */
  record Party(String id, String name) {}

  private final int year;
  private final List<Party> parties;
  private final Inputs inputs;
  private final Map<Long, SubmissionRow> approved;

  Compiler(int year, List<Party> parties, Inputs inputs) {
    this.year = year;
    this.parties = List.copyOf(parties);
    this.inputs = inputs;
    Set<String> known = parties.stream().map(Party::id).collect(Collectors.toSet());
    this.approved = inputs.submissions().stream()
        .filter(s -> s.approved() && known.contains(s.party()))
        .collect(Collectors.toMap(SubmissionRow::id, Function.identity()));
  }

  Compilation compile(Audience audience, Instant at, String summary, String priorities) {
    List<SubmissionRow> ofYear = approved.values().stream().filter(s -> s.year() == year)
        .sorted(byPartyThenGroup()).toList();
    List<MissingGroup> missing = missing(ofYear);
    return new Compilation(year, audience.name(), at, parties.stream().map(Party::name).toList(), sideBySide(),
        overTheYears(), analyses(), ofYear.stream()
            .map(s -> new GroupFeedback(name(s.party()), s.groupName(), blankIsNull(s.reviewComment()))).toList(),
        missing, inputs.groups().size(), ofYear.size(), summary, priorities);
  }

  private List<FigureTable> sideBySide() {
    List<FigureTable> tables = new ArrayList<>();
    for (Indicator indicator : indicators(year)) {
      List<String> keys = "RECORDED_COUNT".equals(indicator.kind) ? keysOf(indicator.code) : List.of();
      List<FigureRow> rows = new ArrayList<>();
      for (Party party : parties) {
        List<SubmissionRow> groups = approved.values().stream()
            .filter(s -> s.year() == year && s.party().equals(party.id())).toList();
        Set<Long> ids = groups.stream().map(SubmissionRow::id).collect(Collectors.toSet());
        boolean answered = inputs.values().stream()
            .anyMatch(v -> ids.contains(v.submissionId()) && v.code().equals(indicator.code));
        if (!answered) {
          rows.add(new FigureRow(party.name(), groups.size(), keys.stream().map(k -> (BigDecimal) null).toList(),
              null));
          continue;
        }
        List<BigDecimal> values = new ArrayList<>();
        for (String key : keys) {
          values.add(BigDecimal.valueOf(inputs.figures().stream()
              .filter(f -> ids.contains(f.submissionId()) && f.code().equals(indicator.code) && f.key().equals(key))
              .mapToLong(FigureValue::value).sum()));
        }
        rows.add(new FigureRow(party.name(), groups.size(), values, total(ids, indicator)));
      }
      tables.add(new FigureTable(indicator.code, indicator.heading, indicator.kind, keys, rows));
    }
    return tables;
  }

  private List<Trend> overTheYears() {
    TreeSet<Integer> years = approved.values().stream().map(SubmissionRow::year)
        .collect(Collectors.toCollection(TreeSet::new));
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    for (Integer y : years.descendingSet()) {
      for (Indicator indicator : indicators(y)) {
        indicators.putIfAbsent(indicator.code, indicator);
      }
    }
    List<Trend> trends = new ArrayList<>();
    for (Indicator indicator : indicators.values().stream().sorted(Comparator.comparingInt(Indicator::position)
        .thenComparing(Indicator::code)).toList()) {
      List<YearRow> rows = new ArrayList<>();
      for (int y : years) {
        List<BigDecimal> values = new ArrayList<>();
        for (Party party : parties) {
          Set<Long> ids = approved.values().stream().filter(s -> s.year() == y && s.party().equals(party.id()))
              .map(SubmissionRow::id).collect(Collectors.toSet());
          boolean answered = inputs.values().stream()
              .anyMatch(v -> ids.contains(v.submissionId()) && v.code().equals(indicator.code));
          values.add(answered ? total(ids, indicator) : null);
        }
        rows.add(new YearRow(y, values));
      }
      trends.add(new Trend(indicator.code, indicator.heading, rows));
    }
    return trends;
  }

  private List<AnalysisSet> analyses() {
    Map<String, List<ValueRow>> byCode = new TreeMap<>();
    Map<String, ValueRow> first = new HashMap<>();
    for (ValueRow value : inputs.values()) {
      SubmissionRow submission = approved.get(value.submissionId());
      if (submission != null && submission.year() == year && "TEXT".equals(value.kind())) {
        byCode.computeIfAbsent(value.code(), c -> new ArrayList<>()).add(value);
        first.putIfAbsent(value.code(), value);
      }
    }
    List<AnalysisSet> sets = new ArrayList<>();
    for (String code : byCode.keySet().stream()
        .sorted(Comparator.comparingInt((String c) -> first.get(c).position()).thenComparing(c -> c)).toList()) {
      List<GroupText> texts = byCode.get(code).stream()
          .filter(v -> v.text() != null && !v.text().isBlank())
          .map(v -> approved.get(v.submissionId()))
          .sorted(byPartyThenGroup())
          .map(s -> new GroupText(name(s.party()), s.groupName(), textOf(s.id(), code)))
          .toList();
      sets.add(new AnalysisSet(code, first.get(code).heading(), texts));
    }
    return sets;
  }

  private List<MissingGroup> missing(List<SubmissionRow> approvedOfYear) {
    Set<Long> done = approvedOfYear.stream().map(SubmissionRow::groupId).collect(Collectors.toSet());
    Map<Long, String> stateOf = new HashMap<>();
    for (SubmissionRow submission : inputs.submissions()) {
      if (submission.year() == year) {
        stateOf.put(submission.groupId(), submission.status());
      }
    }
    return inputs.groups().stream()
        .filter(g -> !done.contains(g.id()))
        .sorted(Comparator.comparingInt((Inputs.GroupRow g) -> order(g.party())).thenComparing(Inputs.GroupRow::name))
        .map(g -> new MissingGroup(name(g.party()), g.name(), stateOf.getOrDefault(g.id(), "NOT_SUBMITTED")))
        .toList();
  }

  /** A NUMBER's sum, or a RECORDED_COUNT's sum over all its figures, over the given submissions. */
  private BigDecimal total(Set<Long> submissions, Indicator indicator) {
    if ("RECORDED_COUNT".equals(indicator.kind)) {
      return BigDecimal.valueOf(inputs.figures().stream()
          .filter(f -> submissions.contains(f.submissionId()) && f.code().equals(indicator.code))
          .mapToLong(FigureValue::value).sum());
    }
    return inputs.values().stream()
        .filter(v -> submissions.contains(v.submissionId()) && v.code().equals(indicator.code) && v.number() != null)
        .map(ValueRow::number).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private record Indicator(String code, String heading, String kind, int position) {}

  /** The indicators with figures that the year's approved submissions answered, in the set's order. */
  private List<Indicator> indicators(int ofYear) {
    Map<String, Indicator> found = new LinkedHashMap<>();
    for (ValueRow value : inputs.values()) {
      SubmissionRow submission = approved.get(value.submissionId());
      if (submission != null && submission.year() == ofYear && !"TEXT".equals(value.kind())) {
        found.putIfAbsent(value.code(), new Indicator(value.code(), value.heading(), value.kind(), value.position()));
      }
    }
    return found.values().stream().sorted(Comparator.comparingInt(Indicator::position).thenComparing(Indicator::code))
        .toList();
  }

  /** A RECORDED_COUNT's figure keys of the year, in their order. */
  private List<String> keysOf(String code) {
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (FigureValue figure : inputs.figures()) {
      SubmissionRow submission = approved.get(figure.submissionId());
      if (submission != null && submission.year() == year && figure.code().equals(code)) {
        positions.merge(figure.key(), figure.position(), Math::min);
      }
    }
    return positions.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
  }

  private String textOf(long submissionId, String code) {
    return inputs.values().stream().filter(v -> v.submissionId() == submissionId && v.code().equals(code))
        .map(ValueRow::text).findFirst().orElse("");
  }

  private Comparator<SubmissionRow> byPartyThenGroup() {
    return Comparator.comparingInt((SubmissionRow s) -> order(s.party())).thenComparing(SubmissionRow::groupName)
        .thenComparingLong(SubmissionRow::id);
  }

  private int order(String party) {
    for (int i = 0; i < parties.size(); i++) {
      if (parties.get(i).id().equals(party)) {
        return i;
      }
    }
    return parties.size();
  }

  private String name(String party) {
    return parties.stream().filter(p -> p.id().equals(party)).map(Party::name).findFirst().orElse(party);
  }

  private static String blankIsNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
