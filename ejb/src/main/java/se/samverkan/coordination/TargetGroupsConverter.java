package se.samverkan.coordination;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A group's target groups in one column, as their names separated by commas. */
@Converter
public class TargetGroupsConverter implements AttributeConverter<Set<TargetGroup>, String> {

  @Override
  public String convertToDatabaseColumn(Set<TargetGroup> targetGroups) {
    return targetGroups == null ? "" : targetGroups.stream().sorted().map(Enum::name)
        .collect(Collectors.joining(","));
  }

  @Override
  public Set<TargetGroup> convertToEntityAttribute(String column) {
    Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(",")).map(TargetGroup::valueOf).forEach(targetGroups::add);
    }
    return targetGroups;
  }
}
