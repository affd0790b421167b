package se.samverkan.portfolio;

import java.util.Optional;

/** A project in the overview: its goal area's name and its latest reported status, if any. */
public record ProjectRow(Project project, String goalArea, Optional<StatusReport> latest) {}
