package se.samverkan.dispute;

import java.util.List;

/** The column formats of ladders and step people, for writers outside JPA (demo data). */
public final class JsonListsAccess {

  private JsonListsAccess() {}

  public static String steps(List<LadderStep> steps) {
    return JsonLists.steps(steps);
  }

  public static String people(List<StepPerson> people) {
    return JsonLists.people(people);
  }
}
