package se.samverkan.agreement;

import java.util.List;
import java.util.Optional;

/**
 * Everything a reader sees of one version.
 *
 * @param answers the submitted answers of the area
 * @param ownAnswer the caller's own answer (the party's, or their organisation's), draft or not
 */
public record VersionContent(
    VersionSummary version,
    List<SectionRecord> sections,
    List<TermRecord> terms,
    List<DocumentRecord> documents,
    List<ResponsibilityRecord> responsibilities,
    List<RecipientRecord> recipients,
    List<Adoption> adoption,
    List<AnswerRecord> answers,
    Optional<AnswerRecord> ownAnswer) {}
