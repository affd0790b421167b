package se.samverkan.plan.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.Map;

/** The key that splits jointly allocated funds, with party id to inhabitants or share. */
public class AllocationRequest {

  @NotNull(message = "{plan.allocationKey.invalid}")
  @Pattern(regexp = "EQUAL|BY_POPULATION|FIXED_SHARES", message = "{plan.allocationKey.invalid}")
  private String key;

  private Map<String, Long> weights = new LinkedHashMap<>();

  @NotNull(message = "{version.required}")
  private Long version;

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public Map<String, Long> getWeights() {
    return weights;
  }

  public void setWeights(Map<String, Long> weights) {
    this.weights = weights;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
