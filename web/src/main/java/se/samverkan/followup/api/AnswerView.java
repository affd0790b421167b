package se.samverkan.followup.api;

import java.math.BigDecimal;
import java.util.List;

/** An answer under its indicator; the version is present on the group's own (editable) answers. */
public record AnswerView(
    long indicatorId, String code, String heading, String kind, String text, BigDecimal number, String choice,
    List<List<String>> table, List<FigureView> figures, Long version) {}
