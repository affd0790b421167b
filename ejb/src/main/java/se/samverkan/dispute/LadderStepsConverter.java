package se.samverkan.dispute;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

@Converter
public class LadderStepsConverter implements AttributeConverter<List<LadderStep>, String> {

  @Override
  public String convertToDatabaseColumn(List<LadderStep> steps) {
    return JsonLists.steps(steps == null ? List.of() : steps);
  }

  @Override
  public List<LadderStep> convertToEntityAttribute(String column) {
    return JsonLists.steps(column);
  }
}
