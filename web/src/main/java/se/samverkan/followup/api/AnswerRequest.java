package se.samverkan.followup.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samverkan.followup.AnswerValue;
import se.samverkan.followup.FigureInput;
import se.samverkan.shared.NoPersonalIdentityNumber;

/**
 * An answer to one indicator: the part its kind uses (text, number, choice or table rows), the
 * figures of a recorded count, and the answer's version last read.
 */
public class AnswerRequest {

  @Size(max = 20000, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String text;

  private BigDecimal number;

  @Size(max = 300, message = "{text.max}")
  private String choice;

  private List<List<String>> table = new ArrayList<>();

  private List<@Valid FigureRequest> figures = new ArrayList<>();

  private Long version;

  AnswerValue value() {
    return new AnswerValue(Optional.ofNullable(text), Optional.ofNullable(number), Optional.ofNullable(choice),
        table == null ? List.of() : table);
  }

  List<FigureInput> figureInputs() {
    return figures == null ? List.of() : figures.stream()
        .map(f -> new FigureInput(f.getKey(), f.getValue(), Optional.ofNullable(f.getReason())))
        .toList();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public BigDecimal getNumber() {
    return number;
  }

  public void setNumber(BigDecimal number) {
    this.number = number;
  }

  public String getChoice() {
    return choice;
  }

  public void setChoice(String choice) {
    this.choice = choice;
  }

  public List<List<String>> getTable() {
    return table;
  }

  public void setTable(List<List<String>> table) {
    this.table = table;
  }

  public List<FigureRequest> getFigures() {
    return figures;
  }

  public void setFigures(List<FigureRequest> figures) {
    this.figures = figures;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
