package se.samverkan.followup.quarterly;

import java.math.BigDecimal;

/** A checked line of an uploaded file: ready to import. */
public record UploadRow(int line, Definition definition, Quarter quarter, BigDecimal value) {}
