package se.samverkan.followup.quarterly.ui;

import static se.samverkan.platform.ui.Messages.text;

import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import se.samverkan.followup.quarterly.RowProblem;
import se.samverkan.shared.InvalidInputException;

/** How the pages write figures and upload problems, in the page's language. */
final class Figures {

  private Figures() {}

  static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** 12,5 in Swedish, 12.5 in English; an empty text for no figure. */
  static String format(BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMaximumFractionDigits(3);
    format.setMinimumFractionDigits(0);
    return format.format(value);
  }

  /**
   * A refusal of the service beside its field, in the page's language: the rules only the service
   * sees have their own texts; anything else keeps the service's words.
   */
  static String fieldMessage(InvalidInputException e) {
    String key = switch (e.field()) {
      case "code" -> "quarterly.code.refused";
      case "activeTo" -> "quarterly.activeTo.beforeFrom";
      case "activeFrom" -> "quarterly.quarter.format";
      default -> null;
    };
    return key == null ? e.getMessage() : text(key);
  }

  /** "Rad 3: …" for each problem, worded in the page's language. */
  static List<String> problems(List<RowProblem> problems) {
    return problems.stream().map(p -> {
      String text = MessageFormat.format(text("quarterly.csv.problem." + p.kind().name()), p.detail());
      return p.line() == 0 ? text : MessageFormat.format(text("quarterly.csv.line"), String.valueOf(p.line())) + " " + text;
    }).toList();
  }
}
