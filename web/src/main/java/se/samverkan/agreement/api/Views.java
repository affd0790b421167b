package se.samverkan.agreement.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.samverkan.agreement.Adoption;
import se.samverkan.agreement.AgreementSummary;
import se.samverkan.agreement.AnswerRecord;
import se.samverkan.agreement.Comparison;
import se.samverkan.agreement.DocumentRecord;
import se.samverkan.agreement.RecipientRecord;
import se.samverkan.agreement.ResponsibilityRecord;
import se.samverkan.agreement.SectionChange;
import se.samverkan.agreement.SectionRecord;
import se.samverkan.agreement.TermRecord;
import se.samverkan.agreement.VersionContent;
import se.samverkan.agreement.VersionSummary;
import se.samverkan.agreement.WordDiff;

/** The JSON shapes of the agreements' API (records; JSON-B leaves out null fields). */
public final class Views {

  private Views() {}

  public record AgreementView(long id, String title, long version, List<VersionView> versions) {
    static AgreementView of(AgreementSummary a) {
      return new AgreementView(a.id(), a.title(), a.lockVersion(), a.versions().stream().map(VersionView::of).toList());
    }
  }

  public record VersionView(
      long id, int number, String stage, String status, LocalDate validFrom, LocalDate validTo, String revisedBy,
      String changeSummary, LocalDate consultationDeadline, Long basedOn, long version) {
    static VersionView of(VersionSummary v) {
      return new VersionView(v.id(), v.number(), v.stage().name(), v.status().name(), v.validFrom(), v.validTo(),
          v.revisedBy(), v.changeSummary(), v.consultationDeadline(), v.basedOn(), v.lockVersion());
    }
  }

  /** {@code html} is the body rendered safely: escaped text and the markup's own tags only. */
  public record SectionView(long id, String key, int position, String heading, String body, String html, long version) {
    static SectionView of(SectionRecord s) {
      return new SectionView(s.id(), s.key(), s.position(), s.heading(), s.body(), s.html(), s.version());
    }
  }

  public record DecisionView(String party, String partyName, boolean adopted, String body, LocalDate decidedOn,
      String reference, Long version) {
    static DecisionView of(Adoption a) {
      return a.decision()
          .map(d -> new DecisionView(a.party(), a.partyName(), true, d.body(), d.decidedOn(), d.reference(), d.version()))
          .orElseGet(() -> new DecisionView(a.party(), a.partyName(), false, null, null, null, null));
    }
  }

  public record AnswerView(long id, String respondent, String respondentName, String kind, String body, String status,
      Instant submittedAt, long version) {
    static AnswerView of(AnswerRecord a) {
      return new AnswerView(a.id(), a.respondent(), a.respondentName(), a.kind().name(), a.body(),
          a.submitted() ? "SUBMITTED" : "DRAFT", a.submittedAt().orElse(null), a.version());
    }
  }

  public record ContentView(
      VersionView version, String agreementTitle, List<SectionView> sections, List<TermRecord> terms,
      List<DocumentRecord> documents, List<ResponsibilityRecord> responsibilities, List<RecipientRecord> recipients,
      List<DecisionView> adoption, List<AnswerView> answers, AnswerView ownAnswer) {
    static ContentView of(VersionContent c) {
      return new ContentView(VersionView.of(c.version()), c.version().agreementTitle(),
          c.sections().stream().map(SectionView::of).toList(), c.terms(), c.documents(), c.responsibilities(),
          c.recipients(), c.adoption().stream().map(DecisionView::of).toList(),
          c.answers().stream().map(AnswerView::of).toList(), c.ownAnswer().map(AnswerView::of).orElse(null));
    }
  }

  public record PartView(String kind, String text) {
    static List<PartView> of(List<WordDiff.Part> parts) {
      return parts.stream().map(p -> new PartView(p.kind().name(), p.text())).toList();
    }
  }

  public record ChangeView(String kind, String headingBefore, String headingAfter, String bodyBefore, String bodyAfter,
      List<PartView> heading, List<PartView> body) {
    static ChangeView of(SectionChange c) {
      return new ChangeView(c.kind().name(),
          c.before() == null ? null : c.before().heading(), c.after() == null ? null : c.after().heading(),
          c.before() == null ? null : c.before().body(), c.after() == null ? null : c.after().body(),
          PartView.of(c.heading()), PartView.of(c.body()));
    }
  }

  public record ComparisonView(VersionView from, VersionView to, List<ChangeView> changes) {
    static ComparisonView of(Comparison c) {
      return new ComparisonView(VersionView.of(c.from()), VersionView.of(c.to()),
          c.changes().stream().map(ChangeView::of).toList());
    }
  }
}
