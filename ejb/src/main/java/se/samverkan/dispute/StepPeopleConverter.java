package se.samverkan.dispute;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

@Converter
public class StepPeopleConverter implements AttributeConverter<List<StepPerson>, String> {

  @Override
  public String convertToDatabaseColumn(List<StepPerson> people) {
    return JsonLists.people(people == null ? List.of() : people);
  }

  @Override
  public List<StepPerson> convertToEntityAttribute(String column) {
    return JsonLists.people(column);
  }
}
